"""Outgoing mail goes through the outbox to a real SMTP server (aiosmtpd), once, never leaking
the reset link or code into the log."""

from __future__ import annotations

import asyncio
import logging
from email.message import EmailMessage
from typing import Any

import pytest
from tortoise.transactions import in_transaction

from backend.mail.models import OutboxMail
from backend.mail.services import (
    deliver_pending,
    mask_email,
    queue_mail,
    schedule_delivery,
    wait_for_deliveries,
)
from backend.settings import Settings
from tests.support.pg import free_port
from tests.support.smtp import Collector, UseSmtp

RESET: dict[str, Any] = {
    "display_name": "Zhang Wei", "link": "http://testserver.local/reset?t=SeCrEtToKeN42",
    "code": "493817", "minutes": 30}


async def queue_notice(to: str = "zhang@example.com") -> OutboxMail:
    return await queue_mail(to=to, template="password_changed", language="en-US",
                            display_name="Zhang", when="now")


async def status_of(row: OutboxMail) -> str:
    return (await OutboxMail.get(id=row.id)).status


async def test_queued_mail_is_delivered_with_both_parts_in_chinese(
        server: Collector, use_smtp: UseSmtp) -> None:
    use_smtp(f"smtp://127.0.0.1:{server.port}")
    row = await queue_mail(to="zhang@example.com", template="password_reset", language="zh-CN",
                           **RESET)
    assert row.status == "queued"

    assert await deliver_pending() == 1

    [msg] = server.messages
    assert server.recipients == [["zhang@example.com"]]
    assert msg["Subject"] == "重置您的 Bastion CRM 密码"
    assert msg["From"] == "Bastion CRM <crm@example.com>"
    assert msg["To"] == "zhang@example.com"
    assert msg["Date"] and msg["Message-ID"].endswith("@example.com>")
    assert msg.get_content_type() == "multipart/alternative"
    text, html_part = msg.iter_parts()
    assert isinstance(text, EmailMessage) and isinstance(html_part, EmailMessage)
    assert text.get_content_type() == "text/plain"
    assert "Zhang Wei，您好" in text.get_content()
    assert "493817" in text.get_content() and RESET["link"] in text.get_content()
    assert html_part.get_content_type() == "text/html"
    assert "30 分钟后失效" in html_part.get_content()
    stored = await OutboxMail.get(id=row.id)
    assert stored.status == "sent" and stored.sent_at is not None


async def test_without_smtp_mail_stays_in_outbox(server: Collector, use_smtp: UseSmtp) -> None:
    use_smtp(None)
    row = await queue_notice()

    assert await deliver_pending() == 0

    assert row.status == "outbox" and await status_of(row) == "outbox"
    assert server.messages == []


async def test_unreachable_server_marks_mail_failed_without_raising(use_smtp: UseSmtp) -> None:
    use_smtp(f"smtp://127.0.0.1:{free_port()}")
    row = await queue_mail(to="zhang@example.com", template="account_locked", language="en-US",
                           display_name="Zhang", until="2025-01-02 03:04 UTC")

    assert await deliver_pending() == 0

    assert await status_of(row) == "failed"


async def test_html_part_escapes_markup_in_display_name(
        server: Collector, use_smtp: UseSmtp) -> None:
    use_smtp(f"smtp://127.0.0.1:{server.port}")
    await queue_mail(to="eve@example.com", template="invitation", language="en-US",
                     display_name="<script>alert(1)</script>", username="eve",
                     inviter='Mallory" onclick="x', link="http://testserver.local/i?t=1&u=2",
                     hours=72)

    await deliver_pending()

    [msg] = server.messages
    html_part = msg.get_body(preferencelist=("html",))
    assert html_part is not None
    body = html_part.get_content()
    assert "<script>" not in body and "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert 'Mallory" onclick' not in body
    assert 'href="http://testserver.local/i?t=1&amp;u=2"' in body


