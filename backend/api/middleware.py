"""Pure-ASGI middleware: request id, body-size limit and the security headers on every response."""

from __future__ import annotations

import secrets
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from backend.settings import Settings

MAX_BODY_BYTES = 1024 * 1024

CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    # Ant Design injects its CSS-in-JS as <style> elements; scripts stay strictly 'self'.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])


def security_headers(settings: Settings) -> list[tuple[bytes, bytes]]:
    headers = [
        (b"content-security-policy", CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        # Reset and invitation links carry tokens in the URL: never leak them in a Referer.
        (b"referrer-policy", b"no-referrer"),
        (b"cross-origin-opener-policy", b"same-origin"),
        (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
    ]
    if settings.secure_cookies:
        headers.append((b"strict-transport-security", b"max-age=63072000; includeSubDomains"))
    return headers


class _BodyTooLarge(Exception):
    pass


class HardeningMiddleware:
    """Adds a request id and security headers to every response; refuses bodies over 1 MiB."""

    def __init__(self, app: ASGIApp, settings: Settings,
                 large_bodies: dict[str, int] | None = None) -> None:
        self.app = app
        self.headers = security_headers(settings)
        # Paths allowed a bigger body (file uploads), with their own limit in bytes.
        self.large_bodies = large_bodies or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = secrets.token_hex(8)
        scope.setdefault("state", {})["request_id"] = request_id
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                headers.extend(self.headers)
                headers.append((b"x-request-id", request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        limit = self.large_bodies.get(scope.get("path", ""), MAX_BODY_BYTES)
        length = _content_length(scope)
        if length is not None and length > limit:
            await _too_large(send_with_headers)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _BodyTooLarge
            return message

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except _BodyTooLarge:
            if not started:
                await _too_large(send_with_headers)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _too_large(send: Any) -> None:
    body = b'{"error":"request body larger than 1 MiB"}'
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
