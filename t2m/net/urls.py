"""Strict parsing of user-supplied http(s) URLs.

One spelling per thing: the host becomes lower-case ASCII (IDNA) or a single
normalised IP literal, whatever notation it was written in (``2130706433``,
``0x7f000001``, ``0177.0.0.1``, ``127.1`` are all ``127.0.0.1``), so the
address policy is applied to what will really be connected to. Anything
ambiguous is refused with ``VALIDATION_ERROR`` and ``details["url"]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from ipaddress import IPv6Address
from urllib.parse import quote, urlsplit

from t2m.errors import BadRequest
from t2m.net.addresses import Address, parse_ipv4_host

MAX_URL_LENGTH = 2048
DEFAULT_PORTS = {"http": 80, "https": 443}

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_LABEL = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")
# Characters left as they are in a path or query; everything else (spaces,
# non-ASCII, quotes, brackets) is percent-encoded so the request line is clean.
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_QUERY_SAFE = _PATH_SAFE + "?"


@dataclass(frozen=True)
class Target:
    """A parsed URL, not yet resolved; ``literal`` is set when the host is an IP."""

    scheme: str
    host: str
    port: int
    path_and_query: str
    literal: Address | None

    @property
    def url(self) -> str:
        """The normalised URL (no fragment, no userinfo)."""
        host = authority(self.scheme, self.host, self.port)
        return f"{self.scheme}://{host}{self.path_and_query}"


def authority(scheme: str, host: str, port: int) -> str:
    """``host[:port]`` as it goes in a URL and a ``Host:`` header (port only if not default)."""
    host = f"[{host}]" if ":" in host else host
    return host if port == DEFAULT_PORTS[scheme] else f"{host}:{port}"


def invalid(why: str) -> BadRequest:
    """The ``VALIDATION_ERROR`` for a refused URL, with ``why`` under ``details["url"]``."""
    return BadRequest("The URL is not acceptable: " + why, details={"url": [why]})


def _split_authority(netloc: str) -> tuple[str, str, bool]:
    """(host, port text, bracketed) from ``host[:port]`` or ``[v6][:port]``."""
    if netloc.startswith("["):
        end = netloc.find("]")
        if end < 0:
            raise invalid("The IPv6 address is missing its closing bracket.")
        rest = netloc[end + 1 :]
        if rest and not rest.startswith(":"):
            raise invalid("Unexpected text after the IPv6 address.")
        return netloc[1:end], rest[1:], True
    host, colon, port = netloc.rpartition(":")
    if not colon:
        return netloc, "", False
    if ":" in host:
        raise invalid("IPv6 addresses must be written in brackets.")
    return host, port, False


def _parse_host(host: str, bracketed: bool) -> tuple[str, Address | None]:
    """The normalised host and, when it is an IP literal in any notation, the address."""
    if not host:
        raise invalid("The URL must name a host.")
    if bracketed:
        if "%" in host:
            raise invalid("IPv6 zone identifiers are not accepted.")
        try:
            addr = IPv6Address(host)
        except ValueError:
            raise invalid("The IPv6 address is not valid.") from None
        return str(addr), addr
    if "%" in host or "\\" in host:
        raise invalid("The host name is not valid.")
    try:
        host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise invalid("The host name is not valid.") from None
    try:
        v4 = parse_ipv4_host(host)
    except ValueError:
        raise invalid("The host looks like an IPv4 address but is not a valid one.") from None
    if v4 is not None:
        # Decimal, octal, hex and short forms all become the one dotted quad,
        # which is what gets checked and connected to.
        return str(v4), v4
    name = host[:-1] if host.endswith(".") else host
    if len(name) > 253 or not all(_LABEL.match(label) for label in name.split(".")):
        raise invalid("The host name is not valid.")
    return name, None


def parse_url(url: object) -> Target:
    """Parse and validate ``url`` without resolving it; raises ``BadRequest``."""
    if not isinstance(url, str):
        raise invalid("The URL must be a string.")
    url = url.strip()
    if not url:
        raise invalid("The URL must not be empty.")
    if len(url) > MAX_URL_LENGTH:
        raise invalid(f"The URL must be at most {MAX_URL_LENGTH} characters long.")
    if _CONTROL.search(url):
        # Would otherwise smuggle headers into the request line.
        raise invalid("The URL must not contain control characters.")
    try:
        parts = urlsplit(url)
    except ValueError:
        raise invalid("The URL could not be read.") from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise invalid("Only http:// and https:// URLs can be fetched.")
    if "@" in parts.netloc:
        raise invalid("The URL must not contain a user name or password.")
    host, port_text, bracketed = _split_authority(parts.netloc)
    host, literal = _parse_host(host, bracketed)
    if not port_text:
        port = DEFAULT_PORTS[scheme]
    elif port_text.isascii() and port_text.isdigit() and 0 < int(port_text) < 65536:
        port = int(port_text)
    else:
        raise invalid("The port must be a number from 1 to 65535.")
    path = quote(parts.path or "/", safe=_PATH_SAFE)
    if parts.query:
        path += "?" + quote(parts.query, safe=_QUERY_SAFE)
    return Target(scheme, host, port, path, literal)
