"""Events: what happened to your jobs, media and collections, to catch up on."""

from __future__ import annotations

import json
import time

from flask import Response, current_app, request, stream_with_context

from t2m.api import bp
from t2m.api.event_schemas import EventList, EventQuery, StreamQuery
from t2m.api.spec import endpoint
from t2m.auth import current_principal, presented_credential, principal_for_token
from t2m.errors import AppError, ValidationFailed
from t2m.extensions import db
from t2m.realtime.hub import Happened, current_hub, happened
from t2m.services import events
from t2m.services.events import TYPES, list_events
from t2m.services.events.outbox import cursor_id
from t2m.services.events.payloads import body

TAGS = ["events"]
READ = ("events:read",)
KEEPALIVE_SECONDS = 15.0
RECHECK_SECONDS = 5.0


def _types(raw: str | None) -> list[str] | None:
    if not raw:
        return None
    wanted = [t.strip() for t in raw.split(",") if t.strip()]
    unknown = sorted({t for t in wanted if t not in TYPES})
    if unknown:
        raise ValidationFailed(
            "Unknown event types.",
            details={"types": [f"Unknown: {', '.join(unknown)[:300]}. Use: {', '.join(TYPES)}."]},
        )
    return wanted


@endpoint(
    bp,
    "/events",
    summary="Your events, oldest first (catch up with after=)",
    tags=TAGS,
    scopes=READ,
    query=EventQuery,
    response=EventList,
)
def get_events(query: EventQuery):
    """Events are kept ``T2M_EVENT_RETENTION_DAYS`` (7). Administrators see everyone's,
    ``user.registered`` included. Pass the last id you saw as ``after``."""
    rows, more = list_events(
        current_principal().user, after=query.after, types=_types(query.types), limit=query.limit
    )
    items = [body(e) for e in rows]
    return {
        "items": items,
        "has_more": more,
        "next_after": items[-1]["id"] if items else query.after,
    }


def _sse(item: Happened) -> str:
    data = json.dumps(item.body, separators=(",", ":"), default=str)
    return f"id: {item.uid}\nevent: {item.type}\ndata: {data}\n\n"


@endpoint(
    bp,
    "/events/stream",
    summary="Your events as they happen (server-sent events)",
    tags=TAGS,
    scopes=READ,
    query=StreamQuery,
    stream=True,
)
def stream_events(query: StreamQuery):
    """``text/event-stream``: each event is ``id: evt_…``, ``event: <type>`` and
    ``data: {id, event, timestamp, data}``. A reconnecting client sends
    ``Last-Event-ID`` (or ``?after=``) and first gets what it missed (an id
    that is no longer kept replays every event still kept). A comment line
    every 15 seconds keeps proxies from closing it. The stream ends after
    ``T2M_STREAM_MAX_SECONDS`` (300; reconnect with ``Last-Event-ID``) and when the
    credential is revoked or expires."""
    principal = current_principal()
    user = principal.user
    wanted = set(_types(query.types) or ())
    after = request.headers.get("Last-Event-ID") or query.after
    hub = current_hub()
    sub = hub.subscribe()  # before the replay: nothing falls between the two
    try:
        last = cursor_id(user, after) if after else events.latest_id()
    except ValidationFailed:
        last = 0
    replay = [happened(e) for e in events.since(user, last)]
    credential = presented_credential()
    user_id, is_admin = user.id, user.is_admin
    ends = time.monotonic() + float(current_app.config["STREAM_MAX_SECONDS"])
    db.session.remove()

    def generate():
        seen = last
        checked = time.monotonic()
        try:
            yield "retry: 3000\n\n"
            for item in replay:
                seen = item.row_id
                if not wanted or item.type in wanted:
                    yield _sse(item)
            while (left := ends - time.monotonic()) > 0:
                item = sub.take(timeout=min(KEEPALIVE_SECONDS, left))
                if time.monotonic() - checked > RECHECK_SECONDS:
                    try:
                        principal_for_token(credential)
                    except AppError:
                        yield 'event: error\ndata: {"code": "AUTH_INVALID"}\n\n'
                        return
                    finally:
                        db.session.remove()
                    checked = time.monotonic()
                if sub.overflowed:
                    return  # the client reconnects with Last-Event-ID and catches up
                if item is None:
                    yield ": keep-alive\n\n"
                    continue
                if item.row_id <= seen or not item.visible_to(user_id, is_admin):
                    continue
                seen = item.row_id
                if not wanted or item.type in wanted:
                    yield _sse(item)
        finally:
            hub.unsubscribe(sub)

    response = Response(stream_with_context(generate()), mimetype="text/event-stream")
    response.headers["Cache-Control"] = "no-cache"
    response.headers["X-Accel-Buffering"] = "no"  # nginx: pass each event on at once
    return response
