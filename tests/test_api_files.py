"""The files API on local disk and on S3: upload, sniffing, processing, listing,
download with Range, deduplication, quotas, deletion, and hostile input."""

from __future__ import annotations

import hashlib
import io
import os
import re
import struct
from pathlib import Path

import pytest
from PIL import Image
from werkzeug.datastructures import FileStorage, MultiDict
from werkzeug.test import encode_multipart

from t2m.extensions import db
from t2m.models import Blob, File, Job
from t2m.storage import storage

from . import s3server
from .conftest import PASSWORD, assert_error, row_counts, storage_backend_app
from .media_fixtures import make_audio, make_image, make_video, minimal_pdf

UPLOAD = "/api/v1/files/upload"
MiB = 1024 * 1024
# Over two of this module's 5 MiB S3 parts: on S3 two parts are sent while the
# body arrives and the tail when it has ended.
BIG = 11 * MiB + 7


@pytest.fixture(params=["local", "s3"])
def app(request, app_factory):
    """This module's app, once on local disk and once on S3."""
    yield from storage_backend_app(request, app_factory, S3_MULTIPART_MB=5)


@pytest.fixture
def ada(make_user, api):
    user = make_user("ada")
    return api.headers(user)


@pytest.fixture
def media(tmp_path):
    """Make small media files on the fly."""
    folder = tmp_path / "media"
    folder.mkdir()

    def build(name: str, **kwargs) -> Path:
        path = folder / name
        suffix = path.suffix
        if suffix in (".png", ".jpg", ".webp", ".gif"):
            return make_image(path, **kwargs)
        if suffix in (".mp4", ".webm") and kwargs.pop("audio_only", False):
            return make_audio(path, **kwargs)
        if suffix in (".mp4", ".webm", ".mov"):
            return make_video(path, **kwargs)
        if suffix in (".mp3", ".wav", ".ogg", ".m4a"):
            return make_audio(path, **kwargs)
        if suffix == ".pdf":
            path.write_bytes(minimal_pdf())
            return path
        raise ValueError(name)

    return build


def upload(client, headers, path_or_bytes, filename=None, **fields):
    if isinstance(path_or_bytes, Path):
        data = path_or_bytes.read_bytes()
        filename = filename or path_or_bytes.name
    else:
        data = path_or_bytes
    content_type = fields.pop("content_type", "application/octet-stream")
    form = {
        "file": FileStorage(io.BytesIO(data), filename or "upload.bin", content_type=content_type),
        **fields,
    }
    # Encoded in memory: Werkzeug's test client would spool big bodies to a
    # temporary file it never closes.
    boundary, body = encode_multipart(MultiDict(form))
    return client.post(
        UPLOAD, data=body, headers=headers, content_type=f"multipart/form-data; boundary={boundary}"
    )


def stored_keys() -> list[str]:
    return sorted(k for k in storage().iter_keys() if not k.startswith("health/"))


# ---- uploads and processing ------------------------------------------------


def test_upload_image_is_sniffed_processed_and_thumbnailed(client, ada, media):
    r = upload(client, ada, media("photo.png", size=(800, 600)), content_type="text/plain")
    assert r.status_code == 201, r.get_json()
    data = r.get_json()["data"]
    assert data["file_type"] == "image"
    assert data["content_type"] == "image/png"
    assert data["original_filename"] == "photo.png"
    file = client.get(f"/api/v1/files/{data['id']}", headers=ada).get_json()["data"]
    assert file["status"] == "ready", file
    assert file["metadata"]["width"] == 800
    assert file["metadata"]["height"] == 600
    for size, width in (("small", 160), ("medium", 320), ("large", 640)):
        t = client.get(f"/api/v1/files/{data['id']}/thumbnail?size={size}", headers=ada)
        assert t.status_code == 200
        with Image.open(io.BytesIO(t.data)) as im:
            assert im.width == width
            assert im.height == width * 3 // 4


