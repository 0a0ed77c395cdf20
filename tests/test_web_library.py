"""Library pages: the grid (filters, search, pages, HTMX fragments, polling),
uploads from the page, a file's page for every type, media routes, deletion
and other users' files, driven through the Flask test client."""

from __future__ import annotations

import io
import os
import re
from html import unescape
from pathlib import Path

import pytest
from PIL import Image
from werkzeug.datastructures import FileStorage, MultiDict
from werkzeug.test import encode_multipart

from t2m.extensions import db
from t2m.models import Collection, CollectionItem, File
from t2m.storage import storage

from .conftest import row_counts
from .media_fixtures import make_audio, make_image, make_video, minimal_pdf
from .test_web_account import flashes, sign_in

UPLOAD = "/library/upload"
HTMX = {"HX-Request": "true"}
_CARD = re.compile(r'<article class="file-card[^"]*" id="file-(\d+)"')
_CARD_NAME = re.compile(r'<a class="file-name" href="[^"]+" title="[^"]*">([^<]+)</a>')
_META_ROW = re.compile(r'<th scope="row">([^<]+)</th><td>(.*?)</td></tr>', re.S)
_TAG = re.compile(r"<[^>]+>")


# --- helpers -------------------------------------------------------------


@pytest.fixture
def ada(make_user, client):
    user = make_user("ada")
    assert sign_in(client, "ada").status_code in (302, 303)
    return user


@pytest.fixture
def media(tmp_path):
    """Build small media files by name: .png .mp4 .mp3 .pdf."""
    folder = tmp_path / "media"
    folder.mkdir()

    def build(name: str, **kwargs) -> Path:
        path = folder / name
        if path.suffix in (".png", ".jpg", ".gif"):
            return make_image(path, **kwargs)
        if path.suffix in (".mp4", ".webm"):
            return make_video(path, **kwargs)
        if path.suffix in (".mp3", ".wav", ".ogg"):
            return make_audio(path, **kwargs)
        if path.suffix == ".pdf":
            path.write_bytes(minimal_pdf())
            return path
        raise ValueError(name)

    return build


def post_upload(client, data: bytes | Path, filename: str | None = None, **fields):
    """POST one file to the page's upload route as upload.js does."""
    if isinstance(data, Path):
        filename = filename or data.name
        data = data.read_bytes()
    form = MultiDict(
        {
            "file": FileStorage(io.BytesIO(data), filename or "upload.bin"),
            **fields,
        }
    )
    boundary, body = encode_multipart(form)
    headers = {"Accept": "application/json", **fields.pop("headers", {})}
    return client.post(
        UPLOAD,
        data=body,
        content_type=f"multipart/form-data; boundary={boundary}",
        headers=headers,
    )


def uploaded(client, data, filename=None, **fields) -> int:
    r = post_upload(client, data, filename, **fields)
    assert r.status_code == 201, r.get_data(as_text=True)
    return r.get_json()["file_id"]


def stored_keys() -> list[str]:
    return sorted(k for k in storage().iter_keys() if not k.startswith("health/"))


def card_names(html: str) -> list[str]:
    return [unescape(n) for n in _CARD_NAME.findall(html)]


def metadata(html: str) -> dict[str, str]:
    """The file page's metadata table as {label: text}."""
    return {th: " ".join(unescape(_TAG.sub("", td)).split()) for th, td in _META_ROW.findall(html)}


def set_status(file_id: int, status: str, error: str | None = None) -> None:
    db.session.expire_all()
    file = db.session.get(File, file_id)
    file.status, file.error = status, error
    db.session.commit()


# --- access --------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/library"),
        ("get", "/library/1"),
        ("get", "/library/1/thumbnail"),
        ("get", "/library/1/stream"),
        ("get", "/library/1/download"),
        ("get", "/library/1/status"),
        ("post", "/library/1/delete"),
        ("post", UPLOAD),
    ],
)
def test_library_needs_sign_in(client, method, path):
    r = getattr(client, method)(path)
    assert r.status_code == 302
    assert r.headers["Location"].startswith("/login?next=")


def test_navigation_links_to_the_library_once_signed_in(client, make_user):
    assert 'href="/library"' not in client.get("/").get_data(as_text=True)
    make_user("ada")
    sign_in(client, "ada")
    assert 'href="/library"' in client.get("/").get_data(as_text=True)


