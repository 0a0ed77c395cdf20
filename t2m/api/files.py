"""Files: upload, list, details, download and streaming (and the Media Vault aliases)."""

from __future__ import annotations

from flask import url_for
from flask_login import current_user

from t2m.api import bp
from t2m.api.envelope import page_data
from t2m.api.file_schemas import (
    BatchOut,
    DownloadQuery,
    FileList,
    FileMetadata,
    FileOut,
    FilePatch,
    FileQuery,
    FileStats,
    PlaybackOut,
    PlaybackQuery,
    StreamQuery,
    ThumbnailQuery,
    UploadForm,
)
from t2m.api.spec import Reply, endpoint
from t2m.auth import current_principal
from t2m.errors import AppError
from t2m.services.delivery import media_access, playback
from t2m.services.library import files as library
from t2m.services.library import sharing

TAGS = ["files"]
READ = ("files:read",)
WRITE = ("files:write",)


def share_url(row, endpoint: str) -> str | None:
    """The absolute share (or embed) URL of a file or collection, None while private."""
    if not sharing.is_shared(row):
        return None
    return url_for(endpoint, share_id=row.share_id, _external=True)


def file_out(file) -> dict:
    """The API shape of a file."""
    return {
        "id": file.id,
        "original_filename": file.original_filename,
        "filename": file.original_filename,
        "title": file.title,
        "display_name": file.display_name,
        "tags": file.tags,
        "visibility": file.visibility,
        "share_url": share_url(file, "web.share_file"),
        "embed_url": share_url(file, "web.share_embed"),
        "content_type": file.content_type,
        "file_type": file.file_type,
        "subdirectory": file.subdirectory,
        "description": file.description,
        "size": file.size,
        "checksum": f"sha256:{file.sha256}",
        "status": file.status,
        "error": file.error,
        "metadata": file.meta or {},
        "download_count": file.download_count,
        "stream_count": file.stream_count,
        "created_at": file.created_at,
        "updated_at": file.updated_at,
        "urls": {
            "download": url_for("api.download_file", file_id=file.id),
            "stream": url_for("api.stream_file", file_id=file.id),
            "thumbnail": url_for("api.file_thumbnail", file_id=file.id),
            "metadata": url_for("api.file_metadata", file_id=file.id),
            "playback": url_for("api.file_playback", file_id=file.id),
        },
    }


def _upload_one(form: UploadForm, upload) -> dict:
    file = library.upload(
        current_principal().user,
        upload,
        file_type=form.file_type,
        subdirectory=form.subdirectory,
        description=form.description,
    )
    return file_out(file)


@endpoint(
    bp,
    "/files/upload",
    "POST",
    summary="Upload a file",
    tags=TAGS,
    scopes=WRITE,
    form=UploadForm,
    uploads={"file": False},
    response=FileOut,
    status=201,
)
def upload_file(form: UploadForm, files: dict):
    """Multipart upload, streamed to storage. The type is sniffed from the bytes; a
    ``file_type`` that disagrees is 400. Processing (probe, thumbnails) starts at once."""
    return Reply(_upload_one(form, files["file"][0]), message="File uploaded.")


@endpoint(
    bp,
    "/media/upload",
    "POST",
    summary="Upload a file (Media Vault)",
    tags=["media"],
    scopes=WRITE,
    form=UploadForm,
    uploads={"file": False},
    response=FileOut,
    status=201,
)
def media_upload(form: UploadForm, files: dict):
    return Reply(_upload_one(form, files["file"][0]), message="File uploaded.")


@endpoint(
    bp,
    "/files/batch-upload",
    "POST",
    summary="Upload several files",
    tags=TAGS,
    scopes=WRITE,
    form=UploadForm,
    uploads={"files": True},
    response=BatchOut,
    status=207,
)
def batch_upload(form: UploadForm, files: dict):
    """Each file succeeds or fails on its own (``results[i].error``); one bad file
    does not sink the others. 201 when all succeeded, 207 otherwise."""
    results = []
    for index, upload in enumerate(files["files"]):
        try:
            results.append(
                {
                    "index": index,
                    "filename": upload.filename,
                    "success": True,
                    "file": _upload_one(form, upload),
                }
            )
        except AppError as err:
            results.append(
                {
                    "index": index,
                    "filename": upload.filename,
                    "success": False,
                    "error": {
                        "code": err.code,
                        "message": err.message,
                        "details": err.details or None,
                    },
                }
            )
    ok = sum(1 for r in results if r["success"])
    return Reply(
        {"total": len(results), "succeeded": ok, "failed": len(results) - ok, "results": results},
        status=201 if ok == len(results) else 207,
        message=f"{ok} of {len(results)} files uploaded.",
    )


