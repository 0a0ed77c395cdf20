"""Adaptive playback: a video's HLS playlists, segments and storyboard, by signed URL.

The ``process`` job leaves, under ``derived/{owner}/{file}/``, an HLS master
playlist, one fMP4 media playlist per rung (``hls/{rung}/index.m3u8`` with
``init.mp4`` and ``seg_NNNNN.m4s``) and a storyboard sprite (see
:mod:`t2m.services.processing.renditions`). Players fetch all of these by URL and
cannot add an ``Authorization`` header, so every playlist is served by the
app with each URI in it rewritten to an absolute path on
``/api/v1/files/{id}/hls/{path}`` carrying a playback token
(:func:`t2m.services.delivery.signing.playback_token`). A request brings either
credentials (JWT, API key, session) or such a token; a playlist fetched with
a token hands the same token on, so one player session uses one set of
stable, cacheable URLs. Segments go out through :func:`serve` (Range, ETag,
sendfile, X-Accel or an S3 redirect); playlists are never redirected.

Errors: a video whose ladder is still being made is ``409
RENDITIONS_NOT_READY`` (with ``Retry-After``); a file that has no ladder and
will not get one (image, audio, document, a failed or disabled ladder) is
``422 VALIDATION_ERROR`` naming ``quality``; an unknown path or a missing
object is 404; a bad or expired token is 403.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from datetime import datetime

from flask import Response, current_app, url_for
from sqlalchemy import select

from t2m.errors import AppError, AuthRequired, NotFound, ValidationFailed
from t2m.extensions import db
from t2m.models import DerivedFile, File, Job, User
from t2m.services.delivery import signing
from t2m.services.delivery.serving import record_access, serve
from t2m.services.library import files as library
from t2m.services.processing.renditions import hls_prefix, ladder_rows
from t2m.storage import ObjectMissing, storage

M3U8 = "application/vnd.apple.mpegurl"
VTT = "text/vtt; charset=utf-8"
TYPES = {".m3u8": M3U8, ".m4s": "video/iso.segment", ".mp4": "video/mp4"}
# Everything a player may ask for under hls/: nothing else, and never "..".
HLS_PATH = re.compile(
    r"^(?:master\.m3u8|[1-9][0-9]{1,3}p/(?:index\.m3u8|init\.mp4|seg_[0-9]{1,9}\.m4s))$"
)
_URI_ATTR = re.compile(r'URI="([^"]*)"')
MAX_PLAYLIST_BYTES = 4 * 1024 * 1024
PENDING_FILE = ("uploaded", "processing")
PENDING_JOB = ("queued", "processing")
RETRY_AFTER = 5  # seconds a player or client should wait while the ladder is made


class RenditionsNotReady(AppError):
    """The video's streaming versions are still being made."""

    code = "RENDITIONS_NOT_READY"
    status = 409
    message = "The streaming versions of this video are still being prepared; try again shortly."


@dataclass
class Readiness:
    """Where a file's ladder stands: ``ready``, ``preparing`` (with the process job's
    progress, 0-100) or ``unavailable`` (it has none and will not get one)."""

    state: str
    progress: float | None = None
    job_id: int | None = None


def _process_job(file: File) -> Job | None:
    return db.session.scalar(
        select(Job)
        .where(Job.file_id == file.id, Job.kind == "process")
        .order_by(Job.id.desc())
        .limit(1)
    )


def readiness(file: File) -> Readiness:
    """Whether ``file`` can be streamed adaptively now, soon, or not at all.

    ``ready`` only once the process job is over: its master playlist is written
    before the storyboard is made, and the watch page reloads when the job ends.
    """
    if file.file_type == "video" and current_app.config.get("RENDITIONS_ENABLED", True):
        job = _process_job(file)
        if (job is not None and job.status in PENDING_JOB) or file.status in PENDING_FILE:
            return Readiness(
                "preparing",
                progress=round(job.progress or 0.0, 1) if job is not None else 0.0,
                job_id=job.id if job is not None else None,
            )
    if library.derived(file, "hls", "master") is not None:
        return Readiness("ready")
    return Readiness("unavailable")


