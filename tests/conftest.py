"""Fixtures: app (on SQLite, and on PostgreSQL when T2M_TEST_DATABASE_URL is
set), client, CLI runner, a user factory and an API helper."""

from __future__ import annotations

import contextvars
import os
import secrets
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from flask.testing import FlaskClient
from flask_migrate import upgrade
from sqlalchemy import func, select

from t2m import create_app
from t2m.extensions import db

PG_URL = os.environ.get("T2M_TEST_DATABASE_URL")


def _worker_redis(url: str | None) -> str | None:
    """Under pytest-xdist each worker gets a Redis database of its own (15, 14, ...
    counting down from the one given), so queues and counters never mix."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if not url or not worker.startswith("gw"):
        return url
    parts = urlsplit(url)
    base = int(parts.path.strip("/") or 0)
    return urlunsplit(parts._replace(path=f"/{(base - int(worker[2:])) % 16}"))


REDIS_URL = _worker_redis(os.environ.get("T2M_TEST_REDIS_URL"))
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])
PASSWORD = "correct horse battery"
# Shared by every test app and process: each bed is made once (atomically), then kept.
MUSIC_DIR = Path(tempfile.gettempdir()) / "t2m-test-music"


def _pg_admin_dsn(url: str) -> str:
    """A psycopg DSN for the server in ``url`` (SQLAlchemy driver part removed)."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(scheme="postgresql"))


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


# The longest files start first, so that under pytest-xdist (``--dist loadfile``,
# whole files per worker, ``--no-loadscope-reorder`` to keep this order) no
# worker is left running one of them alone at the end; the many short files
# fill in behind them. Longest first, as measured on CI (seconds, both backends).
SLOW_FIRST = (
    "tests/e2e/test_schemathesis.py",  # 270
    "tests/test_generation.py",  # 140
    "tests/test_playback.py",  # 130
    "tests/test_renditions.py",  # 115
    "tests/test_api_files.py",  # 115
    "tests/e2e/test_generate_browser.py",  # 85
    "tests/test_web_jobs.py",  # 80
    "tests/test_api_jobs.py",  # 70
    "tests/test_web_generate.py",  # 70
    "tests/e2e/test_realtime.py",  # 60
    "tests/e2e/test_jobs_live.py",  # 55
    "tests/test_web_library.py",  # 55
    "tests/test_generate_pipeline.py",  # 55
    "tests/e2e/",
)


def pytest_collection_modifyitems(session, config, items):
    """Order the files: the slow ones above first, the rest as collected."""

    def rank(item) -> int:
        path = item.nodeid.split("::", 1)[0]
        for n, prefix in enumerate(SLOW_FIRST):
            if path.startswith(prefix):
                return n
        return len(SLOW_FIRST)

    items.sort(key=rank)  # stable: within a rank, the collected order


