"""t2m.net: the SSRF-safe URL fetcher, against real HTTP(S) servers on 127.0.0.1.

Every test runs under a guard on ``socket.connect`` that records each outbound
connection and fails the test on any destination but loopback, so a
refusal test that passes proves no packet was sent anywhere.
"""

from __future__ import annotations

import datetime
import http.server
import re
import socket
import ssl
import threading
import time
from contextlib import contextmanager
from ipaddress import ip_address, ip_network
from urllib.parse import parse_qs, quote

import pytest

from t2m.errors import AppError, BadRequest, TooLarge
from t2m.net.addresses import (
    check_address,
    embedded_ipv4,
    parse_allow_list,
    parse_ipv4_host,
    refusal_reason,
)
from t2m.net.fetch import (
    CheckedUrl,
    FetchCancelled,
    FetchFailed,
    HostNotResolvable,
    PrivateAddressBlocked,
    check_url,
    fetch,
)

LOOPBACK = parse_allow_list("127.0.0.1/32")
BODY = bytes(range(256)) * 1200  # 300 KB, not all one byte
MB = 1 << 20
PUBLIC_V4 = "93.184.216.34"


# --- a real server ---------------------------------------------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.server.requests.append({"path": self.path, "headers": dict(self.headers)})
        path, _, query = self.path.partition("?")
        name, *args = path.strip("/").split("/")
        route = getattr(self, "route_" + name.replace("-", "_"), None)
        if route is None:
            self._send(404, b"no such route")
        else:
            route(*args, query=parse_qs(query))

    def _send(self, status, body=b"", headers=None):
        self.send_response(status)
        for key, value in {"Content-Length": str(len(body)), **(headers or {})}.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def route_file(self, query):
        self._send(200, BODY, {"Content-Type": "video/mp4"})

    def route_hops(self, n, query):
        if int(n) == 0:
            self.route_file(query)
        else:
            self._send(302, b"", {"Location": f"/hops/{int(n) - 1}"})

    def route_to(self, query):
        self._send(302, b"", {"Location": query["u"][0]})

    def route_host(self, query):
        self._send(200, self.headers["Host"].encode())

    def route_status(self, code, query):
        self._send(int(code), b"nope")

    def route_huge_length(self, query):
        # Claims a terabyte, sends ten bytes: must be refused on the header alone.
        self.send_response(200)
        self.send_header("Content-Length", str(10**12))
        self.end_headers()
        self.wfile.write(b"x" * 10)

    def route_chunked(self, size, query):
        self.send_response(200)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        left = int(size)
        while left > 0:
            piece = b"c" * min(left, 64 * 1024)
            self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            left -= len(piece)
        self.wfile.write(b"0\r\n\r\n")

    def route_short(self, query):
        self.send_response(200)
        self.send_header("Content-Length", "1000")
        self.end_headers()
        self.wfile.write(b"x" * 10)
        self.close_connection = True

    def route_gzip(self, query):
        self._send(200, b"\x1f\x8b\x08\x00", {"Content-Encoding": "gzip"})

    def route_slow(self, query):
        self.server.stopping.wait(3)
        self._send(200, b"late")

    def route_stall(self, query):
        self.send_response(200)
        self.send_header("Content-Length", "1000")
        self.end_headers()
        # A few bytes 0.3 s apart, then nothing: each read is well inside the
        # timeout, so only the deadline can end it.
        for _ in range(4):
            self.wfile.write(b"s" * 10)
            self.wfile.flush()
            if self.server.stopping.wait(0.3):
                return
        self.server.stopping.wait(3)

    def route_drip(self, query):
        # 1 KB every 20 ms for up to 20 s: long enough for any deadline or cancel.
        self.send_response(200)
        self.send_header("Content-Length", str(1000 * 1024))
        self.end_headers()
        for _ in range(1000):
            self.wfile.write(b"d" * 1024)
            self.wfile.flush()
            if self.server.stopping.wait(0.02):
                return


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    host = "127.0.0.1"

    def __init__(self, context: ssl.SSLContext | None = None):
        super().__init__((self.host, 0), _Handler)
        self.requests: list[dict] = []
        self.sni: list[str | None] = []
        self.stopping = threading.Event()
        if context is not None:
            context.sni_callback = lambda sock, name, ctx: self.sni.append(name)
            self.socket = context.wrap_socket(self.socket, server_side=True)

    @property
    def port(self) -> int:
        return self.server_address[1]

    def handle_error(self, request, client_address):
        pass  # the fetcher hangs up on purpose (caps, cancel, timeouts)


