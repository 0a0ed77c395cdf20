"""Objects in an S3 (or S3-compatible) bucket, through boto3.

Every key lives under ``S3_PREFIX`` in ``S3_BUCKET``. A single PUT, and the
completion of a multipart upload, are atomic in S3, so :meth:`S3Storage.save`
writes straight to the final key: readers see the old object or the new one,
never a part, and a failed multipart upload is aborted by boto3's transfer
manager so no parts are left behind (and billed). An upload still arriving
can be sent part by part while it is spooled (:meth:`S3Storage.begin_upload`,
see ``t2m.storage.s3_stream``).
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import BinaryIO

import boto3
from boto3.exceptions import S3UploadFailedError
from boto3.s3.transfer import TransferConfig
from botocore.config import Config as BotoConfig
from botocore.exceptions import BotoCoreError, ClientError

from t2m.storage import (
    CHUNK,
    IncrementalUpload,
    ObjectMissing,
    Storage,
    StorageError,
    content_disposition,
    validate_key,
)
from t2m.storage.s3_stream import MAX_PARTS, S3IncrementalUpload

MiB = 1024 * 1024
GiB = 1024 * MiB

# S3 refuses parts under 5 MiB (except the last one) and copy_object over 5 GiB.
MIN_PART_MB = 5
COPY_OBJECT_LIMIT = 5 * GiB

# Error codes S3 uses for "no such object". A HEAD has no body, so a missing
# key there is only a bare 404.
_MISSING_CODES = {"NoSuchKey", "404", "NotFound"}


class _Reader(io.RawIOBase):
    """A read-only stream over an S3 response body that raises StorageError on failure.

    botocore's ``StreamingBody`` raises its own exceptions when the connection
    drops mid-body; callers of :meth:`Storage.open` only know ``StorageError``.
    """

    def __init__(self, body, key: str):
        super().__init__()
        self._body = body
        self._key = key

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        try:
            return self._body.read(None if size is None or size < 0 else size)
        except BotoCoreError as exc:
            raise StorageError(f"reading {self._key!r} from S3 failed: {exc}") from exc

    def readall(self) -> bytes:
        return self.read()

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._body.close()
        super().close()


class _FullReader:
    """Wraps a stream so ``read(n)`` returns exactly ``n`` bytes until the end, counting them.

    boto3's transfer manager decides "single PUT or multipart" from one read of
    the threshold size, and cuts parts from single reads: a stream that returns
    short reads (a socket) would make it buffer the whole rest in memory or
    send parts under S3's 5 MiB minimum. Hiding ``seek`` also keeps boto3 on
    its sequential, bounded-memory path for every stream.
    """

    def __init__(self, stream: BinaryIO):
        self._stream = stream
        self.size = 0

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            data = b"".join(iter(lambda: self._stream.read(CHUNK), b""))
        else:
            parts = []
            wanted = size
            while wanted > 0:
                chunk = self._stream.read(wanted)
                if not chunk:
                    break
                parts.append(chunk)
                wanted -= len(chunk)
            data = parts[0] if len(parts) == 1 else b"".join(parts)
        self.size += len(data)
        return data


class S3Storage(Storage):
    """Objects under ``prefix`` in one bucket."""

    name = "s3"

    def __init__(
        self,
        bucket: str,
        *,
        prefix: str = "",
        region: str | None = None,
        endpoint_url: str | None = None,
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        multipart_mb: int = 16,
    ):
        if not bucket:
            raise ValueError("T2M_S3_BUCKET must be set when T2M_STORAGE is 's3'")
        if multipart_mb < MIN_PART_MB:
            raise ValueError(
                f"T2M_S3_MULTIPART_MB must be at least {MIN_PART_MB} (S3's smallest part)"
            )
        self.bucket = bucket
        prefix = (prefix or "").strip("/")
        self.prefix = f"{prefix}/" if prefix else ""
        boto_config = BotoConfig(
            signature_version="s3v4",
            retries={"mode": "standard", "max_attempts": 4},
            # Most S3-compatible servers (MinIO, moto, Ceph) at a custom
            # endpoint do not serve bucket.host names.
            s3={"addressing_style": "path" if endpoint_url else "auto"},
        )
        # No credentials given: boto3's usual chain (environment, instance role).
        self.client = boto3.session.Session().client(
            "s3",
            region_name=region or None,
            endpoint_url=endpoint_url or None,
            aws_access_key_id=access_key_id or None,
            aws_secret_access_key=secret_access_key or None,
            config=boto_config,
        )
        part = multipart_mb * MiB
        self.upload_part_size = part
        self.transfer_config = TransferConfig(
            multipart_threshold=part,
            multipart_chunksize=part,
            max_concurrency=2,
        )
        # At most one part waits while another is sent: a save holds about two
        # parts in memory whatever the size of the object.
        self.transfer_config.max_in_memory_upload_chunks = 1
        # Objects larger than this are copied part by part (the managed copy).
        self.copy_object_limit = COPY_OBJECT_LIMIT
        self.copy_part_size = 512 * MiB

    @classmethod
    def from_config(cls, config) -> S3Storage:
        """Build from the app's ``S3_*`` settings; a missing bucket is a ValueError."""
        return cls(
            config.get("S3_BUCKET"),
            prefix=config.get("S3_PREFIX") or "",
            region=config.get("S3_REGION"),
            endpoint_url=config.get("S3_ENDPOINT_URL"),
            access_key_id=config.get("S3_ACCESS_KEY_ID"),
            secret_access_key=config.get("S3_SECRET_ACCESS_KEY"),
            multipart_mb=int(config.get("S3_MULTIPART_MB") or 16),
        )

    def close(self) -> None:
        """Close the client's connection pool."""
        self.client.close()

    # -- helpers ---------------------------------------------------------------

    def _key(self, key: str) -> str:
        return self.prefix + validate_key(key)

    def _error(self, exc: Exception, action: str, key: str) -> StorageError:
        """The StorageError (ObjectMissing for a missing key) for a botocore failure."""
        if isinstance(exc, ClientError):
            error = exc.response.get("Error", {})
            code = str(error.get("Code", ""))
            if code in _MISSING_CODES:
                return ObjectMissing(key)
            return StorageError(f"S3 {action} {key!r} failed: {code} {error.get('Message', '')}")
        return StorageError(f"S3 {action} {key!r} failed: {exc}")

    def _head(self, key: str) -> dict:
        try:
            return self.client.head_object(Bucket=self.bucket, Key=self._key(key))
        except (ClientError, BotoCoreError) as exc:
            raise self._error(exc, "head", key) from exc

    # -- the interface ---------------------------------------------------------

    def save(self, key: str, stream: BinaryIO, *, content_type: str | None = None) -> int:
        full_key = self._key(key)
        reader = _FullReader(stream)
        extra = {"ContentType": content_type} if content_type else None
        try:
            self.client.upload_fileobj(
                reader, self.bucket, full_key, ExtraArgs=extra, Config=self.transfer_config
            )
        except (ClientError, BotoCoreError, S3UploadFailedError) as exc:
            raise self._error(exc, "upload", key) from exc
        return reader.size

    def save_file(self, key: str, path: Path, *, content_type: str | None = None) -> int:
        """Upload a file on disk: parts are read from the file as they are sent
        (not buffered), so boto3 sends several at once."""
        full_key = self._key(key)
        size = os.stat(path).st_size
        extra = {"ContentType": content_type} if content_type else None
        try:
            self.client.upload_file(
                os.fspath(path), self.bucket, full_key, ExtraArgs=extra, Config=self.transfer_config
            )
        except (ClientError, BotoCoreError, S3UploadFailedError) as exc:
            raise self._error(exc, "upload", key) from exc
        return size

    def begin_upload(
        self, key: str, spool: Path, *, expected_size: int | None = None
    ) -> IncrementalUpload | None:
        """A multipart upload fed from ``spool`` while it is written (see s3_stream)."""
        if expected_size is not None and expected_size > MAX_PARTS * self.upload_part_size:
            return None  # too many parts: save_file's transfer manager sizes its own
        return S3IncrementalUpload(self, key, spool, part_size=self.upload_part_size)

    def open(self, key: str) -> BinaryIO:
        try:
            response = self.client.get_object(Bucket=self.bucket, Key=self._key(key))
        except (ClientError, BotoCoreError) as exc:
            raise self._error(exc, "get", key) from exc
        return _Reader(response["Body"], key)

    def iter_range(self, key: str, start: int, end: int) -> Iterator[bytes]:
        if start < 0:
            raise ValueError(f"range start must not be negative, got {start}")
        full_key = self._key(key)
        if end < start:
            # S3 ignores an unsatisfiable "bytes=5-3" and sends the whole object.
            return
        try:
            response = self.client.get_object(
                Bucket=self.bucket, Key=full_key, Range=f"bytes={start}-{end}"
            )
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") == "InvalidRange":
                return  # start is past the end: nothing, as on the local disk
            raise self._error(exc, "get", key) from exc
        except BotoCoreError as exc:
            raise self._error(exc, "get", key) from exc
        body = response["Body"]
        try:
            for chunk in body.iter_chunks(CHUNK):
                if chunk:
                    yield chunk
        except BotoCoreError as exc:
            raise self._error(exc, "read", key) from exc
        finally:
            body.close()

    def delete(self, key: str) -> None:
        try:
            self.client.delete_object(Bucket=self.bucket, Key=self._key(key))
        except (ClientError, BotoCoreError) as exc:
            error = self._error(exc, "delete", key)
            if not isinstance(error, ObjectMissing):
                raise error from exc

    def exists(self, key: str) -> bool:
        try:
            self._head(key)
        except ObjectMissing:
            return False
        return True

    def size(self, key: str) -> int:
        return int(self._head(key)["ContentLength"])

    def move(self, src: str, dst: str) -> None:
        src_key, dst_key = self._key(src), self._key(dst)
        head = self._head(src)
        if src_key == dst_key:
            return  # S3 refuses to copy an object onto itself unchanged
        source = {"Bucket": self.bucket, "Key": src_key}
        try:
            if int(head["ContentLength"]) <= self.copy_object_limit:
                self.client.copy_object(Bucket=self.bucket, Key=dst_key, CopySource=source)
            else:
                extra = {"Metadata": head.get("Metadata", {})}
                if head.get("ContentType"):
                    extra["ContentType"] = head["ContentType"]
                self.client.copy(
                    source,
                    self.bucket,
                    dst_key,
                    ExtraArgs=extra,
                    Config=TransferConfig(
                        multipart_threshold=self.copy_object_limit,
                        multipart_chunksize=self.copy_part_size,
                    ),
                )
            self.client.delete_object(Bucket=self.bucket, Key=src_key)
        except (ClientError, BotoCoreError) as exc:
            raise self._error(exc, "move", src) from exc

    def iter_keys(self, prefix: str = "") -> Iterator[str]:
        paginator = self.client.get_paginator("list_objects_v2")
        try:
            for page in paginator.paginate(Bucket=self.bucket, Prefix=self.prefix + prefix):
                for item in page.get("Contents", ()):
                    yield item["Key"][len(self.prefix) :]
        except (ClientError, BotoCoreError) as exc:
            raise self._error(exc, "list", prefix) from exc

    @contextlib.contextmanager
    def local_path(self, key: str) -> Iterator[Path]:
        # Keep the extension: ffmpeg and friends guess formats from it.
        suffix = PurePosixPath(validate_key(key)).suffix
        fd, name = tempfile.mkstemp(prefix="t2m-s3-", suffix=suffix)
        path = Path(name)
        try:
            try:
                with os.fdopen(fd, "wb") as out:
                    self.client.download_fileobj(
                        self.bucket, self._key(key), out, Config=self.transfer_config
                    )
            except (ClientError, BotoCoreError) as exc:
                raise self._error(exc, "download", key) from exc
            yield path
        finally:
            path.unlink(missing_ok=True)

    def url_for_download(
        self,
        key: str,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        inline: bool = False,
        expires: int = 300,
    ) -> str | None:
        params = {
            "Bucket": self.bucket,
            "Key": self._key(key),
            "ResponseContentDisposition": content_disposition(filename, inline=inline),
        }
        if content_type:
            params["ResponseContentType"] = content_type
        try:
            return self.client.generate_presigned_url(
                "get_object", Params=params, ExpiresIn=int(expires)
            )
        except BotoCoreError as exc:
            raise self._error(exc, "sign", key) from exc

    def check(self) -> str:
        super().check()
        return f"s3://{self.bucket}/{self.prefix}"
