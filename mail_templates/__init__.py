"""Jinja2 templates of every mail praxis-worker writes, German and English."""
