"""Files on the local disk under one root folder."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from t2m.storage import CHUNK, ObjectMissing, Storage, StorageError, validate_key


class LocalStorage(Storage):
    """Objects are files under ``root``; writes go to a temporary file and are renamed."""

    name = "local"

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root).resolve()
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        path = (self.root / validate_key(key)).resolve()
        if not path.is_relative_to(self.root):
            raise StorageError(f"invalid storage key: {key!r}")
        return path

    def save(self, key: str, stream: BinaryIO, *, content_type: str | None = None) -> int:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")
        size = 0
        try:
            with tmp.open("wb") as out:
                while chunk := stream.read(CHUNK):
                    out.write(chunk)
                    size += len(chunk)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return size

    def save_file(self, key: str, path: Path, *, content_type: str | None = None) -> int:
        """Hard-link the file into place when it is on the same disk (no copy)."""
        target = self._path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")
        try:
            os.link(path, tmp)
        except OSError:  # another filesystem, or links not allowed: copy
            return super().save_file(key, path, content_type=content_type)
        os.replace(tmp, target)
        return target.stat().st_size

    def open(self, key: str) -> BinaryIO:
        try:
            return self._path(key).open("rb")
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            # A folder of keys ("a" when "a/b" exists) is not an object.
            raise ObjectMissing(key) from None

    def iter_range(self, key: str, start: int, end: int) -> Iterator[bytes]:
        if start < 0:
            raise ValueError(f"range start must not be negative, got {start}")
        with self.open(key) as fh:
            fh.seek(start)
            remaining = end - start + 1
            while remaining > 0:
                chunk = fh.read(min(CHUNK, remaining))
                if not chunk:
                    break
                remaining -= len(chunk)
                yield chunk

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def size(self, key: str) -> int:
        try:
            info = self._path(key).stat()
        except (FileNotFoundError, NotADirectoryError):
            raise ObjectMissing(key) from None
        if not stat.S_ISREG(info.st_mode):
            raise ObjectMissing(key)
        return info.st_size

    def move(self, src: str, dst: str) -> None:
        source, target = self._path(src), self._path(dst)
        # Only an object moves: os.replace would move a whole folder of keys too.
        if not source.is_file():
            raise ObjectMissing(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.replace(source, target)
        except FileNotFoundError:
            raise ObjectMissing(src) from None

    def iter_keys(self, prefix: str = "") -> Iterator[str]:
        found = []
        for path in self.root.rglob("*"):
            if path.is_file() and not path.name.endswith(".part"):
                key = path.relative_to(self.root).as_posix()
                if key.startswith(prefix):
                    found.append(key)
        # In key order, as S3 lists them ("a-b/x" before "a/x"; paths sort the other way).
        yield from sorted(found)

    @contextlib.contextmanager
    def local_path(self, key: str) -> Iterator[Path]:
        path = self._path(key)
        if not path.is_file():
            raise ObjectMissing(key)
        yield path

    def local_file(self, key: str) -> Path | None:
        path = self._path(key)
        return path if path.is_file() else None

    def check(self) -> str:
        super().check()
        free_mb = shutil.disk_usage(self.root).free // (1024 * 1024)
        return f"local, {free_mb} MB free"
