"""The storage contract, run against every backend: local disk and S3 (moto over HTTP)."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import time
import tracemalloc
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from werkzeug.http import parse_options_header

from t2m.config import Config
from t2m.storage import CHUNK, ObjectMissing, StorageError, create_storage, validate_key
from t2m.storage.local import LocalStorage
from tests import s3server

MiB = 1024 * 1024
KINDS = ["local", "s3"]
PREFIX = "t2m-test/"

HOSTILE_KEYS = [
    "../x",
    "/etc/passwd",
    "a/../../b",
    "a\\b",
    "a\x00b",
    "",
    "vidéo.mp4",
    "a//b",
    "./a",
    "a/",
    "a\nb",
]


class Boom(Exception):
    """The upload's source failed (a client hung up half-way)."""


class PatternStream:
    """``size`` bytes made on demand (never held whole), optionally failing after ``fail_at``."""

    def __init__(self, size: int, *, fail_at: int | None = None, seed: bytes = b"t2m"):
        self.size = size
        self.fail_at = fail_at
        self.pos = 0
        block = hashlib.sha256(seed).digest() * 4099  # odd length: no alignment with parts
        self.period = len(block)
        self._twice = memoryview(block * 2)  # slices of a view are not copies

    def read(self, n: int = -1) -> bytes:
        if self.fail_at is not None and self.pos >= self.fail_at:
            raise Boom("source stream failed")
        remaining = self.size - self.pos
        if n is None or n < 0 or n > remaining:
            n = remaining
        if self.fail_at is not None:
            n = min(n, self.fail_at - self.pos)
        pieces = []
        left = n
        while left > 0:
            start = (self.pos + n - left) % self.period
            take = min(left, self.period)
            pieces.append(self._twice[start : start + take])
            left -= take
        self.pos += n
        return b"".join(pieces)

    def digest(self) -> str:
        """The SHA-256 of everything this stream yields, computed from a fresh copy."""
        fresh = PatternStream(self.size)
        fresh._twice, fresh.period = self._twice, self.period
        sha = hashlib.sha256()
        while chunk := fresh.read(CHUNK):
            sha.update(chunk)
        return sha.hexdigest()


def config(tmp_path: Path, **overrides) -> dict:
    """The app configuration these storages are built from (as the app builds it)."""
    return Config.from_env({"INSTANCE_PATH": str(tmp_path / "instance"), **overrides})


def s3_overrides(endpoint: str, bucket: str, **extra) -> dict:
    return {
        "STORAGE": "s3",
        "S3_BUCKET": bucket,
        "S3_PREFIX": PREFIX,
        "S3_REGION": s3server.REGION,
        "S3_ENDPOINT_URL": endpoint,
        "S3_ACCESS_KEY_ID": "testing",
        "S3_SECRET_ACCESS_KEY": "testing",
        "S3_MULTIPART_MB": 5,
        **extra,
    }


@pytest.fixture(scope="session")
def s3_client(s3_server):
    """A plain boto3 client for the test server, to look below the interface."""
    client = s3server.client(s3_server)
    yield client
    client.close()


@pytest.fixture
def bucket(s3_client):
    """A fresh bucket for one test, removed with its contents afterwards."""
    name = s3server.create_bucket(s3_client)
    yield name
    s3server.drop_bucket(s3_client, name)


@pytest.fixture(params=KINDS)
def store(request, tmp_path):
    """The backend under test, empty."""
    if request.param == "local":
        yield create_storage(config(tmp_path, STORAGE="local", MEDIA_ROOT=str(tmp_path / "media")))
        return
    endpoint = request.getfixturevalue("s3_server")
    bucket = request.getfixturevalue("bucket")
    storage = create_storage(config(tmp_path, **s3_overrides(endpoint, bucket)))
    yield storage
    storage.close()