def _master_row(file: File, *, field: str = "quality") -> DerivedFile:
    """The master playlist's row, or the error saying why it cannot be served."""
    state = readiness(file)
    row = library.derived(file, "hls", "master") if state.state == "ready" else None
    if row is not None:
        return row
    if state.state == "preparing":
        raise RenditionsNotReady(
            details={field: [f"still being prepared ({state.progress or 0:g}% done)"]},
            headers={"Retry-After": str(RETRY_AFTER)},
        )
    raise ValidationFailed(
        "This file has no streaming versions; use quality=original.",
        details={field: ["auto (HLS) is not available for this file"]},
    )


# ---- tokens and URLs ----------------------------------------------------------


def _owner(file: File) -> User:
    return db.session.get(User, file.owner_id)


def token_for(file: File) -> tuple[str, datetime]:
    """A fresh playback token for ``file`` (acting as its owner) and its expiry."""
    seconds = int(current_app.config.get("PLAYBACK_URL_SECONDS") or 6 * 3600)
    return signing.playback_token(_owner(file), file.id, expires_in=seconds)


def hls_url(file_id: int, path: str, token: str) -> str:
    """The absolute-path URL of one HLS object, with its token."""
    return f"{url_for('api.file_hls', file_id=file_id, path=path)}?token={token}"


def storyboard_url(file_id: int, kind: str, token: str) -> str:
    """``kind`` is ``vtt`` or ``jpg``."""
    endpoint = "api.file_storyboard_vtt" if kind == "vtt" else "api.file_storyboard_sprite"
    return f"{url_for(endpoint, file_id=file_id)}?token={token}"


def authorize(file_id: int, *, user: User | None, token: str | None) -> tuple[File, str]:
    """The file a playback request may read, and the token for the URLs it lists.

    A token, when given, must be valid (403 otherwise) and is handed on as is;
    otherwise the caller must be signed in and see the file (404 if not theirs),
    and a fresh token is made.
    """
    if token is not None:
        return signing.open_playback_token(file_id, token), token
    if user is None:
        raise AuthRequired("Sign in, or use a playback URL with its token.")
    file = library.get_file(user, file_id)
    return file, token_for(file)[0]


# ---- playlists ------------------------------------------------------------------


def rewrite_playlist(text: str, base: str, url_for_path) -> str:
    """``text`` with every URI (lines and ``URI="..."`` attributes) resolved against
    ``base`` (the playlist's folder under ``hls/``, ``""`` or ``"720p/"``) and
    replaced by ``url_for_path(path)``. A URI that does not resolve to a path
    :data:`HLS_PATH` allows raises ``ValueError`` (our own playlists never have one).
    """

    def resolve(uri: str) -> str:
        if not uri or "://" in uri or uri.startswith("/") or "?" in uri or "#" in uri:
            raise ValueError(f"unexpected URI {uri!r} in a playlist")
        path = posixpath.normpath(posixpath.join(base, uri))
        if not HLS_PATH.fullmatch(path):
            raise ValueError(f"URI {uri!r} leaves the HLS folder")
        return url_for_path(path)

    out = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            out.append("")
        elif stripped.startswith("#"):
            out.append(_URI_ATTR.sub(lambda m: f'URI="{resolve(m.group(1))}"', stripped))
        else:
            out.append(resolve(stripped))
    return "\n".join(out) + "\n"


def _read_small(key: str) -> bytes:
    try:
        with storage().open(key) as fh:
            data = fh.read(MAX_PLAYLIST_BYTES + 1)
    except ObjectMissing:
        raise NotFound("Not found.") from None
    if len(data) > MAX_PLAYLIST_BYTES:
        raise AppError("The playlist is too large to serve.")
    return data


def _text_response(body: str, mimetype: str) -> Response:
    response = Response(body, mimetype=mimetype)
    # The body carries tokens: never cached by anyone, never leaked on.
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def _playlist(file: File, path: str, token: str) -> Response:
    """Serve the playlist at ``hls/{path}`` with its URIs rewritten."""
    text = _read_small(hls_prefix(file) + path).decode("utf-8")
    base = posixpath.dirname(path)
    body = rewrite_playlist(text, base + "/" if base else "", lambda p: hls_url(file.id, p, token))
    if path == "master.m3u8":  # one play, however many segments follow
        record_access(file, "stream", len(body.encode()))
    return _text_response(body, M3U8)


def master(user: User, file_id: int) -> Response:
    """The HLS master playlist for ``GET /files/{id}/stream?quality=auto``."""
    file = library.get_file(user, file_id)
    _master_row(file)
    return _playlist(file, "master.m3u8", token_for(file)[0])


