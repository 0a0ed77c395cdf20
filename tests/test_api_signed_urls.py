"""Signed links on local disk and on S3: they work with no credentials, honour
Range, and refuse every changed, extended, expired or orphaned link with 403."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from PIL import Image

from t2m.db import MAX_ID
from t2m.errors import PermissionDenied
from t2m.extensions import db
from t2m.models import File
from t2m.services.delivery import signing

from .conftest import PASSWORD, assert_error, row_counts, storage_backend_app
from .media_fixtures import make_image, minimal_pdf
from .test_api_files import upload


@pytest.fixture(params=["local", "s3"])
def app(request, app_factory):
    """This module's app, once on local disk and once on S3."""
    yield from storage_backend_app(request, app_factory)


@pytest.fixture
def owner(make_user):
    return make_user("ada")


@pytest.fixture
def ada(owner, api):
    return api.headers(owner)


@pytest.fixture
def png(tmp_path) -> bytes:
    return make_image(tmp_path / "p.png", size=(320, 240)).read_bytes()


@pytest.fixture
def file_id(client, ada, png) -> int:
    r = upload(client, ada, png, filename="Résumé 📼.png")
    assert r.status_code == 201, r.get_json()
    return r.get_json()["data"]["id"]


def sign(client, headers, file_id, **body):
    return client.post(f"/api/v1/files/{file_id}/signed-url", headers=headers, json=body)


def signed(client, headers, file_id, **body) -> str:
    r = sign(client, headers, file_id, **body)
    assert r.status_code == 200, r.get_json()
    return r.get_json()["data"]["url"]


def with_params(url: str, params: list[tuple[str, str]], path: str | None = None) -> str:
    parts = urlsplit(url)
    return (path or parts.path) + "?" + urlencode(params)


def params_of(url: str) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(url).query, keep_blank_values=True)


def downloads(file_id: int) -> int:
    db.session.expire_all()
    return db.session.get(File, file_id).download_count


# ---- the link works ------------------------------------------------------------


def test_signed_link_downloads_with_no_credentials_and_honours_range(
    app, client, ada, file_id, png
):
    before = datetime.now(UTC)
    r = sign(client, ada, file_id)
    assert r.status_code == 200, r.get_json()
    data = r.get_json()["data"]
    url = data["url"]
    assert url.startswith(f"/api/v1/files/secure/{file_id}?")
    names = [k for k, _ in params_of(url)]
    assert sorted(names) == ["expires", "signature", "user_id"]
    expires_at = datetime.fromisoformat(data["expires_at"])
    assert timedelta(minutes=59) < expires_at - before <= timedelta(hours=1, seconds=2)
    assert data["expires_in"] == 3600

    anonymous = app.test_client()  # no Authorization, no API key, no cookie
    full = anonymous.get(url)
    assert full.status_code == 200, full.get_data(as_text=True)[:300]
    assert full.data == png
    assert full.headers["Content-Disposition"].startswith("attachment;")
    assert "R%C3%A9sum%C3%A9" in full.headers["Content-Disposition"]
    assert full.headers["Referrer-Policy"] == "no-referrer"
    assert full.headers["X-Content-Type-Options"] == "nosniff"

    part = anonymous.get(url, headers={"Range": "bytes=8-23"})
    assert part.status_code == 206
    assert part.data == png[8:24]
    assert part.headers["Content-Range"] == f"bytes 8-23/{len(png)}"

    tail = anonymous.get(url, headers={"Range": "bytes=-10"})
    assert tail.status_code == 206
    assert tail.data == png[-10:]

    bad = anonymous.get(url, headers={"Range": f"bytes={len(png) + 5}-"})
    assert_error(bad, 416, "RANGE_NOT_SATISFIABLE")

    cached = anonymous.get(url, headers={"If-None-Match": full.headers["ETag"]})
    assert cached.status_code == 304

    # Counted like the owner's own downloads: once, for the request from byte 0.
    assert downloads(file_id) == 1


def test_inline_thumbnail_and_stream_links(app, client, ada, file_id, png):
    anonymous = app.test_client()
    inline = anonymous.get(signed(client, ada, file_id, inline=True))
    assert inline.status_code == 200
    assert inline.headers["Content-Disposition"].startswith("inline;")

    attachment = anonymous.get(signed(client, ada, file_id, inline=False))
    assert attachment.headers["Content-Disposition"].startswith("attachment;")

    thumb = anonymous.get(signed(client, ada, file_id, size="small"))
    assert thumb.status_code == 200
    with Image.open(io.BytesIO(thumb.data)) as im:
        assert im.width == 160

    url = signed(client, ada, file_id, quality="original", expires_in=7 * 24 * 3600)
    stream = anonymous.get(url, headers={"Range": "bytes=0-3"})
    assert stream.status_code == 206
    assert stream.data == png[:4]
    assert stream.headers["Content-Disposition"].startswith("inline;")

    typed = anonymous.get(signed(client, ada, file_id, file_type="image"))
    assert typed.status_code == 200
    assert typed.data == png


