"""Client address: ``X-Forwarded-For`` is believed only when the peer is a trusted proxy."""

from __future__ import annotations

import ipaddress

from starlette.requests import HTTPConnection

from backend.settings import Settings


def _trusted(addr: str, settings: Settings) -> bool:
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        return False
    return any(ip in net for net in settings.trusted_proxies)


def client_ip(conn: HTTPConnection, settings: Settings) -> str:
    peer = conn.client.host if conn.client else ""
    if not settings.trusted_proxies or not _trusted(peer, settings):
        return peer
    # Walk the chain from the nearest hop; the first address that is not one of our proxies is
    # the client. Anything further left could have been written by the client itself.
    hops = [h.strip() for h in conn.headers.get("x-forwarded-for", "").split(",") if h.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, settings):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                return peer
    return peer