def _list(query: FileQuery):
    flt = library.FileFilter(
        file_type=query.file_type,
        status=query.status,
        q=query.q,
        collection_id=query.collection_id,
        sort=query.sort,
    )
    page = library.list_files(current_principal().user, flt, query.page, query.items_per_page)
    data = page_data(page)
    data["items"] = [file_out(f) for f in page.items]
    return data


@endpoint(
    bp,
    "/files",
    summary="List your files",
    tags=TAGS,
    scopes=READ,
    query=FileQuery,
    response=FileList,
)
def list_files(query: FileQuery):
    return _list(query)


@endpoint(
    bp,
    "/media",
    summary="List your media (Media Vault)",
    tags=["media"],
    scopes=READ,
    query=FileQuery,
    response=FileList,
)
def list_media(query: FileQuery):
    return _list(query)


@endpoint(
    bp,
    "/files/stats",
    summary="Counts and bytes by type, and your quota",
    tags=TAGS,
    scopes=READ,
    response=FileStats,
)
def file_stats():
    return library.stats(current_principal().user)


@endpoint(
    bp, "/files/<id:file_id>", summary="A file's details", tags=TAGS, scopes=READ, response=FileOut
)
def get_file(file_id: int):
    return file_out(library.get_file(current_principal().user, file_id))


@endpoint(
    bp,
    "/media/<id:file_id>",
    summary="A file's details (Media Vault)",
    tags=["media"],
    scopes=READ,
    response=FileOut,
)
def get_media(file_id: int):
    return file_out(library.get_file(current_principal().user, file_id))


def _patch(file_id: int, body: FilePatch) -> Reply:
    file = library.update_details(
        current_principal().user, file_id, body.model_dump(exclude_unset=True)
    )
    return Reply(file_out(file), message="File updated.")


@endpoint(
    bp,
    "/files/<id:file_id>",
    "PATCH",
    summary="Edit a file's title, description and tags",
    tags=TAGS,
    scopes=WRITE,
    body=FilePatch,
    response=FileOut,
)
def patch_file(file_id: int, body: FilePatch):
    """Only the fields sent change. Search (`q`) covers titles, descriptions and tags."""
    return _patch(file_id, body)


@endpoint(
    bp,
    "/media/<id:file_id>",
    "PATCH",
    summary="Edit a file's title, description and tags (Media Vault)",
    tags=["media"],
    scopes=WRITE,
    body=FilePatch,
    response=FileOut,
)
def patch_media(file_id: int, body: FilePatch):
    return _patch(file_id, body)


@endpoint(bp, "/files/<id:file_id>", "DELETE", summary="Delete a file", tags=TAGS, scopes=WRITE)
def delete_file(file_id: int):
    """Removes the file, everything made from it, and its bytes when no other file
    of yours has the same content."""
    library.delete(current_principal().user, file_id)
    return Reply(None, message="File deleted.")


@endpoint(
    bp,
    "/files/<id:file_id>/metadata",
    summary="Type, size, checksum and probed metadata",
    tags=TAGS,
    scopes=READ,
    response=FileMetadata,
)
def file_metadata(file_id: int):
    file = library.get_file(current_principal().user, file_id)
    return {
        "id": file.id,
        "content_type": file.content_type,
        "size": file.size,
        "checksum": f"sha256:{file.sha256}",
        "metadata": file.meta or {},
    }


@endpoint(
    bp,
    "/files/<id:file_id>/download",
    summary="Download the original",
    tags=TAGS,
    scopes=READ,
    query=DownloadQuery,
    binary=True,
)
def download_file(file_id: int, query: DownloadQuery):
    """HTTP Range (206), ETag/If-None-Match/If-Range, RFC 5987 file names.
    ``inline=true`` shows it in the browser (never for HTML/SVG)."""
    return media_access.download(current_principal().user, file_id, inline=query.inline)


