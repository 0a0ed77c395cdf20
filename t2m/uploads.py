"""Upload plumbing: request bodies spooled to disk and hashed while they arrive.

Werkzeug's form parser asks the request for a file object to write each
uploaded file into. Ours is a temporary file under ``instance/tmp`` that
feeds SHA-256 as it is written, so a 1 GiB upload is read once, never held in
memory, and its hash is ready when parsing ends. If the client goes away or
the body is over the limit, the temporary file is closed and disappears.

When the storage can take a file before it is complete (S3: a multipart
upload, see ``t2m.storage.s3_stream``), a big upload is also copied to it
while the body arrives, part by part from the spool, so the end of the
request does not wait for a whole copy. The service then finishes that
upload, or aborts it when it refuses the file; anything the request started
and nobody finished is aborted when the request is closed.
"""

from __future__ import annotations

import hashlib
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, current_app
from htmx_flask.requests import HtmxAwareRequest

from t2m.storage import IncrementalUpload
from t2m.storage import storage as media_storage


class HashingSpool:
    """A temporary file that hashes what is written to it, and tells an incremental
    upload (when there is one) each time it grows past a part."""

    def __init__(self, directory: Path):
        directory.mkdir(parents=True, exist_ok=True)
        self._file = tempfile.NamedTemporaryFile(dir=directory, prefix="upload-", delete=True)  # noqa: SIM115
        self._hash = hashlib.sha256()
        self.size = 0
        self.incremental: IncrementalUpload | None = None
        self._notify_at: int | None = None

    def stream_to(self, incremental: IncrementalUpload) -> None:
        """Tell ``incremental`` about the bytes as they are written, part by part."""
        self.incremental = incremental
        self._notify_at = incremental.part_size

    def write(self, data: bytes) -> int:
        """Hash and append ``data`` (may wait while storage catches up, see written())."""
        self._hash.update(data)
        self.size += len(data)
        count = self._file.write(data)
        if self._notify_at is not None and self.size >= self._notify_at:
            # The uploader reads the file through its own descriptor: the
            # bytes must be on disk, not in this file object's buffer.
            self._file.flush()
            self.incremental.written(self.size)
            part = self.incremental.part_size
            self._notify_at = (self.size // part + 1) * part
        return count

    def close(self) -> None:
        """Abort an incremental upload nobody finished, and remove the file."""
        try:
            if self.incremental is not None:
                self.incremental.close()
        finally:
            self._file.close()

    @property
    def sha256(self) -> str:
        return self._hash.hexdigest()

    @property
    def path(self) -> Path:
        return Path(self._file.name)

    def __getattr__(self, name):  # read, seek, tell, flush, ...
        return getattr(self._file, name)

    def __iter__(self):
        return iter(self._file)

    def __enter__(self) -> HashingSpool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Request(HtmxAwareRequest):
    """The app's request class: HTMX-aware, spooling uploads through HashingSpool."""

    def _get_file_stream(
        self, total_content_length, content_type, filename=None, content_length=None
    ):
        spool = HashingSpool(Path(current_app.config["INSTANCE_PATH"]) / "tmp")
        # Remembered here, not only in request.files: when the client goes
        # away mid-body, Werkzeug raises before any file reaches request.files.
        self.__dict__.setdefault("_t2m_spools", []).append(spool)
        _maybe_stream(spool, total_content_length)
        return spool

    def close(self) -> None:
        """Close the uploaded files, aborting uploads to storage nobody finished."""
        try:
            super().close()
        finally:
            for spool in self.__dict__.pop("_t2m_spools", ()):
                spool.close()


def new_blob_key(owner_id: int) -> str:
    """A fresh key for a blob whose bytes are still arriving (hash not known yet)."""
    name = uuid.uuid4().hex
    return f"blobs/{owner_id}/{name[:2]}/{name}"


def _uploader_id() -> int | None:
    """The signed-in user sending this body, if already known while it is parsed.

    The API authenticates before it reads the form; on pages, the CSRF check
    reads it first, so the session's user is loaded here (login_required
    would load it a moment later anyway).
    """
    from flask_login import current_user

    from t2m.auth import current_principal

    principal = current_principal()
    if principal is not None:
        return principal.user.id
    return current_user.id if current_user.is_authenticated else None


def _maybe_stream(spool: HashingSpool, total_content_length: int | None) -> None:
    """Start copying ``spool`` to storage while it is written, when that is worth it:
    the backend can (S3), the body holds at least one part, and a signed-in user
    sends it (an anonymous body is refused anyway, and must not cost S3 requests).
    A body of unknown length may be big; it costs nothing until a part is full."""
    backend = media_storage()
    part = backend.upload_part_size
    if not part or (total_content_length is not None and total_content_length < part):
        return
    owner = _uploader_id()
    if owner is None:
        return
    incremental = backend.begin_upload(
        new_blob_key(owner), spool.path, expected_size=total_content_length
    )
    if incremental is not None:
        spool.stream_to(incremental)


@dataclass
class Upload:
    """An uploaded file as the services see it: bytes on disk plus what the client said."""

    path: Path
    filename: str
    size: int
    sha256: str
    client_content_type: str | None = None
    #: The copy to storage started while the body arrived (see HashingSpool), to
    #: be finished or aborted by the service; None for a plain spool.
    incremental: IncrementalUpload | None = None


def from_file_storage(storage) -> Upload:
    """Turn a Werkzeug FileStorage parsed by :class:`Request` into an :class:`Upload`."""
    spool = storage.stream
    spool.flush()
    return Upload(
        path=spool.path,
        filename=storage.filename or "",
        size=spool.size,
        sha256=spool.sha256,
        client_content_type=storage.mimetype or None,
        incremental=spool.incremental,
    )


def init_app(app: Flask) -> None:
    """Use the spooling request class (after the HTMX extension set its own)."""
    app.request_class = Request