def test_upload_video_gets_probed_and_a_thumbnail(client, ada, media):
    r = upload(client, ada, media("clip.mp4", seconds=2, size="320x240"), file_type="video")
    assert r.status_code == 201, r.get_json()
    file_id = r.get_json()["data"]["id"]
    file = client.get(f"/api/v1/files/{file_id}", headers=ada).get_json()["data"]
    assert file["status"] == "ready", file
    meta = file["metadata"]
    assert abs(meta["duration"] - 2.0) < 0.2
    assert (meta["width"], meta["height"]) == (320, 240)
    assert meta["video_codec"] == "h264"
    t = client.get(f"/api/v1/files/{file_id}/thumbnail?size=small", headers=ada)
    assert t.status_code == 200
    with Image.open(io.BytesIO(t.data)) as im:
        assert im.width == 160
    job = db.session.scalar(db.select(Job).where(Job.file_id == file_id))
    assert job.kind == "process"
    assert job.status == "completed"
    assert job.progress == 100


def test_audio_and_documents_get_placeholder_thumbnails(client, ada, media):
    audio = upload(client, ada, media("tone.mp3")).get_json()["data"]
    pdf = upload(client, ada, media("doc.pdf")).get_json()["data"]
    assert audio["file_type"] == "audio"
    assert pdf["file_type"] == "document"
    assert pdf["content_type"] == "application/pdf"
    for file in (audio, pdf):
        t = client.get(f"/api/v1/files/{file['id']}/thumbnail", headers=ada)
        assert t.status_code == 200
        assert t.mimetype == "image/png"
        Image.open(io.BytesIO(t.data)).verify()
    pdf_meta = client.get(f"/api/v1/files/{pdf['id']}/metadata", headers=ada).get_json()["data"]
    assert pdf_meta["metadata"]["pages"] == 1
    assert pdf_meta["checksum"].startswith("sha256:")


def test_declared_type_must_match_the_bytes(client, ada, media):
    before = row_counts()
    keys = stored_keys()
    r = upload(
        client,
        ada,
        media("photo.png"),
        filename="movie.mp4",
        file_type="video",
        content_type="video/mp4",
    )
    error = assert_error(r, 400, "VALIDATION_ERROR")
    assert "file_type" in error["details"]
    assert row_counts() == before
    assert stored_keys() == keys


@pytest.mark.parametrize(
    ("data", "status", "code"),
    [
        (b"", 422, "VALIDATION_ERROR"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 100, 415, "UNSUPPORTED_MEDIA"),
        (b"MZ\x90\x00" + b"\x00" * 100, 415, "UNSUPPORTED_MEDIA"),
        (b"#EXTM3U\n#EXTINF:1,\nfile:///etc/passwd\n", 415, "UNSUPPORTED_MEDIA"),
        (b"ffconcat version 1.0\nfile '/etc/passwd'\n", 415, "UNSUPPORTED_MEDIA"),
        (bytes(range(256)) * 64, 415, "UNSUPPORTED_MEDIA"),
    ],
)
def test_refused_content_stores_nothing(client, ada, data, status, code):
    before = row_counts()
    keys = stored_keys()
    assert_error(upload(client, ada, data, filename="x.mp4"), status, code)
    assert row_counts() == before
    assert stored_keys() == keys


def test_hostile_file_names_are_display_only(client, ada, media):
    png = media("p.png").read_bytes()
    for name, shown in [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\windows\\system.ini", None),
        ("a\x00b.png", "ab.png"),
        ("x" * 1000 + ".png", "x" * 251 + ".png"),
        ("Résumé 📼.png", "Résumé 📼.png"),
    ]:
        r = upload(client, ada, png, filename=name)
        assert r.status_code == 201, (name, r.get_json())
        got = r.get_json()["data"]["original_filename"]
        if shown is None:  # however the separators arrive, no path survives
            assert got.endswith("system.ini")
            assert "/" not in got
            assert "\\" not in got
            assert not got.startswith(".")
        else:
            assert got == shown
    for key in stored_keys():
        assert ".." not in key
        assert key.startswith(("blobs/", "derived/"))


