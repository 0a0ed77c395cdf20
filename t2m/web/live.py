"""Pages that update by push: one server-sent event stream per page (``/live``).

The stream carries, for the signed-in user's events (from the realtime hub):

- a signal per changed resource, ``event: job-42`` or ``event: media-17``
  with no data: list rows and cards refetch themselves on it
  (``hx-trigger="every 2s, sse:media-17"``, the timer being only the fallback);
- for each part the page asked to have pushed (``w=<element id> <poll URL>``),
  that part rendered again by its own polling view, sent as ``event: <element
  id>`` for htmx's SSE extension to swap in (``sse-swap``): the page then
  makes no request at all while it updates. The next poll URL is read from
  the new HTML, and a part whose HTML no longer polls is finished.

``static/live.js`` stops the timers while the stream is open, so polling is
only what happens when it cannot be. A stream ends after
``T2M_STREAM_MAX_SECONDS``; the browser opens it again.
"""

from __future__ import annotations

import re
import time
from urllib.parse import urlsplit

from flask import Response, current_app, request, stream_with_context, url_for
from flask_login import current_user, login_required
from markupsafe import Markup
from werkzeug.exceptions import HTTPException

from t2m.errors import ValidationFailed
from t2m.extensions import db
from t2m.models import User
from t2m.realtime.hub import Happened, current_hub
from t2m.web import bp

KEEPALIVE_SECONDS = 15.0
COALESCE_SECONDS = 0.1  # events this close together cause one re-render
MAX_PARTS = 10
# The polling views whose output may be pushed.
PUSHABLE = {
    "web.job_status",
    "web.job_row",
    "web.library_status",
    "web.library_playback_status",
    "web.generate_live",
}
_TOPIC = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,63}$")
_POLL_URL = re.compile(r'^\s*<[^>]*?\shx-get="([^"]+)"')


def live_attrs(*parts: tuple[str, str]) -> Markup:
    """The attributes that connect a page's ``<main>`` to its stream; ``parts`` are
    ``(element id, poll URL)`` pairs to have pushed as HTML."""
    url = url_for("web.live", w=[f"{topic} {poll}" for topic, poll in parts])
    return Markup(' hx-ext="sse" sse-connect="{}" data-live-stream').format(url)


def _parts() -> dict[str, str]:
    parts: dict[str, str] = {}
    for raw in request.args.getlist("w")[: MAX_PARTS + 1]:
        topic, _, path = raw.partition(" ")
        if not _TOPIC.match(topic) or not _pushable(path):
            raise ValidationFailed("Unknown live part.", details={"w": [raw[:100]]})
        parts[topic] = path
    if len(parts) > MAX_PARTS:
        raise ValidationFailed(f"At most {MAX_PARTS} live parts.", details={"w": ["too many"]})
    return parts


def _pushable(path: str) -> bool:
    if not path.startswith("/") or path.startswith("//") or len(path) > 2000:
        return False
    adapter = current_app.url_map.bind("localhost")
    try:
        endpoint, _ = adapter.match(urlsplit(path).path, method="GET")
    except HTTPException:
        return False
    return endpoint in PUSHABLE


def _render(topic: str, path: str, cookie: str) -> tuple[str | None, list[str], bool]:
    """Run the part's own polling view as the signed-in user: its HTML, the
    ``HX-Trigger`` events it asked for, and whether the user is still signed in."""
    headers = {"Cookie": cookie, "HX-Request": "true", "HX-Target": topic, "Accept": "text/html"}
    with current_app.test_request_context(path, headers=headers):
        response = current_app.full_dispatch_request()
        html = response.get_data(as_text=True) if response.status_code in (200, 286) else None
        triggers = [t.strip() for t in response.headers.get("HX-Trigger", "").split(",")]
        if response.headers.get("HX-Refresh") == "true":
            triggers.append("hx-refresh")
        signed_in = response.status_code not in (302, 303, 401, 403)
        db.session.remove()
    return html, [t for t in triggers if t], signed_in


def _still_signed_in(user_id: int, version: int) -> bool:
    """False once a password change (or an administrator) ended the user's sessions."""
    found = db.session.get(User, user_id)
    ok = found is not None and found.is_active and found.token_version == version
    db.session.remove()
    return ok


def _event(name: str, data: str = "") -> str:
    lines = data.splitlines() or [""]
    return f"event: {name}\n" + "".join(f"data: {line}\n" for line in lines) + "\n"


def _signals(batch: list[Happened]) -> list[str]:
    names: list[str] = []
    for item in batch:
        found = [f"{item.resource}-{item.resource_id}"]
        file_id = item.body["data"].get("file_id") if item.resource == "job" else None
        if file_id:
            found.append(f"media-{file_id}")
        names += [n for n in found if n not in names]
    return names


@bp.get("/live")
@login_required
def live():
    """The page's event stream (see the module's docstring)."""
    parts = _parts()
    hub = current_hub()
    sub = hub.subscribe()
    cookie = request.headers.get("Cookie", "")
    user_id, is_admin = current_user.id, current_user.is_admin
    version = current_user.token_version
    ends = time.monotonic() + float(current_app.config["STREAM_MAX_SECONDS"])
    db.session.remove()
    shown: dict[str, str] = {}

    def generate():
        try:
            yield "retry: 3000\n\n"
            while (left := ends - time.monotonic()) > 0:
                item = sub.take(timeout=min(KEEPALIVE_SECONDS, left))
                if sub.overflowed:
                    return  # the browser reconnects; the page is current again
                if not _still_signed_in(user_id, version):
                    yield _event("signed-out")
                    return
                if item is None:
                    yield ": keep-alive\n\n"
                    continue
                batch = [item]
                deadline = time.monotonic() + COALESCE_SECONDS
                while (left := deadline - time.monotonic()) > 0:
                    more = sub.take(timeout=left)
                    if more is not None:
                        batch.append(more)
                batch = [i for i in batch if i.visible_to(user_id, is_admin)]
                if not batch:
                    continue
                for name in _signals(batch):
                    yield _event(name)
                for topic, path in list(parts.items()):
                    html, triggers, signed_in = _render(topic, path, cookie)
                    if not signed_in:
                        yield _event("signed-out")
                        return
                    if html is None:  # gone (deleted) or no longer the user's
                        parts.pop(topic)
                        continue
                    if shown.get(topic) != html:
                        shown[topic] = html
                        yield _event(topic, html)
                    for name in triggers:
                        yield _event(name)
                    # The part's next poll URL; a finished part keeps its last one (a
                    # retry or a new render on the same page starts it again).
                    found = _POLL_URL.match(html)
                    if found is not None:
                        parts[topic] = found.group(1).replace("&amp;", "&")
        finally:
            hub.unsubscribe(sub)

    response = Response(stream_with_context(generate()), mimetype="text/event-stream")
    response.headers["Cache-Control"] = "no-cache"
    response.headers["X-Accel-Buffering"] = "no"
    return response
