"""Configuration: embedded defaults, ``T2M_*`` variables, overrides, secrets."""

from __future__ import annotations

import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest
from flask_migrate import upgrade
from huey.storage import SqliteStorage
from itsdangerous import URLSafeTimedSerializer
from sqlalchemy import func, select

from t2m import create_app
from t2m.config import Config
from t2m.extensions import db
from t2m.models import User
from t2m.services import accounts
from tests.conftest import PASSWORD


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch, tmp_path):
    """No T2M_* variable of the developer's shell leaks into these tests,
    and a relative instance folder lands in a scratch directory."""
    for name in list(os.environ):
        if name.startswith("T2M_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_defaults_are_the_embedded_setup(tmp_path):
    app = create_app()
    instance = tmp_path / "instance"
    assert app.config["INSTANCE_PATH"] == str(instance)
    assert app.instance_path == str(instance)
    assert instance.is_dir()
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{instance / 't2m.sqlite3'}"
    assert app.config["QUEUE_URL"] == f"sqlite:///{instance / 'queue.sqlite3'}"
    assert app.config["QUEUE_IMMEDIATE"] is False
    assert app.config["STORAGE"] == "local"
    assert app.config["MEDIA_ROOT"] == str(instance / "media")
    assert app.config["MAX_UPLOAD_MB"] == 2048
    assert app.config["MAX_CONTENT_LENGTH"] == 2048 * 1024 * 1024
    assert app.config["RATELIMIT_STORAGE_URI"] == f"sqlite:///{instance / 'ratelimit.sqlite3'}"
    assert app.config["PASSWORD_MIN_LENGTH"] == 8
    assert app.config["JWT_ACCESS_TOKEN_EXPIRES"] == timedelta(hours=1)
    assert app.config["JWT_REFRESH_TOKEN_EXPIRES"] == timedelta(days=30)
    assert app.config["WTF_CSRF_ENABLED"] is True
    assert app.config["TESTING"] is False
    assert app.config["SESSION_COOKIE_HTTPONLY"] is True
    assert app.config["SESSION_COOKIE_SECURE"] is False
    # SQLite waits for a busy database instead of failing at once.
    assert app.config["SQLALCHEMY_ENGINE_OPTIONS"]["connect_args"]["timeout"] == 30


def test_default_queue_is_a_sqlite_huey_file_in_the_instance(tmp_path):
    app = create_app()
    huey = app.extensions["huey"]
    assert isinstance(huey.storage, SqliteStorage)
    assert Path(huey.storage.filename) == tmp_path / "instance" / "queue.sqlite3"
    assert huey.immediate is False


def test_environment_variables_are_honoured(monkeypatch, tmp_path):
    env = {
        "T2M_INSTANCE_PATH": str(tmp_path / "data"),
        "T2M_DATABASE_URL": "postgresql+psycopg://t2m@db.internal/t2m",
        "T2M_QUEUE_URL": "redis://queue.internal:6379/0",
        "T2M_STORAGE": "s3",
        "T2M_MEDIA_ROOT": str(tmp_path / "media"),
        "T2M_MAX_UPLOAD_MB": "10",
        "T2M_MAX_JSON_BYTES": "2048",
        "T2M_RATELIMIT_STORAGE": "redis://queue.internal:6379/1",
        "T2M_RATELIMIT_ENABLED": "no",
        "T2M_RATELIMIT_AUTH": "5 per minute",
        "T2M_PASSWORD_MIN_LENGTH": "12",
        "T2M_ACCESS_TOKEN_SECONDS": "60",
        "T2M_REFRESH_TOKEN_SECONDS": "120",
        "T2M_CSRF_ENABLED": "false",
        "T2M_SECURE_COOKIES": "yes",
        "T2M_QUEUE_IMMEDIATE": "1",
        "T2M_SECRET_KEY": "env-secret",
        "T2M_JWT_SECRET": "env-jwt-secret",
        "T2M_FFMPEG_BINARY": "/opt/ffmpeg/bin/ffmpeg",
        "T2M_PUBLIC_URL": "https://media.example",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    cfg = Config.from_env()
    assert cfg["INSTANCE_PATH"] == str(tmp_path / "data")
    assert cfg["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://t2m@db.internal/t2m"
    assert cfg["SQLALCHEMY_ENGINE_OPTIONS"] == {"pool_pre_ping": True}
    assert cfg["QUEUE_URL"] == "redis://queue.internal:6379/0"
    assert cfg["STORAGE"] == "s3"
    assert cfg["MEDIA_ROOT"] == str(tmp_path / "media")
    assert cfg["MAX_UPLOAD_MB"] == 10
    assert cfg["MAX_CONTENT_LENGTH"] == 10 * 1024 * 1024
    assert cfg["MAX_JSON_BYTES"] == 2048
    assert cfg["RATELIMIT_STORAGE_URI"] == "redis://queue.internal:6379/1"
    assert cfg["RATELIMIT_ENABLED"] is False
    assert cfg["RATELIMIT_AUTH"] == "5 per minute"
    assert cfg["PASSWORD_MIN_LENGTH"] == 12
    assert cfg["JWT_ACCESS_TOKEN_EXPIRES"] == timedelta(seconds=60)
    assert cfg["JWT_REFRESH_TOKEN_EXPIRES"] == timedelta(seconds=120)
    assert cfg["WTF_CSRF_ENABLED"] is False
    assert cfg["SESSION_COOKIE_SECURE"] is True
    assert cfg["QUEUE_IMMEDIATE"] is True
    assert cfg["SECRET_KEY"] == "env-secret"
    assert cfg["JWT_SECRET_KEY"] == "env-jwt-secret"
    assert cfg["FFMPEG_BINARY"] == "/opt/ffmpeg/bin/ffmpeg"
    assert cfg["PUBLIC_URL"] == "https://media.example"
    # Explicit secrets are used as they are: nothing is written to disk.
    assert not (tmp_path / "data" / "secret_key").exists()
    assert not (tmp_path / "data" / "jwt_secret").exists()


def test_environment_reaches_the_running_app(monkeypatch, tmp_path):
    monkeypatch.setenv("T2M_INSTANCE_PATH", str(tmp_path / "box"))
    monkeypatch.setenv("T2M_DATABASE_URL", f"sqlite:///{tmp_path / 'elsewhere.db'}")
    monkeypatch.setenv("T2M_MAX_UPLOAD_MB", "1")
    monkeypatch.setenv("T2M_MAX_JSON_BYTES", str(4 * 1024 * 1024))
    app = create_app()
    assert app.instance_path == str(tmp_path / "box")
    with app.app_context():
        assert db.engine.url.database == str(tmp_path / "elsewhere.db")
        db.engine.dispose()
    # The upload limit is enforced: a 2 MB body is refused before it is read.
    r = app.test_client().post(
        "/api/v1/auth/register", data=b"x" * (2 * 1024 * 1024), content_type="application/json"
    )
    assert r.status_code == 413
    body = r.get_json()
    assert body["error"]["code"] == "FILE_TOO_LARGE"
    assert "1 MB" in body["error"]["message"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1", True), ("true", True), ("YES", True), (" on ", True), ("0", False), ("off", False)],
)
def test_boolean_variables(monkeypatch, tmp_path, value, expected):
    monkeypatch.setenv("T2M_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("T2M_SECURE_COOKIES", value)
    assert Config.from_env()["SESSION_COOKIE_SECURE"] is expected


def test_explicit_overrides_win_over_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("T2M_INSTANCE_PATH", str(tmp_path / "from-env"))
    monkeypatch.setenv("T2M_DATABASE_URL", "sqlite:///from-env.db")
    monkeypatch.setenv("T2M_MAX_UPLOAD_MB", "10")
    monkeypatch.setenv("T2M_CSRF_ENABLED", "true")
    monkeypatch.setenv("T2M_SECRET_KEY", "from-env")
    app = create_app(
        {
            "INSTANCE_PATH": str(tmp_path / "explicit"),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'explicit.db'}",
            "MAX_UPLOAD_MB": 20,
            "CSRF_ENABLED": False,
            "SECRET_KEY": "explicit",
            "SOME_FLASK_SETTING": "passed through",
        }
    )
    assert app.config["INSTANCE_PATH"] == str(tmp_path / "explicit")
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'explicit.db'}"
    assert app.config["MAX_UPLOAD_MB"] == 20
    assert app.config["MAX_CONTENT_LENGTH"] == 20 * 1024 * 1024
    assert app.config["WTF_CSRF_ENABLED"] is False
    assert app.config["SECRET_KEY"] == "explicit"
    assert app.config["SOME_FLASK_SETTING"] == "passed through"
    # The renamed override keys do not leak into app.config under their short name.
    assert "DATABASE_URL" not in app.config
    assert "CSRF_ENABLED" not in app.config
    assert not (tmp_path / "from-env").exists()


def test_overrides_under_flask_names_win_too(tmp_path):
    # Flask and its extensions document these names; passing them to the
    # factory must not be silently ignored.
    app = create_app(
        {
            "INSTANCE_PATH": str(tmp_path / "instance"),
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'flask-name.db'}",
            "WTF_CSRF_ENABLED": False,
            "SESSION_COOKIE_SECURE": True,
        }
    )
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'flask-name.db'}"
    assert app.config["WTF_CSRF_ENABLED"] is False
    assert app.config["SESSION_COOKIE_SECURE"] is True


