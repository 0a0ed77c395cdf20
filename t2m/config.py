"""Configuration: one class, fed by ``T2M_*`` environment variables.

The defaults give the embedded single-box setup (DESIGN §2): SQLite in WAL
mode, a SQLite Huey queue and media on local disk, all under the instance
folder. Tests and callers pass overrides to :func:`t2m.create_app`.
"""

from __future__ import annotations

import ipaddress
import os
import re
import secrets
from datetime import timedelta
from pathlib import Path

from dotenv import dotenv_values

PREFIX = "T2M_"

# Minimum password length for accounts (documented in the README).
PASSWORD_MIN_LENGTH = 8


def _bool(value: str | bool | None, default: bool = False) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _secret(instance: Path, name: str) -> str:
    """Return a secret kept in ``instance/name``, generating it on first use.

    The file is created with mode 0600 so two processes (web and worker)
    reading the same instance folder share one secret.
    """
    path = instance / name
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        pass
    instance.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(48)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process won the race: use its value
        return path.read_text().strip()
    with os.fdopen(fd, "w") as fh:
        fh.write(value)
    return value


class Config:
    """Every setting T2M reads, with the embedded defaults.

    ``Config.from_env(overrides)`` reads ``T2M_*`` variables (and ``.env``),
    then applies ``overrides``; the result is a plain dict for ``app.config``.
    """

    @staticmethod
    def from_env(overrides: dict | None = None) -> dict:
        """Build the configuration mapping from the environment plus overrides."""
        # The process environment wins over a .env file in the working directory.
        env = {k: v for k, v in dotenv_values(".env").items() if v is not None}
        env.update(os.environ)
        overrides = dict(overrides or {})
        used: set[str] = set()

        def get(name: str, default=None):
            used.add(name)
            if name in overrides:
                return overrides[name]
            return env.get(PREFIX + name, default)

        def number(name: str, default, kind=int):
            value = get(name, default)
            try:
                return kind(value)
            except (TypeError, ValueError):
                what = "a whole number" if kind is int else "a number"
                raise ValueError(f"{PREFIX}{name} must be {what}, got {value!r}") from None

        instance = Path(get("INSTANCE_PATH") or "instance").resolve()
        instance.mkdir(parents=True, exist_ok=True)

        database_url = get("DATABASE_URL") or f"sqlite:///{instance / 't2m.sqlite3'}"
        queue_url = get("QUEUE_URL") or f"sqlite:///{instance / 'queue.sqlite3'}"
        media_root = Path(get("MEDIA_ROOT") or instance / "media")

        cfg = {
            "INSTANCE_PATH": str(instance),
            "TESTING": _bool(get("TESTING"), False),
            "SECRET_KEY": get("SECRET_KEY") or _secret(instance, "secret_key"),
            "JWT_SECRET_KEY": get("JWT_SECRET") or _secret(instance, "jwt_secret"),
            "SQLALCHEMY_DATABASE_URI": database_url,
            "SQLALCHEMY_ENGINE_OPTIONS": _engine_options(database_url),
            "QUEUE_URL": queue_url,
            "QUEUE_IMMEDIATE": _bool(get("QUEUE_IMMEDIATE"), False),
            "STORAGE": get("STORAGE", "local"),
            "MEDIA_ROOT": str(media_root),
            "S3_BUCKET": get("S3_BUCKET"),
            "S3_PREFIX": get("S3_PREFIX", ""),
            "S3_REGION": get("S3_REGION", "us-east-1"),
            "S3_ENDPOINT_URL": get("S3_ENDPOINT_URL"),
            "S3_ACCESS_KEY_ID": get("S3_ACCESS_KEY_ID"),
            "S3_SECRET_ACCESS_KEY": get("S3_SECRET_ACCESS_KEY"),
            # How downloads from S3 are served: "redirect" (presigned URL) or "proxy".
            "S3_SERVE": get("S3_SERVE", "redirect"),
            "S3_MULTIPART_MB": number("S3_MULTIPART_MB", 16),
            "MAX_UPLOAD_MB": number("MAX_UPLOAD_MB", 2048),
            # Per-user storage quota in MB for every account without its own; unset = none.
            "UPLOAD_QUOTA_MB": number("UPLOAD_QUOTA_MB", 0) or None,
            # With nginx in front: its internal location serving MEDIA_ROOT.
            "ACCEL_REDIRECT": get("ACCEL_REDIRECT"),
            "MAX_JSON_BYTES": number("MAX_JSON_BYTES", 1024 * 1024),
            # Shared by every worker of the box; redis://… when several boxes serve.
            "RATELIMIT_STORAGE_URI": get("RATELIMIT_STORAGE")
            or f"sqlite:///{instance / 'ratelimit.sqlite3'}",
            "RATELIMIT_ENABLED": _bool(get("RATELIMIT_ENABLED"), True),
            "RATELIMIT_AUTH": get("RATELIMIT_AUTH", "20 per minute"),
            # Reverse proxies whose X-Forwarded-For is believed (addresses or CIDRs).
            "TRUSTED_PROXIES": get("TRUSTED_PROXIES", ""),
            "HEALTH_QUEUE_TIMEOUT": number("HEALTH_QUEUE_TIMEOUT", 3.0, float),
            "PASSWORD_MIN_LENGTH": number("PASSWORD_MIN_LENGTH", PASSWORD_MIN_LENGTH),
            # Argon2id cost (argon2-cffi's defaults: RFC 9106 low-memory); hashes
            # made at another cost are redone at this one on the next sign-in.
            "PASSWORD_TIME_COST": number("PASSWORD_TIME_COST", 3),
            "PASSWORD_MEMORY_KIB": number("PASSWORD_MEMORY_KIB", 65536),
            "PASSWORD_PARALLELISM": number("PASSWORD_PARALLELISM", 4),
            "JWT_ACCESS_TOKEN_EXPIRES": timedelta(seconds=number("ACCESS_TOKEN_SECONDS", 3600)),
            "JWT_REFRESH_TOKEN_EXPIRES": timedelta(
                seconds=number("REFRESH_TOKEN_SECONDS", 30 * 24 * 3600)
            ),
            "JWT_TOKEN_LOCATION": ["headers"],
            "JWT_COOKIE_CSRF_PROTECT": False,
            "JWT_ERROR_MESSAGE_KEY": "message",
            "WTF_CSRF_ENABLED": _bool(get("CSRF_ENABLED"), True),
            "WTF_CSRF_TIME_LIMIT": None,
            "SESSION_COOKIE_HTTPONLY": True,
            "SESSION_COOKIE_SAMESITE": "Lax",
            "SESSION_COOKIE_SECURE": _bool(get("SECURE_COOKIES"), False),
            "REMEMBER_COOKIE_HTTPONLY": True,
            "REMEMBER_COOKIE_SAMESITE": "Lax",
            # Images with more pixels are refused (decompression bombs); at most
            # Pillow's own warning limit (~89 M).
            "MAX_IMAGE_PIXELS": number("MAX_IMAGE_PIXELS", 64_000_000),
            "PROBE_TIMEOUT": number("PROBE_TIMEOUT", 60.0, float),
            "FFMPEG_BINARY": get("FFMPEG_BINARY", "ffmpeg"),
            "FFPROBE_BINARY": get("FFPROBE_BINARY", "ffprobe"),
            "PUBLIC_URL": get("PUBLIC_URL"),
            # A closed account's data is deleted this many days later.
            "ACCOUNT_DELETE_GRACE_DAYS": number("ACCOUNT_DELETE_GRACE_DAYS", 7.0, float),
            # Browser origins (scheme://host[:port], comma-separated, or "*") that may
            # call /api/v1 from another site; none = same-origin only (t2m.cors).
            "CORS_ORIGINS": cors_origins(get("CORS_ORIGINS", "")),
            # Background jobs: a running job whose heartbeat is older than the
            # lease is taken over by another worker (its worker died).
            "JOB_LEASE_SECONDS": number("JOB_LEASE_SECONDS", 60.0, float),
            # ffmpeg threads per encode; 0 = one per CPU.
            "FFMPEG_THREADS": number("FFMPEG_THREADS", 0),
            "ENCODE_TIMEOUT": number("ENCODE_TIMEOUT", 6 * 3600.0, float),
            # The rendition ladder goes up to 1080p; 1440p/2160p only when enabled.
            "RENDITIONS_HIGH": _bool(get("RENDITIONS_HIGH"), False),
            # Make renditions, HLS and the storyboard for uploaded videos.
            "RENDITIONS_ENABLED": _bool(get("RENDITIONS_ENABLED"), True),
            # URL ingest: networks allowed even though private (comma-separated CIDRs).
            "URL_INGEST_ALLOW": get("URL_INGEST_ALLOW", ""),
            "URL_INGEST_TIMEOUT": number("URL_INGEST_TIMEOUT", 30.0, float),
            # Buckets encode jobs may read sources from and write outputs to
            # (with the S3_* endpoint and credentials); none by default.
            "S3_INGEST_BUCKETS": get("S3_INGEST_BUCKETS", ""),
            "IDEMPOTENCY_TTL_HOURS": number("IDEMPOTENCY_TTL_HOURS", 24.0, float),
            # A request holding a key longer than this may be taken over by a retry.
            "IDEMPOTENCY_LOCK_SECONDS": number("IDEMPOTENCY_LOCK_SECONDS", 120.0, float),
            # How long signed HLS/stream links handed to players stay valid.
            "PLAYBACK_URL_SECONDS": number("PLAYBACK_URL_SECONDS", 6 * 3600),
            # Text to video: optional providers (OpenAI-compatible); unset = offline engines.
            "LLM_URL": get("LLM_URL") or None,
            "LLM_MODEL": get("LLM_MODEL", "llama3.2"),
            "LLM_API_KEY": get("LLM_API_KEY") or None,
            "LLM_TIMEOUT": number("LLM_TIMEOUT", 120.0, float),
            "TTS_URL": get("TTS_URL") or None,
            "TTS_MODEL": get("TTS_MODEL", "tts-1"),
            "TTS_API_KEY": get("TTS_API_KEY") or None,
            "TTS_TIMEOUT": number("TTS_TIMEOUT", 60.0, float),
            "IMAGE_URL": get("IMAGE_URL") or None,
            "IMAGE_KIND": get("IMAGE_KIND", "openai"),
            "IMAGE_MODEL": get("IMAGE_MODEL") or None,
            "IMAGE_API_KEY": get("IMAGE_API_KEY") or None,
            "IMAGE_TIMEOUT": number("IMAGE_TIMEOUT", 120.0, float),
            # A failing provider: use the offline engine (true) or fail the stage (false).
            "GENERATION_FALLBACK_OFFLINE": _bool(get("GENERATION_FALLBACK_OFFLINE"), True),
            "GENERATION_TIMEOUT": number("GENERATION_TIMEOUT", 1800.0, float),
            # Where the built-in music beds are kept once made (20 small WAVs).
            "MUSIC_DIR": get("MUSIC_DIR") or str(instance / "music"),
            # Events: how long the outbox keeps them (GET /events catches up from it).
            "EVENT_RETENTION_DAYS": number("EVENT_RETENTION_DAYS", 7.0, float),
            # Webhooks: per user, per send, retries (seconds after each failure), and
            # how many events in a row may fail before the webhook is turned off.
            "WEBHOOK_LIMIT": number("WEBHOOK_LIMIT", 10),
            "WEBHOOK_TIMEOUT": number("WEBHOOK_TIMEOUT", 10.0, float),
            "WEBHOOK_RETRY_SCHEDULE": _seconds_list(
                "WEBHOOK_RETRY_SCHEDULE", get("WEBHOOK_RETRY_SCHEDULE", RETRY_SCHEDULE)
            ),
            "WEBHOOK_DISABLE_AFTER": number("WEBHOOK_DISABLE_AFTER", 20),
            # Networks webhook receivers may be in although private (comma-separated CIDRs).
            "WEBHOOK_ALLOW": get("WEBHOOK_ALLOW", ""),
            # How often each web process looks for new events (realtime sockets and
            # streams); with a Redis queue, pub/sub wakes it and this is a safety net.
            "REALTIME_POLL_SECONDS": number("REALTIME_POLL_SECONDS", 0.2, float),
            "REALTIME_REDIS_POLL_SECONDS": number("REALTIME_REDIS_POLL_SECONDS", 2.0, float),
            # An event stream ends after this long (the client reconnects where it
            # left off), so connections spread over the workers and threads come back.
            "STREAM_MAX_SECONDS": number("STREAM_MAX_SECONDS", 300.0, float),
        }
        _check_password_cost(cfg)
        # MAX_CONTENT_LENGTH makes Werkzeug refuse bodies over the upload limit
        # before they are read; the 413 handler turns that into FILE_TOO_LARGE.
        cfg["MAX_CONTENT_LENGTH"] = cfg["MAX_UPLOAD_MB"] * 1024 * 1024
        # Any other upper-case override (Flask's or an extension's own names)
        # goes through as given and wins over what was derived above.
        for key, value in overrides.items():
            if key.isupper() and key not in used:
                cfg[key] = value
        if "SQLALCHEMY_ENGINE_OPTIONS" not in overrides:
            cfg["SQLALCHEMY_ENGINE_OPTIONS"] = _engine_options(cfg["SQLALCHEMY_DATABASE_URI"])
        return cfg