def raw_state(store) -> list[str]:
    """Everything the backend holds, below the interface: files (with temporary
    ones) around the local root, or every object and unfinished upload in the bucket."""
    if isinstance(store, LocalStorage):
        return sorted(
            p.relative_to(store.root.parent).as_posix() for p in store.root.parent.rglob("*")
        )
    objects = [
        item["Key"]
        for page in store.client.get_paginator("list_objects_v2").paginate(Bucket=store.bucket)
        for item in page.get("Contents", ())
    ]
    uploads = store.client.list_multipart_uploads(Bucket=store.bucket).get("Uploads", ())
    return sorted(objects) + [f"upload:{u['Key']}" for u in uploads]


def read_all(store, key: str) -> bytes:
    with store.open(key) as fh:
        return fh.read()


# -- round trips ------------------------------------------------------------------


def test_save_and_open_round_trip_several_chunks(store):
    payload = os.urandom(3 * CHUNK + 12345)
    assert store.save("blobs/ab/clip.mp4", io.BytesIO(payload), content_type="video/mp4") == len(
        payload
    )
    assert store.exists("blobs/ab/clip.mp4")
    assert store.size("blobs/ab/clip.mp4") == len(payload)
    assert read_all(store, "blobs/ab/clip.mp4") == payload
    with store.open("blobs/ab/clip.mp4") as fh:
        pieces = []
        while piece := fh.read(100_000):
            assert len(piece) <= 100_000
            pieces.append(piece)
    assert b"".join(pieces) == payload


def test_save_replaces_and_handles_empty_objects(store):
    store.save("k", io.BytesIO(b"first version"))
    assert store.save("k", io.BytesIO(b"")) == 0
    assert store.exists("k")
    assert store.size("k") == 0
    assert read_all(store, "k") == b""
    assert list(store.iter_range("k", 0, -1)) == []


def test_save_counts_bytes_from_a_stream_with_short_reads(store):
    class Trickle(io.RawIOBase):
        """Returns at most 1000 bytes a read, like a socket."""

        def __init__(self, data):
            self.inner = io.BytesIO(data)

        def readable(self):
            return True

        def read(self, n=-1):
            return self.inner.read(1000 if n is None or n < 0 else min(n, 1000))

    payload = os.urandom(6 * MiB + 7)  # over the 5 MiB part size on S3
    assert store.save("trickle", Trickle(payload)) == len(payload)
    assert read_all(store, "trickle") == payload


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (0, 0),  # first byte
        ("last", "last"),  # last byte
        (10, 20),
        (CHUNK - 1, CHUNK),  # across a chunk boundary
        (CHUNK + 5, 3 * CHUNK + 1),  # a middle span of several chunks
        (0, "last"),  # the whole object
        (7, "past"),  # an end past the object stops at its last byte
    ],
)
def test_iter_range_returns_exactly_the_requested_bytes(store, start, end):
    payload = os.urandom(4 * CHUNK + 321)
    last = len(payload) - 1
    start = last if start == "last" else start
    end = {"last": last, "past": last + 5000}.get(end, end)
    store.save("r", io.BytesIO(payload))
    chunks = list(store.iter_range("r", start, end))
    assert all(0 < len(c) <= CHUNK for c in chunks)
    assert b"".join(chunks) == payload[start : end + 1]


def test_iter_range_outside_the_object(store):
    store.save("r", io.BytesIO(b"0123456789"))
    assert list(store.iter_range("r", 10, 20)) == []  # starts past the end
    assert list(store.iter_range("r", 5, 4)) == []  # empty span (not the whole object)
    with pytest.raises(ValueError, match="negative"):
        list(store.iter_range("r", -1, 3))
    with pytest.raises(ObjectMissing):
        list(store.iter_range("nope", 0, 3))


