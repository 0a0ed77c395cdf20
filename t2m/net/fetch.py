"""Fetch a user-supplied URL without letting it reach the inside (SSRF-safe).

Every hop (the URL and each redirect) is parsed strictly, its host resolved
once, and *every* resolved address checked against :mod:`t2m.net.addresses`
before any packet is sent. The connection then goes to the checked address
itself, with the original name in ``Host:`` and, for https, in SNI and the
certificate check, so a DNS answer that changes between check and connect
(DNS rebinding) cannot redirect the request.

Redirects from https to plain http are refused: the caller asked for a secure
transfer, and a downgrade lets anyone on the path replace the file. Whoever
trusts the http location can submit it directly.

No environment proxy is used (urllib3 pools never read ``*_proxy``), no
credentials or cookies are sent, and only ``GET`` is issued.
"""

from __future__ import annotations

import os
import re
import secrets
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from ipaddress import ip_address
from pathlib import Path
from urllib.parse import urljoin

from urllib3 import HTTPConnectionPool, HTTPSConnectionPool, Timeout
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
)
from urllib3.exceptions import SSLError as Urllib3SSLError

from t2m.errors import AppError, BadRequest, TooLarge
from t2m.net.addresses import Address, Network, check_address
from t2m.net.urls import Target, authority, parse_url

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# getaddrinfo cannot be interrupted; a stuck resolver must not stall a worker.
RESOLVE_TIMEOUT = 10.0

Resolver = Callable[[str, int], list[str]]


class PrivateAddressBlocked(AppError):
    code = "PRIVATE_IP_BLOCKED"
    status = 400
    message = "This URL points to a private or reserved network address."


class HostNotResolvable(AppError):
    code = "HOST_NOT_RESOLVABLE"
    status = 400
    message = "The host name of this URL could not be resolved."


class FetchFailed(AppError):
    code = "URL_FETCH_FAILED"
    status = 422
    message = "The URL could not be fetched."


class FetchCancelled(Exception):
    """The caller's ``should_cancel()`` asked to stop; nothing was kept."""


@dataclass(frozen=True)
class CheckedUrl:
    """A URL that passed every check, with the addresses it may be fetched from."""

    scheme: str
    host: str  # lower-case ASCII (IDNA) name, or a normalised IP literal without brackets
    port: int
    path_and_query: str
    addresses: list[str]

    @property
    def host_header(self) -> str:
        """The ``Host:`` value: the original name, and the port when not the default."""
        return authority(self.scheme, self.host, self.port)

    @property
    def url(self) -> str:
        """The normalised URL (no fragment, no userinfo)."""
        return f"{self.scheme}://{self.host_header}{self.path_and_query}"


@dataclass(frozen=True)
class FetchResult:
    """What :func:`fetch` stored: the last URL, byte count and declared type."""

    final_url: str
    size: int
    content_type: str | None
    redirects: list[str] = field(default_factory=list)


def _system_resolver(timeout: float) -> Resolver:
    """``getaddrinfo`` in a daemon thread, abandoned after ``timeout`` seconds."""

    def resolve(host: str, port: int) -> list[str]:
        box: dict = {}

        def work() -> None:
            try:
                box["infos"] = socket.getaddrinfo(
                    host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
                )
            except Exception as exc:  # handed to the caller's thread below
                box["error"] = exc

        worker = threading.Thread(target=work, name=f"resolve {host}", daemon=True)
        worker.start()
        worker.join(timeout)
        if worker.is_alive():
            why = f"Looking up {host} took longer than {timeout:g} seconds."
            raise HostNotResolvable(why, details={"url": [why]})
        if "error" in box:
            raise box["error"]
        return [info[4][0] for info in box["infos"]]

    return resolve


