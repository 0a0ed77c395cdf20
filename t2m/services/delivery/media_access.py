"""Reading a file's bytes: downloads, streams and thumbnails for its owner, and
for whoever holds a signed link to them."""

from __future__ import annotations

from datetime import datetime

from flask import Response

from t2m.errors import ValidationFailed
from t2m.models import User
from t2m.services.delivery import playback, signing
from t2m.services.delivery.serving import serve
from t2m.services.library import files as library
from t2m.services.processing.renditions import QUALITY_HELP, is_quality


def _original(file, *, inline: bool, kind: str) -> Response:
    """Serve the uploaded bytes themselves."""
    return serve(
        file,
        file.blob.storage_key,
        content_type=file.content_type,
        filename=file.original_filename,
        inline=inline,
        kind=kind,
        size=file.size,
        active=file.active_content,
    )


def download(user: User, file_id: int, *, inline: bool = False) -> Response:
    """The original bytes, as an attachment unless ``inline``."""
    return _original(library.get_file(user, file_id), inline=inline, kind="download")


def stream(user: User, file_id: int, *, quality: str = "original") -> Response:
    """The file for playback (inline, Range-friendly).

    ``original`` is the upload itself; a rendition name (``720p``) its
    progressive MP4; ``auto`` the HLS master playlist (see
    :func:`t2m.services.delivery.playback.master`), whose URIs carry a playback token.
    """
    if not is_quality(quality):
        raise ValidationFailed(details={"quality": [QUALITY_HELP]})
    if quality == "auto":
        return playback.master(user, file_id)
    file = library.get_file(user, file_id)
    if quality != "original":
        rendition = library.derived(file, "rendition", quality)
        if rendition is None:
            raise ValidationFailed(
                f"No {quality} rendition of this file.",
                details={"quality": ["not available for this file"]},
            )
        return serve(
            file,
            rendition.storage_key,
            content_type=rendition.content_type,
            filename=file.original_filename,
            inline=True,
            kind="stream",
            size=rendition.size,
            etag=f"{file.sha256}-{quality}-{rendition.size}",
        )
    return _original(file, inline=True, kind="stream")


def thumbnail(user: User, file_id: int, *, size: str = "medium") -> Response:
    """The thumbnail of that size, or a typed placeholder when there is none."""
    from t2m.media.thumbnails import placeholder

    file = library.get_file(user, file_id)
    thumb = library.derived(file, "thumbnail", size)
    if thumb is not None:
        return serve(
            file,
            thumb.storage_key,
            content_type=thumb.content_type,
            filename=f"thumbnail-{size}",
            inline=True,
            kind="thumbnail",
            size=thumb.size,
            etag=f"{file.sha256}-thumb-{size}",
        )
    body = placeholder(file.file_type, size, fmt="png")
    response = Response(body, mimetype="image/png")
    response.headers["Cache-Control"] = "private, max-age=60"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def open_link(
    file_id: int, args: list[tuple[str, str]], *, now: datetime | None = None
) -> Response:
    """Serve what a signed link points at, as its owner would get it.

    ``args`` are the request's query parameters as (name, value) pairs, repeats
    included. Downloads and streams are counted like any other.
    """
    params, owner, file = signing.verify_link(file_id, args, now=now)
    # The owner's own access path: the same ownership check, headers and counting.
    if "size" in params:
        response = thumbnail(owner, file.id, size=params["size"])
    elif "quality" in params:
        response = stream(owner, file.id, quality=params["quality"])
    else:
        response = download(owner, file.id, inline=params.get("inline") == "true")
    # The link is the credential: do not hand it on to whatever the file links to.
    response.headers["Referrer-Policy"] = "no-referrer"
    return response
