"""Resolve, check and connect: the address-pinned core of outbound requests.

Every hop is parsed strictly, its host resolved once, and *every* resolved
address checked against :mod:`t2m.net.addresses` before any packet is sent.
The connection then goes to the checked address itself, with the original
name in ``Host:`` and, for https, in SNI and the certificate check, so a DNS
answer that changes between check and connect (DNS rebinding) cannot
redirect the request. URL ingest (:mod:`t2m.net.fetch`) and webhook
deliveries (:mod:`t2m.net.post`) are built on it.

No environment proxy is used (urllib3 pools never read ``*_proxy``), and no
credentials or cookies are sent.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from ipaddress import ip_address

from urllib3 import HTTPConnectionPool, HTTPSConnectionPool, Timeout
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
)
from urllib3.exceptions import SSLError as Urllib3SSLError

from t2m.errors import AppError
from t2m.net.addresses import Address, Network, check_address
from t2m.net.urls import Target, authority, parse_url

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


def check_target(
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
    return check_target(parse_url(url), allow, resolver, RESOLVE_TIMEOUT)


class Clock:
    """The overall deadline, turned into per-operation timeouts. ``doing`` names
    the exchange in the message once it is over ("Fetching from", "Sending to")."""

    def __init__(self, seconds: float, host: str, doing: str = "Fetching from"):
        self.seconds = seconds
        self.host = host
        self.doing = doing
        self.end = time.monotonic() + seconds

    def budget(self, timeout: float) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise FetchFailed(
                f"{self.doing} {self.host} took longer than {self.seconds:g} seconds."
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


def open_pinned(
    checked: CheckedUrl,
    method: str,
    headers: dict,
    timeout: float,
    clock: Clock,
    context: ssl.SSLContext | None = None,
    body: bytes | None = None,
):
    """Send the request to the first checked address that accepts a connection;
    returns the pool and the response, its body not yet read."""
    host = checked.host
    refused = timed_out = False
    for addr in checked.addresses:
        seconds = clock.budget(timeout)
        pool = _pool(checked, addr, Timeout(connect=seconds, read=seconds), context)
        try:
            response = pool.urlopen(
                method,
                checked.path_and_query,
                body=body,
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
