"""The realtime WebSocket at ``/realtime`` (the Media Vault protocol).

Client to server, JSON text frames of at most 4 KB:

- ``{"type": "auth", "token": "<JWT access token or API key>"}`` → ``auth_ok``,
  or an ``error`` (``AUTH_INVALID`` / ``AUTH_EXPIRED``) and the socket closes.
  Nothing else is accepted before it; a socket that has not authenticated
  within ``AUTH_SECONDS`` is closed.
- ``{"type": "subscribe", "channel": "media_updates" | "job_updates",
  "resource_id": 123}`` (``resource_id`` left out: all of one's own) →
  ``subscribed``, or an ``error`` with ``RESOURCE_NOT_FOUND`` for an id that is
  not one's own;
- ``{"type": "unsubscribe", …}`` → ``unsubscribed``; ``{"type": "ping"}`` → ``pong``.

Server to client: ``{"type": "event", "channel", "resource_id", "event", "id",
"timestamp", "data"}``. A bad message gets an ``error`` (``VALIDATION_ERROR``)
and the socket stays open. The credential is checked again every
``RECHECK_SECONDS``: once it is revoked or expired the socket gets an ``error``
and is closed.
"""

from __future__ import annotations

import contextlib
import json
import time

from flask import current_app, request
from simple_websocket import ConnectionClosed

from t2m.auth import Principal, principal_for_token
from t2m.cors import origin_allowed
from t2m.errors import AppError, NotFound
from t2m.extensions import db
from t2m.realtime.hub import Happened
from t2m.services.events import CHANNELS
from t2m.services.jobs import get_job
from t2m.services.library.files import get_file

AUTH_SECONDS = 10.0
RECHECK_SECONDS = 5.0
TICK = 0.1  # how often the socket's thread looks at its inbox between frames
MAX_MESSAGE = 4096
BATCH = 64  # events written to a socket in one write at most
CLOSE_POLICY = 1008  # RFC 6455: policy violation (not authenticated, revoked)
CLOSE_OVERFLOW = 1013  # try again later: the client fell too far behind
LOOKUPS = {"media_updates": get_file, "job_updates": get_job}


def same_origin_or_allowed() -> bool:
    """A browser's handshake must come from this site or a ``T2M_CORS_ORIGINS`` one
    (a WebSocket has no CORS: the server refuses other pages itself)."""
    origin = request.headers.get("Origin")
    if origin is None:  # not a browser (a script, a server): nothing to protect
        return True
    own = request.host_url.rstrip("/")
    return origin.rstrip("/") == own or origin_allowed(origin)


