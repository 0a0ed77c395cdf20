"""The client's address behind a reverse proxy, and only behind a trusted one.

By default ``X-Forwarded-For`` and friends are ignored: anyone can send them,
and a rate limit keyed on a header the client writes is no limit. With
``T2M_TRUSTED_PROXIES`` (addresses or networks, comma-separated, e.g.
``127.0.0.1`` for nginx on the same box) a request whose peer is one of them
takes its client address from ``X-Forwarded-For``: the right-most entry that
is not itself a trusted proxy (the entries left of it were written by the
client and prove nothing), and its scheme from ``X-Forwarded-Proto``.

Werkzeug's ``ProxyFix`` trusts a fixed *number* of hops from any peer; this
trusts named peers only, so a request reaching the app directly cannot
pretend to come through the proxy.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from flask import Flask

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(value: str | Iterable[str] | None) -> list[Network]:
    """``"127.0.0.1, 10.0.0.0/8"`` as networks; a bad entry is a ValueError naming it."""
    if not value:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    networks = []
    for item in (i.strip() for i in items):
        if not item:
            continue
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ValueError(
                f"T2M_TRUSTED_PROXIES: {item!r} is not an IP address or network"
            ) from None
    return networks


def _address(text: str):
    text = text.strip()
    if text.startswith("[") and "]" in text:  # [v6]:port
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:  # v4:port
        text = text.split(":", 1)[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


class TrustedProxies:
    """WSGI middleware setting ``REMOTE_ADDR`` (and the scheme) from the
    forwarding headers of trusted proxies only."""

    def __init__(self, wsgi_app, networks: list[Network]):
        self.wsgi_app = wsgi_app
        self.networks = networks

    def _trusted(self, address) -> bool:
        return address is not None and any(address in net for net in self.networks)

    def client_address(self, peer: str, forwarded_for: str) -> str:
        """The client behind ``peer``, given its ``X-Forwarded-For`` header."""
        if not self._trusted(_address(peer)):
            return peer
        hops = [h for h in (x.strip() for x in forwarded_for.split(",")) if h]
        client = peer
        for hop in reversed(hops):
            address = _address(hop)
            if address is None:  # garbage: stop at the last address we can trust
                break
            client = str(address)
            if not self._trusted(address):
                break
        return client

    def __call__(self, environ, start_response):
        peer = environ.get("REMOTE_ADDR", "")
        if self._trusted(_address(peer)):
            environ["t2m.proxy_peer"] = peer
            environ["REMOTE_ADDR"] = self.client_address(
                peer, environ.get("HTTP_X_FORWARDED_FOR", "")
            )
            proto = environ.get("HTTP_X_FORWARDED_PROTO", "").split(",")[-1].strip().lower()
            if proto in ("http", "https"):
                environ["wsgi.url_scheme"] = proto
        return self.wsgi_app(environ, start_response)


def init_app(app: Flask) -> None:
    """Wrap the WSGI app when ``T2M_TRUSTED_PROXIES`` names proxies."""
    networks = parse_networks(app.config.get("TRUSTED_PROXIES"))
    if networks:
        app.wsgi_app = TrustedProxies(app.wsgi_app, networks)