def test_dotenv_file_in_the_working_directory_is_read(tmp_path):
    # README: "a .env file in the working directory is read too".
    (tmp_path / ".env").write_text(f"T2M_INSTANCE_PATH={tmp_path / 'dot'}\nT2M_MAX_UPLOAD_MB=7\n")
    cfg = Config.from_env()
    assert cfg["MAX_UPLOAD_MB"] == 7
    assert cfg["INSTANCE_PATH"] == str(tmp_path / "dot")


def test_bad_number_in_the_environment_names_the_variable(monkeypatch, tmp_path):
    monkeypatch.setenv("T2M_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("T2M_MAX_UPLOAD_MB", "lots")
    with pytest.raises(ValueError, match="T2M_MAX_UPLOAD_MB"):
        Config.from_env()


def test_secrets_are_generated_once_with_mode_0600(tmp_path):
    instance = tmp_path / "instance"
    first = create_app({"INSTANCE_PATH": str(instance)})
    secret_file = instance / "secret_key"
    jwt_file = instance / "jwt_secret"
    for path in (secret_file, jwt_file):
        assert path.is_file()
        assert _mode(path) == 0o600
    assert first.config["SECRET_KEY"] == secret_file.read_text().strip()
    assert first.config["JWT_SECRET_KEY"] == jwt_file.read_text().strip()
    assert len(first.config["SECRET_KEY"]) >= 32
    assert first.config["SECRET_KEY"] != first.config["JWT_SECRET_KEY"]

    # A second process on the same folder (web + worker, or a restart) reuses them.
    second = create_app({"INSTANCE_PATH": str(instance)})
    assert second.config["SECRET_KEY"] == first.config["SECRET_KEY"]
    assert second.config["JWT_SECRET_KEY"] == first.config["JWT_SECRET_KEY"]
    assert secret_file.read_text().strip() == first.config["SECRET_KEY"]
    assert _mode(secret_file) == 0o600

    # So what one signs, the other accepts (sessions survive a restart).
    signed = URLSafeTimedSerializer(first.config["SECRET_KEY"]).dumps({"uid": 1})
    assert URLSafeTimedSerializer(second.config["SECRET_KEY"]).loads(signed) == {"uid": 1}


def test_an_existing_secret_file_is_used(tmp_path):
    instance = tmp_path / "instance"
    instance.mkdir()
    (instance / "secret_key").write_text("chosen-by-the-admin\n")
    app = create_app({"INSTANCE_PATH": str(instance)})
    assert app.config["SECRET_KEY"] == "chosen-by-the-admin"


def _user_count(app) -> int:
    with app.app_context():
        count = db.session.scalar(select(func.count()).select_from(User))
        db.session.remove()
        db.engine.dispose()
        return count


def test_two_instances_are_separate(monkeypatch, tmp_path):
    apps = []
    for name in ("one", "two"):
        monkeypatch.setenv("T2M_INSTANCE_PATH", str(tmp_path / name))
        monkeypatch.setenv("T2M_QUEUE_IMMEDIATE", "true")
        app = create_app()
        with app.app_context():
            upgrade()
            db.engine.dispose()
        apps.append(app)
    one, two = apps
    assert one.config["SECRET_KEY"] != two.config["SECRET_KEY"]
    assert one.config["JWT_SECRET_KEY"] != two.config["JWT_SECRET_KEY"]
    assert one.config["SQLALCHEMY_DATABASE_URI"] != two.config["SQLALCHEMY_DATABASE_URI"]
    assert (tmp_path / "one" / "t2m.sqlite3").is_file()
    assert (tmp_path / "two" / "t2m.sqlite3").is_file()

    with one.app_context():
        accounts.register(
            email="ada@example.com", username="ada", password=PASSWORD, send_verification=False
        )
        db.session.remove()
        db.engine.dispose()
    assert _user_count(one) == 1
    assert _user_count(two) == 0