class Connection:
    """One socket's state: who it is, what it follows."""

    def __init__(self, ws, hub):
        self.ws = ws
        self.hub = hub
        self.principal: Principal | None = None
        self.token: str | None = None
        self.checked_at = 0.0
        self.subscriptions: set[tuple[str, int | None]] = set()
        self.inbox = None

    # -- sending ---------------------------------------------------------------------

    def send(self, message: dict) -> None:
        self.ws.send(json.dumps(message, separators=(",", ":"), default=str))

    def error(self, code: str, message: str, **extra) -> None:
        self.send({"type": "error", "code": code, "message": message, **extra})

    def close(self, code: int, reason: str) -> None:
        with contextlib.suppress(ConnectionClosed):
            self.ws.close(code, reason[:120])

    # -- the loop --------------------------------------------------------------------

    def run(self) -> None:
        opened = time.monotonic()
        try:
            while True:
                if self.principal is None and time.monotonic() - opened > AUTH_SECONDS:
                    self.error("AUTH_REQUIRED", "Authenticate within 10 seconds of connecting.")
                    self.close(CLOSE_POLICY, "not authenticated")
                    return
                raw = self.ws.receive(timeout=TICK)
                if raw is not None and not self.handle(raw):
                    return
                if self.principal is not None and not self.pump():
                    return
        except ConnectionClosed:
            return
        finally:
            if self.inbox is not None:
                self.hub.unsubscribe(self.inbox)
            db.session.remove()

    def handle(self, raw) -> bool:
        """Answer one frame; False when the socket was closed."""
        message = self.parse(raw)
        if message is None:
            return True
        kind = message.get("type")
        if kind == "ping":
            self.send({"type": "pong"})
            return True
        if kind == "auth":
            return self.authenticate(message.get("token"))
        if self.principal is None:
            self.error("AUTH_REQUIRED", 'Send {"type": "auth", "token": …} first.')
            return True
        if kind in ("subscribe", "unsubscribe"):
            self.follow(message, kind == "subscribe")
            return True
        self.error(
            "VALIDATION_ERROR",
            "Unknown message type.",
            details={"type": ["Use auth, subscribe, unsubscribe or ping."]},
        )
        return True

    def parse(self, raw) -> dict | None:
        if isinstance(raw, bytes):
            self.error("VALIDATION_ERROR", "Send JSON text frames, not binary ones.")
            return None
        if len(raw) > MAX_MESSAGE:
            self.error("VALIDATION_ERROR", f"Messages are at most {MAX_MESSAGE} bytes.")
            return None
        try:
            message = json.loads(raw)
        except ValueError:
            self.error("VALIDATION_ERROR", "The message is not valid JSON.")
            return None
        if not isinstance(message, dict):
            self.error("VALIDATION_ERROR", "A message is a JSON object with a 'type'.")
            return None
        return message

    def authenticate(self, token) -> bool:
        try:
            principal = principal_for_token(token)
            principal.require("events:read")
        except AppError as exc:
            db.session.rollback()
            self.error(exc.code, exc.message)
            self.close(CLOSE_POLICY, exc.message)
            return False
        self.principal, self.token = principal, token
        self.checked_at = time.monotonic()
        if self.inbox is None:
            self.inbox = self.hub.subscribe()
        self.send({"type": "auth_ok", "user_id": principal.user.id})
        db.session.remove()
        return True

    def follow(self, message: dict, on: bool) -> None:
        channel = message.get("channel")
        if channel not in CHANNELS:
            self.error(
                "VALIDATION_ERROR",
                "Unknown channel.",
                details={"channel": [f"Use one of: {', '.join(CHANNELS)}."]},
            )
            return
        resource_id = _resource_id(message.get("resource_id"), channel)
        if resource_id is False:
            wanted = message.get("resource_id")
            self.error("RESOURCE_NOT_FOUND", "Not found.", channel=channel, resource_id=wanted)
            return
        if on and resource_id is not None:
            try:
                LOOKUPS[channel](self.principal.user, resource_id)
            except NotFound:
                self.error(
                    "RESOURCE_NOT_FOUND", "Not found.", channel=channel, resource_id=resource_id
                )
                return
            finally:
                db.session.remove()
        key = (channel, resource_id)
        if on:
            self.subscriptions.add(key)
        else:
            self.subscriptions.discard(key)
        answer = "subscribed" if on else "unsubscribed"
        self.send({"type": answer, "channel": channel, "resource_id": resource_id})

    # -- pushing ---------------------------------------------------------------------

    def pump(self) -> bool:
        """Send what arrived for this socket; recheck the credential now and then."""
        if time.monotonic() - self.checked_at > RECHECK_SECONDS and not self.recheck():
            return False
        if self.inbox.overflowed:
            self.error("OVERFLOW", "Too many events behind; catch up with GET /api/v1/events.")
            self.close(CLOSE_OVERFLOW, "too far behind")
            return False
        batch = []
        for item in self.inbox.take_all():
            if self.wants(item):
                batch.append(item.wire)  # encoded once by the hub for every socket
            if len(batch) == BATCH:
                self.write(b"".join(batch))
                batch = []
        if batch:
            self.write(b"".join(batch))
        return True

    def write(self, frames: bytes) -> None:
        """Put ready-made frames on the wire in one write."""
        if not self.ws.connected:
            raise ConnectionClosed(self.ws.close_reason, self.ws.close_message)
        try:
            self.ws.sock.sendall(frames)
        except OSError as exc:
            raise ConnectionClosed(1006, "the connection dropped") from exc

    def wants(self, item: Happened) -> bool:
        """Whether this socket follows ``item`` (its channel, its resource or all of
        the user's own) and may see it."""
        channel = item.channel
        if channel is None or not self.subscriptions:
            return False
        user = self.principal.user
        if not item.visible_to(user.id, user.is_admin):
            return False
        if (channel, item.resource_id) in self.subscriptions:
            return True
        return (channel, None) in self.subscriptions and item.owner_id == user.id

    def recheck(self) -> bool:
        try:
            principal = principal_for_token(self.token)
        except AppError as exc:
            db.session.rollback()
            code = "AUTH_EXPIRED" if exc.code == "AUTH_EXPIRED" else "AUTH_INVALID"
            self.error(code, exc.message)
            self.close(CLOSE_POLICY, exc.message)
            return False
        finally:
            db.session.remove()
        self.principal = principal
        self.checked_at = time.monotonic()
        return True


def _resource_id(value, channel: str) -> int | bool | None:
    """``123``, ``"123"`` or ``"media_123"`` → 123; absent → None; anything else → False."""
    if value is None:
        return None
    if isinstance(value, str):
        prefix = channel.split("_", 1)[0] + "_"
        text = value[len(prefix) :] if value.startswith(prefix) else value
        if not (text.isascii() and text.isdigit()):
            return False
        value = int(text)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value < 2**63:
        return False
    return value


def serve(ws) -> None:
    """The ``/realtime`` handler (flask-sock calls it with the accepted socket)."""
    hub = current_app.extensions["t2m_hub"]
    Connection(ws, hub).run()
