"""Sending stored bytes to clients: HTTP Range, validators, safe headers, analytics.

Local files go out through ``send_file`` (zero-copy ``sendfile`` under
gunicorn) or, with ``T2M_ACCEL_REDIRECT``, through a fronting nginx.
S3 objects are either redirected to a short-lived presigned URL or proxied
with ranged GETs (``T2M_S3_SERVE``).
"""

from __future__ import annotations

from datetime import date

from flask import Response, current_app, redirect, request, send_file, stream_with_context
from sqlalchemy import update
from werkzeug.http import dump_options_header, is_resource_modified, parse_options_header

from t2m.errors import AppError
from t2m.extensions import db
from t2m.models import File, FileAccessDay
from t2m.models.base import utcnow
from t2m.storage import content_disposition, storage


class _Window:
    """The bytes ``start``..``start+length`` of an open file, as a file object.

    Handed to the server's ``wsgi.file_wrapper`` so a range is sent with
    ``sendfile(2)`` from its offset, never read and thrown away from byte 0.
    """

    def __init__(self, fh, start: int, length: int):
        self._fh = fh
        self._fh.seek(start)
        self._left = length

    def read(self, size: int = -1) -> bytes:
        if self._left <= 0:
            return b""
        size = self._left if size is None or size < 0 else min(size, self._left)
        data = self._fh.read(size)
        self._left -= len(data)
        return data

    def fileno(self) -> int:
        return self._fh.fileno()

    def tell(self) -> int:
        return self._fh.tell()

    def seek(self, *args) -> int:
        return self._fh.seek(*args)

    def close(self) -> None:
        self._fh.close()


def _seek_for_server(response: Response, path) -> None:
    """Werkzeug reaches a range's start by reading through a server's file
    wrapper (gunicorn's cannot seek); give the server a file already there."""
    wrapper = request.environ.get("wsgi.file_wrapper")
    if response.status_code != 206 or wrapper is None or response.content_range is None:
        return
    start, stop = response.content_range.start, response.content_range.stop
    response.response.close()
    response.response = wrapper(_Window(open(path, "rb"), start, stop - start), 1024 * 1024)  # noqa: SIM115
    response.direct_passthrough = True


# Documents a browser would render as a page of our origin, scripts and forms
# included: served only as sandboxed attachments. Sniffing marks HTML, SVG and
# XML uploads ``active``; PDFs (viewers run their JavaScript and forms) are
# added here by type, which also covers files stored before the rule.
SANDBOXED_TYPES = frozenset(
    {"application/pdf", "text/html", "image/svg+xml", "application/xml", "application/xhtml+xml"}
)
# Types sent with a charset besides text/* (and *+xml, *+json).
_CHARSET_TYPES = frozenset({"application/json", "application/xml", "application/javascript"})


def with_charset(content_type: str) -> str:
    """``content_type`` with exactly one ``charset`` when it is text: UTF-8,
    since sniffing accepted only valid UTF-8 text. Other types are unchanged."""
    mimetype, params = parse_options_header(content_type)
    mimetype = mimetype.lower()
    text = mimetype.startswith("text/") or mimetype in _CHARSET_TYPES
    if not (text or mimetype.endswith(("+xml", "+json"))):
        return content_type
    params = {k: v for k, v in params.items() if k.lower() != "charset"}
    return dump_options_header(mimetype, {**params, "charset": "utf-8"})


def _safe_headers(response: Response, active: bool) -> Response:
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers.setdefault("Accept-Ranges", "bytes")
    if active:
        # HTML/SVG/PDF never run in our origin: sandboxed and downloaded only.
        response.headers["Content-Security-Policy"] = "sandbox"
    return response


def _upsert(dialect: str):
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def record_access(file: File, kind: str, sent_bytes: int) -> None:
    """Count a download or a stream (once per request that starts at byte 0).

    Two statements and one commit: an upsert of today's row (safe when two
    requests for the same file start the day at once) and an in-place
    increment of the file's counters (no read-modify-write race).
    """
    if kind not in ("download", "stream"):
        return
    first = request.range is None or (request.range.ranges and request.range.ranges[0][0] == 0)
    downloads = int(first and kind == "download")
    streams = int(first and kind == "stream")
    insert = _upsert(db.session.get_bind().dialect.name)
    row = insert(FileAccessDay).values(
        file_id=file.id,
        day=date.today(),
        downloads=downloads,
        streams=streams,
        bytes_served=sent_bytes,
    )
    db.session.execute(
        row.on_conflict_do_update(
            index_elements=[FileAccessDay.file_id, FileAccessDay.day],
            set_={
                "downloads": FileAccessDay.downloads + row.excluded.downloads,
                "streams": FileAccessDay.streams + row.excluded.streams,
                "bytes_served": FileAccessDay.bytes_served + row.excluded.bytes_served,
            },
        )
    )
    db.session.execute(
        update(File)
        .where(File.id == file.id)
        .values(
            download_count=File.download_count + downloads,
            stream_count=File.stream_count + streams,
            bytes_served=File.bytes_served + sent_bytes,
            last_accessed_at=utcnow(),
        )
        .execution_options(synchronize_session=False)
    )
    db.session.commit()