def test_empty_library_page(client, ada):
    r = client.get("/library")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert "<title>Library · T2M</title>" in html
    assert 'data-testid="library-empty"' in html
    assert 'data-upload-url="/library/upload"' in html
    assert "upload.js" in html
    assert 'id="library-grid"' in html


def test_upload_js_is_only_loaded_on_library_pages(client, ada):
    assert "upload.js" not in client.get("/profile").get_data(as_text=True)
    assert client.get("/static/upload.js").status_code == 200


# --- uploads -------------------------------------------------------------


def test_upload_answers_json_and_the_file_appears_in_the_grid(client, ada, media):
    r = post_upload(client, media("holiday.png"), description="  Beach, June  ")
    assert r.status_code == 201
    body = r.get_json()
    assert body["ok"] is True
    assert body["message"] == "Uploaded holiday.png."
    file_id = body["file_id"]
    assert body["url"] == f"/library/{file_id}"
    file = db.session.get(File, file_id)
    assert file.owner_id == ada.id
    assert file.description == "Beach, June"
    assert file.status == "ready"  # the queue runs at once in tests

    html = client.get("/library").get_data(as_text=True)
    assert card_names(html) == ["holiday.png"]
    assert f'src="/library/{file_id}/thumbnail?size=small' in html
    assert "1 file" in html


@pytest.mark.parametrize(
    ("data", "fields", "status", "code", "message"),
    [
        (
            b"\x7fELF\x02\x01\x01" + b"\x00" * 100,
            {},
            415,
            "UNSUPPORTED_MEDIA",
            "This file is not accepted: executable",
        ),
        (b"MZ\x90\x00" + b"\x00" * 100, {}, 415, "UNSUPPORTED_MEDIA", "This file is not accepted"),
        (b"", {}, 422, "VALIDATION_ERROR", "The file is empty."),
        (
            b"GIF89a",
            {"description": "x" * 2001},
            422,
            "VALIDATION_ERROR",
            "Description: Must be at most 2000 characters.",
        ),
    ],
)
def test_refused_uploads_say_why_and_store_nothing(
    client, ada, data, fields, status, code, message
):
    before, keys = row_counts(), stored_keys()
    r = post_upload(client, data, "evil.mp4", **fields)
    assert r.status_code == status
    assert r.mimetype == "application/json"
    body = r.get_json()
    assert body["ok"] is False
    assert body["code"] == code
    assert message in body["message"]
    assert "Traceback" not in r.get_data(as_text=True)
    assert row_counts() == before
    assert stored_keys() == keys


def test_upload_without_a_file_is_422(client, ada):
    r = client.post(UPLOAD, data={"description": "no file"}, content_type="multipart/form-data")
    assert r.status_code == 422
    assert r.get_json() == {
        "ok": False,
        "code": "VALIDATION_ERROR",
        "message": "Choose a file to upload.",
        "details": {"file": ["missing"]},
    }


def _noise_png(path: Path, side: int) -> Path:
    """Random pixels do not compress: about 3*side**2 bytes."""
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(path)
    return path


def test_upload_over_the_size_limit_is_413_and_leaves_nothing(app_factory, make_user, tmp_path):
    app = app_factory(MAX_UPLOAD_MB=1)
    with app.app_context():
        client = app.test_client()
        make_user("ada")
        sign_in(client, "ada")
        big = tmp_path / "big.bin"
        big.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(1024 * 1024 + 10))
        before = row_counts()
        r = post_upload(client, big)
        assert r.status_code == 413
        body = r.get_json()
        assert body["ok"] is False
        assert body["code"] == "FILE_TOO_LARGE"
        assert body["message"] == "The request body is larger than the 1 MB limit."
        assert row_counts() == before
        assert stored_keys() == []
        tmp = Path(app.config["INSTANCE_PATH"]) / "tmp"
        assert not tmp.exists() or not any(tmp.iterdir())
        # The page tells upload.js the limit, so it can refuse before sending.
        assert 'data-max-bytes="1048576"' in client.get("/library").get_data(as_text=True)


def test_upload_over_the_quota_is_413_with_the_reason(app_factory, make_user, tmp_path):
    app = app_factory(UPLOAD_QUOTA_MB=1)
    with app.app_context():
        client = app.test_client()
        make_user("ada")
        sign_in(client, "ada")
        big = _noise_png(tmp_path / "big.png", 700)
        before = row_counts()
        r = post_upload(client, big)
        assert r.status_code == 413
        assert r.get_json()["code"] == "QUOTA_EXCEEDED"
        assert "quota" in r.get_json()["message"]
        assert row_counts() == before


