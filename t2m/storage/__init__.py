"""Storage: one interface, a local-disk and an S3 implementation.

Keys are made by the server (never from a client's filename): ``/``-separated
ASCII paths such as ``blobs/12/ab/abcdef…``. Implementations must refuse keys
that are absolute, contain ``..`` segments, backslashes or NUL bytes.
"""

from __future__ import annotations

import contextlib
import io
import secrets
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote

from flask import Flask, current_app

CHUNK = 1024 * 1024


class StorageError(Exception):
    """A storage operation failed (missing object, backend unreachable, bad key)."""


class ObjectMissing(StorageError):
    """The key does not exist."""


class IncrementalUpload(ABC):
    """An object stored while its bytes are still arriving in a spool file.

    The spool calls :meth:`written` as it grows (the bytes are on disk by
    then); the owner of the upload ends it with :meth:`finish` once it decided
    to keep the bytes, or with :meth:`abort`. :meth:`close` aborts an upload
    that was never finished, so a request that ends early leaves nothing.
    """

    #: The storage key the object ends up under (chosen when the upload began).
    key: str
    #: The spool notifies :meth:`written` each time it grows past a multiple of this.
    part_size: int

    @abstractmethod
    def written(self, size: int) -> None:
        """The spool file now holds ``size`` bytes, flushed to disk.

        May block for a while (back-pressure) when the backend is slower
        than the client, so the body never gets far ahead of the copy.
        """

    @abstractmethod
    def finish(self, size: int, *, content_type: str | None = None) -> str:
        """Store the rest of the spool's ``size`` bytes and make the object visible.

        Returns the key. Raises :class:`StorageError` when nothing could be
        stored (then nothing is left behind).
        """

    @abstractmethod
    def abort(self) -> None:
        """Drop the upload: unfinished parts, or the object itself once finished.

        Never raises: it runs on error paths and must not hide the real error.
        """

    @property
    @abstractmethod
    def finished(self) -> bool:
        """True once :meth:`finish` stored the object (and it was not aborted since)."""

    def close(self) -> None:
        """Abort unless finished: the end of a request that did not keep the bytes."""
        if not self.finished:
            self.abort()


class Storage(ABC):
    """What every backend provides."""

    name: str = "storage"
    #: Bytes per part when the backend can store an upload while it arrives
    #: (:meth:`begin_upload`), else None.
    upload_part_size: int | None = None

    @abstractmethod
    def save(self, key: str, stream: BinaryIO, *, content_type: str | None = None) -> int:
        """Store everything read from ``stream`` (in chunks) under ``key``; return the size.

        Writes are atomic: a reader never sees a partial object, and a failed
        save leaves nothing behind under ``key``.
        """

    def save_file(self, key: str, path: Path, *, content_type: str | None = None) -> int:
        """Store the file at ``path`` under ``key`` (the file itself is left alone)."""
        with open(path, "rb") as fh:
            return self.save(key, fh, content_type=content_type)

    def begin_upload(
        self, key: str, spool: Path, *, expected_size: int | None = None
    ) -> IncrementalUpload | None:
        """Start storing the file being written to ``spool`` under ``key``, before it
        is complete; None when the backend does not (or not for this size).

        Local disk says None: its :meth:`save_file` hard-links the finished
        spool, which costs nothing however big the file.
        """
        return None

    @abstractmethod
    def open(self, key: str) -> BinaryIO:
        """A readable binary stream of the whole object (caller closes it)."""

    @abstractmethod
    def iter_range(self, key: str, start: int, end: int) -> Iterator[bytes]:
        """Yield bytes ``start``..``end`` inclusive, in chunks of at most ``CHUNK``."""

    @abstractmethod
    def delete(self, key: str) -> None:
        """Remove the object; a missing key is not an error."""

    @abstractmethod
    def exists(self, key: str) -> bool:
        """True if the object exists."""

    @abstractmethod
    def size(self, key: str) -> int:
        """Size in bytes; :class:`ObjectMissing` if absent."""

    @abstractmethod
    def move(self, src: str, dst: str) -> None:
        """Rename ``src`` to ``dst`` (replacing ``dst``)."""

    @abstractmethod
    def iter_keys(self, prefix: str = "") -> Iterator[str]:
        """Every key under ``prefix``."""

    @abstractmethod
    @contextlib.contextmanager
    def local_path(self, key: str) -> Iterator[Path]:
        """A real file with the object's bytes, for ffmpeg and friends.

        Local storage yields its own file (do not modify it); S3 downloads to a
        temporary file that is removed on exit.
        """

    def url_for_download(
        self,
        key: str,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        inline: bool = False,
        expires: int = 300,
    ) -> str | None:
        """A short-lived direct URL to the object, or None when the backend has none."""
        return None

    def local_file(self, key: str) -> Path | None:
        """The object's own file on this machine, if it has one (for zero-copy serving)."""
        return None

    def check(self) -> str:
        """Probe the backend (write, read, delete a tiny object); return a detail string."""
        key = f"health/{secrets.token_hex(8)}"
        payload = secrets.token_bytes(32)
        self.save(key, io.BytesIO(payload))
        try:
            with self.open(key) as fh:
                if fh.read() != payload:
                    raise StorageError("read back different bytes")
        finally:
            self.delete(key)
        return self.name


def content_disposition(filename: str | None, *, inline: bool = False) -> str:
    """A ``Content-Disposition`` value with an RFC 5987 UTF-8 filename.

    Old clients read the quoted ASCII fallback; every current browser prefers
    ``filename*``, which carries the real (percent-encoded UTF-8) name.
    """
    kind = "inline" if inline else "attachment"
    if not filename:
        return kind
    # Control characters (CR/LF above all) never belong in a header.
    name = "".join(ch for ch in filename if unicodedata.category(ch)[0] != "C").strip()
    if not name:
        return kind
    fallback = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    fallback = fallback.replace("\\", "_").replace('"', "_").strip() or "download"
    return f"{kind}; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def validate_key(key: str) -> str:
    """Refuse keys that could escape the storage root or confuse a backend."""
    if (
        not isinstance(key, str)
        or not key
        or key.startswith("/")
        or "\\" in key
        # NUL and every other control character (a newline in a key would
        # end up in log lines and headers).
        or any(ch < " " or ch == "\x7f" for ch in key)
        or any(part in ("", ".", "..") for part in key.split("/"))
        or len(key) > 1024
        or not key.isascii()
    ):
        raise StorageError(f"invalid storage key: {key!r}")
    return key


def create_storage(config) -> Storage:
    """The backend chosen by ``T2M_STORAGE`` (``local`` or ``s3``)."""
    kind = config["STORAGE"]
    if kind == "local":
        from t2m.storage.local import LocalStorage

        return LocalStorage(config["MEDIA_ROOT"])
    if kind == "s3":
        from t2m.storage.s3 import S3Storage

        return S3Storage.from_config(config)
    raise ValueError(f"Unknown T2M_STORAGE {kind!r}: use 'local' or 's3'")


def init_app(app: Flask) -> None:
    """Create the app's storage backend."""
    app.extensions["t2m_storage"] = create_storage(app.config)


def storage() -> Storage:
    """The current app's storage backend."""
    return current_app.extensions["t2m_storage"]