def test_save_file_stores_a_copy_and_leaves_the_file(store, tmp_path):
    source = tmp_path / "render.mp4"
    payload = os.urandom(11 * MiB + 1)  # multipart on S3 (5 MiB parts)
    source.write_bytes(payload)
    assert store.save_file("out/render.mp4", source, content_type="video/mp4") == len(payload)
    assert source.read_bytes() == payload
    assert read_all(store, "out/render.mp4") == payload
    with pytest.raises(StorageError, match="invalid storage key"):
        store.save_file("../out", source)


# -- exists / size / delete / move / keys -------------------------------------------


def test_exists_size_delete(store):
    assert not store.exists("a/b")
    store.save("a/b", io.BytesIO(b"hello"))
    assert store.exists("a/b")
    assert store.size("a/b") == 5
    store.delete("a/b")
    assert not store.exists("a/b")
    with pytest.raises(ObjectMissing):
        store.size("a/b")
    store.delete("a/b")  # a missing key is not an error
    store.delete("never/was")


def test_missing_objects(store):
    with pytest.raises(ObjectMissing):
        store.open("missing/key")
    with pytest.raises(ObjectMissing):
        store.size("missing/key")
    with pytest.raises(ObjectMissing), store.local_path("missing/key"):
        pass
    with pytest.raises(ObjectMissing):
        store.move("missing/key", "other")
    assert not store.exists("other")


def test_a_folder_of_keys_is_not_an_object(store):
    store.save("dir/inner", io.BytesIO(b"x"))
    assert not store.exists("dir")
    with pytest.raises(ObjectMissing):
        store.open("dir")
    with pytest.raises(ObjectMissing):
        store.size("dir")
    with pytest.raises(ObjectMissing), store.local_path("dir"):
        pass
    assert store.local_file("dir") is None


def test_move(store):
    store.save("tmp/job-1.mp4", io.BytesIO(b"rendered"))
    store.save("final/video.mp4", io.BytesIO(b"old"))
    store.move("tmp/job-1.mp4", "final/video.mp4")  # replaces the destination
    assert not store.exists("tmp/job-1.mp4")
    assert read_all(store, "final/video.mp4") == b"rendered"
    store.move("final/video.mp4", "final/video.mp4")  # onto itself: a no-op
    assert read_all(store, "final/video.mp4") == b"rendered"
    assert list(store.iter_keys()) == ["final/video.mp4"]


def test_keys_by_prefix(store):
    for key in ["b/1", "a/2", "a/1", "ab/3", "c", "a-b/x"]:
        store.save(key, io.BytesIO(key.encode()))
    assert list(store.iter_keys()) == ["a-b/x", "a/1", "a/2", "ab/3", "b/1", "c"]
    assert list(store.iter_keys("a/")) == ["a/1", "a/2"]
    assert list(store.iter_keys("a")) == ["a-b/x", "a/1", "a/2", "ab/3"]
    assert list(store.iter_keys("zzz/")) == []


# -- local_path -----------------------------------------------------------------------


def test_local_path_is_a_real_file_with_the_bytes(store, tmp_path, monkeypatch):
    # Temporary files go to a folder of this test's own, to see what is left there.
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    payload = os.urandom(2 * CHUNK + 99)
    store.save("media/clip.mp4", io.BytesIO(payload))
    with store.local_path("media/clip.mp4") as path:
        assert isinstance(path, Path)
        assert path.is_file()
        assert path.suffix == ".mp4"  # ffmpeg guesses formats from it
        assert path.read_bytes() == payload
    if store.name == "s3":
        assert not path.exists()
        assert list(scratch.iterdir()) == []
        with pytest.raises(RuntimeError), store.local_path("media/clip.mp4") as path:
            raise RuntimeError("ffmpeg failed")
        assert not path.exists()
        assert store.local_file("media/clip.mp4") is None
    else:
        assert path.exists()  # the object's own file, left alone
        assert store.local_file("media/clip.mp4") == path
    assert read_all(store, "media/clip.mp4") == payload


# -- hostile keys -----------------------------------------------------------------------