class _Server6(_Server):
    address_family = socket.AF_INET6
    host = "::1"


@contextmanager
def _serving(context=None, cls=_Server):
    server = cls(context)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def server():
    with _serving() as srv:
        yield srv


@pytest.fixture(autouse=True)
def connections(monkeypatch):
    """Every outbound connect, refused unless to loopback (nothing leaves the box)."""
    seen: list[str] = []
    real_connect = socket.socket.connect

    def guarded(sock, address):
        host = address[0] if isinstance(address, tuple) else str(address)
        seen.append(host)
        if not ip_address(host).is_loopback:
            raise AssertionError(f"connection attempted to {address!r}")
        return real_connect(sock, address)

    def guarded_ex(sock, address):
        raise AssertionError(f"connect_ex to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_ex)
    return seen


def test_the_guard_catches_any_other_destination(connections):
    """The guard itself: a connect to an inside address fails the test."""
    with socket.socket() as sock, pytest.raises(AssertionError, match=re.escape("10.0.0.5")):
        sock.connect(("10.0.0.5", 80))
    assert connections == ["10.0.0.5"]


@pytest.fixture
def lookups(monkeypatch):
    """Every real DNS lookup (``socket.getaddrinfo``) made during the test."""
    seen: list[str] = []
    real = socket.getaddrinfo

    def recording(host, *args, **kwargs):
        seen.append(host)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", recording)
    return seen


def stub(mapping: dict[str, str | list[str]]):
    """A resolver over ``mapping``; unknown names fail like a real NXDOMAIN."""

    def resolve(host: str, port: int) -> list[str]:
        resolve.calls.append(host)
        if host not in mapping:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        value = mapping[host]
        return [value] if isinstance(value, str) else list(value)

    resolve.calls = []
    return resolve


@pytest.fixture
def dest(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder / "video.mp4"


def _nothing_left(dest):
    """No file and no temporary part file next to where it would have been."""
    return list(dest.parent.iterdir()) == []


LOCAL = {"ok.test": "127.0.0.1", "media.test": "127.0.0.1", "evil.example": "10.0.0.5"}


# --- success ---------------------------------------------------------------


def test_fetches_through_a_name_to_the_checked_address(server, dest, connections):
    resolver = stub(LOCAL)
    progress = []
    result = fetch(
        f"http://ok.test:{server.port}/file",
        dest,
        max_bytes=MB,
        allow=LOOPBACK,
        resolver=resolver,
        chunk_size=64 * 1024,
        on_progress=lambda done, total: progress.append((done, total)),
    )
    assert dest.read_bytes() == BODY
    assert result.size == len(BODY)
    assert result.final_url == f"http://ok.test:{server.port}/file"
    assert result.content_type == "video/mp4"
    assert result.redirects == []
    assert progress[-1] == (len(BODY), len(BODY))
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)
    assert list(dest.parent.iterdir()) == [dest]  # the part file was moved, not copied
    assert connections == ["127.0.0.1"]
    headers = server.requests[0]["headers"]
    assert headers["Host"] == f"ok.test:{server.port}"
    assert headers["Accept-Encoding"] == "identity"
    assert headers["User-Agent"] == "T2M-ingest/1.0"


def test_sends_the_original_host_name_while_connecting_to_the_ip(server, dest, connections):
    fetch(
        f"http://media.test:{server.port}/host",
        dest,
        max_bytes=MB,
        allow=LOOPBACK,
        resolver=stub(LOCAL),
    )
    assert dest.read_bytes() == f"media.test:{server.port}".encode()
    assert connections == ["127.0.0.1"]


def test_the_name_is_resolved_once_and_the_connection_uses_that_answer(
    server, dest, connections, lookups
):
    """DNS rebinding: a second lookup would say 10.0.0.5; there is none."""
    answers = iter([["127.0.0.1"], ["10.0.0.5"]])
    calls = []

    def rebinding(host, port):
        calls.append(host)
        return next(answers)

    fetch(
        f"http://rebind.test:{server.port}/file",
        dest,
        max_bytes=MB,
        allow=LOOPBACK,
        resolver=rebinding,
    )
    assert calls == ["rebind.test"]
    assert "rebind.test" not in lookups  # the HTTP layer never looked the name up itself
    assert connections == ["127.0.0.1"]


def test_tries_each_checked_address_in_order(server, dest, connections):
    # 127.0.0.2 is loopback too but nothing listens there on this port.
    fetch(
        f"http://multi.test:{server.port}/file",
        dest,
        max_bytes=MB,
        allow=parse_allow_list("127.0.0.0/8"),
        resolver=stub({"multi.test": ["127.0.0.2", "127.0.0.1"]}),
    )
    assert dest.read_bytes() == BODY
    assert connections == ["127.0.0.2", "127.0.0.1"]


def test_chunked_body_under_the_cap(server, dest):
    progress = []
    result = fetch(
        f"http://ok.test:{server.port}/chunked/200000",
        dest,
        max_bytes=MB,
        allow=LOOPBACK,
        resolver=stub(LOCAL),
        on_progress=lambda done, total: progress.append(total),
    )
    assert result.size == 200000 == dest.stat().st_size
    assert set(progress) == {None}


@pytest.fixture
def server6():
    try:
        with _serving(cls=_Server6) as srv:
            yield srv
    except OSError:
        pytest.skip("no IPv6 loopback here")


def test_ipv6_by_name_and_by_literal(server6, dest, connections):
    allow = parse_allow_list("::1/128")
    fetch(
        f"http://v6.test:{server6.port}/host",
        dest,
        max_bytes=MB,
        allow=allow,
        resolver=stub({"v6.test": "::1"}),
    )
    assert dest.read_bytes() == f"v6.test:{server6.port}".encode()
    fetch(f"http://[::1]:{server6.port}/host", dest, max_bytes=MB, allow=allow)
    assert dest.read_bytes() == f"[::1]:{server6.port}".encode()
    assert connections == ["::1", "::1"]


# --- loopback without the allow-list ---------------------------------------


def test_loopback_is_refused_without_the_allow_list(server, dest, connections):
    with pytest.raises(PrivateAddressBlocked) as info:
        fetch(f"http://127.0.0.1:{server.port}/file", dest, max_bytes=MB)
    assert info.value.code == "PRIVATE_IP_BLOCKED"
    assert info.value.status == 400
    assert server.requests == []
    assert connections == []
    assert _nothing_left(dest)


def test_a_name_resolving_to_loopback_is_refused_without_the_allow_list(server, dest, connections):
    with pytest.raises(PrivateAddressBlocked) as info:
        fetch(f"http://ok.test:{server.port}/file", dest, max_bytes=MB, resolver=stub(LOCAL))
    assert "127.0.0.1" not in info.value.message  # names are not mapped for the client
    assert server.requests == []
    assert connections == []


# --- redirects ---------------------------------------------------------------


@pytest.mark.parametrize("hops", [1, 5])
def test_follows_redirects_up_to_five(server, dest, hops):
    result = fetch(
        f"http://ok.test:{server.port}/hops/{hops}",
        dest,
        max_bytes=MB,
        allow=LOOPBACK,
        resolver=stub(LOCAL),
    )
    assert dest.read_bytes() == BODY
    assert len(result.redirects) == hops
    assert result.final_url == f"http://ok.test:{server.port}/hops/0"
    assert len(server.requests) == hops + 1


def test_six_redirects_are_too_many(server, dest):
    with pytest.raises(FetchFailed) as info:
        fetch(
            f"http://ok.test:{server.port}/hops/6",
            dest,
            max_bytes=MB,
            allow=LOOPBACK,
            resolver=stub(LOCAL),
        )
    assert info.value.code == "URL_FETCH_FAILED"
    assert info.value.status == 422
    assert "Too many redirects" in info.value.message
    assert len(server.requests) == 6
    assert _nothing_left(dest)


def test_a_redirect_to_another_name_is_resolved_and_checked(server, dest):
    resolver = stub({**LOCAL, "cdn.test": "127.0.0.1"})
    target = quote(f"http://cdn.test:{server.port}/file", safe="")
    result = fetch(
        f"http://ok.test:{server.port}/to?u={target}",
        dest,
        max_bytes=MB,
        allow=LOOPBACK,
        resolver=resolver,
    )
    assert resolver.calls == ["ok.test", "cdn.test"]
    assert result.redirects == [f"http://cdn.test:{server.port}/file"]
    assert server.requests[1]["headers"]["Host"] == f"cdn.test:{server.port}"


@pytest.mark.parametrize(
    "location",
    [
        "http://10.0.0.5/",
        "http://169.254.169.254/latest/meta-data/",
        "http://evil.example/x",  # a name the stub resolves to 10.0.0.5
        "http://[::ffff:169.254.169.254]/",
        "http://2852039166/",  # 169.254.169.254 in decimal
        "https://[fd00::1]/",
    ],
)
def test_a_redirect_to_a_private_address_is_refused_before_connecting(
    server, dest, connections, location
):
    with pytest.raises(PrivateAddressBlocked):
        fetch(
            f"http://ok.test:{server.port}/to?u={quote(location, safe='')}",
            dest,
            max_bytes=MB,
            allow=LOOPBACK,
            resolver=stub(LOCAL),
        )
    assert connections == ["127.0.0.1"]  # the first hop only
    assert len(server.requests) == 1
    assert _nothing_left(dest)


@pytest.mark.parametrize(
    "location",
    ["file:///etc/passwd", "gopher://x/", "http://user:pw@ok.test/", "http://1.2.3.4.5/"],
)
def test_a_redirect_to_an_unusable_url_fails_the_fetch(server, dest, connections, location):
    with pytest.raises(FetchFailed) as info:
        fetch(
            f"http://ok.test:{server.port}/to?u={quote(location, safe='')}",
            dest,
            max_bytes=MB,
            allow=LOOPBACK,
            resolver=stub(LOCAL),
        )
    assert "redirected to an unusable URL" in info.value.message
    assert info.value.details["url"]
    assert connections == ["127.0.0.1"]


# --- size, status, timeouts, cancel -----------------------------------------


def test_a_huge_content_length_is_refused_before_reading(server, dest):
    with pytest.raises(TooLarge) as info:
        fetch(
            f"http://ok.test:{server.port}/huge-length",
            dest,
            max_bytes=MB,
            allow=LOOPBACK,
            resolver=stub(LOCAL),
        )
    assert info.value.code == "FILE_TOO_LARGE"
    assert info.value.status == 413
    assert _nothing_left(dest)


def test_a_chunked_body_over_the_cap_is_cut_and_removed(server, dest):
    with pytest.raises(TooLarge):
        fetch(
            f"http://ok.test:{server.port}/chunked/{3 * MB}",
            dest,
            max_bytes=MB,
            allow=LOOPBACK,
            resolver=stub(LOCAL),
            chunk_size=64 * 1024,
        )
    assert _nothing_left(dest)


def test_a_file_at_exactly_the_cap_is_accepted(server, dest):
    result = fetch(
        f"http://ok.test:{server.port}/file",
        dest,
        max_bytes=len(BODY),
        allow=LOOPBACK,
        resolver=stub(LOCAL),
    )
    assert result.size == len(BODY)


def test_a_404_is_reported_readably(server, dest):
    with pytest.raises(FetchFailed) as info:
        fetch(
            f"http://ok.test:{server.port}/status/404",
            dest,
            max_bytes=MB,
            allow=LOOPBACK,
            resolver=stub(LOCAL),
        )
    assert info.value.message == "The server at ok.test answered 404 Not Found."
    assert info.value.status == 422
    assert _nothing_left(dest)


def test_a_slow_server_times_out(server, dest):
    started = time.monotonic()
    with pytest.raises(FetchFailed) as info:
        fetch(
            f"http://ok.test:{server.port}/slow",
            dest,
            max_bytes=MB,
            allow=LOOPBACK,
            resolver=stub(LOCAL),
            timeout=0.3,
        )
    assert time.monotonic() - started < 2
    assert "did not answer in time" in info.value.message
    assert _nothing_left(dest)


def test_the_overall_deadline_stops_a_trickle(server, dest):
    """Each read arrives within the timeout, but the whole takes too long."""
    started = time.monotonic()
    with pytest.raises(FetchFailed) as info:
        fetch(
            f"http://ok.test:{server.port}/drip",
            dest,
            max_bytes=10 * MB,
            allow=LOOPBACK,
            resolver=stub(LOCAL),
            timeout=5,
            deadline=0.5,
            chunk_size=1024,
        )
    assert time.monotonic() - started < 2
    assert "took longer than 0.5 seconds" in info.value.message
    assert _nothing_left(dest)


def test_the_overall_deadline_cuts_a_stalled_read(server, dest):
    """A read that blocks late gets only what is left of the deadline, not the
    read timeout computed when the connection was made."""
    started = time.monotonic()
    with pytest.raises(FetchFailed, match=re.escape("took longer than 1 seconds")):
        fetch(
            f"http://ok.test:{server.port}/stall",
            dest,
            max_bytes=MB,
            allow=LOOPBACK,
            resolver=stub(LOCAL),
            timeout=5,
            deadline=1.0,
            chunk_size=1024,
        )
    assert time.monotonic() - started < 1.5
    assert _nothing_left(dest)


def test_a_body_shorter_than_announced_fails(server, dest):
    with pytest.raises(FetchFailed) as info:
        fetch(
            f"http://ok.test:{server.port}/short",
            dest,
            max_bytes=MB,
            allow=LOOPBACK,
            resolver=stub(LOCAL),
        )
    assert "before the whole file arrived" in info.value.message
    assert _nothing_left(dest)


def test_an_encoded_body_is_refused(server, dest):
    with pytest.raises(FetchFailed, match="gzip-encoded"):
        fetch(
            f"http://ok.test:{server.port}/gzip",
            dest,
            max_bytes=MB,
            allow=LOOPBACK,
            resolver=stub(LOCAL),
        )
    assert _nothing_left(dest)


def test_a_refused_connection_is_a_fetch_failure(dest, connections):
    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchFailed, match="refused the connection"):
        fetch(f"http://ok.test:{port}/", dest, max_bytes=MB, allow=LOOPBACK, resolver=stub(LOCAL))
    assert connections == ["127.0.0.1"]
    assert _nothing_left(dest)


