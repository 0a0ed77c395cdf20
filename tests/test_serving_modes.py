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


# ---- what served files get -----------------------------------------------------

TEXT_FILES = [
    ("a.txt", b"Just a few words.\n", "text/plain"),
    ("a.md", b"# Title\n\n- one\n- two\n", "text/markdown"),
    ("a.csv", b"a,b,c\n1,2,3\n4,5,6\n", "text/csv"),
    ("a.json", b'{"a": [1, 2, 3]}\n', "application/json"),
    ("a.html", b"<!doctype html><html><body>hi</body></html>", "text/html"),
    ("a.svg", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', "image/svg+xml"),
]


def _one_utf8_charset(content_type: str, expected: str) -> None:
    assert content_type.split(";")[0] == expected
    assert content_type.lower().count("charset=") == 1, content_type
    assert "charset=utf-8" in content_type.lower()


@pytest.mark.parametrize(("name", "data", "expected"), TEXT_FILES, ids=[t[0] for t in TEXT_FILES])
def test_text_is_served_with_exactly_one_charset(client, make_user, name, data, expected):
    headers = _sign_in(client, make_user("ada"))
    r = upload(client, headers, data, filename=name)
    assert r.status_code == 201, r.get_json()
    file = r.get_json()["data"]
    assert file["content_type"] == expected
    base = f"/api/v1/files/{file['id']}"
    for url in (f"{base}/download", f"{base}/download?inline=true", f"{base}/stream"):
        got = client.get(url, headers=headers)
        assert got.status_code == 200
        assert got.data == data
        _one_utf8_charset(got.headers["Content-Type"], expected)
        assert got.headers["X-Content-Type-Options"] == "nosniff"


def test_text_handed_to_nginx_has_one_charset(app_factory, make_user):
    client = app_factory(ACCEL_REDIRECT="/_protected/").test_client()
    headers = _sign_in(client, make_user("ada"))
    file_id = upload(client, headers, b"plain words\n", filename="a.txt").get_json()["data"]["id"]
    r = client.get(f"/api/v1/files/{file_id}/download", headers=headers)
    assert r.headers["X-Accel-Redirect"]
    _one_utf8_charset(r.headers["Content-Type"], "text/plain")


def _assert_sandboxed_attachment(response, data: bytes) -> None:
    assert response.status_code == 200
    assert response.data == data
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert response.headers["Content-Security-Policy"] == "sandbox"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_pdfs_are_only_sandboxed_attachments(app, client, make_user):
    from .media_fixtures import minimal_pdf
    from .test_api_signed_urls import signed

    pdf = minimal_pdf()
    headers = _sign_in(client, make_user("ada"))
    file_id = upload(client, headers, pdf, filename="doc.pdf").get_json()["data"]["id"]
    base = f"/api/v1/files/{file_id}"
    for url in (f"{base}/download", f"{base}/download?inline=true", f"{base}/stream"):
        _assert_sandboxed_attachment(client.get(url, headers=headers), pdf)
    for link in (signed(client, headers, file_id, inline=True), signed(client, headers, file_id)):
        assert link.startswith(f"/api/v1/files/secure/{file_id}?")
        _assert_sandboxed_attachment(app.test_client().get(link), pdf)


def test_the_library_page_offers_pdfs_as_downloads_only(client, make_user):
    from .media_fixtures import minimal_pdf

    make_user("ada")
    assert sign_in(client, "ada").status_code in (302, 303)
    pdf = minimal_pdf()
    file_id = uploaded(client, pdf, "doc.pdf")
    page = client.get(f"/library/{file_id}").get_data(as_text=True)
    assert 'data-testid="document-download"' in page
    assert 'data-testid="document-sandboxed"' in page
    assert "inline=" not in page  # no "open in the browser" link
    _assert_sandboxed_attachment(client.get(f"/library/{file_id}/download?inline=1"), pdf)