def test_a_read_only_api_key_can_sign(client, ada, file_id):
    key = client.post(
        "/api/v1/auth/api-keys", headers=ada, json={"name": "ro", "scopes": ["files:read"]}
    ).get_json()["data"]["key"]
    assert sign(client, {"X-API-Key": key}, file_id).status_code == 200
    jobs_only = client.post(
        "/api/v1/auth/api-keys", headers=ada, json={"name": "jobs", "scopes": ["jobs:read"]}
    ).get_json()["data"]["key"]
    assert_error(sign(client, {"X-API-Key": jobs_only}, file_id), 403, "PERMISSION_DENIED")


# ---- the link is refused -----------------------------------------------------------


def _tampered(url: str, other_file: int, other_user: int) -> list[tuple[str, str]]:
    """(what was done, the changed URL) for every way of changing a link."""
    params = params_of(url)
    values = dict(params)
    out = []
    for name, value in params:
        rest = [(k, v) for k, v in params if k != name]
        out.append((f"drop {name}", with_params(url, rest)))
        if name == "user_id":
            changed = str(other_user)
        elif name == "expires":
            changed = str(int(value) + 3600)
        elif name == "signature":
            changed = value[:-1] + ("0" if value[-1] != "0" else "1")
        else:
            changed = "false" if value == "true" else "true"
        out.append((f"change {name}", with_params(url, [*rest, (name, changed)])))
    sig = values["signature"]
    out += [
        ("upper-case signature", with_params(url, [*params[:-1], ("signature", sig.upper())])),
        ("empty signature", with_params(url, [*params[:-1], ("signature", "")])),
        ("unicode signature", with_params(url, [*params[:-1], ("signature", "é" * 64)])),
        ("add a parameter", with_params(url, [*params, ("size", "large")])),
        ("add an unknown parameter", with_params(url, [*params, ("x", "1")])),
        ("repeat a parameter", with_params(url, [*params, ("user_id", values["user_id"])])),
        ("another file", with_params(url, params, f"/api/v1/files/secure/{other_file}")),
        (
            "non-numeric expires",
            with_params(url, [(k, "soon" if k == "expires" else v) for k, v in params]),
        ),
        ("no query", urlsplit(url).path),
    ]
    return out


def test_every_change_to_a_link_is_refused(app, client, ada, file_id, png, make_user):
    other_file = upload(client, ada, png, filename="two.png").get_json()["data"]["id"]
    mallory = make_user("mallory")
    url = signed(client, ada, file_id, inline=True)
    anonymous = app.test_client()
    before = row_counts()
    for what, bad in _tampered(url, other_file, mallory.id):
        r = anonymous.get(bad)
        assert r.status_code == 403, (what, bad, r.status_code)
        assert_error(r, 403, "PERMISSION_DENIED")
        assert "Content-Disposition" not in r.headers
    assert row_counts() == before
    assert downloads(file_id) == 0
    assert downloads(other_file) == 0
    assert anonymous.get(url).status_code == 200  # the untouched link still works


def test_expired_links_are_refused(app, client, owner, file_id):
    anonymous = app.test_client()
    past = datetime.now(UTC) - timedelta(hours=2)
    link = signing.create(owner, file_id, expires_in=3600, now=past)
    r = anonymous.get(f"/api/v1/files/secure/{file_id}?{link.query_string}")
    assert "expired" in assert_error(r, 403, "PERMISSION_DENIED")["message"]
    # Valid to the second before its end, refused from then on.
    link = signing.create(owner, file_id, expires_in=60)
    params = link.params
    assert signing._verified(file_id, list(params.items()), datetime.now(UTC))
    end = datetime.fromtimestamp(int(params["expires"]), UTC)
    with pytest.raises(PermissionDenied):
        signing._verified(file_id, list(params.items()), end)
    assert downloads(file_id) == 0