RETRY_SCHEDULE = "5,300,1800,7200,18000,36000,36000"  # about 27 hours in all


def _seconds_list(name: str, value) -> tuple[float, ...]:
    """``"5,300,1800"`` (or a list) as seconds, each from 0 to a day."""
    items = value if isinstance(value, list | tuple) else str(value).split(",")
    try:
        seconds = tuple(float(str(v).strip()) for v in items if str(v).strip())
    except ValueError:
        raise ValueError(f"{PREFIX}{name} must be comma-separated seconds, got {value!r}") from None
    if not all(0 <= s <= 86400 for s in seconds):
        raise ValueError(f"{PREFIX}{name}: every wait must be 0 to 86400 seconds")
    return seconds


def _check_password_cost(cfg: dict) -> None:
    """Refuse at start-up an Argon2 cost argon2 would refuse at the first sign-in."""
    parallelism = cfg["PASSWORD_PARALLELISM"]
    if not 1 <= cfg["PASSWORD_TIME_COST"] <= 100:
        raise ValueError(f"{PREFIX}PASSWORD_TIME_COST must be 1 to 100")
    if not 1 <= parallelism <= 64:
        raise ValueError(f"{PREFIX}PASSWORD_PARALLELISM must be 1 to 64")
    if not 8 * parallelism <= cfg["PASSWORD_MEMORY_KIB"] <= 4 * 1024 * 1024:
        raise ValueError(
            f"{PREFIX}PASSWORD_MEMORY_KIB must be from 8 x PASSWORD_PARALLELISM "
            f"({8 * parallelism}) to 4194304 (4 GiB)"
        )


