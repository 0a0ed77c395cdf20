"""A multipart upload to S3 fed from a spool file while the request body arrives.

The request thread writes the body to a spool file on disk (``t2m.uploads``)
and calls :meth:`S3IncrementalUpload.written` each time the file grows past a
part boundary. Background threads send every full part as soon as it is on
disk, reading it back from the file through their own descriptor, so memory
stays at a few read buffers whatever the size of the upload. When the body has
ended, :meth:`~S3IncrementalUpload.finish` sends the tail as the last part
(S3 allows the last part to be small) and completes the upload.

When the client is faster than the bucket, :meth:`written` makes the request
thread wait, so the body never gets more than a part ahead of the copy: the
client's upload slows to the bucket's pace instead of finishing early and
then waiting, silent, for the whole backlog (which a proxy's read timeout
would cut off).

An upload that never reaches one full part does no multipart at all: finish
stores the spool with one ``save_file``, as if nothing had been streamed.
If S3 fails half-way, finish aborts the multipart upload and falls back to
``save_file`` from the spool, which is complete on disk by then.
"""

from __future__ import annotations

import io
import logging
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from botocore.exceptions import BotoCoreError, ClientError

from t2m.storage import IncrementalUpload, StorageError

if TYPE_CHECKING:
    from t2m.storage.s3 import S3Storage

log = logging.getLogger(__name__)

# S3 numbers parts 1..10000.
MAX_PARTS = 10_000
# Parts sent at once. Two keep the link busy while one part's request is
# being set up or acknowledged, as the transfer manager's save_file does.
WORKERS = 2
# As boto3's transfer manager does (so save_file and streamed objects look
# alike): S3 checks a CRC32 of every part, and the object's checksum is
# composed from the parts'. Without one, S3 (and moto) compute a CRC64 over
# the whole object at completion, which takes moto seconds per GiB.
CHECKSUM = "CRC32"

_OPEN, _FINISHING, _FINISHED, _ABORTED = "open", "finishing", "finished", "aborted"


class _Stopped(Exception):
    """The upload was aborted before the multipart upload was created."""