@pytest.mark.parametrize("key", HOSTILE_KEYS, ids=repr)
def test_hostile_keys_are_refused_and_touch_nothing(store, key):
    store.save("good", io.BytesIO(b"safe"))
    before = raw_state(store)
    operations = [
        lambda: store.save(key, io.BytesIO(b"evil")),
        lambda: store.open(key),
        lambda: store.size(key),
        lambda: store.exists(key),
        lambda: store.delete(key),
        lambda: store.move("good", key),
        lambda: store.move(key, "good2"),
        lambda: list(store.iter_range(key, 0, 10)),
        lambda: store.local_path(key).__enter__(),
    ]
    if store.name == "s3":
        operations.append(lambda: store.url_for_download(key))
    else:
        operations.append(lambda: store.local_file(key))
    for operation in operations:
        with pytest.raises(StorageError, match="invalid storage key"):
            operation()
    assert raw_state(store) == before
    assert read_all(store, "good") == b"safe"


def test_validate_key_accepts_server_made_keys():
    for key in ["a", "blobs/12/ab/abcdef0123.mp4", "x/y.z/w-1_2", "health/0a1b"]:
        assert validate_key(key) == key
    with pytest.raises(StorageError):
        validate_key("a" * 1025)
    with pytest.raises(StorageError):
        validate_key(None)


# -- failed saves ---------------------------------------------------------------------------


@pytest.mark.parametrize("fail_at", [100_000, 12 * MiB], ids=["small", "multipart"])
def test_failed_save_leaves_nothing(store, fail_at):
    store.save("keep", io.BytesIO(b"k"))
    before = raw_state(store)
    with pytest.raises(Boom):
        store.save("broken", PatternStream(20 * MiB, fail_at=fail_at))
    assert not store.exists("broken")
    assert raw_state(store) == before  # no object, no .part file, no unfinished upload


def test_failed_save_keeps_the_previous_object(store):
    store.save("video", io.BytesIO(b"version 1"))
    with pytest.raises(Boom):
        store.save("video", PatternStream(10 * MiB, fail_at=7 * MiB))
    assert read_all(store, "video") == b"version 1"
    assert list(store.iter_keys()) == ["video"]


# -- memory ---------------------------------------------------------------------------------


def test_saving_a_large_stream_uses_constant_memory(store):
    stream = PatternStream(64 * MiB)
    expected = stream.digest()
    tracemalloc.start()
    try:
        size = store.save("big/movie.mp4", stream, content_type="video/mp4")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert size == 64 * MiB
    assert peak < 16 * MiB, f"peak {peak / MiB:.1f} MiB"
    sha = hashlib.sha256()
    with store.open("big/movie.mp4") as fh:
        while chunk := fh.read(CHUNK):
            sha.update(chunk)
    assert sha.hexdigest() == expected


# -- downloads --------------------------------------------------------------------------------


def test_url_for_download(store):
    payload = os.urandom(CHUNK + 10)
    store.save("v/1.mp4", io.BytesIO(payload))
    url = store.url_for_download(
        "v/1.mp4", filename="Résumé 📼.mp4", content_type="video/mp4", expires=120
    )
    if store.name == "local":
        assert url is None
        return
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["X-Amz-Expires"] == ["120"]
    with urllib.request.urlopen(url, timeout=10) as response:
        body = response.read()
        disposition = response.headers["Content-Disposition"]
        content_type = response.headers["Content-Type"]
    assert body == payload
    assert content_type == "video/mp4"
    assert disposition == (
        "attachment; filename=\"Resume .mp4\"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%F0%9F%93%BC.mp4"
    )
    # What a browser makes of it: filename* wins over the ASCII fallback.
    assert parse_options_header(disposition) == ("attachment", {"filename": "Résumé 📼.mp4"})

    inline = store.url_for_download("v/1.mp4", filename="clip.mp4", inline=True)
    with urllib.request.urlopen(inline, timeout=10) as response:
        assert response.headers["Content-Disposition"].startswith('inline; filename="clip.mp4"')
        assert response.read() == payload