def _resolve(target: Target, resolver: Resolver | None, timeout: float) -> list[Address]:
    if target.literal is not None:
        return [target.literal]
    resolve = resolver or _system_resolver(timeout)
    unresolvable = HostNotResolvable(
        f"The host {target.host} could not be resolved.",
        details={"url": [f"The host {target.host} could not be resolved."]},
    )
    try:
        raw = resolve(target.host, target.port)
    except (OSError, UnicodeError):  # socket.gaierror / herror are OSErrors
        raise unresolvable from None
    found: list[Address] = []
    for text in raw or ():
        try:
            addr = ip_address(text)
        except ValueError:
            raise unresolvable from None
        if addr not in found:
            found.append(addr)
    if not found:
        raise unresolvable
    return found


def _check_target(
    target: Target, allow: Iterable[Network], resolver: Resolver | None, timeout: float
) -> CheckedUrl:
    allow = tuple(allow)
    found = _resolve(target, resolver, timeout)
    for addr in found:
        reason = check_address(addr, allow)
        if reason is None:
            continue
        if target.literal is not None:
            why = f"The address {addr} is {reason}; fetching from it is not allowed."
        else:
            # The address itself is not shown: it would let a client map the
            # inside network through our resolver.
            why = f"{target.host} resolves to {_strip_ip(reason)}; fetching from it is not allowed."
        raise PrivateAddressBlocked(why, details={"url": [why]})
    return CheckedUrl(
        target.scheme, target.host, target.port, target.path_and_query, [str(a) for a in found]
    )


def _strip_ip(reason: str) -> str:
    return reason.split(" (", 1)[0]


def check_url(
    url: str, *, allow: Iterable[Network] = (), resolver: Resolver | None = None
) -> CheckedUrl:
    """Parse, validate and resolve ``url`` and check every address it resolves to.

    Raises :class:`t2m.errors.BadRequest` (``VALIDATION_ERROR``, details under
    ``url``) for a URL that is malformed, longer than 2048 characters, not
    http(s), carries a user name or password, or has port 0;
    :class:`HostNotResolvable` when the name does not resolve (lookups give up
    after ``RESOLVE_TIMEOUT`` seconds); :class:`PrivateAddressBlocked` when any
    address is not public and not in ``allow``. Nothing is connected to.
    """
    return _check_target(parse_url(url), allow, resolver, RESOLVE_TIMEOUT)


class _Clock:
    """The overall deadline, turned into per-operation timeouts."""

    def __init__(self, seconds: float, host: str):
        self.seconds = seconds
        self.host = host
        self.end = time.monotonic() + seconds

    def budget(self, timeout: float) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise FetchFailed(
                f"Fetching from {self.host} took longer than {self.seconds:g} seconds."
            )
        return min(timeout, left)


def _default_ssl_context() -> ssl.SSLContext:
    """The system's trust store plus certifi's (present with requests), so a
    box without CA certificates installed can still verify public servers."""
    context = ssl.create_default_context()
    try:
        import certifi

        context.load_verify_locations(certifi.where())
    except (ImportError, OSError):
        pass
    return context


def _pool(checked: CheckedUrl, addr: str, timeout: Timeout, context: ssl.SSLContext | None):
    if checked.scheme == "https":
        return HTTPSConnectionPool(
            addr,
            checked.port,
            timeout=timeout,
            maxsize=1,
            retries=False,
            cert_reqs="CERT_REQUIRED",
            ssl_context=context or _default_ssl_context(),
            server_hostname=checked.host,  # SNI: the name, not the address
            assert_hostname=checked.host,  # the certificate must be for the name
        )
    return HTTPConnectionPool(addr, checked.port, timeout=timeout, maxsize=1, retries=False)


def _phrase(status: int, reason: str | None) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        # The server's own words, but only a short printable line of them.
        return re.sub(r"[^ -~]", "", reason or "")[:60]


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    value = float(n)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1024
        if value < 1024 or unit == "TB":
            break
    return f"{value:.1f} {unit}"