def test_should_cancel_stops_mid_download(server, dest):
    progress = []
    with pytest.raises(FetchCancelled):
        fetch(
            f"http://ok.test:{server.port}/drip",
            dest,
            max_bytes=10 * MB,
            allow=LOOPBACK,
            resolver=stub(LOCAL),
            chunk_size=1024,
            should_cancel=lambda: len(progress) >= 3,
            on_progress=lambda done, total: progress.append(done),
        )
    assert len(progress) == 3
    assert _nothing_left(dest)


def test_a_failure_removes_an_existing_dest_too(server, dest):
    dest.write_bytes(b"stale")
    with pytest.raises(FetchFailed):
        fetch(
            f"http://ok.test:{server.port}/status/500",
            dest,
            max_bytes=MB,
            allow=LOOPBACK,
            resolver=stub(LOCAL),
        )
    assert _nothing_left(dest)


# --- hostile URLs ------------------------------------------------------------

BLOCKED_ADDRESSES = [
    "127.0.0.1",
    "127.255.255.254",
    "10.0.0.1",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "0.0.0.0",  # noqa: S104 (a destination to refuse, not a bind address)
    "100.64.0.1",
    "100.127.255.254",
    "224.0.0.1",
    "240.0.0.1",
    "255.255.255.255",
    "192.0.2.1",
    "198.18.0.1",
    "::",
    "::1",
    "fe80::1",
    "fc00::1",
    "fd12::1",
    "fec0::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "::127.0.0.1",
    "::a00:1",
    "64:ff9b::a00:1",
    "64:ff9b::7f00:1",
    "64:ff9b:1::808:808",
    "2002:0a00:0001::",
    "2002:7f00:0001::1",
    "2001:db8::1",
    "2001::1",  # Teredo
]