@endpoint(
    bp,
    "/files/<id:file_id>/stream",
    summary="Stream the file (Range requests)",
    tags=TAGS,
    scopes=READ,
    query=StreamQuery,
    binary=True,
)
def stream_file(file_id: int, query: StreamQuery):
    """``quality=original`` (the default) streams the upload itself; a rendition name
    (``360p``, ``720p``...) its progressive MP4, both with HTTP Range. ``quality=auto``
    is the HLS master playlist (``application/vnd.apple.mpegurl``): every URI in it is
    an absolute path on ``/files/{id}/hls/{path}`` carrying a playback token, so any
    player can follow it without credentials. While the video's renditions are still
    being made, ``auto`` is 409 ``RENDITIONS_NOT_READY`` (with ``Retry-After``); for a
    file that has none (image, audio, document, a failed ladder) it is 422
    ``VALIDATION_ERROR`` naming ``quality``, as is a rendition the file does not have."""
    return media_access.stream(current_principal().user, file_id, quality=query.quality)


def _viewer(query: PlaybackQuery):
    """The signed-in caller of a playback route (API credentials or a browser
    session), or None; a request with a playback token is judged by the token."""
    if query.token is not None:
        return None
    principal = current_principal()
    if principal is not None:
        principal.require(*READ)
        return principal.user
    if current_user.is_authenticated:
        return current_user._get_current_object()
    return None


PLAYBACK_ERRORS = (403, 409, 422)


@endpoint(
    bp,
    "/files/<id:file_id>/playback",
    summary="Signed URLs for a player: HLS, storyboard, renditions",
    tags=TAGS,
    scopes=READ,
    response=PlaybackOut,
)
def file_playback(file_id: int):
    """What a player needs, as URLs that work without credentials until
    ``expires_at`` (``T2M_PLAYBACK_URL_SECONDS``, 6 hours by default): the HLS
    master playlist, the WebVTT storyboard and its sprite, each progressive
    rendition, the original and the poster. ``state`` says whether HLS is
    ``ready``, still ``preparing`` (with ``progress``) or ``unavailable``."""
    return playback.info(current_principal().user, file_id)


@endpoint(
    bp,
    "/files/<id:file_id>/hls/<path:path>",
    summary="HLS playlists and segments (credentials or a playback token)",
    tags=TAGS,
    auth="optional",
    query=PlaybackQuery,
    binary=True,
    errors=PLAYBACK_ERRORS,
)
def file_hls(file_id: int, path: str, query: PlaybackQuery):
    """``path`` is ``master.m3u8``, ``{rung}/index.m3u8``, ``{rung}/init.mp4`` or
    ``{rung}/seg_NNNNN.m4s``; anything else is 404. Playlists
    (``application/vnd.apple.mpegurl``) are served by the app with every URI
    rewritten to this route and the same ``token``; segments (``video/iso.segment``)
    and init segments (``video/mp4``) honour Range, or redirect to storage. A
    tampered or expired token is 403 ``PERMISSION_DENIED``; another user's file 404."""
    return playback.hls(file_id, path, user=_viewer(query), token=query.token)


@endpoint(
    bp,
    "/files/<id:file_id>/storyboard.vtt",
    summary="Scrub-preview track (WebVTT thumbnails)",
    tags=TAGS,
    auth="optional",
    query=PlaybackQuery,
    binary=True,
    errors=PLAYBACK_ERRORS,
)
def file_storyboard_vtt(file_id: int, query: PlaybackQuery):
    """One cue per storyboard tile: ``start --> end`` then
    ``/api/v1/files/{id}/storyboard.jpg?token=...#xywh=x,y,w,h``. Credentials or a
    playback token; 409 ``RENDITIONS_NOT_READY`` while processing, 404 when the file
    has no storyboard."""
    return playback.storyboard_vtt(file_id, user=_viewer(query), token=query.token)


@endpoint(
    bp,
    "/files/<id:file_id>/storyboard.jpg",
    summary="Scrub-preview sprite sheet (JPEG)",
    tags=TAGS,
    auth="optional",
    query=PlaybackQuery,
    binary=True,
    errors=PLAYBACK_ERRORS,
)
def file_storyboard_sprite(file_id: int, query: PlaybackQuery):
    """The tiles the storyboard track points into. Credentials or a playback token."""
    return playback.storyboard_sprite(file_id, user=_viewer(query), token=query.token)


@endpoint(
    bp,
    "/files/<id:file_id>/thumbnail",
    summary="A thumbnail (or a typed placeholder)",
    tags=TAGS,
    scopes=READ,
    query=ThumbnailQuery,
    binary=True,
)
def file_thumbnail(file_id: int, query: ThumbnailQuery):
    return media_access.thumbnail(current_principal().user, file_id, size=query.size)