def test_upload_needs_the_csrf_token_from_the_page(app_factory, make_user, media):
    app = app_factory(CSRF_ENABLED=True)
    with app.app_context():
        client = app.test_client()
        make_user("ada")
        html = client.get("/login").get_data(as_text=True)
        token = re.search(r'name="csrf-token" content="([^"]+)"', html).group(1)
        client.post(
            "/login",
            data={"identifier": "ada", "password": "correct horse battery", "csrf_token": token},
        )
        page = client.get("/library").get_data(as_text=True)
        token = re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)
        before = row_counts()
        assert post_upload(client, media("a.png")).status_code == 400
        assert row_counts() == before
        r = post_upload(client, media("a.png"), headers={"X-CSRFToken": token})
        assert r.status_code == 201, r.get_data(as_text=True)
        assert r.get_json()["ok"] is True


# --- the grid --------------------------------------------------------------


@pytest.fixture
def library(client, ada, media):
    """One file of each type; returns {name: id}."""
    ids = {}
    sizes = {"photo.png": {"size": (800, 600)}}
    for name in ("photo.png", "clip.mp4", "tone.mp3", "paper.pdf"):
        ids[name] = uploaded(
            client, media(name, **sizes.get(name, {})), description=f"about {name}"
        )
    return ids


def test_grid_filters_by_type_and_status(client, library):
    html = client.get("/library").get_data(as_text=True)
    assert card_names(html) == ["paper.pdf", "tone.mp3", "clip.mp4", "photo.png"]
    for kind, name in [
        ("image", "photo.png"),
        ("video", "clip.mp4"),
        ("audio", "tone.mp3"),
        ("document", "paper.pdf"),
    ]:
        page = client.get(f"/library?type={kind}").get_data(as_text=True)
        assert card_names(page) == [name]
        assert f'<option value="{kind}" selected>' in page
    set_status(library["clip.mp4"], "failed", "ffprobe could not read it")
    assert card_names(client.get("/library?status=failed").get_data(as_text=True)) == ["clip.mp4"]
    assert len(card_names(client.get("/library?status=ready").get_data(as_text=True))) == 3
    # Unknown values are ignored rather than failing the page.
    r = client.get("/library?type=spreadsheet&status=odd&sort=weird&page=x")
    assert r.status_code == 200
    assert len(card_names(r.get_data(as_text=True))) == 4


def test_grid_search_and_sort(client, library):
    assert card_names(client.get("/library?q=TONE").get_data(as_text=True)) == ["tone.mp3"]
    # Descriptions are searched too; LIKE wildcards are literal.
    assert card_names(client.get("/library?q=about+clip").get_data(as_text=True)) == ["clip.mp4"]
    assert card_names(client.get("/library?q=%25").get_data(as_text=True)) == []
    html = client.get("/library?q=nothing-like-this").get_data(as_text=True)
    assert "No files match these filters." in html
    by_name = client.get("/library?sort=name").get_data(as_text=True)
    assert card_names(by_name) == ["clip.mp4", "paper.pdf", "photo.png", "tone.mp3"]


def test_grid_filters_by_collection(client, ada, library):
    from t2m.services.library import collections

    trip = collections.create(ada, name="Trip").collection
    collections.add_files(ada, trip.id, [library["photo.png"], library["clip.mp4"]])
    html = client.get("/library").get_data(as_text=True)
    assert f'<option value="{trip.id}">Trip (2)</option>' in html
    page = client.get(f"/library?collection={trip.id}").get_data(as_text=True)
    assert card_names(page) == ["clip.mp4", "photo.png"]
    assert f'<option value="{trip.id}" selected>' in page
    fragment = client.get(f"/library?collection={trip.id}&type=image", headers=HTMX)
    assert card_names(fragment.get_data(as_text=True)) == ["photo.png"]
    # Out-of-range ids are no filter at all.
    assert len(card_names(client.get(f"/library?collection={2**64}").get_data(True))) == 4


def test_no_collection_filter_without_collections(client, library):
    assert 'name="collection"' not in client.get("/library").get_data(as_text=True)


