"""Home page, error pages and the API reference page."""

from __future__ import annotations

import logging
import re
from html import unescape

import pytest

from tests.conftest import PASSWORD

FRIENDLY_500 = "Something went wrong on our side. It has been logged; please try again."
FRIENDLY_404 = "We could not find that page."


def _main(html: str) -> str:
    match = re.search(r'<main class="content">(.*?)</main>', html, re.S)
    assert match, "no <main> on the page"
    return unescape(re.sub(r"<[^>]+>", " ", match.group(1)))


def test_home_page_for_visitors(client):
    r = client.get("/")
    assert r.status_code == 200
    assert r.content_type == "text/html; charset=utf-8"
    html = r.get_data(as_text=True)
    assert "<title>Home · T2M</title>" in html
    assert "Text to media, on your own box." in html
    assert '<a class="button" href="/register">Create an account</a>' in html
    assert 'href="/login"' in html
    assert 'href="/api/docs"' in html
    assert "Sign out" not in html


def test_home_page_for_a_signed_in_user(client, make_user):
    make_user("ada")
    client.post("/login", data={"identifier": "ada", "password": PASSWORD})
    html = client.get("/").get_data(as_text=True)
    assert "<h1>Hello, ada</h1>" in html
    assert "Sign out" in html
    assert "Create an account" not in html
    # Where things stand, empty for a new account, each with a way to start.
    assert 'data-testid="home-running"' in html
    assert "Nothing is running." in html
    assert "Nothing uploaded yet." in html
    assert "No videos yet." in html


def test_static_assets_are_served(client):
    for path in ("/static/app.css", "/static/app.js", "/static/lib/htmx.min.js"):
        r = client.get(path)
        assert r.status_code == 200, path
        assert r.get_data()
        r.close()


@pytest.mark.parametrize("path", ["/no-such-page", "/profile/nothing-here", "/static/missing.css"])
def test_unknown_page_is_a_friendly_html_404(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert r.content_type == "text/html; charset=utf-8"
    html = r.get_data(as_text=True)
    assert html.lstrip().startswith("<!doctype html>")
    assert "<title>404 · T2M</title>" in html
    assert FRIENDLY_404 in _main(html)
    assert '<a class="button" href="/">Go home</a>' in html
    assert '"success"' not in html
    assert "Traceback" not in html
    assert "werkzeug" not in html.lower()


def test_unknown_page_with_htmx_is_a_small_partial(client):
    r = client.get("/no-such-page", headers={"HX-Request": "true"})
    assert r.status_code == 404
    html = r.get_data(as_text=True)
    assert "<html" not in html
    assert 'role="alert"' in html
    assert "The resource was not found." in html


def test_unknown_api_path_stays_json(client):
    # The contrast with the page above: /api answers with the envelope.
    r = client.get("/api/v1/no-such-endpoint")
    assert r.status_code == 404
    assert r.get_json()["error"]["code"] == "RESOURCE_NOT_FOUND"


def test_wrong_method_on_a_page_is_a_405_page(client):
    r = client.put("/")
    assert r.status_code == 405
    assert r.content_type == "text/html; charset=utf-8"
    assert "This method is not allowed here." in _main(r.get_data(as_text=True))
    assert set(r.headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


@pytest.fixture
def crashing_app(app_factory):
    """An app with a page that raises, and exceptions handled as in production."""
    app = app_factory(PROPAGATE_EXCEPTIONS=False)

    @app.get("/test-only/boom")
    def boom():
        raise RuntimeError("secret internal detail: db password is hunter2")

    return app


def test_exception_in_a_page_is_a_friendly_500(crashing_app, caplog):
    client = crashing_app.test_client()
    with caplog.at_level(logging.ERROR):
        r = client.get("/test-only/boom")
    assert r.status_code == 500
    assert r.content_type == "text/html; charset=utf-8"
    html = r.get_data(as_text=True)
    assert "<title>500 · T2M</title>" in html
    assert FRIENDLY_500 in _main(html)
    assert "Traceback" not in html
    assert "RuntimeError" not in html
    assert "hunter2" not in html
    # The operator, not the visitor, gets the details.
    logged = [rec for rec in caplog.records if rec.exc_info]
    assert logged
    assert "hunter2" in str(logged[-1].exc_info[1])

    # The app keeps serving afterwards.
    assert client.get("/").status_code == 200


def test_exception_in_a_page_with_htmx_is_a_partial_without_details(crashing_app):
    client = crashing_app.test_client()
    r = client.get("/test-only/boom", headers={"HX-Request": "true"})
    assert r.status_code == 500
    html = r.get_data(as_text=True)
    assert "<html" not in html
    assert "Something went wrong on our side." in html
    assert "hunter2" not in html
    assert "Traceback" not in html