PUBLIC_ADDRESSES = [
    PUBLIC_V4,
    "8.8.8.8",
    "2606:4700::1111",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
    "2002:808:808::",
]


def _literal_url(addr: str) -> str:
    return f"http://[{addr}]/" if ":" in addr else f"http://{addr}/"


@pytest.mark.parametrize("addr", BLOCKED_ADDRESSES)
def test_a_blocked_address_is_refused_as_a_literal(addr, dest, connections, lookups):
    with pytest.raises(PrivateAddressBlocked) as info:
        fetch(_literal_url(addr), dest, max_bytes=MB)
    assert info.value.code == "PRIVATE_IP_BLOCKED"
    assert info.value.details["url"]
    assert connections == []
    assert lookups == []
    assert _nothing_left(dest)


@pytest.mark.parametrize("addr", BLOCKED_ADDRESSES)
def test_a_blocked_address_is_refused_when_a_name_resolves_to_it(addr, dest, connections):
    with pytest.raises(PrivateAddressBlocked) as info:
        fetch(
            "https://videos.test/clip.mp4", dest, max_bytes=MB, resolver=stub({"videos.test": addr})
        )
    assert "videos.test resolves to" in info.value.message
    assert addr not in info.value.message
    assert connections == []


@pytest.mark.parametrize("addr", PUBLIC_ADDRESSES)
def test_public_addresses_pass_the_check(addr, connections):
    checked = check_url("http://videos.test/clip.mp4", resolver=stub({"videos.test": addr}))
    assert checked.addresses == [str(ip_address(addr))]
    assert connections == []


