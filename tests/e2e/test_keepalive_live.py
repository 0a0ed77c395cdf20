"""A refused request body does not break the client's connection (real gunicorn).

gunicorn answers ``Connection: keep-alive`` unless told otherwise, and after
the response drains at most 64 KiB of a body the application did not read; past
that it closes the socket, so a client that believed the keep-alive sees its
next request fail. T2M reads what is left of a refused body when it is small
enough (the connection stays usable) and otherwise makes gunicorn say
``Connection: close``.
"""

from __future__ import annotations

import http.client
import json
import socket
from urllib.parse import urlsplit

import pytest

from .conftest import register_via_api

pytestmark = pytest.mark.e2e

MiB = 1024 * 1024
MAX_JSON_BYTES = MiB  # the default T2M_MAX_JSON_BYTES


def _connection(live) -> http.client.HTTPConnection:
    parts = urlsplit(live.url)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)


def _after(conn: http.client.HTTPConnection, response: http.client.HTTPResponse) -> None:
    """The next request on the same connection works, unless the refusal said
    ``Connection: close`` (and then the server did close it)."""
    says_close = (response.getheader("Connection") or "").lower() == "close"
    if says_close:
        assert conn.sock is None or response.will_close
        return
    conn.request("GET", "/api/v1/system/health")
    again = conn.getresponse()
    assert again.status in (200, 503), again.status
    again.read()


def _token(live) -> str:
    return register_via_api(live.url)["access_token"]


def test_a_json_body_over_the_limit_keeps_the_connection(live):
    token = _token(live)
    body = json.dumps({"name": "x" * (MAX_JSON_BYTES + 10)}).encode()
    conn = _connection(live)
    for _ in range(3):  # and again on the same connection
        conn.request(
            "POST",
            "/api/v1/collections",
            body=body,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
        r = conn.getresponse()
        payload = json.loads(r.read())
        assert r.status == 413
        assert payload["error"]["code"] == "REQUEST_TOO_LARGE"
        assert (r.getheader("Connection") or "keep-alive").lower() == "keep-alive"
        conn.request("GET", "/api/v1/system/health")
        again = conn.getresponse()
        assert again.status in (200, 503)
        again.read()
    conn.close()


def test_a_chunked_json_body_over_the_limit_keeps_the_connection(live):
    token = _token(live)
    conn = _connection(live)
    piece = b"[" + b"1," * (256 * 1024)
    chunks = [piece] * 8 + [b"1]"]  # about 4 MiB, no Content-Length
    conn.request(
        "POST",
        "/api/v1/collections",
        body=iter(chunks),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        encode_chunked=True,
    )
    r = conn.getresponse()
    assert r.status == 413
    assert json.loads(r.read())["error"]["code"] == "REQUEST_TOO_LARGE"
    _after(conn, r)
    conn.close()


def test_an_unread_upload_refused_before_reading_keeps_the_connection(live):
    """A 401 is answered before the body is read: the body is drained, not left."""
    conn = _connection(live)
    boundary = "t2mkeepalive"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\n\r\n'
        ).encode()
        + b"\0" * (2 * MiB)
        + f"\r\n--{boundary}--\r\n".encode()
    )
    conn.request(
        "POST",
        "/api/v1/files/upload",
        body=body,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    r = conn.getresponse()
    assert r.status == 401
    r.read()
    assert (r.getheader("Connection") or "keep-alive").lower() == "keep-alive"
    _after(conn, r)
    conn.close()


def test_a_body_too_big_to_read_says_connection_close(live):
    """An upload announced past ``MAX_UPLOAD_MB`` (2 GiB by default) is refused
    at once; reading it would take too long, so the answer says close (and the
    server closes), instead of keep-alive and then a dead socket."""
    token = _token(live)
    parts = urlsplit(live.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        sock.sendall(
            (
                f"POST /api/v1/files/upload HTTP/1.1\r\nHost: {parts.netloc}\r\n"
                f"Authorization: Bearer {token}\r\n"
                "Content-Type: multipart/form-data; boundary=b\r\n"
                f"Content-Length: {3 * 1024 * MiB}\r\n\r\n"
            ).encode()
            + b"--b\r\n"
            + b"\0" * MiB
        )
        reply = _read_response(sock)
    head = reply.split(b"\r\n\r\n", 1)[0].decode("latin-1").lower()
    assert head.startswith("http/1.1 413"), head
    assert "connection: close" in head, head
    assert b"FILE_TOO_LARGE" in reply


def test_a_json_body_announced_far_past_the_limit_says_connection_close(live):
    token = _token(live)
    parts = urlsplit(live.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        sock.sendall(
            (
                f"POST /api/v1/collections HTTP/1.1\r\nHost: {parts.netloc}\r\n"
                f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {500 * MiB}\r\n\r\n"
            ).encode()
            + b'{"name": "'
        )
        reply = _read_response(sock)
    head = reply.split(b"\r\n\r\n", 1)[0].decode("latin-1").lower()
    assert head.startswith("http/1.1 413"), head
    assert "connection: close" in head, head
    assert b"REQUEST_TOO_LARGE" in reply


def _read_response(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes (or goes quiet for 10 s)."""
    sock.settimeout(10)
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except TimeoutError:
        pass
    return data