# -- S3 specifics ---------------------------------------------------------------------------------


@pytest.fixture
def s3_store(tmp_path, s3_server, bucket):
    storage = create_storage(config(tmp_path, **s3_overrides(s3_server, bucket)))
    yield storage
    storage.close()


def test_s3_large_saves_are_multipart(s3_store):
    payload = PatternStream(12 * MiB + 3)
    expected = payload.digest()
    assert s3_store.save("big.bin", payload, content_type="video/mp4") == 12 * MiB + 3
    head = s3_store.client.head_object(Bucket=s3_store.bucket, Key=PREFIX + "big.bin")
    assert head["ETag"].strip('"').endswith("-3")  # 5 + 5 + 2 MiB parts
    assert head["ContentType"] == "video/mp4"
    with s3_store.open("big.bin") as fh:
        assert hashlib.sha256(fh.read()).hexdigest() == expected
    small = s3_store.client.head_object(Bucket=s3_store.bucket, Key=PREFIX + "big.bin")
    assert small["ContentLength"] == 12 * MiB + 3


def test_s3_keys_live_under_the_prefix(s3_store, s3_client, bucket):
    s3_store.save("a/b", io.BytesIO(b"x"))
    s3_client.put_object(Bucket=bucket, Key="elsewhere/c", Body=b"y")
    assert raw_state(s3_store) == ["elsewhere/c", PREFIX + "a/b"]
    assert list(s3_store.iter_keys()) == ["a/b"]
    assert not s3_store.exists("elsewhere/c")


def test_s3_move_of_objects_too_big_for_copy_object(s3_store):
    # Pretend the 5 GiB copy_object limit is 1 MiB to take the part-by-part path.
    s3_store.copy_object_limit = 1 * MiB
    s3_store.copy_part_size = 5 * MiB
    payload = os.urandom(12 * MiB)
    s3_store.save("tmp/render.mp4", io.BytesIO(payload), content_type="video/mp4")
    s3_store.move("tmp/render.mp4", "final.mp4")
    assert list(s3_store.iter_keys()) == ["final.mp4"]
    head = s3_store.client.head_object(Bucket=s3_store.bucket, Key=PREFIX + "final.mp4")
    assert head["ETag"].strip('"').endswith("-3")
    assert head["ContentType"] == "video/mp4"
    assert read_all(s3_store, "final.mp4") == payload


def test_s3_check_and_a_missing_bucket(s3_store, tmp_path, s3_server):
    assert s3_store.check() == f"s3://{s3_store.bucket}/{PREFIX}"
    assert raw_state(s3_store) == []  # the probe object is gone
    gone = create_storage(config(tmp_path, **s3_overrides(s3_server, "no-such-bucket-t2m")))
    try:
        with pytest.raises(StorageError) as caught:
            gone.check()
        assert not isinstance(caught.value, ObjectMissing)
        with pytest.raises(StorageError):
            list(gone.iter_keys())
    finally:
        gone.close()


def test_s3_unreachable_endpoint_is_a_storage_error(tmp_path):
    endpoint = f"http://127.0.0.1:{s3server.free_port()}"
    store = create_storage(config(tmp_path, **s3_overrides(endpoint, "b")))
    try:
        with pytest.raises(StorageError):
            store.exists("a")  # not False: an unreachable backend is not an empty one
        with pytest.raises(StorageError):
            store.save("a", io.BytesIO(b"x"))
    finally:
        store.close()


# -- S3: uploads streamed while they arrive -------------------------------------------------------


def spool_through(store, payload: PatternStream, tmp_path: Path, *, key: str = "streamed/blob"):
    """Write ``payload`` into a spool as a request body would arrive, the storage's
    incremental upload following it; return (spool, incremental upload)."""
    from t2m.uploads import HashingSpool

    spool = HashingSpool(tmp_path / "spool")
    incremental = store.begin_upload(key, spool.path, expected_size=payload.size)
    assert incremental is not None
    spool.stream_to(incremental)
    while chunk := payload.read(64 * 1024):
        spool.write(chunk)
    spool.flush()
    return spool, incremental


