"""WSGI entry point: ``gunicorn wsgi:app`` and ``flask --app wsgi …``."""

from t2m import create_app

app = create_app()
