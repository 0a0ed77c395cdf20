"""Realtime: the ``/realtime`` WebSocket and the per-process event hub that
feeds it, the API's event stream and the pages' live updates.

WebSockets are served by flask-sock on gunicorn's threaded workers: an open
socket holds one thread, so the web workers run with ``WEB_THREADS`` threads
each (see the README) and ordinary requests keep theirs.
"""

from __future__ import annotations

from flask import Blueprint, Flask, current_app, request
from flask_sock import Sock

from t2m.errors import BadRequest, PermissionDenied
from t2m.realtime.hub import Hub, current_hub, publish
from t2m.realtime.socket import MAX_MESSAGE, same_origin_or_allowed, serve
from t2m.services import events

__all__ = ["current_hub", "init_app"]
PATH = "/realtime"
sock = Sock()
bp = Blueprint("realtime", __name__)
sock.route(PATH, bp=bp)(serve)


def _publish(event_ids: list[int], deliveries: bool) -> None:
    publish(current_app, event_ids)


@bp.before_request
def _handshake_checks():
    """Refuse, before the upgrade, what is not a WebSocket handshake from an
    allowed page."""
    if request.headers.get("Upgrade", "").lower() != "websocket":
        raise BadRequest(
            "This endpoint speaks WebSocket: connect with a WebSocket client.",
            details={"Upgrade": ["expected 'websocket'"]},
        )
    if not same_origin_or_allowed():
        raise PermissionDenied("WebSocket connections from this origin are not allowed.")
    # Decline permessage-deflate: event frames are small JSON encoded once for every
    # socket, and compressing them again per socket cost more than it saved
    # (bench/README.md). The handshake is read from the environ, so not offering
    # it there is declining it.
    request.environ.pop("HTTP_SEC_WEBSOCKET_EXTENSIONS", None)


def init_app(app: Flask) -> None:
    """Give the app its hub, the socket route, and the Redis publisher."""
    app.config.setdefault(
        "SOCK_SERVER_OPTIONS", {"ping_interval": 25, "max_message_size": 16 * MAX_MESSAGE}
    )
    app.extensions["t2m_hub"] = Hub(app)
    sock.init_app(app)
    app.register_blueprint(bp)
    events.on_commit(_publish)
