"""One search box over everything: files by name, title, description and
tags, collections, videos' titles and stories, jobs by number or external id;
only the user's own, and hostile queries are plain text."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image

from t2m.extensions import db
from t2m.models import Generation

from .test_web_account import sign_in
from .test_web_jobs import make_job


def png(shade: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (20, 20), (shade, 80, 160)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def ada(make_user, api, client):
    user = make_user("ada")
    headers = api.headers(user)
    for shade, name in ((10, "harbour.png"), (20, "cliffs.png")):
        r = client.post(
            "/api/v1/files/upload",
            headers=headers,
            data={"file": (io.BytesIO(png(shade)), name)},
            content_type="multipart/form-data",
        )
        assert r.status_code == 201
    fid = r.get_json()["data"]["id"]
    client.patch(f"/api/v1/files/{fid}", headers=headers, json={"tags": ["lighthouse"]})
    client.post("/api/v1/collections", headers=headers, json={"name": "Lighthouse trip"})
    job = make_job(user, "transcode", "completed", progress=100, external_id="order-77")
    gen_job = make_job(user, "video_generation", "completed", progress=100)
    db.session.add(
        Generation(job_id=gen_job.id, owner_id=user.id, title="The lighthouse keeper's cat")
    )
    db.session.commit()
    sign_in(client, "ada")
    return {"user": user, "job": job, "gen": gen_job, "file": fid}


def sections(html: str) -> dict[str, str]:
    found = {}
    for kind in ("files", "collections", "videos", "jobs"):
        m = re.search(rf'data-testid="search-{kind}">(.*?)</section>', html, re.S)
        found[kind] = m.group(1) if m else ""
    return found


def test_one_box_finds_every_kind(client, ada, make_user):
    html = client.get("/search?q=lighthouse").get_data(as_text=True)
    found = sections(html)
    assert "cliffs.png" in found["files"]  # by its tag
    assert "harbour.png" not in found["files"]
    assert "Lighthouse trip" in found["collections"]
    assert "The lighthouse keeper&#39;s cat" in found["videos"]
    assert found["jobs"] == ""
    jobs = sections(client.get("/search?q=order-77").get_data(as_text=True))["jobs"]
    assert f"Encode #{ada['job'].id}" in jobs
    by_number = sections(client.get(f"/search?q=%23{ada['job'].id}").get_data(as_text=True))
    assert f"Encode #{ada['job'].id}" in by_number["jobs"]
    assert 'data-testid="site-search"' in html  # the box in the header


@pytest.mark.parametrize(
    "q",
    [
        "%",
        "_",
        "\\",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "x" * 5000,
        "\x00",
        "#" + "9" * 40,
    ],
)
def test_hostile_queries_are_plain_text(client, ada, q):
    r = client.get("/search", query_string={"q": q})
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert 'data-testid="search-files"' not in html  # nothing matches them


def test_only_your_own_things(client, ada, make_user, app):
    make_user("bob")
    other = app.test_client()
    sign_in(other, "bob")
    html = other.get("/search?q=lighthouse").get_data(as_text=True)
    assert 'data-testid="search-empty"' in html
    assert "cliffs" not in html
    assert app.test_client().get("/search?q=x").status_code == 302  # signed out