@pytest.mark.parametrize(
    "answer",
    [[PUBLIC_V4, "10.0.0.5"], ["10.0.0.5", PUBLIC_V4], ["2606:4700::1111", "::1"]],
)
def test_every_resolved_address_must_pass(answer, dest, connections):
    with pytest.raises(PrivateAddressBlocked):
        fetch("http://mixed.test/", dest, max_bytes=MB, resolver=stub({"mixed.test": answer}))
    assert connections == []


HOSTILE_URLS = [
    ("http://2130706433/", PrivateAddressBlocked),
    ("http://0x7f000001/", PrivateAddressBlocked),
    ("http://0177.0.0.1/", PrivateAddressBlocked),
    ("http://0x7f.0.0.1/", PrivateAddressBlocked),
    ("http://127.1/", PrivateAddressBlocked),
    ("http://127.0.0.1./", PrivateAddressBlocked),
    ("http://0/", PrivateAddressBlocked),
    ("http://017700000001/", PrivateAddressBlocked),
    ("http://[::1]:80/", PrivateAddressBlocked),
    ("http://[0:0:0:0:0:ffff:7f00:1]/", PrivateAddressBlocked),
    ("http://127.0.0.1:8080/", PrivateAddressBlocked),
    ("HTTP://169.254.169.254/latest/meta-data/", PrivateAddressBlocked),
    ("http://user:pw@example.com/", BadRequest),
    ("http://user@example.com/", BadRequest),
    ("http://example.com@127.0.0.1/", BadRequest),
    ("http://example.com\\@127.0.0.1/", BadRequest),
    ("file:///etc/passwd", BadRequest),
    ("ftp://x/", BadRequest),
    ("gopher://x/", BadRequest),
    ("data:text/plain,hi", BadRequest),
    ("javascript:alert(1)", BadRequest),
    ("dict://127.0.0.1:11211/", BadRequest),
    ("//example.com/x", BadRequest),
    ("example.com/x", BadRequest),
    ("http:///nohost", BadRequest),
    ("http://", BadRequest),
    ("http://:80/", BadRequest),
    ("http://example.com:0/", BadRequest),
    ("http://example.com:65536/", BadRequest),
    ("http://example.com:http/", BadRequest),
    ("http://example.com:-1/", BadRequest),
    ("http://[fe80::1%25eth0]/", BadRequest),
    ("http://[::1/", BadRequest),
    ("http://::1/", BadRequest),
    ("http://1.2.3.4.5/", BadRequest),
    ("http://256.0.0.1/", BadRequest),
    ("http://0x100000000/", BadRequest),
    ("http://exa mple.com/", BadRequest),
    ("http://%31%32%37.0.0.1/", BadRequest),
    ("http://example.com/\r\nX-Injected: 1", BadRequest),
    ("http://example.com/\x00", BadRequest),
    ("", BadRequest),
    ("http://example.com/" + "a" * 2048, BadRequest),
]


