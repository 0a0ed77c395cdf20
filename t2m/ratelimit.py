"""Rate limits: one budget for the whole box, or for every box.

Limits are flask-limiter's, counted in a store every web worker shares:

- ``sqlite:///path`` (the default, ``instance/ratelimit.sqlite3``): a small
  SQLite database, so every gunicorn worker (and the CLI) on one box counts in
  the same place without an extra server. ``limits`` ships no SQL storage
  (limits#52), so :class:`SQLiteStorage` adds one through its storage
  registry: the same ``storage_from_string`` that gives ``redis://`` gives it.
- ``redis://host:port/db`` when several boxes serve the same site.
- ``memory://`` counts per process (tests only: each worker would have its own).

Budgets declared here:

- :data:`sign_in`: one budget per client address shared by every route that
  checks a password (``/api/v1/auth/login``, ``/api/v1/auth/token`` and the
  ``/login`` page), and :func:`hit_account`: one per account name, so guesses
  spread over many addresses still run out (``RATELIMIT_AUTH``).
- :data:`credentials`: per route and address, for the other credential
  endpoints (register, refresh, verify).

The client address is ``request.remote_addr``; behind a reverse proxy it is
the proxy's unless the proxy is named in ``T2M_TRUSTED_PROXIES`` (see
:mod:`t2m.proxies`).
"""

from __future__ import annotations

import hashlib
import math
import os
import random
import sqlite3
import threading
import time
from pathlib import Path

from flask import Flask, current_app
from limits import parse
from limits.storage import Storage

from t2m.errors import RateLimited
from t2m.extensions import limiter

# One write in this many also deletes expired counters, so the table stays
# the size of the live windows.
_PRUNE_ONE_IN = 500


class SQLiteStorage(Storage):
    """A fixed-window counter store in one SQLite file, shared by processes.

    Each counter is one row; :meth:`incr` is a single ``INSERT ... ON CONFLICT
    DO UPDATE ... RETURNING`` statement, atomic across processes (SQLite takes
    the write lock for it), which starts a new window when the old one is over.
    Connections are per thread and per process (gunicorn forks after import).
    """

    STORAGE_SCHEME = ["sqlite"]

    def __init__(self, uri: str, wrap_exceptions: bool = False, **options):
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        # SQLAlchemy's convention: sqlite:///relative, sqlite:////absolute.
        path = uri.split("://", 1)[1][1:]
        if not path:
            raise ValueError("A SQLite rate-limit store needs a file: sqlite:////path/to/file")
        self.path = path
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._conn().execute(
            "CREATE TABLE IF NOT EXISTS counters ("
            " key TEXT PRIMARY KEY, count INTEGER NOT NULL, expires_at REAL NOT NULL)"
        )

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None or self._local.pid != os.getpid():
            conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn, self._local.pid = conn, os.getpid()
        return conn

    @property
    def base_exceptions(self) -> type[Exception]:
        return sqlite3.Error

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = time.time()
        conn = self._conn()
        (count,) = conn.execute(
            "INSERT INTO counters (key, count, expires_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET "
            " count = CASE WHEN expires_at <= ? THEN excluded.count"
            "  ELSE count + excluded.count END,"
            " expires_at = CASE WHEN expires_at <= ? THEN excluded.expires_at ELSE expires_at END "
            "RETURNING count",
            (key, amount, now + expiry, now, now),
        ).fetchone()
        if random.randrange(_PRUNE_ONE_IN) == 0:  # noqa: S311 (housekeeping, not security)
            conn.execute("DELETE FROM counters WHERE expires_at <= ?", (now,))
        return count

    def get(self, key: str) -> int:
        row = (
            self._conn()
            .execute(
                "SELECT count FROM counters WHERE key = ? AND expires_at > ?", (key, time.time())
            )
            .fetchone()
        )
        return row[0] if row else 0

    def get_expiry(self, key: str) -> float:
        now = time.time()
        row = (
            self._conn()
            .execute("SELECT expires_at FROM counters WHERE key = ? AND expires_at > ?", (key, now))
            .fetchone()
        )
        return row[0] if row else now

    def check(self) -> bool:
        try:
            self._conn().execute("SELECT 1").fetchone()
        except sqlite3.Error:
            return False
        return True

    def reset(self) -> int | None:
        return self._conn().execute("DELETE FROM counters").rowcount

    def clear(self, key: str) -> None:
        self._conn().execute("DELETE FROM counters WHERE key = ?", (key,))


def auth_limit() -> str:
    """The budget of the credential endpoints (``T2M_RATELIMIT_AUTH``)."""
    return current_app.config["RATELIMIT_AUTH"]


# Password checks: one budget per address over every sign-in route.
sign_in = limiter.shared_limit(auth_limit, scope="sign-in", methods=["POST"])
# The other credential endpoints: a budget per route and address.
credentials = limiter.limit(auth_limit, methods=["POST"])


def hit_account(name: str) -> None:
    """Count one password check against the account ``name`` (a user id or the
    name given), whichever address it comes from; raise ``RATE_LIMIT_EXCEEDED``
    when its budget is spent."""
    if not limiter.enabled:
        return
    item = parse(auth_limit())
    key = hashlib.sha256(name.encode()).hexdigest()[:32]
    if limiter.limiter.hit(item, "sign-in-account", key):
        return
    reset = limiter.limiter.get_window_stats(item, "sign-in-account", key).reset_time
    wait = max(1, math.ceil(reset - time.time()))
    raise RateLimited(
        f"Too many sign-in attempts for this account. Try again in {wait} seconds.",
        headers={"Retry-After": str(wait)},
    )


def init_app(app: Flask) -> None:
    """Bind flask-limiter to the configured store."""
    app.config.setdefault("RATELIMIT_HEADERS_ENABLED", True)
    limiter.init_app(app)
