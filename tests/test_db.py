"""Database wiring: SQLite in WAL mode with a busy timeout, so the web process
and the worker can write at the same time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from flask_migrate import upgrade
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError

from t2m.extensions import db
from t2m.models import ApiKey, User
from tests.conftest import PASSWORD, PG_URL, make_app

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def sqlite_app(tmp_path):
    """An app on a fresh, migrated SQLite file."""
    url = f"sqlite:///{tmp_path / 'wal.sqlite3'}"
    app = make_app(tmp_path, url)
    with app.app_context():
        upgrade()
        yield app
        db.session.remove()
        db.engine.dispose()


def _pragma(name: str):
    return db.session.execute(text(f"PRAGMA {name}")).scalar()


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(sqlite_app, tmp_path):
    assert _pragma("journal_mode") == "wal"
    assert _pragma("busy_timeout") == 30000
    assert _pragma("foreign_keys") == 1
    assert (tmp_path / "wal.sqlite3-wal").exists()


def test_every_new_sqlite_connection_gets_the_settings(sqlite_app):
    # Pool connections are made on demand: each must be configured, not only the first.
    with db.engine.connect() as a, db.engine.connect() as b:
        for conn in (a, b):
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 30000
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_sqlite_enforces_foreign_keys(sqlite_app):
    orphan = insert(ApiKey).values(
        user_id=999_999, name="orphan", prefix="t2m_x", key_hash="0" * 64, scopes=[]
    )
    with pytest.raises(IntegrityError):
        db.session.execute(orphan)
    db.session.rollback()
    assert db.session.scalar(select(func.count()).select_from(ApiKey)) == 0


# --- two processes writing at once -------------------------------------------

# Runs in a child process: builds the app on the shared database, says
# "ready", waits for "go" on stdin, then writes in short transactions.
CHILD = r"""
import json, sys, traceback
from t2m import create_app

cfg = json.loads(sys.argv[1])
app = create_app(cfg["config"])
from sqlalchemy import insert, update
from t2m.extensions import db
from t2m.models import User
from t2m.services import accounts

errors, done = [], 0
with app.app_context():
    db.session.execute(db.select(User.id).limit(1)).all()  # connect before the race
    db.session.remove()
    print("ready", flush=True)
    sys.stdin.readline()
    for n in range(cfg["count"]):
        name = f"p{cfg['proc']}_{n}"
        try:
            if cfg["mode"] == "register":
                accounts.register(
                    email=f"{name}@example.com", username=name, password=cfg["password"],
                    send_verification=False,
                )
            else:
                # One short transaction: a new row plus an increment of a row
                # both processes share, so lost updates would show too.
                with db.engine.begin() as conn:
                    conn.execute(insert(User).values(
                        email=f"{name}@example.com", username=name, password_hash="x",
                    ))
                    conn.execute(update(User).where(User.id == cfg["counter_id"])
                                 .values(token_version=User.token_version + 1))
            done += 1
        except Exception as exc:  # report every failure to the parent
            errors.append("".join(traceback.format_exception_only(exc)).strip())
        finally:
            db.session.remove()
    db.engine.dispose()
print(json.dumps({"done": done, "errors": errors[:5], "error_count": len(errors)}), flush=True)
"""


def _fresh_url(backend: str, tmp_path, request) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    return request.getfixturevalue("pg_server")()


@pytest.fixture(params=["sqlite"] + (["postgresql"] if PG_URL else []))
def shared_app(request, tmp_path):
    """A migrated database on a fresh file/database, with one 'counter' user."""
    url = _fresh_url(request.param, tmp_path, request)
    app = make_app(tmp_path, url)
    with app.app_context():
        upgrade()
        counter = User(email="counter@example.com", username="counter", password_hash="x")
        db.session.add(counter)
        db.session.commit()
        app.config["COUNTER_ID"] = counter.id
        db.session.remove()
        db.engine.dispose()
    return app


def _run_writers(app, tmp_path, mode: str, count: int, processes: int = 2) -> list[dict]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("T2M_")}
    children = []
    for proc in range(processes):
        cfg = {
            "config": {
                "INSTANCE_PATH": str(tmp_path / "instance"),
                "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
                "QUEUE_IMMEDIATE": True,
                "TESTING": True,
            },
            "proc": proc,
            "mode": mode,
            "count": count,
            "password": PASSWORD,
            "counter_id": app.config["COUNTER_ID"],
        }
        children.append(
            subprocess.Popen(
                [sys.executable, "-c", CHILD, json.dumps(cfg)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=REPO,
                env=env,
            )
        )
    try:
        for child in children:
            line = child.stdout.readline()
            assert line.strip() == "ready", (line, child.stderr.read())
        for child in children:  # start them together
            child.stdin.write("go\n")
            child.stdin.flush()
        results = []
        for child in children:
            out, err = child.communicate(timeout=240)
            assert child.returncode == 0, err
            results.append(json.loads(out.strip().splitlines()[-1]))
        return results
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()


def _count_users(app) -> tuple[int, int]:
    with app.app_context():
        total = db.session.scalar(select(func.count()).select_from(User))
        counter = db.session.get(User, app.config["COUNTER_ID"]).token_version
        db.session.remove()
        db.engine.dispose()
    return total, counter


@pytest.mark.timeout(300)
def test_two_processes_write_short_transactions_at_once(shared_app, tmp_path):
    results = _run_writers(shared_app, tmp_path, "raw", count=200)
    for result in results:
        assert result["error_count"] == 0, result["errors"]
        assert result["done"] == 200
    total, counter = _count_users(shared_app)
    assert total == 1 + 2 * 200
    assert counter == 2 * 200  # no increment was lost


@pytest.mark.timeout(300)
def test_two_processes_register_users_at_once(shared_app, tmp_path):
    results = _run_writers(shared_app, tmp_path, "register", count=25)
    for result in results:
        assert result["error_count"] == 0, result["errors"]
        assert result["done"] == 25
    total, _ = _count_users(shared_app)
    assert total == 1 + 2 * 25
    with shared_app.app_context():
        names = set(db.session.scalars(select(User.username)))
        db.session.remove()
        db.engine.dispose()
    assert {f"p{p}_{n}" for p in range(2) for n in range(25)} <= names
