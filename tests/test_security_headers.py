"""Security headers on every response (t2m/security.py), and templates the
Content-Security-Policy does not break: no inline script, no inline style, no
``on…=`` handlers, rendered or in the sources."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from werkzeug.datastructures import FileStorage, MultiDict
from werkzeug.test import encode_multipart

from t2m.extensions import db
from t2m.generate import pipeline
from t2m.models import Generation, Scene
from t2m.security import bucket_origins
from t2m.services import jobs
from t2m.storage import storage

from .media_fixtures import make_image, minimal_pdf

POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "media-src 'self' blob:; connect-src 'self'; worker-src 'self' blob:; font-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
HTMX = {"HX-Request": "true"}
TEMPLATES = Path(__file__).resolve().parents[1] / "t2m" / "templates"

# What a CSP without 'unsafe-inline' refuses in markup.
INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)[^>]*>", re.I)
STYLE_ATTR = re.compile(r"<[a-z][^>]*\sstyle\s*=", re.I)
STYLE_ELEMENT = re.compile(r"<style\b", re.I)
HANDLER_ATTR = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)
JS_URL = re.compile(r"""=\s*["']?\s*javascript:""", re.I)
JINJA_COMMENT = re.compile(r"{#.*?#}", re.S)


def directives(policy: str) -> dict[str, list[str]]:
    """{directive: sources} of a policy header."""
    out = {}
    for part in policy.split(";"):
        name, *sources = part.split()
        out[name] = sources
    return out


def assert_secure(response, *, policy: str = POLICY, hsts: bool = False) -> None:
    """The response carries the four headers (and HSTS only when asked)."""
    h = response.headers
    where = f"{response.request.path} ({response.status_code})"
    assert h.get("Content-Security-Policy") == policy, where
    assert h.get("X-Frame-Options") == "DENY", where
    assert h.get("X-Content-Type-Options") == "nosniff", where
    assert h.get("Referrer-Policy") == "strict-origin-when-cross-origin", where
    if hsts:
        assert h.get("Strict-Transport-Security") == "max-age=31536000; includeSubDomains", where
    else:
        assert "Strict-Transport-Security" not in h, where


def assert_no_inline_code(html: str, where: str) -> None:
    """Nothing in ``html`` that the CSP would refuse to run or apply."""
    for name, pattern in [
        ("inline <script>", INLINE_SCRIPT),
        ("style attribute", STYLE_ATTR),
        ("<style> element", STYLE_ELEMENT),
        ("event handler attribute", HANDLER_ATTR),
        ("javascript: URL", JS_URL),
        ("hx-on attribute", re.compile(r"\shx-on[:-]", re.I)),
    ]:
        found = pattern.search(html)
        assert found is None, f"{where}: {name}: {found and found.group(0)[:120]}"


def sign_in(client, user) -> None:
    """Sign the browser session in by writing it (the test is not about signing in)."""
    with client.session_transaction() as session:
        session["_user_id"] = user.get_id()
        session["_fresh"] = True


def page_routes(app) -> list[str]:
    """Every GET page of the web blueprint (and the API reference) taking no arguments."""
    rules = [
        rule.rule
        for rule in app.url_map.iter_rules()
        if "GET" in rule.methods
        and not rule.arguments
        and (rule.endpoint.startswith("web.") or rule.endpoint == "api_docs.api_docs")
    ]
    assert {"/", "/library", "/generate", "/profile", "/login", "/api/docs"} <= set(rules)
    return sorted(rules)


def upload(client, headers, data: bytes, filename: str) -> int:
    """Upload through the API (encoded in memory); the new file's id."""
    form = {
        "file": FileStorage(io.BytesIO(data), filename, content_type="application/octet-stream")
    }
    boundary, body = encode_multipart(MultiDict(form))
    r = client.post(
        "/api/v1/files/upload",
        data=body,
        headers=headers,
        content_type=f"multipart/form-data; boundary={boundary}",
    )
    assert r.status_code == 201, r.get_json()
    return r.get_json()["data"]["id"]


def running_generation(owner) -> int:
    """A generation as rows, half way (nothing runs): its progress bar and scene
    cards (one with a still, one drawing) are on its page."""
    request = pipeline.Request(prompt="Two scenes. Made by a test.", aspect_ratio="9:16")
    row = jobs.create(owner.id, "video_generation", parameters={"request": request.to_dict()})
    row.status, row.progress = "processing", 42.5
    db.session.flush()
    db.session.add(
        Generation(
            job_id=row.id, owner_id=owner.id, stage="visuals", title="Rows", active_job_id=row.id
        )
    )
    key = f"generations/{owner.id}/{row.id}/scene-000-v1.jpg"
    storage().save(key, io.BytesIO(b"\xff\xd8\xfffake"), content_type="image/jpeg")
    db.session.add(Scene(job_id=row.id, index=0, text="One.", image_key=key, status="completed"))
    db.session.add(Scene(job_id=row.id, index=1, text="Two."))
    db.session.commit()
    return row.id