def _open(checked: CheckedUrl, headers: dict, timeout: float, clock: _Clock, context):
    """Send the GET to the first checked address that accepts a connection."""
    host = checked.host
    refused = timed_out = False
    for addr in checked.addresses:
        seconds = clock.budget(timeout)
        pool = _pool(checked, addr, Timeout(connect=seconds, read=seconds), context)
        try:
            response = pool.urlopen(
                "GET",
                checked.path_and_query,
                headers=headers,
                retries=False,
                redirect=False,
                assert_same_host=False,
                preload_content=False,
                decode_content=False,
            )
            return pool, response
        except NewConnectionError:
            pool.close()
            refused = True
        except ConnectTimeoutError:
            pool.close()
            timed_out = True
        except Urllib3SSLError as exc:
            pool.close()
            raise FetchFailed(
                f"A secure connection to {host} could not be established ({_tls_reason(exc)})."
            ) from None
        except ReadTimeoutError:
            pool.close()
            clock.budget(timeout)  # names the deadline if that was the cause
            raise FetchFailed(f"The server at {host} did not answer in time.") from None
        except (ProtocolError, HTTPError, OSError):
            pool.close()
            raise FetchFailed(
                f"The server at {host} closed the connection or sent an invalid response."
            ) from None
    if timed_out and not refused:
        raise FetchFailed(f"The server at {host} did not accept a connection in time.")
    raise FetchFailed(f"The server at {host} refused the connection.")


def _tls_reason(exc: Exception) -> str:
    text = str(exc)
    if "CERTIFICATE_VERIFY_FAILED" in text or "match" in text.lower():
        return "its certificate is not valid for this name"
    return "the TLS handshake failed"


def _content_length(response, host: str) -> int | None:
    if "chunked" in response.headers.get("Transfer-Encoding", "").lower():
        return None
    raw = response.headers.get("Content-Length")
    if raw is None:
        return None
    values = {v.strip() for v in raw.split(",")}
    value = values.pop() if len(values) == 1 else ""
    if not (value.isascii() and value.isdigit()):
        raise FetchFailed(f"The server at {host} sent an invalid Content-Length.")
    return int(value)


def _next_target(current: CheckedUrl, location: str | None, status: int) -> Target:
    host = current.host
    if not location:
        raise FetchFailed(f"The server at {host} answered {status} without a Location.")
    try:
        target = parse_url(urljoin(current.url, location.strip()))
    except BadRequest as exc:
        why = exc.details["url"][0]
        raise FetchFailed(
            f"The server at {host} redirected to an unusable URL: {why}",
            details={"url": [why]},
        ) from None
    if current.scheme == "https" and target.scheme == "http":
        raise FetchFailed(
            f"The server at {host} redirected from https to plain http; "
            "submit the http URL itself if you trust it."
        )
    return target