def test_grid_pages(client, ada, media):
    png = media("p.png").read_bytes()
    for n in range(26):
        uploaded(client, png, f"img-{n:02d}.png")
    first = client.get("/library").get_data(as_text=True)
    assert len(card_names(first)) == 24
    assert "page 1 of 2" in first
    assert 'href="/library?page=2"' in first
    assert 'hx-push-url="true"' in first
    second = client.get("/library?page=2", headers=HTMX).get_data(as_text=True)
    assert card_names(second) == ["img-01.png", "img-00.png"]
    assert 'href="/library?page=1"' not in second  # page 1 is the plain URL
    assert re.search(r'href="/library" hx-get="/library"[^>]*rel="prev"', second)
    # Filters survive paging.
    filtered = client.get("/library?type=image&q=img&sort=name").get_data(as_text=True)
    assert 'href="/library?type=image&amp;q=img&amp;sort=name&amp;page=2"' in filtered
    assert "There is nothing on this page." in client.get("/library?page=9").get_data(True)


def test_htmx_gets_the_grid_fragment_and_browsers_the_page(client, library):
    full = client.get("/library")
    fragment = client.get("/library?type=image", headers=HTMX)
    assert "HX-Request" in full.headers["Vary"]
    assert "HX-Request" in fragment.headers["Vary"]
    html = fragment.get_data(as_text=True)
    assert html.lstrip().startswith('<section id="library-grid"')
    assert "<html" not in html
    assert "upload-card" not in html
    assert card_names(html) == ["photo.png"]
    assert "<html" in full.get_data(as_text=True)
    # A history restore (cache miss after Back) needs the whole page again.
    restore = client.get("/library", headers={**HTMX, "HX-History-Restore-Request": "true"})
    assert "<html" in restore.get_data(as_text=True)


def test_pending_cards_poll_until_ready_then_stop_with_286(client, library):
    file_id = library["photo.png"]
    set_status(file_id, "processing")
    html = client.get("/library").get_data(as_text=True)
    card = re.search(rf'<article[^>]*id="file-{file_id}"[^>]*>', html).group(0)
    assert f'hx-get="/library/{file_id}/status"' in card
    assert f'hx-trigger="every 2s, sse:media-{file_id}"' in card
    assert "Processing…" in html

    r = client.get(f"/library/{file_id}/status", headers=HTMX)
    assert r.status_code == 200
    assert f'hx-trigger="every 2s, sse:media-{file_id}"' in r.get_data(as_text=True)

    set_status(file_id, "ready")
    r = client.get(f"/library/{file_id}/status", headers=HTMX)
    assert r.status_code == 286
    html = r.get_data(as_text=True)
    assert html.lstrip().startswith("<article")
    assert "hx-trigger" not in html
    assert f'src="/library/{file_id}/thumbnail?size=small' in html
    # Failed is final too.
    set_status(file_id, "failed", "bad bytes")
    r = client.get(f"/library/{file_id}/status", headers=HTMX)
    assert r.status_code == 286
    assert 'title="bad bytes"' in r.get_data(as_text=True)
    # Without HTMX the status URL leads to the file's page.
    r = client.get(f"/library/{file_id}/status")
    assert r.status_code == 303
    assert r.headers["Location"] == f"/library/{file_id}"


def test_file_page_status_polls_and_reloads_when_done(client, library):
    file_id = library["clip.mp4"]
    set_status(file_id, "processing")
    page = client.get(f"/library/{file_id}").get_data(as_text=True)
    assert re.search(r'<div id="file-status"[^>]*hx-trigger="every 2s"', page)
    headers = {**HTMX, "HX-Target": "file-status"}
    r = client.get(f"/library/{file_id}/status", headers=headers)
    assert r.status_code == 200
    assert "HX-Refresh" not in r.headers
    assert r.get_data(as_text=True).lstrip().startswith('<div id="file-status"')
    set_status(file_id, "ready")
    r = client.get(f"/library/{file_id}/status", headers=headers)
    assert r.status_code == 286
    assert r.headers["HX-Refresh"] == "true"


# --- a file's page ---------------------------------------------------------


