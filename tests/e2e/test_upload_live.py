"""Uploads against the real gunicorn: a body cut off half-way, and the same
bytes uploaded by several clients at once, on local disk and on S3 (where big
uploads are sent in parts while the body arrives)."""

from __future__ import annotations

import hashlib
import io
import os
import socket
import struct
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from PIL import Image

from .conftest import register_via_api

pytestmark = pytest.mark.e2e


def _blobs(instance: Path) -> list[Path]:
    return [p for p in (instance / "media" / "blobs").rglob("*") if p.is_file()]


def _spools(instance: Path) -> list[Path]:
    """Upload spools, and anything else left in the scratch folder (job
    folders live in ``tmp/jobs``; the folder itself may stay, empty)."""
    tmp = instance / "tmp"
    if not tmp.exists():
        return []
    found = [p for p in tmp.iterdir() if p.name != "jobs"]
    return found + list((tmp / "jobs").glob("*"))


def _unfinished_uploads(live) -> list[str]:
    found = live.s3.list_multipart_uploads(Bucket=live.bucket).get("Uploads", [])
    return [u["Key"] for u in found]


def _parts_sent(live) -> int:
    """Parts S3 holds for unfinished multipart uploads in the live server's bucket."""
    total = 0
    for upload in live.s3.list_multipart_uploads(Bucket=live.bucket).get("Uploads", []):
        parts = live.s3.list_parts(
            Bucket=live.bucket, Key=upload["Key"], UploadId=upload["UploadId"]
        ).get("Parts", [])
        total += len(parts)
    return total


def _wav(size: int) -> bytes:
    """A PCM WAV of ``size`` bytes (random samples: never deduplicated by accident)."""
    data_len = size - 44
    header = b"RIFF" + struct.pack("<I", 36 + data_len) + b"WAVE"
    header += b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 8000, 1, 8)
    return header + b"data" + struct.pack("<I", data_len) + os.urandom(data_len)


def _png_bytes(seed: int) -> bytes:
    buf = io.BytesIO()
    Image.effect_noise((256, 256), 40 + seed).convert("RGB").save(buf, "PNG")
    return buf.getvalue()


