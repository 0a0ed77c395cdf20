"""Database wiring: SQLAlchemy, Flask-Migrate and SQLite's WAL mode."""

from __future__ import annotations

from pathlib import Path

from flask import Flask
from sqlalchemy import event
from sqlalchemy.engine import Engine

from t2m.extensions import db, migrate

MIGRATIONS = str(Path(__file__).resolve().parent.parent / "migrations")


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """WAL lets the web process and the worker write at once; the busy timeout
    makes a writer wait for a lock instead of failing."""
    module = type(dbapi_connection).__module__
    if not module.startswith("sqlite3"):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def init_app(app: Flask) -> None:
    """Bind SQLAlchemy and Flask-Migrate to the app."""
    import t2m.models  # noqa: F401  (registers the tables on the metadata)

    db.init_app(app)
    migrate.init_app(app, db, directory=MIGRATIONS)
