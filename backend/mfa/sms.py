"""Sending SMS codes through a provider.

``webhook``: POST a JSON body to CRM_SMS_WEBHOOK_URL with ``X-CRM-Signature: sha256=<hex>``, an
HMAC-SHA256 over ``<timestamp>.<body>`` with CRM_SMS_WEBHOOK_SECRET, and ``X-CRM-Timestamp``.
A small bridge turns that into an Aliyun / Tencent Cloud / Twilio call and can reject replays.
``outbox``: no provider configured; the message lands in the outbox table for a trial.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from typing import Protocol

import httpx

from backend.mail.models import OutboxMail
from backend.settings import get_settings

log = logging.getLogger("backend.mfa.sms")


class SmsProvider(Protocol):
    async def send(self, phone: str, text: str) -> None: ...


def sign(secret: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


class WebhookProvider:
    def __init__(self, url: str, secret: str) -> None:
        self.url = url
        self.secret = secret

    async def send(self, phone: str, text: str) -> None:
        body = json.dumps({"to": phone, "text": text}, ensure_ascii=False).encode()
        timestamp = str(int(time.time()))
        headers = {"content-type": "application/json", "x-crm-timestamp": timestamp,
                   "x-crm-signature": sign(self.secret, timestamp, body)}
        async with httpx.AsyncClient(timeout=10) as client:
            response = await client.post(self.url, content=body, headers=headers)
        if response.status_code >= 300:
            log.warning("sms webhook answered %s", response.status_code)
            raise RuntimeError("sms webhook failed")


class OutboxProvider:
    async def send(self, phone: str, text: str) -> None:
        await OutboxMail.create(to_addr=phone, subject="SMS", text_body=text, html_body="",
                                status="outbox")


def provider() -> SmsProvider:
    settings = get_settings()
    if settings.sms_webhook_url:
        return WebhookProvider(settings.sms_webhook_url, settings.sms_webhook_secret)
    return OutboxProvider()