def test_image_page(client, library):
    file_id = library["photo.png"]
    r = client.get(f"/library/{file_id}")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "<title>photo.png · T2M</title>" in html
    assert f'<img src="/library/{file_id}/stream" alt="photo.png"' in html
    meta = metadata(html)
    assert meta["Type"] == "Image (image/png)"
    assert meta["Dimensions"] == "800 \N{MULTIPLICATION SIGN} 600"
    assert meta["Format"] == "PNG"
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", meta["Checksum"])
    assert re.search(r'data-testid="file-description">about photo.png</p>', html)
    assert f'href="/library/{file_id}/download"' in html
    assert 'hx-confirm="Delete “photo.png”? This cannot be undone."' in html


def test_video_page_streams_with_ranges(client, library):
    file_id = library["clip.mp4"]
    html = client.get(f"/library/{file_id}").get_data(as_text=True)
    video = re.search(r"<video[^>]*>", html).group(0)
    assert "controls" in video
    assert f'src="/library/{file_id}/stream"' in video
    assert f'poster="/library/{file_id}/thumbnail?size=large' in video
    meta = metadata(html)
    assert meta["Dimensions"] == "160 \N{MULTIPLICATION SIGN} 120"
    assert meta["Duration"].startswith("0:02")
    assert meta["Video"].startswith("h264 · 25 fps")
    assert meta["Audio"].startswith("aac · 48000 Hz")

    full = client.get(f"/library/{file_id}/stream")
    assert full.status_code == 200
    assert full.mimetype == "video/mp4"
    assert full.headers["Accept-Ranges"] == "bytes"
    part = client.get(f"/library/{file_id}/stream", headers={"Range": "bytes=0-99"})
    assert part.status_code == 206
    assert part.data == full.data[:100]
    assert part.headers["Content-Range"] == f"bytes 0-99/{len(full.data)}"
    assert part.headers["Content-Disposition"].startswith("inline")

    poster = client.get(f"/library/{file_id}/thumbnail?size=large")
    assert poster.status_code == 200
    with Image.open(io.BytesIO(poster.data)) as im:
        assert im.size == (160, 120)  # never larger than the source


def test_audio_page(client, library):
    file_id = library["tone.mp3"]
    html = client.get(f"/library/{file_id}").get_data(as_text=True)
    assert re.search(rf'<audio controls[^>]*src="/library/{file_id}/stream"', html)
    meta = metadata(html)
    assert meta["Audio"].startswith("mp3")
    assert meta["Duration"].startswith("0:01")
    assert client.get(f"/library/{file_id}/stream").mimetype.startswith("audio/")


def test_document_page_offers_a_download(client, library):
    file_id = library["paper.pdf"]
    html = client.get(f"/library/{file_id}").get_data(as_text=True)
    assert 'data-testid="document-download"' in html
    assert "download?inline=" not in html  # PDFs are never opened in T2M's origin
    assert "<video" not in html
    assert "<audio" not in html
    assert metadata(html)["Pages"] == "1"
    r = client.get(f"/library/{file_id}/download")
    assert r.status_code == 200
    assert r.data == minimal_pdf()
    assert r.headers["Content-Disposition"].startswith("attachment")
    assert "paper.pdf" in r.headers["Content-Disposition"]
    inline = client.get(f"/library/{file_id}/download?inline=1")
    assert inline.headers["Content-Disposition"].startswith("attachment")
    assert inline.headers["Content-Security-Policy"] == "sandbox"


def test_failed_file_shows_its_error(client, library):
    file_id = library["clip.mp4"]
    set_status(file_id, "failed", "Processing failed: moov atom not found")
    html = client.get(f"/library/{file_id}").get_data(as_text=True)
    assert '<span class="status-badge status-failed">failed</span>' in html
    assert "moov atom not found" in html
    assert "hx-trigger" not in re.search(r'<div id="file-status".*?>', html, re.S).group(0)


def test_thumbnails_in_every_size_and_only_those(client, library):
    file_id = library["photo.png"]
    for size, width in (("small", 160), ("medium", 320), ("large", 640)):
        r = client.get(f"/library/{file_id}/thumbnail?size={size}")
        assert r.status_code == 200
        with Image.open(io.BytesIO(r.data)) as im:
            assert im.width == width
    assert client.get(f"/library/{file_id}/thumbnail?size=huge").status_code == 422
    # Audio and documents get drawn placeholders.
    r = client.get(f"/library/{library['tone.mp3']}/thumbnail")
    assert r.status_code == 200
    assert r.mimetype == "image/png"