@pytest.mark.parametrize(("url", "error"), HOSTILE_URLS, ids=lambda v: repr(v)[:40])
def test_hostile_urls_are_refused_before_any_connection(url, error, dest, connections, lookups):
    resolver = stub({})  # would make any name look unresolvable; must not even be asked
    with pytest.raises(error) as info:
        fetch(url, dest, max_bytes=MB, resolver=resolver)
    assert info.value.status == 400
    assert (
        info.value.code
        == {
            PrivateAddressBlocked: "PRIVATE_IP_BLOCKED",
            BadRequest: "VALIDATION_ERROR",
        }[error]
    )
    assert info.value.details["url"]
    assert resolver.calls == []
    assert connections == []
    assert lookups == []
    assert _nothing_left(dest)
    with pytest.raises(error):
        check_url(url, resolver=resolver)


def test_localhost_through_the_real_resolver_is_refused(dest, connections):
    with pytest.raises(PrivateAddressBlocked):
        fetch("http://localhost/", dest, max_bytes=MB)
    assert connections == []


# --- resolution ---------------------------------------------------------------


def test_an_unknown_name_is_not_resolvable(dest, connections):
    with pytest.raises(HostNotResolvable) as info:
        fetch("http://nowhere.test/", dest, max_bytes=MB, resolver=stub({}))
    assert info.value.code == "HOST_NOT_RESOLVABLE"
    assert info.value.status == 400
    assert info.value.message == "The host nowhere.test could not be resolved."
    assert connections == []
    assert _nothing_left(dest)


