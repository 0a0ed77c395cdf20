"""Upload plumbing: request bodies spooled to disk and hashed while they arrive.

Werkzeug's form parser asks the request for a file object to write each
uploaded file into. Ours is a temporary file under ``instance/tmp`` that
feeds SHA-256 as it is written, so a 1 GiB upload is read once, never held in
memory, and its hash is ready when parsing ends. If the client goes away or
the body is over the limit, the temporary file is closed and disappears.
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, current_app
from htmx_flask.requests import HtmxAwareRequest


class HashingSpool:
    """A temporary file that hashes what is written to it."""

    def __init__(self, directory: Path):
        directory.mkdir(parents=True, exist_ok=True)
        self._file = tempfile.NamedTemporaryFile(dir=directory, prefix="upload-", delete=True)  # noqa: SIM115
        self._hash = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self._hash.update(data)
        self.size += len(data)
        return self._file.write(data)

    @property
    def sha256(self) -> str:
        return self._hash.hexdigest()

    @property
    def path(self) -> Path:
        return Path(self._file.name)

    def __getattr__(self, name):  # read, seek, tell, flush, close, ...
        return getattr(self._file, name)

    def __iter__(self):
        return iter(self._file)


class Request(HtmxAwareRequest):
    """The app's request class: HTMX-aware, spooling uploads through HashingSpool."""

    def _get_file_stream(
        self, total_content_length, content_type, filename=None, content_length=None
    ):
        return HashingSpool(Path(current_app.config["INSTANCE_PATH"]) / "tmp")


@dataclass
class Upload:
    """An uploaded file as the services see it: bytes on disk plus what the client said."""

    path: Path
    filename: str
    size: int
    sha256: str
    client_content_type: str | None = None


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
    )


def init_app(app: Flask) -> None:
    """Use the spooling request class (after the HTMX extension set its own)."""
    app.request_class = Request