def test_other_users_files_are_the_friendly_404(client, library, make_user, app):
    other = app.test_client()
    make_user("bob")
    sign_in(other, "bob")
    file_id = library["photo.png"]
    for path in (
        f"/library/{file_id}",
        f"/library/{file_id}/thumbnail",
        f"/library/{file_id}/stream",
        f"/library/{file_id}/download",
        "/library/999999",
    ):
        r = other.get(path)
        assert r.status_code == 404, path
        html = r.get_data(as_text=True)
        assert "We could not find that page." in html, path
        assert "photo.png" not in html
    r = other.get(f"/library/{file_id}/status", headers=HTMX)
    assert r.status_code == 404
    before = row_counts()
    assert other.post(f"/library/{file_id}/delete").status_code == 404
    assert row_counts() == before
    assert card_names(other.get("/library").get_data(as_text=True)) == []


# --- deletion --------------------------------------------------------------


def test_delete_removes_the_file_and_its_bytes(client, ada, library):
    file_id = library["photo.png"]
    keys_before = stored_keys()
    r = client.post(f"/library/{file_id}/delete")
    assert r.status_code == 303
    assert r.headers["Location"] == "/library"
    page = client.get("/library").get_data(as_text=True)
    assert ("success", "The file was deleted.") in flashes(page)
    assert "photo.png" not in card_names(page)
    db.session.expire_all()
    assert db.session.get(File, file_id) is None
    gone = set(keys_before) - set(stored_keys())
    assert any(k.startswith("blobs/") for k in gone)
    assert any(k.startswith(f"derived/{ada.id}/{file_id}/") for k in gone)  # thumbnails
    assert not any(k.startswith(f"derived/{ada.id}/{file_id}/") for k in stored_keys())
    assert client.get(f"/library/{file_id}").status_code == 404


def test_delete_from_htmx_redirects_the_htmx_way(client, library):
    file_id = library["paper.pdf"]
    r = client.post(f"/library/{file_id}/delete", headers=HTMX)
    assert r.status_code == 204
    assert r.headers["HX-Redirect"] == "/library"
    assert "paper.pdf" not in card_names(client.get("/library").get_data(as_text=True))


def details(client, file_id, **fields):
    return client.post(f"/library/{file_id}/details", data=fields, headers={"HX-Request": "true"})


def test_edit_title_description_and_tags(client, library):
    file_id = library["photo.png"]
    r = details(
        client, file_id, title="Harbour at dawn", description="Boats.", tags="sea, boats, Sea"
    )
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert '<h1 class="file-title" id="file-title"' in html
    assert 'hx-swap-oob="true"' in html
    assert ">Harbour at dawn</h1>" in html
    assert 'data-testid="details-saved">Saved.</p>' in html
    assert re.findall(r'<a class="tag" href="/library\?q=[^"]+">([^<]+)</a>', html) == [
        "sea",
        "boats",
    ]
    page = client.get(f"/library/{file_id}").get_data(as_text=True)
    assert "<title>Harbour at dawn · T2M</title>" in page
    assert 'data-testid="file-original-name">photo.png</span>' in page
    # The library shows the title, and its search finds the file by tag.
    grid = client.get("/library?q=boats").get_data(as_text=True)
    assert re.findall(r'class="file-name"[^>]*>([^<]+)</a>', grid) == ["Harbour at dawn"]
    # An empty title shows the file name again.
    details(client, file_id, title="", description="Boats.", tags="sea")
    page = client.get(f"/library/{file_id}").get_data(as_text=True)
    assert "<title>photo.png · T2M</title>" in page


def test_bad_details_are_shown_by_their_fields_and_change_nothing(client, library):
    file_id = library["photo.png"]
    before = row_counts()
    for fields, message in [
        ({"title": "t" * 201}, "at most 200 characters"),
        ({"tags": "a, " + "x" * 41}, "A tag must be at most 40 characters."),
        ({"tags": ", ".join(f"t{i}" for i in range(21))}, "At most 20 tags."),
        ({"title": "two\r\nlines"}, "Must not contain control characters."),
    ]:
        r = details(client, file_id, **fields)
        assert r.status_code == 200, fields  # htmx swaps the form with its errors
        html = r.get_data(as_text=True)
        assert message in html, (fields, html)
        assert 'aria-invalid="true"' in html
        assert '<details class="edit-details" open>' in html
    plain = client.post(f"/library/{file_id}/details", data={"title": "t" * 201})
    assert plain.status_code == 422
    assert row_counts() == before
    assert db.session.get(File, file_id).title is None


