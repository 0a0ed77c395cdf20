"""Fetch a user-supplied URL without letting it reach the inside (SSRF-safe).

Every hop (the URL and each redirect) is resolved, checked and connected to
by :mod:`t2m.net.pinned`: every address the name resolves to must be public
(or allowed), and the connection goes to the checked address itself, so DNS
rebinding cannot redirect the request.

Redirects from https to plain http are refused: the caller asked for a secure
transfer, and a downgrade lets anyone on the path replace the file. Whoever
trusts the http location can submit it directly. Only ``GET`` is issued.
"""

from __future__ import annotations

import os
import re
import secrets
import ssl
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urljoin

from urllib3.exceptions import HTTPError, ProtocolError, ReadTimeoutError

from t2m.errors import BadRequest, TooLarge
from t2m.net.addresses import Network
from t2m.net.pinned import (
    RESOLVE_TIMEOUT,
    CheckedUrl,
    Clock,
    FetchCancelled,
    FetchFailed,
    HostNotResolvable,
    PrivateAddressBlocked,
    Resolver,
    check_target,
    check_url,
    open_pinned,
)
from t2m.net.urls import Target, parse_url

__all__ = [
    "CheckedUrl",
    "FetchCancelled",
    "FetchFailed",
    "FetchResult",
    "HostNotResolvable",
    "PrivateAddressBlocked",
    "check_url",
    "fetch",
]

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class FetchResult:
    """What :func:`fetch` stored: the last URL, byte count and declared type."""

    final_url: str
    size: int
    content_type: str | None
    redirects: list[str] = field(default_factory=list)


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
            clock=Clock(deadline, target.host),
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
    clock: Clock
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
            checked = check_target(target, self.allow, self.resolver, seconds)
            self.clock.host = checked.host
            headers = {"Host": checked.host_header, **self.headers}
            pool, response = open_pinned(
                checked, "GET", headers, self.timeout, self.clock, self.ssl_context
            )
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