def multipart_uploads(store) -> list[dict]:
    return store.client.list_multipart_uploads(Bucket=store.bucket).get("Uploads", [])


def wait_for_parts(store, count: int, timeout: float = 30.0) -> dict:
    """The one unfinished multipart upload, once S3 holds ``count`` of its parts."""
    deadline = time.monotonic() + timeout
    while True:
        uploads = multipart_uploads(store)
        if uploads:
            parts = store.client.list_parts(
                Bucket=store.bucket, Key=uploads[0]["Key"], UploadId=uploads[0]["UploadId"]
            ).get("Parts", [])
            if len(parts) >= count:
                return uploads[0]
        assert time.monotonic() < deadline, f"no {count} parts sent in {timeout}s: {uploads}"
        time.sleep(0.05)


def test_local_disk_does_not_stream_uploads(tmp_path):
    local = create_storage(config(tmp_path, STORAGE="local", MEDIA_ROOT=str(tmp_path / "m")))
    assert local.upload_part_size is None
    assert local.begin_upload("a", tmp_path / "spool", expected_size=10**9) is None


def test_s3_streamed_upload_sends_parts_while_the_body_arrives(s3_store, tmp_path):
    payload = PatternStream(12 * MiB + 3)  # 5 + 5 MiB parts while it arrives, 2 MiB tail
    expected = payload.digest()
    spool, incremental = spool_through(s3_store, payload, tmp_path)
    try:
        # Both full parts are in the bucket before finish is called.
        pending = wait_for_parts(s3_store, 2)
        assert pending["Key"] == PREFIX + "streamed/blob"
        assert not s3_store.exists("streamed/blob")  # invisible until completed
        assert incremental.finish(12 * MiB + 3, content_type="video/mp4") == "streamed/blob"
        assert incremental.finished
    finally:
        spool.close()
    head = s3_store.client.head_object(Bucket=s3_store.bucket, Key=PREFIX + "streamed/blob")
    assert head["ETag"].strip('"').endswith("-3")
    assert head["ContentLength"] == 12 * MiB + 3
    with s3_store.open("streamed/blob") as fh:
        assert hashlib.sha256(fh.read()).hexdigest() == expected
    assert raw_state(s3_store) == [PREFIX + "streamed/blob"]  # no unfinished upload
    incremental.close()  # closing a finished upload keeps it
    assert s3_store.exists("streamed/blob")


def test_s3_streamed_upload_of_exactly_whole_parts(s3_store, tmp_path):
    payload = PatternStream(10 * MiB)
    expected = payload.digest()
    spool, incremental = spool_through(s3_store, payload, tmp_path)
    with spool:
        incremental.finish(10 * MiB)
    head = s3_store.client.head_object(Bucket=s3_store.bucket, Key=PREFIX + "streamed/blob")
    assert head["ETag"].strip('"').endswith("-2")
    with s3_store.open("streamed/blob") as fh:
        assert hashlib.sha256(fh.read()).hexdigest() == expected


def test_s3_small_streamed_upload_is_one_put(s3_store, tmp_path):
    payload = PatternStream(3 * MiB)  # under one part: no multipart upload at all
    expected = payload.digest()
    spool, incremental = spool_through(s3_store, payload, tmp_path)
    with spool:
        assert multipart_uploads(s3_store) == []
        incremental.finish(3 * MiB, content_type="audio/wav")
    head = s3_store.client.head_object(Bucket=s3_store.bucket, Key=PREFIX + "streamed/blob")
    assert "-" not in head["ETag"]
    assert head["ContentType"] == "audio/wav"
    assert hashlib.sha256(read_all(s3_store, "streamed/blob")).hexdigest() == expected
    assert raw_state(s3_store) == [PREFIX + "streamed/blob"]