# ---- the headers -------------------------------------------------------------------


# The API reference (Swagger UI) draws its icons from data: SVGs: that page only.
DOCS_POLICY = POLICY.replace("img-src 'self'", "img-src 'self' data:")


def test_every_page_carries_the_headers_signed_out_and_in(app, client, make_user):
    routes = page_routes(app)

    def policy(path: str) -> str:
        return DOCS_POLICY if path == "/api/docs" else POLICY

    for path in routes:
        assert_secure(client.get(path), policy=policy(path))
    sign_in(client, make_user("ada", role="ADMIN"))  # the admin area included
    for path in routes:
        r = client.get(path)
        assert r.status_code in (200, 302, 303), (path, r.status_code)
        assert_secure(r, policy=policy(path))
    assert client.get("/profile").status_code == 200  # signed in indeed


def test_api_static_and_error_responses_carry_the_headers(client, make_user, api):
    user = make_user("ada")
    assert_secure(client.get("/api/v1/system/health"))
    me = client.get("/api/v1/auth/me", headers=api.headers(user))
    assert me.status_code == 200
    assert_secure(me)
    assert_secure(client.get("/api/v1/openapi.json"))
    static = client.get("/static/app.css")
    assert static.status_code == 200
    assert_secure(static)
    missing = client.get("/no-such-page")
    assert missing.status_code == 404
    assert "text/html" in missing.content_type
    assert_secure(missing)
    assert_secure(client.get("/static/missing.js"))
    denied = client.get("/api/v1/auth/me")
    assert denied.status_code == 401
    assert denied.get_json()["error"]["code"] == "AUTH_REQUIRED"
    assert_secure(denied)
    gone = client.get("/api/v1/files/999999", headers=api.headers(user))
    assert gone.status_code == 404
    assert_secure(gone)


def test_the_policy_allows_nothing_inline_and_no_eval(client):
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    assert "unsafe-hashes" not in policy
    assert "nonce-" not in policy
    parsed = directives(policy)
    assert parsed["script-src"] == ["'self'"]
    assert parsed["style-src"] == ["'self'"]
    assert parsed["object-src"] == ["'none'"]
    assert parsed["frame-ancestors"] == ["'none'"]
    for sources in parsed.values():
        assert not {"*", "http:", "https:", "data:"} & set(sources)


def test_hsts_only_with_secure_cookies(app_factory):
    plain = app_factory().test_client()
    assert "Strict-Transport-Security" not in plain.get("/").headers
    secure = app_factory(SECURE_COOKIES=True).test_client()
    for path in ("/", "/static/app.css", "/api/v1/system/health", "/no-such-page"):
        assert_secure(secure.get(path), hsts=True)


def test_a_sandboxed_download_keeps_its_own_policy(client, make_user, api):
    user = make_user("ada")
    headers = api.headers(user)
    file_id = upload(client, headers, minimal_pdf(), "paper.pdf")
    sign_in(client, user)
    for url in (f"/api/v1/files/{file_id}/download?inline=true", f"/library/{file_id}/download"):
        r = client.get(url, headers=headers)
        assert r.status_code == 200, url
        assert r.headers["Content-Security-Policy"] == "sandbox", url
        assert r.headers["X-Frame-Options"] == "DENY"
        assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert r.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_a_response_keeps_its_own_referrer_policy(client, make_user, api):
    headers = api.headers(make_user("ada"))
    file_id = upload(client, headers, b"hello\n", "note.txt")
    r = client.post(f"/api/v1/files/{file_id}/signed-url", headers=headers, json={})
    assert r.status_code in (200, 201), r.get_json()
    link = r.get_json()["data"]["url"]
    got = client.application.test_client().get(link)
    assert got.status_code == 200
    assert got.headers["Referrer-Policy"] == "no-referrer"
    assert got.headers["Content-Security-Policy"] == POLICY


def test_a_remote_avatar_is_allowed_on_its_page_only(client, make_user):
    from t2m.services import accounts

    user = make_user("ada")
    accounts.update_profile(user, {"avatar_url": "https://img.example.org:8443/a/ada.png?s=64"})
    sign_in(client, user)
    profile = client.get("/profile")
    assert 'src="https://img.example.org:8443/a/ada.png?s=64"' in profile.get_data(as_text=True)
    img = directives(profile.headers["Content-Security-Policy"])["img-src"]
    assert img == ["'self'", "https://img.example.org:8443"]
    assert client.get("/library").headers["Content-Security-Policy"] == POLICY