def test_upload_cut_off_half_way_leaves_nothing(live):
    token = register_via_api(live.url)["access_token"]
    boundary = "t2mboundary"
    payload = b"\x89PNG\r\n\x1a\n" + b"\x00" * (2 * 1024 * 1024)
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.png"\r\n'
        "Content-Type: image/png\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    length = len(head) + len(payload) + len(tail)
    host = urlsplit(live.url)
    blobs_before = _blobs(live.instance)
    with socket.create_connection((host.hostname, host.port), timeout=10) as sock:
        sock.sendall(
            (
                f"POST /api/v1/files/upload HTTP/1.1\r\nHost: {host.netloc}\r\n"
                f"Authorization: Bearer {token}\r\n"
                f"Content-Type: multipart/form-data; boundary={boundary}\r\n"
                f"Content-Length: {length}\r\n\r\n"
            ).encode()
            + head
            + payload[: len(payload) // 2]
        )
        time.sleep(0.5)  # the server is now reading the body; the client vanishes
    deadline = time.monotonic() + 10
    while _spools(live.instance) and time.monotonic() < deadline:
        time.sleep(0.2)
    listing = requests.get(
        live.url + "/api/v1/files", headers={"Authorization": f"Bearer {token}"}, timeout=10
    ).json()["data"]
    assert listing["pagination"]["total_items"] == 0
    assert _blobs(live.instance) == blobs_before
    assert _spools(live.instance) == []


def test_concurrent_uploads_of_the_same_bytes_share_one_blob(live):
    token = register_via_api(live.url)["access_token"]
    data = _png_bytes(1)
    blobs_before = set(_blobs(live.instance))

    def send(n: int) -> int:
        r = requests.post(
            live.url + "/api/v1/files/upload",
            headers={"Authorization": f"Bearer {token}"},
            files={"file": (f"same-{n}.png", data, "image/png")},
            timeout=60,
        )
        return r.status_code

    with ThreadPoolExecutor(max_workers=6) as pool:
        statuses = list(pool.map(send, range(6)))
    assert statuses == [201] * 6
    listing = requests.get(
        live.url + "/api/v1/files?items_per_page=100",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    ).json()["data"]
    assert listing["pagination"]["total_items"] == 6
    assert len({f["checksum"] for f in listing["items"]}) == 1
    assert len(set(_blobs(live.instance)) - blobs_before) == 1


def test_ranges_under_gunicorn_come_from_the_right_offset(live, tmp_path):
    """gunicorn's file wrapper cannot seek: every range must still be exact."""
    token = register_via_api(live.url)["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    side = 1100
    path = tmp_path / "noise.png"
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(path)
    body = path.read_bytes()
    r = requests.post(
        live.url + "/api/v1/files/upload",
        headers=headers,
        files={"file": ("noise.png", body, "image/png")},
        timeout=60,
    )
    assert r.status_code == 201, r.text
    url = live.url + f"/api/v1/files/{r.json()['data']['id']}/download"
    size = len(body)
    for start, end in [(0, 0), (0, 99), (size // 2, size // 2 + 65535), (size - 10, size - 1)]:
        part = requests.get(url, headers={**headers, "Range": f"bytes={start}-{end}"}, timeout=30)
        assert part.status_code == 206
        assert part.headers["Content-Range"] == f"bytes {start}-{end}/{size}"
        assert part.content == body[start : end + 1]
    suffix = requests.get(url, headers={**headers, "Range": "bytes=-7"}, timeout=30)
    assert suffix.content == body[-7:]
    whole = requests.get(url, headers=headers, timeout=30)
    assert whole.content == body


MiB = 1024 * 1024


def test_upload_cut_off_after_parts_went_to_s3_leaves_nothing(live_s3_small_parts):
    live = live_s3_small_parts
    token = register_via_api(live.url)["access_token"]
    boundary = "t2mboundary"
    payload = _wav(16 * MiB)
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.wav"\r\n'
        "Content-Type: audio/wav\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    length = len(head) + len(payload) + len(tail)
    host = urlsplit(live.url)
    with socket.create_connection((host.hostname, host.port), timeout=10) as sock:
        sock.sendall(
            (
                f"POST /api/v1/files/upload HTTP/1.1\r\nHost: {host.netloc}\r\n"
                f"Authorization: Bearer {token}\r\n"
                f"Content-Type: multipart/form-data; boundary={boundary}\r\n"
                f"Content-Length: {length}\r\n\r\n"
            ).encode()
            + head
            + payload[: 12 * MiB]  # two 5 MiB parts
        )
        # Really streaming: parts are in the bucket while the body is unfinished.
        deadline = time.monotonic() + 30
        while _parts_sent(live) < 2:
            assert time.monotonic() < deadline, live.log_tail()
            time.sleep(0.1)
        # The client vanishes.
    deadline = time.monotonic() + 20
    while (_spools(live.instance) or _unfinished_uploads(live)) and time.monotonic() < deadline:
        time.sleep(0.2)
    listing = requests.get(
        live.url + "/api/v1/files", headers={"Authorization": f"Bearer {token}"}, timeout=10
    ).json()["data"]
    assert listing["pagination"]["total_items"] == 0
    assert [k for k in live.object_keys() if k.startswith("blobs/")] == []
    assert _unfinished_uploads(live) == []
    assert _spools(live.instance) == []


def test_concurrent_big_uploads_of_the_same_bytes_on_s3_share_one_object(live_s3_small_parts):
    live = live_s3_small_parts
    token = register_via_api(live.url)["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    data = _wav(7 * MiB)  # one part while it arrives, then the tail
    blobs_before = {k for k in live.object_keys() if k.startswith("blobs/")}

    def send(n: int) -> int:
        r = requests.post(
            live.url + "/api/v1/files/upload",
            headers=headers,
            files={"file": (f"same-{n}.wav", data, "audio/wav")},
            timeout=120,
        )
        return r.status_code

    with ThreadPoolExecutor(max_workers=3) as pool:
        statuses = list(pool.map(send, range(3)))
    assert statuses == [201] * 3, live.log_tail()
    listing = requests.get(live.url + "/api/v1/files", headers=headers, timeout=10).json()["data"]
    assert listing["pagination"]["total_items"] == 3
    assert {f["checksum"] for f in listing["items"]} == {
        "sha256:" + hashlib.sha256(data).hexdigest()
    }
    # Losers of the race dropped their own copies: one object, nothing unfinished.
    assert len({k for k in live.object_keys() if k.startswith("blobs/")} - blobs_before) == 1
    assert _unfinished_uploads(live) == []
    # Each file's process job works in tmp/jobs/<id> until it is done.
    deadline = time.monotonic() + 30
    while _spools(live.instance) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _spools(live.instance) == []
    download = requests.get(
        live.url + f"/api/v1/files/{listing['items'][0]['id']}/download",
        headers=headers,
        timeout=60,
    )
    assert download.content == data
    assert download.headers["Content-Type"].startswith(listing["items"][0]["content_type"])
