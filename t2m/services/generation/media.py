"""A generation's own media, as HTTP responses shared by the API and the pages:
a scene's still and the video's subtitles. (The video itself is a library file,
served like any other.)"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import Response, request

from t2m.errors import Conflict
from t2m.models import Generation, Scene
from t2m.services.delivery.serving import serve
from t2m.services.generation.request import RETRY_AFTER, subtitles_text

SUBTITLE_TYPES = {"vtt": "text/vtt", "srt": "application/x-subrip"}
# A URL naming the current version of a still never changes: cache it for good.
FOREVER = "private, max-age=31536000, immutable"


@dataclass(frozen=True)
class _Still:
    """What :func:`serve` reads of a library file, for a scene's still."""

    created_at: datetime
    sha256: str


def scene_image(scene: Scene, *, asked_version: int | None) -> Response:
    """The scene's current still (JPEG, ETag, Range). Each redraw gets a new key
    and version, so when ``asked_version`` is the current one the answer may be
    cached for good. 409 ``IMAGE_NOT_READY`` while it is being drawn."""
    if not scene.image_key:
        raise Conflict(
            "The image is being drawn; try again shortly.",
            code="IMAGE_NOT_READY",
            headers={"Retry-After": RETRY_AFTER},
        )
    tag = f"scene-{scene.id}-v{scene.version}"
    response = serve(
        _Still(created_at=scene.updated_at, sha256=tag),
        scene.image_key,
        content_type="image/jpeg",
        filename=f"scene-{scene.index + 1}-v{scene.version}.jpg",
        inline=True,
        kind="image",  # not a library file: no download counts
        etag=tag,
    )
    if response.status_code in (200, 304):
        current = asked_version == scene.version
        response.headers["Cache-Control"] = FOREVER if current else "private, no-cache"
    return response


def subtitles(gen: Generation, fmt: str, *, download: bool = False) -> Response:
    """The rendered video's subtitles in ``fmt`` (``vtt`` or ``srt``), UTF-8, with an
    ETag; an attachment when ``download``. 409 ``VIDEO_NOT_READY`` before the
    render (see :func:`subtitles_text`)."""
    response = Response(subtitles_text(gen, fmt), mimetype=SUBTITLE_TYPES[fmt])
    response.charset = "utf-8"
    disposition = "attachment" if download else "inline"
    response.headers["Content-Disposition"] = f'{disposition}; filename="video-{gen.job_id}.{fmt}"'
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "private, no-cache"
    response.add_etag()
    return response.make_conditional(request)
