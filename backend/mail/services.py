"""Outgoing mail through a database outbox.

Services call ``queue_mail`` inside their own transaction, so a mail exists exactly when the change
that caused it was committed; after the commit they call ``schedule_delivery``, which sends in the
background. Nothing in the request path waits for SMTP, so a request that queues a mail answers as
fast as one that does not (a password reset must not reveal whether the account exists).

Row status: ``outbox`` (no SMTP configured; admins read it in the SPA), ``queued`` → ``sending``
(claimed by one sender) → ``sent`` or ``failed``.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from urllib.parse import parse_qs, unquote, urlsplit

import aiosmtplib
from tortoise import timezone
from tortoise.backends.base.client import BaseDBAsyncClient

from backend.mail.models import OutboxMail
from backend.mail.templates import render
from backend.settings import Settings, get_settings

log = logging.getLogger("backend.mail")

SMTP_TIMEOUT_SECONDS = 30

_background: set[asyncio.Task[int]] = set()


def mask_email(address: str) -> str:
    """``zhang@example.com`` → ``z***@example.com``: enough to tell mails apart in a log."""
    local, at, domain = address.strip().rpartition("@")
    if not at or not local:
        return "***"
    return f"{local[0]}***@{domain}"


@dataclass(frozen=True)
class SmtpConfig:
    hostname: str
    port: int
    use_tls: bool
    start_tls: bool
    username: str | None
    password: str | None
    validate_certs: bool


def parse_smtp_url(url: str) -> SmtpConfig:
    """Read ``CRM_SMTP_URL``.

    - ``smtp://[user:pass@]host[:port]``: plain SMTP, port 25 by default;
    - ``smtp+starttls://…``: upgraded with STARTTLS, port 587 by default;
    - ``smtps://…``: TLS from the first byte, port 465 by default.

    User name and password are URL-decoded (write ``@`` as ``%40``). Appending ``?verify=false``
    skips certificate verification, for a test server with a self-signed certificate only: it
    lets anyone on the path read the mail, reset links included.
    """
    parts = urlsplit(url)
    scheme = parts.scheme
    if scheme not in {"smtp", "smtp+starttls", "smtps"} or not parts.hostname:
        raise ValueError("SMTP URL must be smtp://, smtp+starttls:// or smtps://host")
    default_port = {"smtp": 25, "smtp+starttls": 587, "smtps": 465}[scheme]
    verify = parse_qs(parts.query).get("verify", ["true"])[-1].lower()
    return SmtpConfig(
        hostname=parts.hostname,
        port=parts.port or default_port,
        use_tls=scheme == "smtps",
        start_tls=scheme == "smtp+starttls",
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password is not None else None,
        validate_certs=verify not in {"false", "0", "no", "off"},
    )


async def queue_mail(
    *,
    to: str,
    template: str,
    language: str,
    using_db: BaseDBAsyncClient | None = None,
    **values: object,
) -> OutboxMail:
    """Render ``template`` and store it for delivery, inside the caller's transaction.

    Sends nothing: the transaction may still roll back. Call ``schedule_delivery()`` after the
    commit. Without SMTP configured the mail stays in the outbox for admins to read.
    """
    to = to.strip()
    if not 3 <= len(to) <= 254 or "@" not in to or any(c in to for c in "\r\n,;<>"):
        # One plain address only: anything else could add recipients or headers.
        raise ValueError("mail recipient must be a single email address")
    rendered = render(template, language, **values)
    smtp = get_settings().smtp_url
    row = await OutboxMail.create(
        to_addr=to,
        subject=rendered.subject,
        text_body=rendered.text,
        html_body=rendered.html,
        status="queued" if smtp else "outbox",
        using_db=using_db,
    )
    # Never the body: it holds reset links and codes.
    if smtp:
        log.info("mail queued id=%s template=%s to=%s", row.id, template, mask_email(to))
    else:
        log.info("mail kept in outbox id=%s template=%s to=%s (CRM_SMTP_URL is not set; "
                 "admins read it in the SPA outbox)", row.id, template, mask_email(to))
    return row


def _message(row: OutboxMail, settings: Settings) -> EmailMessage:
    sender_domain = parseaddr(settings.mail_from)[1].rpartition("@")[2]
    msg = EmailMessage()
    msg["From"] = settings.mail_from
    msg["To"] = row.to_addr
    msg["Subject"] = row.subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    # An explicit domain: without one, make_msgid asks DNS for this host's name.
    msg["Message-ID"] = make_msgid(domain=sender_domain or "localhost")
    msg.set_content(row.text_body)
    msg.add_alternative(row.html_body, subtype="html")
    return msg


async def _send_one(row: OutboxMail, settings: Settings, smtp: SmtpConfig) -> bool:
    try:
        # One connection per mail: transactional mail is rare, and a dropped connection then
        # never takes later mails down with it.
        await aiosmtplib.send(
            _message(row, settings),
            sender=parseaddr(settings.mail_from)[1] or None,
            recipients=[row.to_addr],
            hostname=smtp.hostname,
            port=smtp.port,
            username=smtp.username,
            password=smtp.password,
            use_tls=smtp.use_tls,
            start_tls=smtp.start_tls,
            validate_certs=smtp.validate_certs,
            timeout=SMTP_TIMEOUT_SECONDS,
        )
    except Exception as exc:
        # The class and SMTP code say what went wrong; the message text may echo the address.
        code = getattr(exc, "code", None)
        log.warning("mail failed id=%s to=%s error=%s%s", row.id, mask_email(row.to_addr),
                    type(exc).__name__, f" code={code}" if isinstance(code, int) else "")
        await OutboxMail.filter(id=row.id).update(status="failed")
        return False
    await OutboxMail.filter(id=row.id).update(status="sent", sent_at=timezone.now())
    log.info("mail sent id=%s to=%s", row.id, mask_email(row.to_addr))
    return True


async def deliver_pending() -> int:
    """Send every queued mail; returns how many were sent. Failures are marked, not raised.

    Safe to run in several tasks or processes at once: each row is claimed with a conditional
    update before it is sent, so exactly one sender sends it. A process that dies mid-send leaves
    its row in ``sending``; it is not retried, since a retry could deliver the mail twice.
    """
    settings = get_settings()
    if not settings.smtp_url:
        return 0
    smtp = parse_smtp_url(settings.smtp_url)
    ids = await OutboxMail.filter(status="queued").order_by("id").values_list("id", flat=True)
    sent = 0
    for mail_id in ids:
        claimed = await OutboxMail.filter(id=mail_id, status="queued").update(status="sending")
        if claimed != 1:
            continue  # another sender has it
        row = await OutboxMail.get(id=mail_id)
        sent += await _send_one(row, settings, smtp)
    return sent


def _finished(task: asyncio.Task[int]) -> None:
    _background.discard(task)
    if not task.cancelled() and (exc := task.exception()) is not None:
        log.error("mail delivery crashed: %s", type(exc).__name__, exc_info=exc)


def schedule_delivery() -> None:
    """Start ``deliver_pending()`` in the background; call it after the transaction commits."""
    task = asyncio.get_running_loop().create_task(deliver_pending(), name="mail-delivery")
    # The event loop keeps only weak references to tasks; without this one the task could be
    # garbage-collected half-way through a send.
    _background.add(task)
    task.add_done_callback(_finished)


async def wait_for_deliveries() -> None:
    """Wait for the background deliveries started so far (graceful shutdown, tests)."""
    while running := [task for task in _background if not task.done()]:
        await asyncio.gather(*running, return_exceptions=True)
