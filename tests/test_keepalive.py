"""The unread rest of a request body is drained, or the server told to close
(t2m.keepalive; end to end against gunicorn in tests/e2e/test_keepalive_live.py)."""

from __future__ import annotations

import io

import pytest

from t2m.keepalive import DRAIN_MAX_BYTES, DrainUnreadBody


class ServerResponse:
    """Stands for gunicorn's Response: ``start_response`` is its bound method."""

    def __init__(self):
        self.closed = False
        self.status = None

    def force_close(self):
        self.closed = True

    def start_response(self, status, headers, exc_info=None):
        self.status = status


def _app(read: int | None):
    def app(environ, start_response):
        stream = environ["wsgi.input"]
        if read:
            stream.read(read)
        start_response("413 Request Entity Too Large", [("Content-Type", "text/plain")])
        return [b"too large"]

    return DrainUnreadBody(app)


def _call(app, body: bytes, *, length: bool = True, terminated: bool = True):
    stream = io.BytesIO(body)
    environ = {"wsgi.input": stream, "REQUEST_METHOD": "POST"}
    if length:
        environ["CONTENT_LENGTH"] = str(len(body))
    else:
        environ["HTTP_TRANSFER_ENCODING"] = "chunked"
    if terminated:
        environ["wsgi.input_terminated"] = True
    server = ServerResponse()
    assert b"".join(app(environ, server.start_response)) == b"too large"
    assert server.status.startswith("413")
    return server, stream


@pytest.mark.parametrize("read", [None, 10, 1000])
@pytest.mark.parametrize("length", [True, False])
def test_a_small_unread_rest_is_drained_and_the_connection_kept(read, length):
    body = b"x" * (2 * 1024 * 1024)
    server, stream = _call(_app(read), body, length=length)
    assert stream.tell() == len(body)  # nothing left on the connection
    assert not server.closed


def test_a_body_just_at_the_limit_is_drained():
    body = b"x" * DRAIN_MAX_BYTES
    server, stream = _call(_app(None), body)
    assert stream.tell() == len(body)
    assert not server.closed


@pytest.mark.parametrize("length", [True, False])
def test_a_big_unread_rest_closes_the_connection(length):
    body = b"x" * (DRAIN_MAX_BYTES + 2)
    server, stream = _call(_app(None), body, length=length)
    assert server.closed
    if length:  # known to be too big: not even read
        assert stream.tell() == 0


def test_without_a_length_or_an_end_marker_nothing_is_read():
    server, stream = _call(_app(None), b"x" * 100, length=False, terminated=False)
    assert server.closed
    assert stream.tell() == 0


def test_a_fully_read_body_changes_nothing():
    body = b"y" * 5000
    server, stream = _call(_app(5000), body)
    assert not server.closed
    assert stream.tell() == len(body)


def test_a_request_without_a_body_passes_through():
    seen = {}

    def app(environ, start_response):
        seen["input"] = environ["wsgi.input"]
        start_response("200 OK", [])
        return [b""]

    server = ServerResponse()
    environ = {"wsgi.input": io.BytesIO(), "REQUEST_METHOD": "GET"}
    DrainUnreadBody(app)(environ, server.start_response)
    assert server.status == "200 OK"
    assert not server.closed


def test_a_413_through_the_app_drains_the_json_body(client, make_user, api):
    """The factory installs it: the test client's body is read to its end."""
    headers = api.headers(make_user("ada"))
    r = client.post(
        "/api/v1/collections",
        data=b'{"name": "' + b"x" * (2 * 1024 * 1024) + b'"}',
        content_type="application/json",
        headers=headers,
    )
    assert r.status_code == 413
    assert r.get_json()["error"]["code"] == "REQUEST_TOO_LARGE"
