"""Private, unlisted and public files and collections: the visibility through
the API and the file page, the share and embed pages a signed-out visitor
gets (signed media links, Open Graph tags, a frame policy for the embed), and
404 for everything private, guessed or malformed."""

from __future__ import annotations

import io
import re
from html import unescape

import pytest
from PIL import Image

from t2m.extensions import db
from t2m.models import Collection, File

from .conftest import assert_error, row_counts
from .test_web_account import sign_in

API = "/api/v1"


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (30, 160, 90)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def ada(make_user, api):
    return api.headers(make_user("ada"))


@pytest.fixture
def photo(client, ada):
    r = client.post(
        f"{API}/files/upload",
        headers=ada,
        data={"file": (io.BytesIO(png()), "meadow.png"), "description": "Spring, at noon."},
        content_type="multipart/form-data",
    )
    assert r.status_code == 201, r.get_data(True)
    return r.get_json()["data"]


def share(client, headers, file_id, visibility):
    return client.patch(f"{API}/files/{file_id}", headers=headers, json={"visibility": visibility})


def test_a_file_is_private_until_shared_and_404_again_once_private(app, client, ada, photo):
    assert photo["visibility"] == "private"
    assert photo["share_url"] is None
    assert photo["embed_url"] is None
    visitor = app.test_client()

    data = share(client, ada, photo["id"], "unlisted").get_json()["data"]
    assert data["visibility"] == "unlisted"
    page = data["share_url"]
    assert re.fullmatch(r"http://localhost/s/[A-Za-z0-9_-]{16}", page), page
    assert data["embed_url"] == page.replace("/s/", "/embed/")
    path = page.removeprefix("http://localhost")

    r = visitor.get(path)
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert r.headers["X-Robots-Tag"] == "noindex"  # unlisted: not for search engines
    assert "<title>meadow.png · T2M</title>" in html
    og = dict(re.findall(r'<meta property="(og:[a-z:]+)" content="([^"]*)">', html))
    assert og["og:title"] == "meadow.png"
    assert og["og:description"] == "Spring, at noon."
    assert og["og:url"] == page
    assert og["og:image"].startswith(f"http://localhost/api/v1/files/secure/{photo['id']}?")
    # The picture comes through a signed link, which a signed-out browser may fetch.
    img = unescape(re.search(r'<img src="([^"]+)" alt="meadow.png"', html).group(1))
    picture = visitor.get(img)
    assert picture.status_code == 200
    assert picture.data == png()
    assert visitor.get(unescape(og["og:image"]).removeprefix("http://localhost")).status_code == 200

    # Public: the same page, and search engines are welcome.
    share(client, ada, photo["id"], "public")
    r = visitor.get(path)
    assert r.status_code == 200
    assert "X-Robots-Tag" not in r.headers
    # Private again: the same link is a 404 like any unknown one, and nothing leaks.
    data = share(client, ada, photo["id"], "private").get_json()["data"]
    assert data["share_url"] is None
    for gone in (path, path.replace("/s/", "/embed/")):
        r = visitor.get(gone)
        assert r.status_code == 404
        assert "meadow" not in r.get_data(as_text=True)
    # Shared again: the old link works again (the share id is kept).
    assert share(client, ada, photo["id"], "unlisted").get_json()["data"]["share_url"] == page


def test_the_embed_may_be_framed_by_any_site_and_nothing_else_may(app, client, ada, photo):
    page = share(client, ada, photo["id"], "unlisted").get_json()["data"]["embed_url"]
    visitor = app.test_client()
    r = visitor.get(page.removeprefix("http://localhost"))
    assert r.status_code == 200
    assert "X-Frame-Options" not in r.headers
    policy = dict(d.strip().split(" ", 1) for d in r.headers["Content-Security-Policy"].split(";"))
    assert policy["frame-ancestors"] == "*"
    assert policy["script-src"] == "'self'"
    share_page = visitor.get(page.removeprefix("http://localhost").replace("/embed/", "/s/"))
    assert share_page.headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in share_page.headers["Content-Security-Policy"]