@pytest.mark.parametrize("sub", ["../etc", "a/../../b", "/abs", "bad\x00"])
def test_subdirectory_is_a_label_not_a_path(client, ada, media, sub):
    before = row_counts()
    r = upload(client, ada, media("p.png"), subdirectory=sub)
    assert "subdirectory" in assert_error(r, 422, "VALIDATION_ERROR")["details"]
    assert row_counts() == before


def test_upload_needs_a_file_and_multipart(client, ada):
    assert_error(
        client.post(
            UPLOAD, data={"description": "x"}, headers=ada, content_type="multipart/form-data"
        ),
        422,
        "VALIDATION_ERROR",
    )
    assert_error(client.post(UPLOAD, json={"file": "x"}, headers=ada), 400, "VALIDATION_ERROR")


def _sign_in(client, user) -> dict:
    r = client.post("/api/v1/auth/login", json={"username": user.username, "password": PASSWORD})
    return {"Authorization": f"Bearer {r.get_json()['data']['access_token']}"}


def _noise_png(path: Path, side: int) -> Path:
    """A PNG of random pixels: it does not compress, so its size is about 3*side**2."""
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(path)
    return path


def test_upload_over_the_limit_leaves_nothing(app_factory, make_user, tmp_path):
    app = app_factory(MAX_UPLOAD_MB=1)
    client = app.test_client()
    headers = _sign_in(client, make_user("ada"))
    big = _noise_png(tmp_path / "big.png", 700)
    assert big.stat().st_size > 1024 * 1024
    before = row_counts()
    assert_error(upload(client, headers, big), 413, "FILE_TOO_LARGE")
    assert row_counts() == before
    tmp = Path(app.config["INSTANCE_PATH"]) / "tmp"
    assert not tmp.exists() or not any(tmp.iterdir())
    with app.app_context():
        assert stored_keys() == []


def test_quota(app_factory, make_user, tmp_path):
    app = app_factory(UPLOAD_QUOTA_MB=2)
    client = app.test_client()
    headers = _sign_in(client, make_user("ada"))
    first = _noise_png(tmp_path / "a.png", 600)
    second = _noise_png(tmp_path / "b.png", 600)
    assert upload(client, headers, first).status_code == 201
    # The same bytes again cost nothing: deduplicated.
    assert upload(client, headers, first).status_code == 201
    before = row_counts()
    error = assert_error(upload(client, headers, second), 413, "QUOTA_EXCEEDED")
    assert error["message"]
    assert row_counts() == before
    stats = client.get("/api/v1/files/stats", headers=headers).get_json()["data"]
    assert stats["quota"]["limit_bytes"] == 2 * 1024 * 1024
    assert stats["quota"]["used_bytes"] == first.stat().st_size


# ---- big uploads, streamed to S3 while they arrive ---------------------------


def _wav(size: int) -> bytes:
    """A PCM WAV of ``size`` bytes (noise: every call gives new bytes)."""
    data_len = size - 44
    header = b"RIFF" + struct.pack("<I", 36 + data_len) + b"WAVE"
    header += b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 8000, 1, 8)
    return header + b"data" + struct.pack("<I", data_len) + os.urandom(data_len)


def unfinished_uploads() -> list[str]:
    """Multipart uploads begun and never completed nor aborted (S3 only)."""
    backend = storage()
    if backend.name != "s3":
        return []
    found = backend.client.list_multipart_uploads(Bucket=backend.bucket).get("Uploads", [])
    return [u["Key"] for u in found]


def spools(app) -> list[Path]:
    """Upload spool files left in the instance's tmp folder (jobs have their own folder)."""
    return list((Path(app.config["INSTANCE_PATH"]) / "tmp").glob("upload-*"))