def test_an_empty_answer_is_not_resolvable():
    with pytest.raises(HostNotResolvable):
        check_url("http://empty.test/", resolver=lambda host, port: [])


def test_the_real_resolver_fails_fast_on_dot_invalid(connections):
    started = time.monotonic()
    with pytest.raises(HostNotResolvable):
        check_url("http://does-not-exist.invalid/")
    assert time.monotonic() - started < 12  # bounded by RESOLVE_TIMEOUT even offline
    assert connections == [] or all(ip_address(c).is_loopback for c in connections)


def test_the_resolver_gets_the_idna_name_and_port():
    resolver = stub({"xn--bcher-kva.example": PUBLIC_V4})
    checked = check_url("https://Bücher.example:8443/a b/ü?q=1 2#frag", resolver=resolver)
    assert checked == CheckedUrl(
        scheme="https",
        host="xn--bcher-kva.example",
        port=8443,
        path_and_query="/a%20b/%C3%BC?q=1%202",
        addresses=[PUBLIC_V4],
    )
    assert checked.host_header == "xn--bcher-kva.example:8443"
    assert checked.url == "https://xn--bcher-kva.example:8443/a%20b/%C3%BC?q=1%202"


def test_default_port_and_empty_path():
    checked = check_url("http://Example.COM", resolver=stub({"example.com": PUBLIC_V4}))
    assert (checked.port, checked.path_and_query, checked.host_header) == (80, "/", "example.com")


def test_the_allow_list_admits_only_its_networks():
    allow = parse_allow_list("10.0.0.0/8")
    assert check_url("http://10.1.2.3/", allow=allow).addresses == ["10.1.2.3"]
    with pytest.raises(PrivateAddressBlocked):
        check_url("http://192.168.0.1/", allow=allow)


# --- the address policy and allow-list parsing --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2130706433", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("127.0.1", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("1.2.3.4.", "1.2.3.4"),
        ("0", "0.0.0.0"),  # noqa: S104 (parsed, never bound)
        ("example.com", None),
        ("1.2.3.example", None),
        ("0x7f.example", None),
    ],
)
def test_ipv4_notations(text, expected):
    result = parse_ipv4_host(text)
    assert (str(result) if result else None) == expected


@pytest.mark.parametrize("text", ["1.2.3.4.5", "256.1.1.1", "1.2.3.256", "08.1.1.1", "1..2.3"])
def test_invalid_ipv4_notations(text):
    with pytest.raises(ValueError, match="IPv4"):
        parse_ipv4_host(text)


def test_embedded_forms_are_recognised():
    assert embedded_ipv4(ip_address("64:ff9b::a00:1")) == ("NAT64", ip_address("10.0.0.1"))
    assert embedded_ipv4(ip_address("2002:a00:1::")) == ("6to4", ip_address("10.0.0.1"))
    assert embedded_ipv4(ip_address("::1")) is None
    assert "IPv4-mapped" in refusal_reason(ip_address("::ffff:10.0.0.1"))


