"""Which IP addresses a user-supplied URL may reach.

The policy is a deny-list of the special-purpose ranges of the IANA IPv4 and
IPv6 registries, with Python's ``is_global`` as a backstop for anything the
list misses. It is applied to the address itself *and* to an IPv4 address
embedded in an IPv6 one (mapped, compatible, 6to4, NAT64), because the kernel
or a translator on the path delivers those to the embedded IPv4 host.

An administrator's allow-list overrides the policy for chosen networks (an
intranet media server, or the test suite's own loopback server).
"""

from __future__ import annotations

from collections.abc import Iterable
from ipaddress import (
    IPv4Address,
    IPv4Network,
    IPv6Address,
    IPv6Network,
    ip_network,
)

Address = IPv4Address | IPv6Address
Network = IPv4Network | IPv6Network


def _table(rows: list[tuple[str, str]]) -> tuple[tuple[Network, str], ...]:
    return tuple((ip_network(net), why) for net, why in rows)


# Order matters only for the wording of the reason: the first match names it.
_V4_BLOCKED = _table(
    [
        ("0.0.0.0/8", "an unspecified ('this network') address"),
        ("10.0.0.0/8", "a private address"),
        ("100.64.0.0/10", "a carrier-grade NAT (shared) address"),
        ("127.0.0.0/8", "a loopback address"),
        # Cloud metadata services (169.254.169.254) live here.
        ("169.254.0.0/16", "a link-local address"),
        ("172.16.0.0/12", "a private address"),
        ("192.0.0.0/24", "an IETF protocol address"),
        ("192.0.2.0/24", "a documentation address"),
        ("192.88.99.0/24", "a 6to4 relay address"),
        ("192.168.0.0/16", "a private address"),
        ("198.18.0.0/15", "a benchmarking address"),
        ("198.51.100.0/24", "a documentation address"),
        ("203.0.113.0/24", "a documentation address"),
        ("224.0.0.0/4", "a multicast address"),
        ("240.0.0.0/4", "a reserved address"),  # includes 255.255.255.255
    ]
)

_V6_BLOCKED = _table(
    [
        ("::/128", "an unspecified address"),
        ("::1/128", "a loopback address"),
        ("::ffff:0:0:0/96", "an IPv4-translated address"),
        ("::/8", "a reserved address"),
        # The local-use NAT64 prefix may embed anything at any offset; refuse it.
        ("64:ff9b:1::/48", "a local-use NAT64 address"),
        ("100::/64", "a discard-only address"),
        # Teredo, ORCHID, benchmarking, ...: nothing a media host uses.
        ("2001::/23", "an IETF protocol address"),
        ("2001:db8::/32", "a documentation address"),
        ("3fff::/20", "a documentation address"),
        ("5f00::/16", "a segment-routing address"),
        ("fc00::/7", "a unique local (private) address"),
        ("fe80::/10", "a link-local address"),
        ("fec0::/10", "a site-local address"),
        ("ff00::/8", "a multicast address"),
    ]
)

_NAT64 = ip_network("64:ff9b::/96")
_SIX_TO_FOUR = ip_network("2002::/16")
_V4_COMPATIBLE = ip_network("::/96")


def _v4_reason(addr: IPv4Address) -> str | None:
    for net, why in _V4_BLOCKED:
        if addr in net:
            return why
    if addr.is_multicast or not addr.is_global:
        return "not a globally routable address"
    return None


def embedded_ipv4(addr: IPv6Address) -> tuple[str, IPv4Address] | None:
    """The IPv4 address an IPv6 one carries, with the name of the form, if any."""
    if addr.ipv4_mapped is not None:
        return "IPv4-mapped", addr.ipv4_mapped
    if addr.sixtofour is not None:
        return "6to4", addr.sixtofour
    if addr in _NAT64:
        return "NAT64", IPv4Address(int(addr) & 0xFFFFFFFF)
    # :: and ::1 are themselves, not IPv4-compatible forms of 0.0.0.0/0.0.0.1.
    if addr in _V4_COMPATIBLE and int(addr) > 1:
        return "IPv4-compatible", IPv4Address(int(addr) & 0xFFFFFFFF)
    return None


