"""Signed links, per-file analytics, bulk cleanup and deduplication figures."""

from __future__ import annotations

from flask import request, url_for

from t2m.api import bp
from t2m.api.file_schemas import (
    CleanupIn,
    CleanupOut,
    DeduplicationStats,
    FileAnalytics,
    SecureQuery,
    SignedUrlIn,
    SignedUrlOut,
)
from t2m.api.spec import Reply, endpoint
from t2m.auth import current_principal
from t2m.services import library
from t2m.services.delivery import media_access, signing

TAGS = ["files"]
READ = ("files:read",)
WRITE = ("files:write",)


@endpoint(
    bp,
    "/files/<id:file_id>/signed-url",
    "POST",
    summary="A link to one of your files that works without credentials",
    tags=TAGS,
    scopes=READ,
    body=SignedUrlIn,
    response=SignedUrlOut,
)
def create_signed_url(file_id: int, body: SignedUrlIn):
    """Downloads by default; ``size`` makes a thumbnail link, ``quality`` a stream
    link. Every option is signed: a changed link is refused. Only the owner may
    make links."""
    link = signing.create(current_principal().user, file_id, **body.model_dump(exclude_none=True))
    url = url_for("api.secure_file", file_id=link.file_id) + "?" + link.query_string
    return Reply(
        {"url": url, "expires_at": link.expires_at, "expires_in": body.expires_in},
        message="Signed link created.",
    )


@endpoint(
    bp,
    "/files/secure/<id:file_id>",
    summary="Follow a signed link (no credentials)",
    tags=TAGS,
    auth="public",
    query=SecureQuery,
    binary=True,
    errors=(403, 422),
)
def secure_file(file_id: int, query: SecureQuery):
    """Serves like ``/download`` (Range, ETag), ``/thumbnail`` or ``/stream``,
    as the link says. A changed, extended or expired link, or one whose owner no
    longer has the file, is 403 ``PERMISSION_DENIED``."""
    return media_access.open_link(file_id, list(request.args.items(multi=True)))


@endpoint(
    bp,
    "/files/<id:file_id>/analytics",
    summary="Downloads, streams and bytes served, per day for 30 days",
    tags=TAGS,
    scopes=READ,
    response=FileAnalytics,
)
def file_analytics(file_id: int):
    return library.analytics(current_principal().user, file_id)


@endpoint(
    bp,
    "/files/cleanup",
    "POST",
    summary="Find or delete your files by age, type, status or collection",
    tags=TAGS,
    scopes=WRITE,
    body=CleanupIn,
    response=CleanupOut,
    errors=(404,),  # a collection_id that is not one of yours
)
def cleanup_files(body: CleanupIn):
    """Give at least one criterion; all given must match. ``dry_run`` (the
    default) only lists; ``dry_run: false`` deletes, as ``DELETE /files/{id}``
    would."""
    result = library.cleanup(current_principal().user, **body.model_dump())
    verb = "would be removed" if result["dry_run"] else "removed"
    return Reply(result, message=f"{len(result['removed'])} file(s) {verb}.")


@endpoint(
    bp,
    "/system/deduplication",
    summary="How much storage deduplication saves",
    tags=["system"],
    scopes=("files:read",),
    response=DeduplicationStats,
)
def deduplication_stats():
    """Your own library; with the ``admin`` scope, every library."""
    principal = current_principal()
    return library.deduplication(principal.user, everyone="admin" in principal.scopes)
