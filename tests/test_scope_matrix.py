"""Who may call what: every API route against every kind of credential.

For each route registered with :func:`t2m.api.spec.endpoint` that takes
credentials, the caller is a JWT, an API key holding one single scope (each
scope in turn), a key holding every scope, an expired key and a revoked key.
A caller holding the route's scopes gets past authorisation (any answer but
401/403, never a 5xx); every other one is 403 ``PERMISSION_DENIED`` naming the
missing scope (or 401 for the expired and revoked keys), and nothing in the
database changed.
"""

from __future__ import annotations

import io
import re
from datetime import timedelta

import pytest
from PIL import Image

from t2m.api.spec import OPERATIONS
from t2m.extensions import db
from t2m.models import ApiKey
from t2m.models.base import utcnow
from t2m.services.accounts import api_keys

from .conftest import assert_error, row_counts

API = "/api/v1"
USER_SCOPES = [s for s in api_keys.SCOPES if s != "admin"]
# Routes whose scope is checked inside the view (playback URLs also take a
# signed token instead of credentials; with credentials they need files:read).
IMPLIED = {"files/<id:file_id>/hls", "files/<id:file_id>/storyboard"}
# Routes for a JWT only: an API key is refused whatever it holds.
JWT_ONLY = {("POST", "/auth/logout")}


def _needed(op) -> tuple[str, ...]:
    if any(op.rule.lstrip("/").startswith(prefix) for prefix in IMPLIED):
        return ("files:read",)
    return op.scopes


def _routes() -> list:
    # The route modules register their operations when they are imported.
    import t2m.api.auth
    import t2m.api.collections
    import t2m.api.files
    import t2m.api.jobs
    import t2m.api.library
    import t2m.api.stories
    import t2m.api.system
    import t2m.api.users
    import t2m.api.videos  # noqa: F401

    found, seen = [], set()
    for op in OPERATIONS:
        if op.auth not in ("access", "optional") or (op.method, op.rule) in seen:
            continue
        seen.add((op.method, op.rule))
        found.append(pytest.param(op, id=f"{op.method} {op.rule}"))
    return found


@pytest.fixture
def world(app, client, make_user, api):
    """Ada with a picture, its process job, a collection, a spare key and her
    credentials."""
    ada = make_user("ada", verified=True)
    jwt = api.headers(ada)
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), "teal").save(buf, "PNG")
    r = client.post(
        f"{API}/files/upload",
        data={"file": (io.BytesIO(buf.getvalue()), "pic.png")},
        headers=jwt,
        content_type="multipart/form-data",
    )
    assert r.status_code == 201, r.get_json()
    file_id = r.get_json()["data"]["id"]
    r = client.post(f"{API}/collections", json={"name": "Trips"}, headers=jwt)
    assert r.status_code == 201, r.get_json()
    collection_id = r.get_json()["data"]["id"]
    job_id = client.get(f"{API}/jobs", headers=jwt).get_json()["data"]["items"][0]["id"]
    spare, _ = api_keys.create(ada, name="spare", scopes=["files:read"])
    ids = {
        "file_id": file_id,
        "collection_id": collection_id,
        "job_id": job_id,
        "key_id": spare.id,
    }

    def key(scopes, *, expired=False, revoked=False) -> dict:
        row, plaintext = api_keys.create(ada, name="k", scopes=scopes)
        if expired:
            row.expires_at = utcnow() - timedelta(seconds=1)
        if revoked:
            row.revoked_at = utcnow()
        db.session.commit()
        return {"X-API-Key": plaintext}

    return {"ada": ada, "jwt": jwt, "ids": ids, "key": key}


def _path(op, ids: dict) -> str:
    def fill(match):
        conv, name = match.group(1), match.group(2)
        if conv == "path":
            return "master.m3u8"
        return str(ids.get(name, 999_999))

    return API + re.sub(r"<(?:(\w+):)?(\w+)>", fill, op.rule)


def _call(client, op, ids, headers):
    kwargs = {"headers": headers}
    if op.body is not None and op.method != "GET":
        kwargs["json"] = {}
    return client.open(_path(op, ids), method=op.method, **kwargs)


def _snapshot() -> dict:
    counts = row_counts()
    counts["active_keys"] = db.session.scalar(
        db.select(db.func.count()).select_from(ApiKey).where(ApiKey.revoked_at.is_(None))
    )
    return counts