def test_links_die_with_the_file_or_the_account(app, client, ada, owner, file_id, png):
    anonymous = app.test_client()
    url = signed(client, ada, file_id)
    assert client.delete(f"/api/v1/files/{file_id}", headers=ada).status_code == 200
    assert_error(anonymous.get(url), 403, "PERMISSION_DENIED")

    second = upload(client, ada, png).get_json()["data"]["id"]
    url = signed(client, ada, second)
    assert anonymous.get(url).status_code == 200
    owner.is_active_account = False
    db.session.commit()
    assert_error(anonymous.get(url), 403, "PERMISSION_DENIED")


def test_a_link_signed_under_another_secret_is_refused(app_factory, app, client, ada, file_id):
    url = signed(client, ada, file_id)
    other = app_factory(SECRET_KEY="a different secret key for this test")
    assert_error(other.test_client().get(url), 403, "PERMISSION_DENIED")


# ---- making links: bad input ------------------------------------------------------


BAD_LINK_REQUESTS = [
    ({"expires_in": 0}, "expires_in"),
    ({"expires_in": -5}, "expires_in"),
    ({"expires_in": 7 * 24 * 3600 + 1}, "expires_in"),
    ({"expires_in": 2**70}, "expires_in"),
    ({"expires_in": "3600"}, "expires_in"),
    ({"expires_in": 3600.5}, "expires_in"),
    ({"expires_in": True}, "expires_in"),
    ({"inline": "yes"}, "inline"),
    ({"size": "huge"}, "size"),
    ({"quality": "évil"}, "quality"),
    ({"file_type": "exe"}, "file_type"),
    ({"size": "small", "quality": "original"}, "quality"),
    ({"inline": True, "size": "small"}, "inline"),
    ({"file_type": "video"}, "file_type"),
    ({"user_id": 1}, "user_id"),
]


def test_bad_link_requests_are_422_and_change_nothing(client, ada, file_id):
    before = row_counts()
    for body, field in BAD_LINK_REQUESTS:
        error = assert_error(sign(client, ada, file_id, **body), 422, "VALIDATION_ERROR")
        assert any(key.startswith(field) for key in error["details"]), (body, error)
    assert row_counts() == before


def test_malformed_and_unauthenticated_link_requests(client, ada, file_id):
    url = f"/api/v1/files/{file_id}/signed-url"
    assert_error(
        client.post(url, headers=ada, data="{", content_type="application/json"),
        400,
        "VALIDATION_ERROR",
    )
    assert_error(client.post(url, headers=ada, data="x=1"), 400, "VALIDATION_ERROR")
    assert_error(client.post(url, headers=ada, json=[1]), 422, "VALIDATION_ERROR")
    assert_error(client.post(url, json={}), 401, "AUTH_REQUIRED")
    assert sign(client, ada, file_id, expires_in=1).status_code == 200
    assert sign(client, ada, file_id, expires_in=7 * 24 * 3600).status_code == 200


def test_only_the_owner_may_sign(client, ada, file_id, make_user, api):
    mallory = api.headers(make_user("mallory"))
    admin = api.headers(make_user("root", role="ADMIN"))
    before = row_counts()
    assert_error(sign(client, mallory, file_id), 404, "RESOURCE_NOT_FOUND")
    # Admins can see the file, but a link acts as its owner: only the owner makes one.
    assert client.get(f"/api/v1/files/{file_id}", headers=admin).status_code == 200
    assert_error(sign(client, admin, file_id), 404, "RESOURCE_NOT_FOUND")
    assert_error(sign(client, ada, MAX_ID), 404, "RESOURCE_NOT_FOUND")
    assert client.post("/api/v1/files/0/signed-url", headers=ada, json={}).status_code == 404
    assert row_counts() == before


def test_documents_sign_too(app, client, ada):
    pdf = minimal_pdf()
    file_id = upload(client, ada, pdf, filename="doc.pdf").get_json()["data"]["id"]
    r = app.test_client().get(signed(client, ada, file_id, file_type="document"))
    assert r.status_code == 200
    assert r.data == pdf


def test_a_password_change_kills_every_link(client, ada, file_id, png):
    url = signed(client, ada, file_id)
    assert client.get(url).data == png
    r = client.patch(
        "/api/v1/users/me",
        headers=ada,
        json={"current_password": PASSWORD, "new_password": "a brand new password"},
    )
    assert r.status_code == 200
    assert_error(client.get(url), 403, "PERMISSION_DENIED")


@pytest.mark.parametrize("user_id", ["0", "-1", str(2**31), str(2**63), "1e3", ""])
def test_out_of_range_owner_ids_are_refused(client, ada, file_id, user_id):
    url = signed(client, ada, file_id)
    params = [(k, user_id if k == "user_id" else v) for k, v in params_of(url)]
    assert_error(client.get(with_params(url, params)), 403, "PERMISSION_DENIED")