@pytest.mark.parametrize(
    "path",
    ["/s/nope", "/s/" + "a" * 16, "/s/" + "a" * 200, "/embed/..%2F..%2Fetc", "/c/" + "b" * 16],
)
def test_unknown_and_malformed_share_ids_are_404(app, path):
    r = app.test_client().get(path)
    assert r.status_code == 404


@pytest.mark.parametrize("bad", ["secret", "", None, 1, ["public"], "PUBLIC", "public\r\n"])
def test_bad_visibility_is_refused_and_changes_nothing(client, ada, photo, bad):
    before = row_counts()
    r = share(client, ada, photo["id"], bad)
    assert_error(r, 422, "VALIDATION_ERROR")
    assert row_counts() == before
    db.session.expire_all()
    file = db.session.get(File, photo["id"])
    assert (file.visibility, file.share_id) == ("private", None)


def test_another_user_cannot_share_my_file(client, ada, photo, make_user, api):
    bob = api.headers(make_user("bob"))
    r = share(client, bob, photo["id"], "public")
    assert_error(r, 404, "RESOURCE_NOT_FOUND")
    db.session.expire_all()
    assert db.session.get(File, photo["id"]).visibility == "private"


def test_a_shared_collection_shows_its_shared_files_only(app, client, ada, photo):
    r = client.post(f"{API}/collections", headers=ada, json={"name": "Spring"})
    collection = r.get_json()["data"]
    assert collection["visibility"] == "private"
    assert collection["share_url"] is None
    second = client.post(
        f"{API}/files/upload",
        headers=ada,
        data={"file": (io.BytesIO(png()[:-1] + b"\x00"), "diary.png")},
        content_type="multipart/form-data",
    )
    ids = [photo["id"], second.get_json()["data"]["id"]]
    r = client.post(
        f"{API}/collections/{collection['id']}/media", headers=ada, json={"file_ids": ids}
    )
    assert r.status_code == 200, r.get_data(True)
    data = client.patch(
        f"{API}/collections/{collection['id']}", headers=ada, json={"visibility": "unlisted"}
    ).get_json()["data"]
    assert data["visibility"] == "unlisted"
    path = data["share_url"].removeprefix("http://localhost")
    assert path.startswith("/c/")
    share(client, ada, photo["id"], "unlisted")
    html = app.test_client().get(path).get_data(as_text=True)
    assert ">Spring</h1>" in html
    names = re.findall(r'class="file-name" href="/s/[^"]+">([^<]+)</a>', html)
    assert names == ["meadow.png"]  # the private diary stays hidden
    assert "diary" not in html
    client.patch(
        f"{API}/collections/{collection['id']}", headers=ada, json={"visibility": "private"}
    )
    assert app.test_client().get(path).status_code == 404
    assert db.session.get(Collection, collection["id"]).share_id is not None


def test_the_file_page_shares_and_shows_the_links(client, make_user, photo):
    sign_in(client, "ada")
    fid = photo["id"]
    html = client.get(f"/library/{fid}").get_data(as_text=True)
    assert 'data-visibility="private"' in html
    r = client.post(
        f"/library/{fid}/sharing", data={"visibility": "unlisted"}, headers={"HX-Request": "true"}
    )
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert 'data-visibility="unlisted"' in html
    url = re.search(r'id="share-url" type="text" readonly value="([^"]+)"', html).group(1)
    assert re.fullmatch(r"http://localhost/s/[A-Za-z0-9_-]{16}", url)
    code = unescape(re.search(r'data-testid="embed-code">([^<]+)</textarea>', html).group(1))
    assert code.startswith(f'<iframe src="{url.replace("/s/", "/embed/")}"')
    r = client.post(
        f"/library/{fid}/sharing", data={"visibility": "everyone"}, headers={"HX-Request": "true"}
    )
    assert "Must be one of: private, unlisted, public." in r.get_data(as_text=True)
    assert db.session.get(File, fid).visibility == "unlisted"