def test_details_of_another_users_file_are_404(client, library, make_user, app):
    file_id = library["photo.png"]
    make_user("bob")
    other = app.test_client()
    assert sign_in(other, "bob").status_code in (302, 303)
    r = other.post(f"/library/{file_id}/details", data={"title": "mine"})
    assert r.status_code == 404
    assert "photo.png" not in r.get_data(as_text=True)
    assert db.session.get(File, file_id).title is None


def bulk(client, action, ids, **fields):
    data = MultiDict([("action", action), *[("file_ids", str(i)) for i in ids], *fields.items()])
    return client.post("/library/bulk", data=data, headers={"HX-Request": "true"})


def test_bulk_visibility_collection_and_delete(client, library):
    photo, clip, song = library["photo.png"], library["clip.mp4"], library["tone.mp3"]
    r = bulk(client, "visibility", [photo, clip], visibility="unlisted")
    assert r.status_code == 200
    assert 'data-testid="bulk-result">2 files made unlisted.</p>' in r.get_data(as_text=True)
    assert [db.session.get(File, i).visibility for i in (photo, clip, song)] == [
        "unlisted",
        "unlisted",
        "private",
    ]
    client.post("/collections", data={"name": "Trip"})
    collection = db.session.scalar(db.select(Collection).where(Collection.name == "Trip"))
    r = bulk(client, "collect", [photo, song], collection_id=str(collection.id))
    assert "2 files added to “Trip”." in r.get_data(as_text=True)
    items = db.session.scalars(
        db.select(CollectionItem.file_id).where(CollectionItem.collection_id == collection.id)
    )
    assert sorted(items) == sorted([photo, song])
    # The grid comes back filtered as it was (the filters are posted along).
    r = client.post(
        "/library/bulk",
        data=MultiDict([("action", "delete"), ("file_ids", str(photo)), ("type", "image")]),
        headers={"HX-Request": "true"},
    )
    html = r.get_data(as_text=True)
    assert "1 file deleted." in html
    assert db.session.get(File, photo) is None
    assert 'class="grid-summary muted">\n    0 files found' in html


def test_bulk_refusals_change_nothing(client, library, make_user, app):
    photo, clip = library["photo.png"], library["clip.mp4"]
    make_user("bob")
    other = app.test_client()
    sign_in(other, "bob")
    before = row_counts()
    cases = [
        (bulk(client, "delete", []), "Select at least one file."),
        (bulk(client, "delete", [photo, 2**63]), "Must be an id"),
        (bulk(client, "delete", [photo, 2**31 - 1]), "not found: 2147483647"),
        (bulk(client, "delete", [photo, "../../etc"]), "Must be an id"),
        (bulk(client, "delete", list(range(1, 102))), "At most 100 files at a time."),
        (bulk(client, "visibility", [photo], visibility="everyone"), "Must be one of"),
        (bulk(client, "collect", [photo]), "Choose a collection."),
        (bulk(client, "collect", [photo], collection_id="999999"), "not found"),
        (bulk(client, "explode", [photo]), "Choose what to do"),
        (bulk(other, "delete", [photo, clip]), "not found"),
        (bulk(other, "visibility", [photo], visibility="public"), "not found"),
    ]
    for response, words in cases:
        html = response.get_data(as_text=True)
        assert response.status_code == 200, html  # htmx swaps the grid with the error
        assert 'data-testid="bulk-error"' in html, words
        assert words in unescape(html), (words, html[:300])
    plain = client.post("/library/bulk", data={"action": "delete"})
    assert plain.status_code == 422
    assert row_counts() == before
    assert db.session.get(File, photo).visibility == "private"


def test_home_shows_the_latest_uploads_and_lands_after_sign_in(client, library, app):
    html = client.get("/").get_data(as_text=True)
    assert card_names(html) == ["paper.pdf", "tone.mp3", "clip.mp4", "photo.png"]
    assert 'href="/library">Open your library (4 files)</a>' in html
    assert 'name="file_ids"' not in html  # no bulk checkboxes outside the library
    other = app.test_client()
    r = sign_in(other, "ada")
    assert r.headers["Location"] == "/"