def test_big_upload_is_stored_and_downloads_back_identical(app, client, ada):
    data = _wav(BIG)
    r = upload(client, ada, data, filename="big.wav", content_type="application/octet-stream")
    assert r.status_code == 201, r.get_json()
    file = r.get_json()["data"]
    assert file["size"] == BIG
    assert file["checksum"] == "sha256:" + hashlib.sha256(data).hexdigest()
    blob = db.session.scalar(db.select(Blob))
    assert blob.storage_key.startswith(f"blobs/{blob.owner_id}/")
    content_key = f"blobs/{blob.owner_id}/{blob.sha256[:2]}/{blob.sha256}"
    # On S3 the copy began before the hash was known: a key of its own.
    assert (blob.storage_key == content_key) == (storage().name == "local")
    if storage().name == "s3":
        # Sent in parts while the body arrived: 5 + 5 MiB, then the tail.
        head = storage().client.head_object(
            Bucket=storage().bucket, Key=storage().prefix + blob.storage_key
        )
        assert head["ETag"].strip('"').endswith("-3")
    download = client.get(f"/api/v1/files/{file['id']}/download", headers=ada)
    assert download.status_code == 200
    assert download.data == data
    assert download.mimetype == file["content_type"]
    part = client.get(
        f"/api/v1/files/{file['id']}/stream", headers={**ada, "Range": "bytes=10485755-10485764"}
    )
    assert part.status_code == 206
    assert part.mimetype == file["content_type"]
    assert part.data == data[10485755:10485765]  # across the first part boundary
    assert unfinished_uploads() == []
    assert spools(app) == []

    again = upload(client, ada, data, filename="again.wav")
    assert again.status_code == 201, again.get_json()
    assert db.session.scalar(db.select(db.func.count()).select_from(Blob)) == 1
    assert [k for k in stored_keys() if k.startswith("blobs/")] == [blob.storage_key]
    assert unfinished_uploads() == []
    assert spools(app) == []


@pytest.mark.parametrize(
    ("body", "fields", "status", "code"),
    [
        (b"\x7fELF\x02\x01\x01" + b"\x00" * BIG, {}, 415, "UNSUPPORTED_MEDIA"),
        (None, {"file_type": "video"}, 400, "VALIDATION_ERROR"),
        (None, {"subdirectory": "../etc"}, 422, "VALIDATION_ERROR"),
        (None, {"description": "x" * 2001}, 422, "VALIDATION_ERROR"),
    ],
    ids=["elf", "wrong-type", "bad-label", "long-description"],
)
def test_refused_big_upload_leaves_nothing(app, client, ada, body, fields, status, code):
    before = row_counts()
    keys = stored_keys()
    r = upload(client, ada, body or _wav(BIG), filename="big.bin", **fields)
    assert_error(r, status, code)
    assert row_counts() == before
    assert stored_keys() == keys
    assert unfinished_uploads() == []
    assert spools(app) == []


def test_big_batch_with_a_bad_file_keeps_only_the_good_one(app, client, ada):
    good = _wav(BIG)
    form = MultiDict(
        [
            ("files", FileStorage(io.BytesIO(b"\x7fELF" + b"\0" * BIG), "x.bin")),
            ("files", FileStorage(io.BytesIO(good), "good.wav")),
            ("files", FileStorage(io.BytesIO(good), "same.wav")),
        ]
    )
    boundary, body = encode_multipart(form)
    r = client.post(
        "/api/v1/files/batch-upload",
        data=body,
        headers=ada,
        content_type=f"multipart/form-data; boundary={boundary}",
    )
    assert r.status_code == 207, r.get_json()
    assert [x["success"] for x in r.get_json()["data"]["results"]] == [False, True, True]
    blob = db.session.scalar(db.select(Blob))
    assert [k for k in stored_keys() if k.startswith("blobs/")] == [blob.storage_key]
    assert read_object(blob.storage_key) == good
    assert unfinished_uploads() == []
    assert spools(app) == []


def read_object(key: str) -> bytes:
    with storage().open(key) as fh:
        return fh.read()


# ---- deduplication and deletion ---------------------------------------------