@pytest.mark.parametrize("size", [3 * MiB, 12 * MiB + 3], ids=["one-put", "multipart"])
def test_s3_aborted_streamed_upload_leaves_nothing(s3_store, tmp_path, size):
    spool, incremental = spool_through(s3_store, PatternStream(size), tmp_path)
    with spool:
        if size > 5 * MiB:
            wait_for_parts(s3_store, 1)
        incremental.abort()
        incremental.abort()  # twice is harmless
    assert raw_state(s3_store) == []
    with pytest.raises(StorageError, match="aborted"):
        incremental.finish(size)


def test_s3_closing_an_unfinished_spool_aborts_its_upload(s3_store, tmp_path):
    spool, incremental = spool_through(s3_store, PatternStream(12 * MiB), tmp_path)
    wait_for_parts(s3_store, 1)
    spool.close()  # what the end of a request does with a body nobody kept
    assert not incremental.finished
    assert raw_state(s3_store) == []
    assert not spool.path.exists()


def test_s3_abort_after_finish_deletes_the_object(s3_store, tmp_path):
    spool, incremental = spool_through(s3_store, PatternStream(12 * MiB), tmp_path)
    with spool:
        incremental.finish(12 * MiB)
        assert s3_store.exists("streamed/blob")
        incremental.abort()  # e.g. the database refused the row: nobody uses the key
    assert raw_state(s3_store) == []


def test_s3_streamed_upload_falls_back_to_the_spool_when_s3_fails(s3_store, tmp_path, caplog):
    payload = PatternStream(12 * MiB + 3)
    expected = payload.digest()
    spool, incremental = spool_through(s3_store, payload, tmp_path)
    with spool:
        pending = wait_for_parts(s3_store, 2)
        # The multipart upload disappears under us (as a bucket lifecycle rule
        # for incomplete uploads would do): the last part and the completion fail.
        s3_store.client.abort_multipart_upload(
            Bucket=s3_store.bucket, Key=pending["Key"], UploadId=pending["UploadId"]
        )
        assert incremental.finish(12 * MiB + 3, content_type="video/mp4") == "streamed/blob"
    assert "storing it from the spool instead" in caplog.text
    head = s3_store.client.head_object(Bucket=s3_store.bucket, Key=PREFIX + "streamed/blob")
    assert head["ContentType"] == "video/mp4"
    with s3_store.open("streamed/blob") as fh:
        assert hashlib.sha256(fh.read()).hexdigest() == expected
    assert raw_state(s3_store) == [PREFIX + "streamed/blob"]


def test_s3_part_failing_in_the_background_falls_back_too(s3_store, tmp_path, caplog):
    from t2m.uploads import HashingSpool

    payload = PatternStream(23 * MiB)
    expected = payload.digest()
    with HashingSpool(tmp_path / "spool") as spool:
        incremental = s3_store.begin_upload("streamed/blob", spool.path)
        spool.stream_to(incremental)
        spool.write(payload.read(6 * MiB))
        pending = wait_for_parts(s3_store, 1)
        s3_store.client.abort_multipart_upload(
            Bucket=s3_store.bucket, Key=pending["Key"], UploadId=pending["UploadId"]
        )
        # Parts 2 to 4 now fail in the background; the body keeps arriving
        # (a failed uploader never holds the writer back).
        while chunk := payload.read(64 * 1024):
            spool.write(chunk)
        spool.flush()
        incremental.finish(23 * MiB)
    assert "storing it from the spool instead" in caplog.text
    assert hashlib.sha256(read_all(s3_store, "streamed/blob")).hexdigest() == expected
    assert raw_state(s3_store) == [PREFIX + "streamed/blob"]