async def test_rolled_back_transaction_leaves_no_mail(server: Collector, use_smtp: UseSmtp) -> None:
    use_smtp(f"smtp://127.0.0.1:{server.port}")

    with pytest.raises(RuntimeError):
        async with in_transaction() as conn:
            await queue_mail(to="zhang@example.com", template="password_reset",
                             language="en-US", using_db=conn, **RESET)
            raise RuntimeError("the change that caused the mail failed")

    assert await deliver_pending() == 0
    assert await OutboxMail.all().count() == 0
    assert server.messages == []


async def test_overlapping_deliveries_send_each_mail_once(
        server: Collector, use_smtp: UseSmtp) -> None:
    use_smtp(f"smtp://127.0.0.1:{server.port}")
    for i in range(5):
        await queue_notice(f"user{i}@example.com")

    results = await asyncio.gather(deliver_pending(), deliver_pending(), deliver_pending())

    assert sum(results) == 5
    assert sorted(r[0] for r in server.recipients) == [f"user{i}@example.com"
                                                          for i in range(5)]
    assert await OutboxMail.filter(status="sent").count() == 5


async def test_scheduled_delivery_sends_in_background(server: Collector, use_smtp: UseSmtp) -> None:
    use_smtp(f"smtp://127.0.0.1:{server.port}")
    row = await queue_notice()

    schedule_delivery()
    await wait_for_deliveries()

    assert await status_of(row) == "sent" and len(server.messages) == 1


async def test_credentials_in_url_log_in_over_plain_smtp(
        server: Collector, use_smtp: UseSmtp) -> None:
    use_smtp(f"smtp://crm%40example.com:p%40ss%3Aword@127.0.0.1:{server.port}")
    row = await queue_notice()

    assert await deliver_pending() == 1

    assert server.logins == [(b"crm@example.com", b"p@ss:word")]
    assert await status_of(row) == "sent"


async def test_starttls_with_login_needs_verify_false_for_self_signed_certificate(
        tls_server: Collector, use_smtp: UseSmtp) -> None:
    use_smtp(f"smtp+starttls://crm:p%40ss%3Aword@127.0.0.1:{tls_server.port}")
    refused = await queue_notice()
    assert await deliver_pending() == 0
    assert await status_of(refused) == "failed"  # certificates are verified by default

    use_smtp(f"smtp+starttls://crm:p%40ss%3Aword@127.0.0.1:{tls_server.port}?verify=false")
    accepted = await queue_notice()
    assert await deliver_pending() == 1

    assert await status_of(accepted) == "sent"
    assert tls_server.logins == [(b"crm", b"p@ss:word")]
    assert len(tls_server.messages) == 1


async def test_log_never_holds_reset_code_link_or_full_address(
        server: Collector, use_smtp: UseSmtp,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="backend")
    for url in (f"smtp://127.0.0.1:{server.port}", f"smtp://127.0.0.1:{free_port()}", None):
        use_smtp(url)
        await queue_mail(to="zhang@example.com", template="password_reset", language="en-US",
                         **RESET)
        await deliver_pending()

    # Only our loggers: the test SMTP server itself logs the envelope.
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("backend")]
    assert any("mail sent" in m for m in ours)
    assert any("mail failed" in m for m in ours)
    assert any("outbox" in m for m in ours)
    for needle in ("493817", "SeCrEtToKeN42", "zhang@example.com"):
        assert not [m for m in ours if needle in m]
    assert all("to=z***@example.com" in m for m in ours)


def test_mask_email_keeps_first_letter_and_domain() -> None:
    assert mask_email("zhang@example.com") == "z***@example.com"
    assert mask_email("not-an-address") == "***"


async def test_queue_mail_refuses_more_than_one_recipient(db: Settings) -> None:
    with pytest.raises(ValueError, match="single email address"):
        await queue_notice("a@example.com\r\nBcc: b@example.com")