def test_same_bytes_share_a_blob_until_the_last_file_goes(client, ada, media):
    path = media("p.png")
    a = upload(client, ada, path, filename="one.png").get_json()["data"]
    b = upload(client, ada, path, filename="two.png").get_json()["data"]
    assert a["id"] != b["id"]
    assert db.session.scalar(db.select(db.func.count()).select_from(Blob)) == 1
    blob_key = db.session.scalar(db.select(Blob.storage_key))
    assert client.delete(f"/api/v1/files/{a['id']}", headers=ada).status_code == 200
    assert storage().exists(blob_key)
    assert client.get(f"/api/v1/files/{b['id']}/download", headers=ada).data == path.read_bytes()
    assert client.delete(f"/api/v1/files/{b['id']}", headers=ada).status_code == 200
    assert not storage().exists(blob_key)
    assert stored_keys() == []
    assert_error(client.get(f"/api/v1/files/{b['id']}", headers=ada), 404, "RESOURCE_NOT_FOUND")


def test_other_users_files_are_not_found_everywhere(client, ada, media, make_user, api):
    file_id = upload(client, ada, media("p.png")).get_json()["data"]["id"]
    mallory = api.headers(make_user("mallory"))
    for method, path in [
        ("get", ""),
        ("get", "/metadata"),
        ("get", "/download"),
        ("get", "/stream"),
        ("get", "/thumbnail"),
        ("delete", ""),
    ]:
        r = getattr(client, method)(f"/api/v1/files/{file_id}{path}", headers=mallory)
        assert_error(r, 404, "RESOURCE_NOT_FOUND")
    assert_error(client.get(f"/api/v1/media/{file_id}", headers=mallory), 404, "RESOURCE_NOT_FOUND")
    assert client.get("/api/v1/files", headers=mallory).get_json()["data"]["items"] == []
    assert db.session.get(File, file_id) is not None
    admin = api.headers(make_user("root", role="ADMIN"))
    assert client.get(f"/api/v1/files/{file_id}", headers=admin).status_code == 200


# ---- listing ----------------------------------------------------------------


def test_list_filter_search_sort_and_paginate(client, ada, media):
    upload(client, ada, media("a.png"), description="holiday beach")
    upload(client, ada, media("b.mp3"))
    upload(client, ada, media("c.pdf"), filename="report.pdf")
    listing = client.get("/api/v1/files?items_per_page=2", headers=ada).get_json()["data"]
    assert listing["pagination"]["total_items"] == 3
    assert listing["pagination"]["has_next"] is True
    assert len(listing["items"]) == 2
    images = client.get("/api/v1/files?file_type=image", headers=ada).get_json()["data"]
    assert [f["file_type"] for f in images["items"]] == ["image"]
    found = client.get("/api/v1/files?q=BEACH", headers=ada).get_json()["data"]["items"]
    assert [f["description"] for f in found] == ["holiday beach"]
    found = client.get("/api/v1/files?q=report", headers=ada).get_json()["data"]["items"]
    assert [f["original_filename"] for f in found] == ["report.pdf"]
    assert client.get("/api/v1/files?q=%25", headers=ada).get_json()["data"]["items"] == []
    by_name = client.get("/api/v1/files?sort=name", headers=ada).get_json()["data"]["items"]
    assert [f["original_filename"] for f in by_name] == ["a.png", "b.mp3", "report.pdf"]
    media_alias = client.get("/api/v1/media", headers=ada).get_json()["data"]
    assert media_alias["pagination"]["total_items"] == 3
    for bad in ("file_type=exe", "items_per_page=101", "page=0", "sort=evil", "status=x"):
        assert_error(client.get(f"/api/v1/files?{bad}", headers=ada), 422, "VALIDATION_ERROR")


def test_stats_count_by_type(client, ada, media):
    path = media("a.png")
    upload(client, ada, path)
    upload(client, ada, path)
    upload(client, ada, media("b.mp3"))
    stats = client.get("/api/v1/files/stats", headers=ada).get_json()["data"]
    assert stats["total_files"] == 3
    assert stats["by_type"]["image"]["count"] == 2
    assert stats["by_type"]["audio"]["count"] == 1
    assert stats["stored_bytes"] < stats["total_bytes"]  # the duplicate is stored once


# ---- download and streaming -------------------------------------------------