def test_s3_streamed_upload_that_cannot_be_stored_is_a_storage_error(s3_store, s3_client, tmp_path):
    spool, incremental = spool_through(s3_store, PatternStream(12 * MiB), tmp_path)
    with spool:
        pending = wait_for_parts(s3_store, 2)
        s3_client.abort_multipart_upload(
            Bucket=s3_store.bucket, Key=pending["Key"], UploadId=pending["UploadId"]
        )
        s3_client.delete_bucket(Bucket=s3_store.bucket)  # the fallback cannot store it either
        try:
            with pytest.raises(StorageError):
                incremental.finish(12 * MiB)
            assert not incremental.finished
            incremental.close()  # nothing left to clean up, and no error
        finally:
            s3_client.create_bucket(Bucket=s3_store.bucket)  # for the fixture's teardown
    assert raw_state(s3_store) == []


def test_s3_streamed_upload_uses_constant_memory(s3_store, tmp_path):
    payload = PatternStream(64 * MiB)
    expected = payload.digest()
    tracemalloc.start()
    try:
        spool, incremental = spool_through(s3_store, payload, tmp_path)
        with spool:
            incremental.finish(64 * MiB)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * MiB, f"peak {peak / MiB:.1f} MiB"
    sha = hashlib.sha256()
    with s3_store.open("streamed/blob") as fh:
        while chunk := fh.read(CHUNK):
            sha.update(chunk)
    assert sha.hexdigest() == expected


def test_s3_does_not_stream_more_parts_than_s3_allows(s3_store, tmp_path):
    assert s3_store.upload_part_size == 5 * MiB
    assert s3_store.begin_upload("k", tmp_path / "s", expected_size=10_001 * 5 * MiB) is None
    assert s3_store.begin_upload("k", tmp_path / "s", expected_size=None) is not None
    with pytest.raises(StorageError):
        s3_store.begin_upload("../k", tmp_path / "s")


# -- choosing a backend ----------------------------------------------------------------------------


def test_create_storage_picks_the_backend(tmp_path):
    local = create_storage(config(tmp_path, STORAGE="local", MEDIA_ROOT=str(tmp_path / "m")))
    assert isinstance(local, LocalStorage)
    assert local.root == (tmp_path / "m").resolve()
    assert local.check().startswith("local, ")

    from t2m.storage.s3 import S3Storage

    s3 = create_storage(
        config(tmp_path, **s3_overrides("http://127.0.0.1:9", "media", S3_PREFIX="/t2m/x/"))
    )
    assert isinstance(s3, S3Storage)
    assert (s3.bucket, s3.prefix) == ("media", "t2m/x/")
    assert s3.transfer_config.multipart_chunksize == 5 * MiB
    s3.close()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"STORAGE": "ftp"}, "Unknown T2M_STORAGE"),
        ({"STORAGE": "s3"}, "T2M_S3_BUCKET"),
        ({"STORAGE": "s3", "S3_BUCKET": ""}, "T2M_S3_BUCKET"),
        ({"STORAGE": "s3", "S3_BUCKET": "b", "S3_MULTIPART_MB": 4}, "at least 5"),
    ],
)
def test_create_storage_refuses_bad_settings(tmp_path, overrides, message):
    with pytest.raises(ValueError, match=message):
        create_storage(config(tmp_path, **overrides))


def test_content_disposition():
    from t2m.storage import content_disposition

    assert content_disposition(None) == "attachment"
    assert content_disposition(None, inline=True) == "inline"
    assert content_disposition("a.mp4") == "attachment; filename=\"a.mp4\"; filename*=UTF-8''a.mp4"
    # Quotes, backslashes and line breaks cannot break out of the header.
    value = content_disposition('x"\\\r\nSet-Cookie: a=b.mp4', inline=True)
    assert "\r" not in value
    assert "\n" not in value
    assert value.startswith('inline; filename="x__Set-Cookie: a=b.mp4"; ')
    assert (
        content_disposition("📼")
        == "attachment; filename=\"download\"; filename*=UTF-8''%F0%9F%93%BC"
    )