@pytest.fixture(scope="session")
def pg_server():
    """Create a throw-away PostgreSQL database factory; drop everything made."""
    made: list[str] = []

    def create() -> str:
        name = "t2m_test_" + secrets.token_hex(6)
        with psycopg.connect(_pg_admin_dsn(PG_URL), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return _with_database(PG_URL, name)

    yield create
    with psycopg.connect(_pg_admin_dsn(PG_URL), autocommit=True) as conn:
        for name in made:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def database_urls(tmp_path_factory, request):
    """One migrated database per backend for the whole run."""
    urls = {"sqlite": f"sqlite:///{tmp_path_factory.mktemp('db') / 't2m.sqlite3'}"}
    if PG_URL:
        urls["postgresql"] = request.getfixturevalue("pg_server")()
    for url in urls.values():
        app = create_app(
            {
                "INSTANCE_PATH": str(tmp_path_factory.mktemp("migrate")),
                "DATABASE_URL": url,
                "QUEUE_IMMEDIATE": True,
            }
        )
        with app.app_context():
            upgrade()
            db.engine.dispose()
    return urls


class IsolatedClient(FlaskClient):
    """A test client whose every request runs in its own app context.

    The ``app`` fixture keeps an app context pushed and Flask would reuse it
    for test-client requests, so ``g`` (the signed-in user, the decoded token)
    and the database session would leak from one request, and one client, to
    the next. Production never shares them; neither do the tests.
    """

    def open(self, *args, **kwargs):
        # Buffered: the body is read and the response closed (files too), as a
        # real server does once it has sent it.
        kwargs.setdefault("buffered", True)
        return contextvars.Context().run(super().open, *args, **kwargs)


def make_app(tmp_path, database_url: str, **overrides):
    """An app on ``database_url`` with test-friendly settings."""
    config = {
        "INSTANCE_PATH": str(tmp_path / "instance"),
        "DATABASE_URL": database_url,
        "QUEUE_IMMEDIATE": True,
        "TESTING": True,
        "CSRF_ENABLED": False,
        "RATELIMIT_ENABLED": False,
        "HEALTH_QUEUE_TIMEOUT": 2,
        # Argon2 at its cheapest: a test user costs microseconds, not 0.1 s of
        # hashing (test_passwords.py checks the production cost).
        "PASSWORD_TIME_COST": 1,
        "PASSWORD_MEMORY_KIB": 8,
        "PASSWORD_PARALLELISM": 1,
        # The rendition ladder (several ffmpeg encodes per video) is tested by
        # the modules that ask for it (RENDITIONS_ENABLED=True); elsewhere an
        # uploaded video is probed and thumbnailed only.
        "RENDITIONS_ENABLED": False,
        # Event streams end after a second (tests reading one ask for longer), so a
        # test that fetches a stream like any page gets an answer.
        "STREAM_MAX_SECONDS": 1,
        # The music beds are made once per test process, not once per test.
        "MUSIC_DIR": str(MUSIC_DIR),
    }
    config.update(overrides)
    app = create_app(config)
    app.test_client_class = IsolatedClient
    return app


def _empty_tables(app) -> None:
    with app.app_context():
        for table in reversed(db.metadata.sorted_tables):
            db.session.execute(table.delete())
        db.session.commit()
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    """The database backend this test runs on."""
    return request.param


@pytest.fixture
def app_factory(tmp_path, database_urls, backend):
    """Build apps on the current backend with extra config; tables are emptied after."""
    apps = []

    def build(**overrides):
        app = make_app(tmp_path, database_urls[backend], **overrides)
        apps.append(app)
        return app

    yield build
    for app in apps:
        app.extensions["t2m_hub"].stop()  # a test that opened a stream started it
        _empty_tables(app)


@pytest.fixture
def app(app_factory):
    app = app_factory()
    with app.app_context():
        yield app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def make_user(app):
    """Create users directly through the accounts service."""
    from t2m.services import accounts

    counter = iter(range(1, 10_000))

    def create(username=None, *, password=PASSWORD, role="USER", verified=False, email=None):
        n = next(counter)
        username = username or f"user{n}"
        return accounts.register(
            email=email or f"{username}@example.com",
            username=username,
            password=password,
            role=role,
            email_verified=verified,
            send_verification=False,
        )

    return create


class Api:
    """Small helper for calling the JSON API as a user."""

    def __init__(self, client):
        self.client = client

    def login(self, username, password=PASSWORD) -> dict:
        r = self.client.post(
            "/api/v1/auth/login", json={"username": username, "password": password}
        )
        assert r.status_code == 200, r.get_json()
        return r.get_json()["data"]

    def headers(self, user_or_token, password=PASSWORD) -> dict:
        token = user_or_token
        if not isinstance(token, str):
            token = self.login(user_or_token.username, password)["access_token"]
        return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def api(client):
    return Api(client)


def row_counts() -> dict[str, int]:
    """Rows per table: tests compare before/after to show nothing changed."""
    return {
        table.name: db.session.scalar(select(func.count()).select_from(table))
        for table in db.metadata.sorted_tables
    }


def assert_error(response, status: int, code: str) -> dict:
    """The response is the error envelope with this status and code."""
    assert response.status_code == status, (response.status_code, response.get_data(True))
    body = response.get_json()
    assert body["success"] is False
    assert body["error"]["code"] == code
    assert body["meta"]["request_id"] == response.headers["X-Request-ID"]
    assert "Traceback" not in response.get_data(as_text=True)
    return body["error"]


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory):
    """The endpoint URL of a moto S3 server on 127.0.0.1, for the whole run."""
    from tests.s3server import moto_server

    with moto_server(tmp_path_factory.mktemp("moto") / "moto.log") as url:
        yield url


def storage_backend_app(request, app_factory, **extra):
    """Yield an app on local disk or, for ``request.param == "s3"``, on the suite's
    S3 server with a fresh bucket (removed after). For parametrized ``app`` fixtures."""
    if request.param == "local":
        app = app_factory(**extra)
        with app.app_context():
            yield app
        return
    from tests import s3server

    endpoint = request.getfixturevalue("s3_server")
    client = s3server.client(endpoint)
    bucket = s3server.create_bucket(client)
    app = app_factory(
        STORAGE="s3",
        S3_BUCKET=bucket,
        S3_ENDPOINT_URL=endpoint,
        S3_REGION=s3server.REGION,
        S3_ACCESS_KEY_ID="testing",
        S3_SECRET_ACCESS_KEY="testing",
        S3_SERVE="proxy",
        **extra,
    )
    with app.app_context():
        yield app
    s3server.drop_bucket(client, bucket)
