pytest_plugins = ["tests.fixtures.dovecot", "tests.fixtures.smtpd", "tests.fixtures.radicale"]