def test_allow_list_covers_the_mapped_form():
    allow = parse_allow_list("127.0.0.1")
    assert check_address(ip_address("::ffff:127.0.0.1"), allow) is None
    assert check_address(ip_address("::1"), allow) == "a loopback address"


def test_parse_allow_list():
    assert parse_allow_list(" 127.0.0.1/32, ::1/128 ,,") == (
        ip_network("127.0.0.1/32"),
        ip_network("::1/128"),
    )
    assert parse_allow_list("") == ()
    with pytest.raises(ValueError, match="'nope'"):
        parse_allow_list("127.0.0.1/32, nope")
    with pytest.raises(ValueError, match=re.escape("10.0.0.1/8")):
        parse_allow_list("10.0.0.1/8")  # host bits set: a typo, not silently widened


def test_error_classes():
    for cls, code, status in [
        (PrivateAddressBlocked, "PRIVATE_IP_BLOCKED", 400),
        (HostNotResolvable, "HOST_NOT_RESOLVABLE", 400),
        (FetchFailed, "URL_FETCH_FAILED", 422),
    ]:
        assert issubclass(cls, AppError)
        assert (cls.code, cls.status) == (code, status)
    assert not issubclass(FetchCancelled, AppError)


# --- https: SNI and certificate checked against the name ------------------------


@pytest.fixture(scope="module")
def tls(tmp_path_factory):
    """A throw-away CA and a certificate for media.test (and nothing else)."""
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.datetime.now(datetime.UTC)

    def name(cn):
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    def builder(subject, issuer, key):
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(issuer)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(hours=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        )

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        builder(name("T2M test CA"), name("T2M test CA"), ca_key)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        builder(name("media.test"), ca.subject, leaf_key)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("media.test")]), False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    (folder / "leaf.pem").write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    (folder / "leaf.key").write_bytes(
        leaf_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return folder, ca.public_bytes(serialization.Encoding.PEM).decode()


@pytest.fixture
def https_server(tls):
    folder, _ = tls
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "leaf.pem", folder / "leaf.key")
    with _serving(context) as srv:
        yield srv


def _client_context(tls):
    return ssl.create_default_context(cadata=tls[1])


def test_https_connects_to_the_ip_but_verifies_the_name(https_server, tls, dest, connections):
    resolver = stub({"media.test": "127.0.0.1"})
    result = fetch(
        f"https://media.test:{https_server.port}/file",
        dest,
        max_bytes=MB,
        allow=LOOPBACK,
        resolver=resolver,
        ssl_context=_client_context(tls),
    )
    assert dest.read_bytes() == BODY
    assert result.final_url == f"https://media.test:{https_server.port}/file"
    assert https_server.sni == ["media.test"]
    assert https_server.requests[0]["headers"]["Host"] == f"media.test:{https_server.port}"
    assert connections == ["127.0.0.1"]


def test_https_refuses_a_certificate_for_another_name(https_server, tls, dest):
    with pytest.raises(FetchFailed, match="certificate is not valid"):
        fetch(
            f"https://other.test:{https_server.port}/file",
            dest,
            max_bytes=MB,
            allow=LOOPBACK,
            resolver=stub({"other.test": "127.0.0.1"}),
            ssl_context=_client_context(tls),
        )
    assert https_server.requests == []
    assert _nothing_left(dest)


def test_https_refuses_an_unknown_authority(https_server, dest):
    with pytest.raises(FetchFailed, match="secure connection"):
        fetch(
            f"https://media.test:{https_server.port}/file",
            dest,
            max_bytes=MB,
            allow=LOOPBACK,
            resolver=stub({"media.test": "127.0.0.1"}),
        )
    assert https_server.requests == []


def test_https_to_http_redirect_is_refused(https_server, server, tls, dest):
    target = quote(f"http://media.test:{server.port}/file", safe="")
    with pytest.raises(FetchFailed, match="from https to plain http"):
        fetch(
            f"https://media.test:{https_server.port}/to?u={target}",
            dest,
            max_bytes=MB,
            allow=LOOPBACK,
            resolver=stub({"media.test": "127.0.0.1"}),
            ssl_context=_client_context(tls),
        )
    assert server.requests == []
    assert _nothing_left(dest)
