"""POST to a user-given URL once, SSRF-safe (webhook deliveries).

The name is resolved and every address checked at each send, not only when
the URL was saved (a DNS answer may change: rebinding), and the request goes
to the checked address. Redirects are never followed (a 3xx is an answer
like any other), the whole exchange has one deadline, and at most
``max_response`` bytes of the answer are read: a receiver that hangs or
answers with 100 MB costs a few seconds and 64 KB.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

from urllib3.exceptions import HTTPError, ProtocolError, ReadTimeoutError

from t2m.net.addresses import Network
from t2m.net.pinned import (
    RESOLVE_TIMEOUT,
    Clock,
    FetchFailed,
    Resolver,
    check_target,
    open_pinned,
)
from t2m.net.urls import parse_url


@dataclass(frozen=True)
class PostResult:
    """The receiver's answer: status, headers and the start of its body."""

    status: int
    headers: dict[str, str]
    body: bytes
    seconds: float


def post(
    url: str,
    body: bytes,
    headers: dict[str, str],
    *,
    allow: Iterable[Network] = (),
    timeout: float = 10.0,
    max_response: int = 64 * 1024,
    resolver: Resolver | None = None,
) -> PostResult:
    """Send ``body`` to ``url`` once and return the answer, whatever its status.

    Raises what :func:`t2m.net.pinned.check_url` raises for the URL and its
    addresses, and :class:`FetchFailed` when no answer came within ``timeout``
    seconds (connection refused, TLS failure, a receiver that hangs).
    """
    started = time.monotonic()
    target = parse_url(url)
    clock = Clock(timeout, target.host, "Sending to")
    checked = check_target(target, allow, resolver, clock.budget(RESOLVE_TIMEOUT))
    sent = {
        "Host": checked.host_header,
        "Content-Length": str(len(body)),
        "Connection": "close",
        **headers,
    }
    pool, response = open_pinned(checked, "POST", sent, timeout, clock, body=body)
    with pool, response:
        received = bytearray()
        try:
            while len(received) < max_response:
                sock = getattr(response.connection, "sock", None)
                if sock is not None:
                    sock.settimeout(clock.budget(timeout))
                chunk = response.read1(max_response - len(received))
                if not chunk:
                    break
                received += chunk
        except (ReadTimeoutError, ProtocolError, HTTPError, OSError):
            pass  # the status is what counts; a body cut short is still an answer
        except FetchFailed:
            pass  # the deadline passed while reading the body: keep what came
        return PostResult(
            status=response.status,
            headers={k.lower(): v for k, v in response.headers.items()},
            body=bytes(received),
            seconds=time.monotonic() - started,
        )
