"""Serving modes and the pages on every storage backend: nginx X-Accel-Redirect,
and the library pages working the same on local disk and S3."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from .conftest import storage_backend_app
from .media_fixtures import make_image, make_video
from .test_api_files import _sign_in, upload
from .test_web_account import sign_in
from .test_web_library import uploaded


@pytest.fixture(params=["local", "s3"])
def app(request, app_factory):
    """Once on local disk and once on S3."""
    yield from storage_backend_app(request, app_factory)


def test_accel_redirect_hands_the_bytes_to_nginx(app_factory, make_user, tmp_path):
    app = app_factory(ACCEL_REDIRECT="/_protected/")
    client = app.test_client()
    headers = _sign_in(client, make_user("ada"))
    path = make_image(tmp_path / "p.png")
    file_id = upload(client, headers, path).get_json()["data"]["id"]
    r = client.get(f"/api/v1/files/{file_id}/download", headers=headers)
    assert r.status_code == 200
    assert r.data == b""
    target = r.headers["X-Accel-Redirect"]
    assert target.startswith("/_protected/blobs/")
    assert ".." not in target
    assert r.headers["Content-Disposition"].startswith("attachment;")
    assert r.headers["ETag"]
    assert r.headers["X-Content-Type-Options"] == "nosniff"


def test_library_pages_work_on_each_backend(client, make_user, tmp_path):
    make_user("ada")
    assert sign_in(client, "ada").status_code in (302, 303)
    image = make_image(tmp_path / "p.png", size=(400, 300)).read_bytes()
    video = make_video(tmp_path / "v.mp4", seconds=1).read_bytes()
    image_id = uploaded(client, image, "p.png")
    video_id = uploaded(client, video, "v.mp4")
    page = client.get(f"/library/{image_id}")
    assert page.status_code == 200
    thumb = client.get(f"/library/{image_id}/thumbnail?size=small")
    assert thumb.status_code == 200
    with Image.open(io.BytesIO(thumb.data)) as im:
        assert im.width == 160
    part = client.get(f"/library/{video_id}/stream", headers={"Range": "bytes=0-99"})
    assert part.status_code == 206
    assert part.data == video[:100]
    assert client.get(f"/library/{image_id}/download").data == image