@pytest.mark.parametrize("op", _routes())
def test_route_against_every_credential(client, world, op):
    needed = _needed(op)
    ids = world["ids"]
    denied = [
        (f"key[{scope}]", world["key"]([scope]), [s for s in needed if s != scope][:1])
        for scope in USER_SCOPES
    ]
    denied = [(who, headers, missing) for who, headers, missing in denied if missing]
    for who, headers, missing in denied:
        before = _snapshot()
        err = assert_error(_call(client, op, ids, headers), 403, "PERMISSION_DENIED")
        assert f"'{missing[0]}'" in err["message"], (who, err)
        assert err["details"] == {"scope": [missing[0]]}, (who, err)
        assert _snapshot() == before, who

    for who, headers, code in (
        ("expired key", world["key"](USER_SCOPES, expired=True), "AUTH_EXPIRED"),
        ("revoked key", world["key"](USER_SCOPES, revoked=True), "AUTH_INVALID"),
    ):
        before = _snapshot()
        assert_error(_call(client, op, ids, headers), 401, code)
        assert _snapshot() == before, who

    if (op.method, op.rule) in JWT_ONLY:
        every = world["key"](USER_SCOPES)
        before = _snapshot()
        assert_error(_call(client, op, ids, every), 403, "PERMISSION_DENIED")
        assert _snapshot() == before
        r = _call(client, op, ids, world["jwt"])
        assert r.status_code == 200, r.get_json()
        return
    allowed = [("jwt", world["jwt"]), ("key[all]", world["key"](USER_SCOPES))]
    if len(needed) == 1:
        allowed.append((f"key[{needed[0]}]", world["key"](list(needed))))
    if not needed:
        allowed += [(f"key[{s}]", world["key"]([s])) for s in USER_SCOPES]
    for who, headers in allowed:
        r = _call(client, op, ids, headers)
        assert r.status_code not in (401, 403), (who, r.status_code, r.get_json())
        assert r.status_code < 500, (who, r.get_data(as_text=True))


ACCOUNT_ROUTES = [
    ("POST", "/auth/api-keys"),
    ("GET", "/auth/api-keys"),
    ("DELETE", "/auth/api-keys/<id:key_id>"),
    ("PATCH", "/users/me"),
]


def test_account_routes_need_the_account_scope():
    """Managing keys and the profile is never open to a key without ``account``."""
    declared = {(op.method, op.rule): op.scopes for op in OPERATIONS}
    for route in ACCOUNT_ROUTES:
        assert declared[route] == ("account",), route


def test_a_key_never_mints_a_wider_key(client, world):
    narrow = world["key"](["files:read", "account"])
    before = _snapshot()
    for scopes in (["files:write"], ["files:read", "jobs:write"], ["admin"], USER_SCOPES):
        r = client.post(
            f"{API}/auth/api-keys", json={"name": "w", "scopes": scopes}, headers=narrow
        )
        err = assert_error(r, 403, "PERMISSION_DENIED")
        assert "does not hold" in err["message"]
        assert _snapshot() == before
    r = client.post(
        f"{API}/auth/api-keys", json={"name": "same", "scopes": ["files:read"]}, headers=narrow
    )
    assert r.status_code == 201
    assert r.get_json()["data"]["scopes"] == ["files:read"]


def test_a_read_only_key_changes_nothing_about_the_account(client, world):
    """The attack from the report: a files:read key renamed the user and
    revoked their other keys."""
    ro = world["key"](["files:read"])
    before = _snapshot()
    err = assert_error(
        client.patch(f"{API}/users/me", json={"username": "mallory"}, headers=ro),
        403,
        "PERMISSION_DENIED",
    )
    assert err["details"] == {"scope": ["account"]}
    r = client.delete(f"{API}/auth/api-keys/{world['ids']['key_id']}", headers=ro)
    assert_error(r, 403, "PERMISSION_DENIED")
    assert_error(client.get(f"{API}/auth/api-keys", headers=ro), 403, "PERMISSION_DENIED")
    assert _snapshot() == before
    assert db.session.get(type(world["ada"]), world["ada"].id).username == "ada"


def test_an_admins_narrow_key_cannot_mint_an_admin_key(client, make_user, api):
    root = make_user("root", role="ADMIN")
    jwt = api.headers(root)
    r = client.post(
        f"{API}/auth/api-keys", json={"name": "a", "scopes": ["files:read", "account"]}, headers=jwt
    )
    narrow = {"X-API-Key": r.get_json()["data"]["key"]}
    before = _snapshot()
    r = client.post(f"{API}/auth/api-keys", json={"name": "x", "scopes": ["admin"]}, headers=narrow)
    assert_error(r, 403, "PERMISSION_DENIED")
    assert _snapshot() == before
    # The administrator's own JWT still can.
    r = client.post(f"{API}/auth/api-keys", json={"name": "x", "scopes": ["admin"]}, headers=jwt)
    assert r.status_code == 201


def test_the_account_scope_is_never_granted_implicitly(client, world):
    key = world["key"](["files:read", "files:write", "jobs:read", "jobs:write", "videos:generate"])
    perms = client.get(f"{API}/auth/permissions", headers=key).get_json()["data"]
    assert "account" not in perms["scopes"]
    assert_error(client.get(f"{API}/auth/api-keys", headers=key), 403, "PERMISSION_DENIED")


def test_a_password_change_revokes_every_api_key(client, world):
    key = world["key"](["files:read", "account"])
    assert client.get(f"{API}/files", headers=key).status_code == 200
    r = client.patch(
        f"{API}/users/me",
        json={"current_password": "correct horse battery", "new_password": "a new long password"},
        headers=world["jwt"],
    )
    assert r.status_code == 200, r.get_json()
    assert_error(client.get(f"{API}/files", headers=key), 401, "AUTH_INVALID")
    active = db.session.scalar(
        db.select(db.func.count()).select_from(ApiKey).where(ApiKey.revoked_at.is_(None))
    )
    assert active == 0