def test_download_ranges_and_validators(client, ada, media):
    path = media("clip.mp4", seconds=1)
    body = path.read_bytes()
    file = upload(client, ada, path, filename="Résumé 📼.mp4").get_json()["data"]
    url = f"/api/v1/files/{file['id']}/download"
    full = client.get(url, headers=ada)
    assert full.status_code == 200
    assert full.data == body
    assert full.headers["Accept-Ranges"] == "bytes"
    assert full.headers["X-Content-Type-Options"] == "nosniff"
    disposition = full.headers["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert "filename*=UTF-8''R%C3%A9sum%C3%A9%20%F0%9F%93%BC.mp4" in disposition
    etag = full.headers["ETag"]

    part = client.get(url, headers={**ada, "Range": "bytes=10-99"})
    assert part.status_code == 206
    assert part.data == body[10:100]
    assert part.headers["Content-Range"] == f"bytes 10-99/{len(body)}"

    tail = client.get(url, headers={**ada, "Range": "bytes=-16"})
    assert tail.status_code == 206
    assert tail.data == body[-16:]

    bad = client.get(url, headers={**ada, "Range": f"bytes={len(body) + 10}-"})
    assert_error(bad, 416, "RANGE_NOT_SATISFIABLE")
    assert bad.headers["Content-Range"] == f"bytes */{len(body)}"

    cached = client.get(url, headers={**ada, "If-None-Match": etag})
    assert cached.status_code == 304

    stale = client.get(url, headers={**ada, "Range": "bytes=0-9", "If-Range": '"other"'})
    assert stale.status_code == 200
    assert stale.data == body

    inline = client.get(url + "?inline=true", headers=ada)
    assert inline.headers["Content-Disposition"].startswith("inline;")

    details = client.get(f"/api/v1/files/{file['id']}", headers=ada).get_json()["data"]
    assert details["download_count"] >= 3


def test_stream_serves_ranges_inline(client, ada, media):
    path = media("clip.mp4", seconds=1)
    file = upload(client, ada, path).get_json()["data"]
    r = client.get(f"/api/v1/files/{file['id']}/stream", headers={**ada, "Range": "bytes=0-1"})
    assert r.status_code == 206
    assert r.data == path.read_bytes()[:2]
    assert r.headers["Content-Disposition"].startswith("inline;")
    assert_error(
        client.get(f"/api/v1/files/{file['id']}/stream?quality=720p", headers=ada),
        422,
        "VALIDATION_ERROR",
    )
    assert_error(
        client.get(f"/api/v1/files/{file['id']}/stream?quality=evil", headers=ada),
        422,
        "VALIDATION_ERROR",
    )


def test_active_content_is_only_a_sandboxed_attachment(client, ada):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    r = upload(client, ada, svg, filename="x.svg", content_type="image/svg+xml")
    if r.status_code == 415:
        return  # refusing active content outright is also acceptable
    assert r.status_code == 201, r.get_json()
    file_id = r.get_json()["data"]["id"]
    d = client.get(f"/api/v1/files/{file_id}/download?inline=true", headers=ada)
    assert d.headers["Content-Disposition"].startswith("attachment;")
    assert d.headers["Content-Security-Policy"] == "sandbox"
    assert d.headers["X-Content-Type-Options"] == "nosniff"


# ---- batch and aliases ------------------------------------------------------


def test_batch_upload_one_bad_file_does_not_sink_the_rest(client, ada, media):
    good = media("a.png").read_bytes()
    form = {
        "files": [
            (io.BytesIO(good), "a.png"),
            (io.BytesIO(b"\x7fELF" + b"\0" * 64), "x"),
            (io.BytesIO(media("b.mp3").read_bytes()), "b.mp3"),
        ]
    }
    r = client.post(
        "/api/v1/files/batch-upload", data=form, headers=ada, content_type="multipart/form-data"
    )
    assert r.status_code == 207
    data = r.get_json()["data"]
    assert (data["total"], data["succeeded"], data["failed"]) == (3, 2, 1)
    assert [x["success"] for x in data["results"]] == [True, False, True]
    assert data["results"][1]["error"]["code"] == "UNSUPPORTED_MEDIA"
    assert (
        client.get("/api/v1/files", headers=ada).get_json()["data"]["pagination"]["total_items"]
        == 2
    )


def test_media_vault_upload_alias(client, ada, media):
    r = client.post(
        "/api/v1/media/upload",
        headers=ada,
        content_type="multipart/form-data",
        data={"file": (io.BytesIO(media("a.png").read_bytes()), "a.png")},
    )
    assert r.status_code == 201
    assert r.get_json()["data"]["filename"] == "a.png"


def test_scopes(client, ada, media):
    key = client.post(
        "/api/v1/auth/api-keys", headers=ada, json={"name": "ro", "scopes": ["files:read"]}
    ).get_json()["data"]["key"]
    r = upload(client, {"X-API-Key": key}, media("a.png"))
    error = assert_error(r, 403, "PERMISSION_DENIED")
    assert "files:write" in error["message"]
    assert client.get("/api/v1/files", headers={"X-API-Key": key}).status_code == 200


# ---- damaged and hostile media ------------------------------------------------


def test_truncated_video_fails_processing_but_keeps_the_original(client, ada, media):
    whole = media("clip.mp4", seconds=2).read_bytes()
    for name, data in [("half.mp4", whole[: len(whole) // 2]), ("head.mp4", whole[:2000])]:
        r = upload(client, ada, data, filename=name)
        assert r.status_code == 201, r.get_json()
        file_id = r.get_json()["data"]["id"]
        file = client.get(f"/api/v1/files/{file_id}", headers=ada).get_json()["data"]
        assert file["status"] == "failed"
        assert file["error"].startswith("ffprobe")  # a readable reason, not a trace
        assert "Traceback" not in file["error"]
        assert str(Path.home()) not in file["error"]
        assert client.get(f"/api/v1/files/{file_id}/download", headers=ada).data == data
        job = db.session.scalar(db.select(Job).where(Job.file_id == file_id))
        assert job.status == "failed"
        assert any(log.level == "ERROR" for log in job.logs)
        thumb = client.get(f"/api/v1/files/{file_id}/thumbnail", headers=ada)
        assert thumb.status_code == 200  # the typed placeholder


def test_a_failed_probe_shows_the_reason_not_the_pointer(client, ada, media):
    """ffprobe names the demuxer and its heap address ("[mov,mp4 @ 0x55...]") and
    the input's path (a blob is named by its SHA-256): the file's error keeps only
    what went wrong; the job log's stderr keeps the demuxer's name."""
    whole = media("clip.mp4", seconds=1).read_bytes()
    # An MP4 header and then noise: sniffed as a (damaged) video, unreadable to ffprobe.
    noise = struct.pack(">I", 24) + b"ftypisom" + b"\0\0\2\0isomiso2" + os.urandom(4096)
    leaks = re.compile(r"0x[0-9a-fA-F]{4,}|[0-9a-fA-F]{64}|/\S*/|file:")
    for name, data in [("half.mp4", whole[: len(whole) // 2]), ("noise.mp4", noise)]:
        r = upload(client, ada, data, filename=name)
        assert r.status_code == 201, r.get_json()
        file_id = r.get_json()["data"]["id"]
        file = client.get(f"/api/v1/files/{file_id}", headers=ada).get_json()["data"]
        assert file["status"] == "failed"
        assert file["error"].startswith("ffprobe failed")
        assert not leaks.search(file["error"]), file["error"]
        assert hashlib.sha256(data).hexdigest() not in file["error"]
        job_id = db.session.scalar(db.select(Job.id).where(Job.file_id == file_id))
        logs = client.get(f"/api/v1/jobs/{job_id}/logs?level=ERROR", headers=ada)
        line = logs.get_json()["data"]["logs"][0]
        assert line["message"] == file["error"]
        assert not leaks.search(line["details"]["stderr"]), line["details"]["stderr"]
    assert "moov atom not found" in file["error"] or "Invalid data" in file["error"]


def test_decompression_bomb_png_is_refused(client, ada):
    from .media_fixtures import bomb_png

    before = row_counts()
    keys = stored_keys()
    error = assert_error(
        upload(client, ada, bomb_png(), filename="bomb.png"), 415, "UNSUPPORTED_MEDIA"
    )
    assert "pixels" in error["message"]
    assert row_counts() == before
    assert stored_keys() == keys


def test_s3_downloads_redirect_to_a_presigned_url(app_factory, make_user, s3_server, media):
    import urllib.request

    s3 = s3server.client(s3_server)
    bucket = s3server.create_bucket(s3)
    try:
        app = app_factory(
            STORAGE="s3",
            S3_BUCKET=bucket,
            S3_ENDPOINT_URL=s3_server,
            S3_REGION=s3server.REGION,
            S3_ACCESS_KEY_ID="testing",
            S3_SECRET_ACCESS_KEY="testing",
            S3_SERVE="redirect",
        )
        client = app.test_client()
        headers = _sign_in(client, make_user("ada"))
        path = media("clip.mp4", seconds=1)
        file_id = upload(client, headers, path, filename="Clip ✓.mp4").get_json()["data"]["id"]
        r = client.get(f"/api/v1/files/{file_id}/download", headers=headers)
        assert r.status_code == 302
        location = r.headers["Location"]
        assert location.startswith(s3_server)
        assert "X-Amz-Signature=" in location
        with urllib.request.urlopen(location, timeout=10) as fetched:
            assert fetched.read() == path.read_bytes()
            assert "UTF-8''Clip%20%E2%9C%93.mp4" in fetched.headers["Content-Disposition"]
        details = client.get(f"/api/v1/files/{file_id}", headers=headers).get_json()["data"]
        assert details["download_count"] == 1
    finally:
        s3server.drop_bucket(s3, bucket)


def test_streamed_s3_object_is_served_with_the_sniffed_type(app_factory, make_user, s3_server):
    """A streamed object is created before its type is known (S3 stores it as
    binary/octet-stream): presigned URLs still answer with the sniffed type."""
    import urllib.request

    s3 = s3server.client(s3_server)
    bucket = s3server.create_bucket(s3)
    try:
        app = app_factory(
            STORAGE="s3",
            S3_BUCKET=bucket,
            S3_ENDPOINT_URL=s3_server,
            S3_REGION=s3server.REGION,
            S3_ACCESS_KEY_ID="testing",
            S3_SECRET_ACCESS_KEY="testing",
            S3_SERVE="redirect",
            S3_MULTIPART_MB=5,
        )
        client = app.test_client()
        headers = _sign_in(client, make_user("ada"))
        data = _wav(BIG)
        file = upload(client, headers, data, filename="big.wav").get_json()["data"]
        assert file["content_type"].startswith("audio/")
        for path in ("download", "stream"):
            r = client.get(f"/api/v1/files/{file['id']}/{path}", headers=headers)
            assert r.status_code == 302
            with urllib.request.urlopen(r.headers["Location"], timeout=30) as fetched:
                assert fetched.headers["Content-Type"] == file["content_type"]
                assert fetched.read() == data
    finally:
        s3server.drop_bucket(s3, bucket)


def test_non_utf8_file_name_is_a_clear_error_and_stores_nothing(client, ada, media):
    """Werkzeug cannot decode the part's headers, so the part is not a file: the
    client is told a file is missing, and nothing is stored."""
    png = media("p.png").read_bytes()
    boundary = "b0undary"
    body = (
        f"--{boundary}\r\n".encode()
        + b'Content-Disposition: form-data; name="file"; filename="caf\xe9 \xff\xfe.png"\r\n'
        + b"Content-Type: image/png\r\n\r\n"
        + png
        + f"\r\n--{boundary}--\r\n".encode()
    )
    before = row_counts()
    keys = stored_keys()
    r = client.post(
        UPLOAD, data=body, headers=ada, content_type=f"multipart/form-data; boundary={boundary}"
    )
    error = assert_error(r, 422, "VALIDATION_ERROR")
    assert error["details"] == {"file": ["A file is required."]}
    assert row_counts() == before
    assert stored_keys() == keys
