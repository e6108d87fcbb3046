"""Outgoing mail: every message is recorded; without SMTP it stays here for admins to read."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class OutboxMail(Model):
    id = fields.IntField(primary_key=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    to_addr = fields.CharField(max_length=254)
    subject = fields.CharField(max_length=255)
    text_body = fields.TextField()
    html_body = fields.TextField()
    # outbox: no SMTP configured (admins read it); queued -> sending (claimed) -> sent | failed
    status = fields.CharField(max_length=16, default="outbox")
    sent_at = fields.DatetimeField(null=True)

    class Meta:
        table = "outbox_mail"