# ---- S3 served by presigned redirects ---------------------------------------------


def test_s3_redirects_add_the_bucket_origin_where_the_browser_fetches(app_factory):
    app = app_factory(
        STORAGE="s3",
        S3_BUCKET="media",
        S3_ENDPOINT_URL="http://127.0.0.1:9/base",
        S3_ACCESS_KEY_ID="testing",
        S3_SECRET_ACCESS_KEY="testing",
        S3_SERVE="redirect",
    )
    policy = app.test_client().get("/static/app.css").headers["Content-Security-Policy"]
    parsed = directives(policy)
    for name in ("img-src", "media-src", "connect-src"):
        assert "http://127.0.0.1:9" in parsed[name], name
    for name in ("script-src", "style-src", "default-src", "worker-src", "form-action"):
        assert "http://127.0.0.1:9" not in parsed[name], name


@pytest.mark.parametrize(
    ("extra", "origins"),
    [
        ({"S3_SERVE": "proxy", "S3_ENDPOINT_URL": "http://minio:9000"}, []),
        (
            {"S3_ENDPOINT_URL": "https://minio.example.com:9443/s3/"},
            ["https://minio.example.com:9443"],
        ),
        (
            {"S3_REGION": "eu-west-1"},
            ["https://media.s3.amazonaws.com", "https://media.s3.eu-west-1.amazonaws.com"],
        ),
        (
            {"S3_BUCKET": "my.media", "S3_REGION": "eu-west-1"},
            ["https://s3.eu-west-1.amazonaws.com"],
        ),
    ],
)
def test_bucket_origins_follow_how_downloads_are_presigned(extra, origins):
    config = {"STORAGE": "s3", "S3_SERVE": "redirect", "S3_BUCKET": "media", **extra}
    assert bucket_origins(config) == origins
    assert bucket_origins({**config, "STORAGE": "local"}) == []


# ---- templates the policy does not break ---------------------------------------------


def test_template_sources_have_no_inline_script_style_or_handlers():
    sources = sorted(TEMPLATES.rglob("*.html"))
    assert len(sources) > 20
    for path in sources:
        source = JINJA_COMMENT.sub("", path.read_text())
        assert_no_inline_code(source, str(path.relative_to(TEMPLATES)))


def test_rendered_pages_have_no_inline_script_style_or_handlers(
    app, client, make_user, api, tmp_path
):
    user = make_user("ada", role="ADMIN")  # the admin area included
    headers = api.headers(user)
    picture = upload(client, headers, make_image(tmp_path / "p.png").read_bytes(), "p.png")
    document = upload(client, headers, minimal_pdf(), "paper.pdf")
    made = client.post("/api/v1/collections", headers=headers, json={"name": "Trip"})
    assert made.status_code == 201, made.get_json()
    collection = made.get_json()["data"]["id"]
    generation = running_generation(user)

    # /live is the pages' event stream, not a page (tests/test_web_live.py).
    pages = [f"/{p.lstrip('/')}" for p in page_routes(app) if p != "/live"]
    pages += [
        "/profile/webhooks",
        f"/library/{picture}",
        f"/library/{document}",
        f"/collections/{collection}",
        f"/generate/{generation}",
        f"/jobs/{generation}",
        "/no-such-page",
    ]
    partials = [
        "/library",
        f"/library/{picture}/status",
        f"/generate/{generation}/live?job={generation}&video=0",
        f"/jobs/{generation}/status",
        f"/jobs/{generation}/row",
    ]
    anonymous = app.test_client()
    for path in ("/", "/login", "/register", "/api/docs", "/no-such-page"):
        r = anonymous.get(path)
        assert_no_inline_code(r.get_data(as_text=True), f"signed out {path}")
    sign_in(client, user)
    for path in pages:
        r = client.get(path)
        if r.status_code in (302, 303):  # /login and /register once signed in
            continue
        assert r.status_code == (404 if path == "/no-such-page" else 200), (path, r.status_code)
        assert "text/html" in r.content_type, path
        assert_no_inline_code(r.get_data(as_text=True), path)
    for path in partials:
        r = client.get(path, headers=HTMX)
        assert r.status_code in (200, 286), (path, r.status_code)
        assert_no_inline_code(r.get_data(as_text=True), f"partial {path}")
    # The sizes that used to be style="" travel as data attributes now.
    live = client.get(f"/generate/{generation}").get_data(as_text=True)
    assert 'data-width="42.5"' in live
    assert "scene-still aspect-9-16" in live
    assert 'data-height="' in client.get(f"/library/{picture}").get_data(as_text=True)
