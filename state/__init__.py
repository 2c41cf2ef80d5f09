"""The SQLite store: schema, migrations, repositories. The only place with SQL."""
