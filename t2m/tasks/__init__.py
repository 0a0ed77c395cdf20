"""The Huey queue, configured from the app (SQLite file or Redis).

Task modules decorate functions with :func:`task`; each runs inside an app
context. Tasks are only enqueued from services (DESIGN §1). The consumer
(``flask --app wsgi worker``) imports every task module through
:data:`TASK_MODULES`.
"""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

from flask import Flask, current_app, has_app_context
from huey import Huey
from huey.storage import MemoryStorage, RedisStorage, SqliteStorage

# Bound to the real storage by configure(); memory until then.
huey = Huey("t2m", results=True, utc=True, storage_class=MemoryStorage)
TASK_MODULES = ("t2m.tasks.system", "t2m.tasks.jobs")
_app: Flask | None = None


def _storage_for(url: str) -> tuple[type, dict]:
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        path = url.split("sqlite:///", 1)[1] if "sqlite:///" in url else parts.path
        return SqliteStorage, {"filename": path, "timeout": 30}
    if parts.scheme in ("redis", "rediss", "unix"):
        return RedisStorage, {"url": url}
    raise ValueError(f"Unsupported T2M_QUEUE_URL scheme: {parts.scheme!r}")


def configure(app: Flask) -> None:
    """Point the shared Huey instance at the app's queue."""
    global _app
    storage_class, kwargs = _storage_for(app.config["QUEUE_URL"])
    huey.storage_class = storage_class
    huey.storage_kwargs = kwargs
    huey._immediate = bool(app.config["QUEUE_IMMEDIATE"])
    huey.storage = huey.create_storage()
    _app = app


def task(**options):
    """Like ``huey.task`` but the function runs inside the app's context."""

    def decorator(fn):
        @functools.wraps(fn)
        def in_context(*args, **kwargs):
            return in_app_context(fn, *args, **kwargs)

        return huey.task(**options)(in_context)

    return decorator


def app_or_none() -> Flask | None:
    """The app the queue was configured for (None before create_app())."""
    return _app


def in_app_context(fn, *args, **kwargs):
    """Call ``fn`` inside the configured app's context (for hooks and threads)."""
    if has_app_context():
        return fn(*args, **kwargs)
    if _app is None:
        raise RuntimeError("The task queue is not configured: call create_app() first.")
    with _app.app_context():
        return fn(*args, **kwargs)


def import_task_modules() -> None:
    """Import every module that defines tasks, so the consumer knows them."""
    import importlib

    for name in TASK_MODULES:
        importlib.import_module(name)


def queue_info() -> dict:
    """Pending and scheduled counts, for system endpoints."""
    return {
        "pending": huey.pending_count(),
        "scheduled": huey.scheduled_count(),
        "backend": huey.storage_class.__name__,
        "immediate": huey.immediate,
    }


def init_app(app: Flask) -> None:
    """Configure the queue and register the task modules."""
    configure(app)
    import_task_modules()
    app.extensions["huey"] = huey


def current_huey() -> Huey:
    """The queue bound to the current app."""
    return current_app.extensions["huey"]