def hls(file_id: int, path: str, *, user: User | None, token: str | None) -> Response:
    """One object under the file's ``hls/`` folder: a playlist (rewritten) or a
    segment (served with Range, or redirected to S3)."""
    if not isinstance(path, str) or not HLS_PATH.fullmatch(path):
        raise NotFound("Not found.")
    file, token = authorize(file_id, user=user, token=token)
    if path == "master.m3u8":
        _master_row(file, field="path")
    suffix = posixpath.splitext(path)[1]
    if suffix == ".m3u8":
        return _playlist(file, path, token)
    key = hls_prefix(file) + path
    try:
        size = storage().size(key)
    except ObjectMissing:
        raise NotFound("Not found.") from None
    return serve(
        file,
        key,
        content_type=TYPES[suffix],
        filename=posixpath.basename(path),
        inline=True,
        kind="hls",
        size=size,
        etag=f"{file.sha256}-{path.replace('/', '-')}-{size}",
    )


# ---- storyboard -------------------------------------------------------------------


def _storyboard_row(file: File) -> DerivedFile:
    row = library.derived(file, "storyboard", "sprite")
    if row is not None and row.meta:
        return row
    if readiness(file).state == "preparing":
        raise RenditionsNotReady(headers={"Retry-After": str(RETRY_AFTER)})
    raise NotFound("This file has no storyboard.")


def storyboard_vtt(file_id: int, *, user: User | None, token: str | None) -> Response:
    """The WebVTT thumbnails track: one cue per tile, ``sprite#xywh=x,y,w,h``,
    the sprite's URL signed like the playlists'."""
    from t2m.media.storyboard import storyboard_vtt as build

    file, token = authorize(file_id, user=user, token=token)
    meta = _storyboard_row(file).meta
    body = build(
        float(meta["duration"]),
        float(meta["interval"]),
        int(meta["columns"]),
        int(meta["tile_width"]),
        int(meta["tile_height"]),
        storyboard_url(file.id, "jpg", token),
    )
    return _text_response(body, VTT)


def storyboard_sprite(file_id: int, *, user: User | None, token: str | None) -> Response:
    """The storyboard's sprite sheet (JPEG)."""
    file, _ = authorize(file_id, user=user, token=token)
    row = _storyboard_row(file)
    return serve(
        file,
        row.storage_key,
        content_type=row.content_type or "image/jpeg",
        filename="storyboard.jpg",
        inline=True,
        kind="storyboard",
        size=row.size,
        etag=f"{file.sha256}-storyboard-{row.size}",
    )


# ---- what a player needs ------------------------------------------------------------


def status(user: User, file_id: int) -> Readiness:
    """Where the ladder of one of the user's files stands (polled by the watch page)."""
    return readiness(library.get_file(user, file_id))


def info(user: User, file_id: int) -> dict:
    """Signed URLs a player needs for one of the user's files (the watch page and
    ``GET /files/{id}/playback``): the HLS master, the storyboard, each progressive
    rendition and the original, all valid for ``PLAYBACK_URL_SECONDS``."""
    file = library.get_file(user, file_id)
    state = readiness(file)
    token, expires_at = token_for(file)
    owner = _owner(file)
    seconds = min(
        int(current_app.config.get("PLAYBACK_URL_SECONDS") or 6 * 3600), signing.MAX_EXPIRES_IN
    )

    def link(**options) -> str:
        made = signing.create(owner, file.id, expires_in=seconds, **options)
        return f"{url_for('api.secure_file', file_id=file.id)}?{made.query_string}"

    ready = state.state == "ready"
    has_storyboard = ready and library.derived(file, "storyboard", "sprite") is not None
    renditions = []
    if ready:
        for row in ladder_rows(file):
            meta = row.meta or {}
            renditions.append(
                {
                    "quality": row.label,
                    "width": meta.get("width"),
                    "height": meta.get("height"),
                    "bandwidth": meta.get("bandwidth"),
                    "url": link(quality=row.label),
                }
            )
    return {
        "file_id": file.id,
        "state": state.state,
        "progress": state.progress,
        "hls_url": hls_url(file.id, "master.m3u8", token) if ready else None,
        "storyboard_vtt_url": storyboard_url(file.id, "vtt", token) if has_storyboard else None,
        "storyboard_sprite_url": storyboard_url(file.id, "jpg", token) if has_storyboard else None,
        "renditions": renditions,
        "original_url": link(quality="original"),
        "poster_url": link(size="large"),
        "expires_at": expires_at,
    }