def refusal_reason(addr: Address) -> str | None:
    """Why ``addr`` must not be contacted (a phrase like "a loopback address"),
    or None when it is a public unicast address."""
    if isinstance(addr, IPv4Address):
        return _v4_reason(addr)
    embedded = embedded_ipv4(addr)
    if embedded is not None:
        form, v4 = embedded
        inner = _v4_reason(v4)
        if inner is not None:
            return f"{inner} ({v4} in {form} form)"
        if form == "IPv4-compatible":
            # Deprecated since 2006; nothing legitimate resolves to one.
            return f"a deprecated IPv4-compatible address (of {v4})"
        return None
    for net, why in _V6_BLOCKED:
        if addr in net:
            return why
    if addr.is_multicast or not addr.is_global:
        return "not a globally routable address"
    return None


def is_allowed(addr: Address, allow: Iterable[Network]) -> bool:
    """Whether the administrator's allow-list covers ``addr`` (an IPv4-mapped
    address counts as the IPv4 address the kernel will really connect to)."""
    candidates: list[Address] = [addr]
    if isinstance(addr, IPv6Address):
        if addr.scope_id:
            candidates = [IPv6Address(str(addr).split("%", 1)[0])]
        if addr.ipv4_mapped is not None:
            candidates.append(addr.ipv4_mapped)
    return any(cand.version == net.version and cand in net for net in allow for cand in candidates)


def check_address(addr: Address, allow: Iterable[Network] = ()) -> str | None:
    """The refusal reason for ``addr`` under the policy and the allow-list."""
    if is_allowed(addr, allow):
        return None
    return refusal_reason(addr)


def parse_allow_list(text: str) -> tuple[Network, ...]:
    """Parse a comma-separated allow-list setting ("127.0.0.1/32, ::1/128").

    A bare address means that single host. Host bits set below the prefix
    ("10.0.0.1/8") are an error rather than silently widened, since an
    allow-list typo opens the inside network.
    """
    networks: list[Network] = []
    for raw in (text or "").split(","):
        entry = raw.strip()
        if not entry:
            continue
        try:
            networks.append(ip_network(entry, strict=True))
        except ValueError as exc:
            raise ValueError(f"Not an IP network in the allow-list: {entry!r} ({exc}).") from None
    return tuple(networks)


def _ipv4_number(part: str) -> int:
    """One dotted part the way browsers read it: 0x.. hex, 0.. octal, else decimal."""
    base = 10
    if part[:2] in ("0x", "0X"):
        base, part = 16, part[2:]
    elif len(part) > 1 and part.startswith("0"):
        base, part = 8, part[1:]
    if not part:
        return 0
    digits = "0123456789abcdef"[:base]
    if not all(c in digits for c in part.lower()):
        raise ValueError(f"{part!r} is not a base-{base} number (IPv4 address part)")
    return int(part, base)


def _ends_in_number(labels: list[str]) -> bool:
    last = labels[-1]
    if last and last.isascii() and last.isdigit():
        return True
    return last[:2] in ("0x", "0X") and all(c in "0123456789abcdefABCDEF" for c in last[2:])


def parse_ipv4_host(host: str) -> IPv4Address | None:
    """Read ``host`` as an IPv4 address in any notation a browser or
    ``inet_aton`` accepts (``2130706433``, ``0x7f000001``, ``0177.0.0.1``,
    ``127.1``), so that every spelling of an address is checked as that address.

    Returns None when the host is a name (its last label is not numeric).
    Raises ValueError when it looks like an address but is not a valid one.
    """
    labels = host.split(".")
    if len(labels) > 1 and labels[-1] == "":
        labels.pop()
    if not _ends_in_number(labels):
        return None
    if len(labels) > 4 or any(not label for label in labels):
        raise ValueError(f"{host!r} is not a valid IPv4 address")
    numbers = [_ipv4_number(label) for label in labels]
    if any(n > 255 for n in numbers[:-1]) or numbers[-1] >= 256 ** (5 - len(numbers)):
        raise ValueError(f"{host!r} is out of range for an IPv4 address")
    value = numbers[-1]
    for i, n in enumerate(numbers[:-1]):
        value += n << (8 * (3 - i))
    return IPv4Address(value)