def fetch(
    url: str,
    dest: Path,
    *,
    max_bytes: int,
    allow: Iterable[Network] = (),
    resolver: Resolver | None = None,
    timeout: float = 30.0,
    deadline: float = 600.0,
    max_redirects: int = 5,
    user_agent: str = "T2M-ingest/1.0",
    chunk_size: int = 1 << 20,
    should_cancel: Callable[[], bool] | None = None,
    on_progress: Callable[[int, int | None], None] | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> FetchResult:
    """Download ``url`` into ``dest`` in constant memory, checking every hop.

    ``timeout`` bounds each connect and each read; ``deadline`` bounds the
    whole transfer (resolution, redirects and body). ``should_cancel`` is
    polled between chunks and raises :class:`FetchCancelled`; ``on_progress``
    gets ``(bytes so far, Content-Length or None)`` after each chunk.
    ``ssl_context`` replaces the default trust store (a private CA).

    Raises what :func:`check_url` raises (for a redirect target too, except
    that an unusable redirect URL is a :class:`FetchFailed`), ``TooLarge``
    when the declared or received size exceeds ``max_bytes``, and
    :class:`FetchFailed` for non-2xx answers, more than ``max_redirects``
    redirects, https to http downgrades, timeouts, TLS and connection
    failures. The body lands in a temporary sibling of ``dest`` that is
    moved into place at the end; after any failure ``dest`` does not exist.
    """
    dest = Path(dest)
    part = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.part")
    headers = {
        "User-Agent": user_agent,
        "Accept": "*/*",
        "Accept-Encoding": "identity",  # the cap counts the bytes stored, not a compressed wire
        "Connection": "close",
    }
    try:
        target = parse_url(url)
        job = _Job(
            part=part,
            max_bytes=max_bytes,
            allow=tuple(allow),
            resolver=resolver,
            timeout=timeout,
            clock=_Clock(deadline, target.host),
            max_redirects=max_redirects,
            headers=headers,
            chunk_size=chunk_size,
            should_cancel=should_cancel or (lambda: False),
            on_progress=on_progress,
            ssl_context=ssl_context,
        )
        result = job.run(target)
        os.replace(part, dest)
        return result
    except BaseException:
        # Cancellation and interrupts included: never leave a partial file.
        part.unlink(missing_ok=True)
        dest.unlink(missing_ok=True)
        raise


@dataclass
class _Job:
    """One :func:`fetch` call: its settings and the hop-by-hop loop."""

    part: Path
    max_bytes: int
    allow: tuple[Network, ...]
    resolver: Resolver | None
    timeout: float
    clock: _Clock
    max_redirects: int
    headers: dict[str, str]
    chunk_size: int
    should_cancel: Callable[[], bool]
    on_progress: Callable[[int, int | None], None] | None
    ssl_context: ssl.SSLContext | None

    def run(self, target: Target) -> FetchResult:
        redirects: list[str] = []
        while True:
            if self.should_cancel():
                raise FetchCancelled()
            seconds = self.clock.budget(RESOLVE_TIMEOUT)
            checked = _check_target(target, self.allow, self.resolver, seconds)
            self.clock.host = checked.host
            headers = {"Host": checked.host_header, **self.headers}
            pool, response = _open(checked, headers, self.timeout, self.clock, self.ssl_context)
            with pool, response:
                status = response.status
                if status in REDIRECT_STATUSES:
                    if len(redirects) >= self.max_redirects:
                        raise FetchFailed(
                            f"Too many redirects: gave up after {self.max_redirects} "
                            f"(the last from {checked.host})."
                        )
                    target = _next_target(checked, response.headers.get("Location"), status)
                    redirects.append(target.url)
                    continue
                if not 200 <= status < 300:
                    phrase = _phrase(status, response.reason)
                    answer = f"{status} {phrase}".rstrip()
                    raise FetchFailed(f"The server at {checked.host} answered {answer}.")
                return FetchResult(
                    final_url=checked.url,
                    size=self._stream(response, checked.host),
                    content_type=response.headers.get("Content-Type"),
                    redirects=redirects,
                )

    def _stream(self, response, host: str) -> int:
        """Copy the body to the part file, enforcing the size cap, deadline and cancel."""
        encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
        if encoding not in ("", "identity"):
            raise FetchFailed(
                f"The server at {host} sent a {encoding[:20]}-encoded body "
                "though none was asked for."
            )
        total = _content_length(response, host)
        too_large = TooLarge(
            f"The file at {host} is larger than the {_size(self.max_bytes)} limit."
        )
        if total is not None and total > self.max_bytes:
            raise too_large  # before reading a byte
        written = 0
        with open(self.part, "wb") as out:
            while True:
                if self.should_cancel():
                    raise FetchCancelled()
                # Each read gets what is left of the deadline, not a fresh timeout.
                seconds = self.clock.budget(self.timeout)
                sock = getattr(response.connection, "sock", None)
                if sock is not None:
                    sock.settimeout(seconds)
                try:
                    chunk = response.read1(self.chunk_size)
                except ReadTimeoutError:
                    self.clock.budget(self.timeout)  # names the deadline if that was the cause
                    raise FetchFailed(f"The server at {host} stopped sending data.") from None
                except (ProtocolError, HTTPError, OSError):
                    raise FetchFailed(
                        f"The server at {host} closed the connection before the whole file arrived."
                    ) from None
                if not chunk:
                    return written
                written += len(chunk)
                if written > self.max_bytes:
                    raise too_large
                out.write(chunk)
                if self.on_progress is not None:
                    self.on_progress(written, total)