# An origin as browsers send it: scheme, host (a DNS name, IPv4 or [IPv6]) and an
# optional port; nothing else (no path, user, query or trailing slash).
_ORIGIN = re.compile(
    r"(?P<scheme>[a-z][a-z0-9+.-]*)://"
    r"(?P<host>\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*)"
    r"(?::(?P<port>[0-9]{1,5}))?"
)
_DEFAULT_PORTS = {"http": "80", "https": "443", "ws": "80", "wss": "443"}


def normalize_origin(value: str) -> str:
    """``value`` as a browser serializes an origin (lower case, no default port).

    Raises ``ValueError`` when it is not ``scheme://host[:port]``.
    """
    match = _ORIGIN.fullmatch(value.strip().lower())
    if match is None:
        raise ValueError(f"{value!r} is not an origin")
    scheme, host, port = match["scheme"], match["host"], match["port"]
    if host.startswith("["):
        try:
            ipaddress.IPv6Address(host[1:-1])
        except ValueError:
            raise ValueError(f"{value!r} is not an origin") from None
    if port is not None and not 0 < int(port) < 65536:
        raise ValueError(f"{value!r} is not an origin")
    if port is None or _DEFAULT_PORTS.get(scheme) == str(int(port)):
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{int(port)}"


def cors_origins(value: str | list | tuple | None) -> list[str]:
    """Parse ``T2M_CORS_ORIGINS``: comma-separated origins, or ``*`` alone.

    Each origin is ``scheme://host[:port]`` (``https://app.example.com``,
    ``http://localhost:5173``), kept normalized and without duplicates. ``*``
    lets every site read the API; that is safe only because CORS never allows
    credentials (API auth is a header a page must hold already, never a cookie).
    A list (from overrides) is taken item by item.
    """
    items = value if isinstance(value, list | tuple) else str(value or "").split(",")
    origins: list[str] = []
    for raw in items:
        item = str(raw).strip()
        if not item:
            continue
        if item == "*":
            found = "*"
        else:
            try:
                found = normalize_origin(item)
            except ValueError:
                raise ValueError(
                    f"{PREFIX}CORS_ORIGINS: {item!r} is not an origin; write "
                    "scheme://host[:port] (e.g. https://app.example.com, no path or "
                    "trailing slash), or * alone"
                ) from None
        if found not in origins:
            origins.append(found)
    if "*" in origins and len(origins) > 1:
        raise ValueError(
            f"{PREFIX}CORS_ORIGINS: * already allows every origin; list it alone or not at all"
        )
    return origins


def _engine_options(url: str) -> dict:
    """SQLAlchemy engine options: SQLite waits on a busy database instead of failing."""
    if url.startswith("sqlite"):
        return {"connect_args": {"timeout": 30, "check_same_thread": False}}
    return {"pool_pre_ping": True}
