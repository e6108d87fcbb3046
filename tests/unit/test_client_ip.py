"""X-Forwarded-For is believed only from a configured proxy."""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request

from backend.api.net import client_ip
from backend.settings import load_settings


def request(peer: str, forwarded: str | None) -> Request:
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
    return Request({"type": "http", "client": (peer, 1234), "headers": headers})


def test_forwarded_header_ignored_without_trusted_proxies(tmp_path: Path) -> None:
    settings = load_settings({"CRM_DATA_DIR": str(tmp_path)})
    assert client_ip(request("203.0.113.9", "198.51.100.1"), settings) == "203.0.113.9"


def test_forwarded_header_used_from_trusted_proxy(tmp_path: Path) -> None:
    settings = load_settings({"CRM_DATA_DIR": str(tmp_path),
                              "CRM_TRUSTED_PROXIES": "10.0.0.0/8"})
    # The client may forge the left part; the first untrusted hop from the right is the client.
    forged = request("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.1")
    assert client_ip(forged, settings) == "198.51.100.7"
    assert client_ip(request("203.0.113.9", "198.51.100.1"), settings) == "203.0.113.9"
    assert client_ip(request("10.0.0.2", "not-an-ip"), settings) == "10.0.0.2"