def _range_length(size: int) -> int:
    rng = request.range
    if rng is None or rng.units != "bytes" or len(rng.ranges) != 1:
        return size
    bounds = rng.range_for_length(size)
    return size if bounds is None else bounds[1] - bounds[0]


def serve(
    file: File,
    key: str,
    *,
    content_type: str,
    filename: str,
    inline: bool,
    kind: str = "download",
    size: int | None = None,
    etag: str | None = None,
    active: bool = False,
) -> Response:
    """Answer the current request with the object at ``key``.

    ``active`` content, and every type in ``SANDBOXED_TYPES``, is only ever an
    attachment with ``Content-Security-Policy: sandbox``.
    """
    active = active or parse_options_header(content_type)[0].lower() in SANDBOXED_TYPES
    inline = inline and not active
    # Given whole: Werkzeug's ``mimetype=`` would add a second charset to text.
    content_type = with_charset(content_type)
    size = storage().size(key) if size is None else size
    etag = etag or file.sha256
    disposition = content_disposition(filename, inline=inline)
    cfg = current_app.config
    backend = storage()
    local = backend.local_file(key)

    if local is not None and not cfg.get("ACCEL_REDIRECT"):
        response = send_file(
            local,
            mimetype=content_type,
            conditional=True,
            etag=etag,
            last_modified=file.created_at,
            max_age=0,
        )
        response.headers["Content-Type"] = content_type
        _seek_for_server(response, local)
        response.headers["Content-Disposition"] = disposition
        if response.status_code in (200, 206):
            record_access(file, kind, response.content_length or 0)
        return _safe_headers(response, active)

    if local is not None:  # nginx serves the bytes from its internal location
        response = Response(status=200, content_type=content_type)
        response.headers["X-Accel-Redirect"] = cfg["ACCEL_REDIRECT"].rstrip("/") + "/" + key
        response.headers["Content-Disposition"] = disposition
        response.set_etag(etag)
        record_access(file, kind, _range_length(size))
        return _safe_headers(response, active)

    if cfg.get("S3_SERVE", "redirect") == "redirect":
        url = backend.url_for_download(
            key, filename=filename, content_type=content_type, inline=inline, expires=300
        )
        record_access(file, kind, _range_length(size))
        response = redirect(url, 302)
        response.headers["Cache-Control"] = "private, no-store"
        return _safe_headers(response, active)

    return _proxy(
        file,
        key,
        content_type=content_type,
        disposition=disposition,
        kind=kind,
        size=size,
        etag=etag,
        active=active,
    )


def _proxy(
    file: File,
    key: str,
    *,
    content_type: str,
    disposition: str,
    kind: str,
    size: int,
    etag: str,
    active: bool,
) -> Response:
    """Stream an object through this process, honouring a single byte range."""
    if not is_resource_modified(request.environ, etag=etag, last_modified=file.created_at):
        response = Response(status=304)
        response.set_etag(etag)
        return _safe_headers(response, active)
    start, end, status = 0, size - 1, 200
    rng = request.range
    if_range = request.if_range
    unconditional = if_range is None or (if_range.etag is None and if_range.date is None)
    range_applies = rng is not None and (unconditional or if_range.etag == etag)
    if range_applies:
        bounds = (
            rng.range_for_length(size) if rng.units == "bytes" and len(rng.ranges) == 1 else None
        )
        if bounds is None:
            raise AppError(
                "The requested byte range is outside the file.",
                code="RANGE_NOT_SATISFIABLE",
                status=416,
                headers={"Content-Range": f"bytes */{size}"},
            )
        start, end, status = bounds[0], bounds[1] - 1, 206
    body = storage().iter_range(key, start, end) if size else iter(())
    response = Response(
        stream_with_context(body), status=status, content_type=content_type, direct_passthrough=True
    )
    response.content_length = end - start + 1 if size else 0
    if status == 206:
        response.headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    response.set_etag(etag)
    response.last_modified = file.created_at
    response.headers["Content-Disposition"] = disposition
    record_access(file, kind, end - start + 1 if size else 0)
    return _safe_headers(response, active)