class _Window(io.RawIOBase):
    """``length`` bytes of a file from ``offset``, read with ``os.pread``.

    Seekable and sized, so botocore can checksum the part and rewind it for a
    retry without holding it in memory; ``pread`` leaves the descriptor's
    offset alone, so several windows share one descriptor.
    """

    def __init__(self, fd: int, offset: int, length: int):
        super().__init__()
        self._fd, self._offset, self._length, self._pos = fd, offset, length, 0

    def __len__(self) -> int:
        return self._length

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, pos: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._length}[whence]
        self._pos = min(max(0, base + pos), self._length)
        return self._pos

    def read(self, size: int | None = -1) -> bytes:
        left = self._length - self._pos
        if size is None or size < 0 or size > left:
            size = left
        if size <= 0:
            return b""
        data = os.pread(self._fd, size, self._offset + self._pos)
        if not data:
            # A short body would leave S3 waiting for bytes that never come.
            raise OSError(f"spool ended at {self._offset + self._pos}, before the part's end")
        self._pos += len(data)
        return data

    def readall(self) -> bytes:
        return self.read()

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class S3IncrementalUpload(IncrementalUpload):
    """One object under ``key``, uploaded part by part from ``spool`` as it grows."""

    def __init__(self, storage: S3Storage, key: str, spool: Path, *, part_size: int):
        self.key = key
        self.part_size = part_size
        self._storage = storage
        self._client = storage.client
        self._bucket = storage.bucket
        self._full_key = storage._key(key)  # validates the key now, not in a thread
        self._spool = Path(spool)
        self._fd: int | None = None
        self._cond = threading.Condition()
        self._create_lock = threading.Lock()
        # Guarded by _cond: bytes on disk, handed to a worker, acknowledged by S3.
        self._available = self._claimed = self._confirmed = 0
        self._parts: dict[int, dict] = {}  # number -> what CompleteMultipartUpload lists
        self._upload_id: str | None = None
        self._error: BaseException | None = None
        self._state = _OPEN
        self._threads: list[threading.Thread] = []

    # -- the request thread ------------------------------------------------------

    def written(self, size: int) -> None:
        with self._cond:
            if self._state != _OPEN:
                return
            self._available = max(self._available, size)
            if not self._threads and self._error is None and self._available >= self.part_size:
                self._start()
            self._cond.notify_all()
            # Back-pressure: a part on its way per worker plus one ready to go.
            limit = (WORKERS + 1) * self.part_size
            while (
                self._state == _OPEN
                and self._error is None
                and self._available - self._confirmed >= limit
                and any(t.is_alive() for t in self._threads)
            ):
                self._cond.wait(timeout=1.0)

    @property
    def finished(self) -> bool:
        return self._state == _FINISHED

    def finish(self, size: int, *, content_type: str | None = None) -> str:
        with self._cond:
            if self._state != _OPEN:
                raise StorageError(f"the upload of {self.key!r} is already {self._state}")
            self._state = _FINISHING
            self._available = size
            self._cond.notify_all()
        self._join()  # the workers send the full parts still waiting, then stop
        ok = False
        try:
            if self._upload_id is not None and self._error is None:
                try:
                    self._complete(size)
                    ok = True
                except Exception as exc:  # whatever it was, the spool can still be stored
                    self._error = exc
            if self._error is not None:
                log.warning(
                    "Streaming %r to S3 failed (%s); storing it from the spool instead",
                    self.key,
                    self._error,
                )
                self._abort_multipart()
            if not ok:
                # Nothing streamed (under one part), or streaming failed: the
                # spool is complete on disk, store it in one go.
                self._storage.save_file(self.key, self._spool, content_type=content_type)
                ok = True
        finally:
            self._state = _FINISHED if ok else _ABORTED
            self._release()
        return self.key

    def abort(self) -> None:
        with self._cond:
            before, self._state = self._state, _ABORTED
            self._cond.notify_all()
        if before == _ABORTED:
            return
        if before == _FINISHED:
            try:
                self._storage.delete(self.key)
            except StorageError as exc:
                log.warning("Could not delete the dropped upload %r: %s", self.key, exc)
            return
        self._join()  # no part is in flight once they are gone
        self._abort_multipart()
        self._release()

    # -- internals ---------------------------------------------------------------

    def _start(self) -> None:
        try:
            self._fd = os.open(self._spool, os.O_RDONLY)
        except OSError as exc:  # finish stores the spool the plain way
            self._error = exc
            return
        for n in range(WORKERS):
            thread = threading.Thread(target=self._work, name=f"t2m-s3-upload-{n}", daemon=True)
            self._threads.append(thread)
            thread.start()

    def _join(self) -> None:
        for thread in self._threads:
            thread.join()

    def _release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def _work(self) -> None:
        """A worker: send the next full part on disk until finished, aborted or failed."""
        try:
            while True:
                with self._cond:
                    while (
                        self._state == _OPEN
                        and self._error is None
                        and self._available - self._claimed < self.part_size
                    ):
                        self._cond.wait()
                    if (
                        self._error is not None
                        or self._state == _ABORTED
                        or self._available - self._claimed < self.part_size
                    ):
                        return
                    offset = self._claimed
                    self._claimed += self.part_size
                number = offset // self.part_size + 1
                part = self._send(number, offset, self.part_size)
                with self._cond:
                    self._parts[number] = part
                    self._confirmed += self.part_size
                    self._cond.notify_all()
        except _Stopped:
            return
        except Exception as exc:  # recorded: finish falls back, abort cleans up
            with self._cond:
                if self._error is None:
                    self._error = exc
        finally:
            with self._cond:
                self._cond.notify_all()

    def _send(self, number: int, offset: int, length: int) -> dict:
        if number > MAX_PARTS:
            raise StorageError(f"more than {MAX_PARTS} parts of {self.part_size} bytes")
        upload_id = self._ensure_multipart()
        response = self._client.upload_part(
            Bucket=self._bucket,
            Key=self._full_key,
            UploadId=upload_id,
            PartNumber=number,
            Body=_Window(self._fd, offset, length),
            ContentLength=length,
            ChecksumAlgorithm=CHECKSUM,
        )
        part = {"PartNumber": number, "ETag": response["ETag"]}
        if f"Checksum{CHECKSUM}" in response:
            part[f"Checksum{CHECKSUM}"] = response[f"Checksum{CHECKSUM}"]
        return part

    def _ensure_multipart(self) -> str:
        # Two workers reach their first part together; one creates the upload.
        with self._create_lock:
            if self._upload_id is None:
                with self._cond:
                    if self._state == _ABORTED:
                        raise _Stopped
                response = self._client.create_multipart_upload(
                    Bucket=self._bucket, Key=self._full_key, ChecksumAlgorithm=CHECKSUM
                )
                self._upload_id = response["UploadId"]
            return self._upload_id

    def _complete(self, size: int) -> None:
        """Send the tail (the last part, which may be small) and complete the upload."""
        if self._claimed > size:
            raise StorageError(f"sent {self._claimed} bytes of a {size}-byte upload")
        tail = size - self._claimed
        if tail:
            number = self._claimed // self.part_size + 1
            if self._fd is None:
                self._fd = os.open(self._spool, os.O_RDONLY)
            self._parts[number] = self._send(number, self._claimed, tail)
        self._client.complete_multipart_upload(
            Bucket=self._bucket,
            Key=self._full_key,
            UploadId=self._upload_id,
            MultipartUpload={"Parts": [self._parts[n] for n in sorted(self._parts)]},
        )

    def _abort_multipart(self) -> None:
        """Abort the multipart upload, if one was created (S3 then drops its parts)."""
        if self._upload_id is None:
            return
        try:
            self._client.abort_multipart_upload(
                Bucket=self._bucket, Key=self._full_key, UploadId=self._upload_id
            )
        except (ClientError, BotoCoreError) as exc:
            code = exc.response.get("Error", {}).get("Code") if isinstance(exc, ClientError) else ""
            if code != "NoSuchUpload":
                # The bucket's lifecycle rule for incomplete uploads is the last resort.
                log.warning("Could not abort the multipart upload of %r: %s", self.key, exc)
        self._upload_id = None
