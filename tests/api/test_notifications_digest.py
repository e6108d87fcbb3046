"""The daily digest: users who opted in get one mail of their unread notifications, delivered
through a real SMTP server, in their language; once a day, never the same notification twice."""

from __future__ import annotations

import asyncio
import os
import subprocess
from datetime import timedelta
from email.message import EmailMessage

import httpx
import pytest

from backend.activities.models import Activity
from backend.audit.models import AuditEvent
from backend.core.models import Setting, now_utc
from backend.mail.services import deliver_pending
from backend.notifications.digest import line, send_digests
from backend.notifications.models import Notification
from backend.settings import Settings
from tests.conftest import error_codes
from tests.support.collab import World, as_user, call, make_world
from tests.support.server import CRM
from tests.support.smtp import Collector, UseSmtp

SET = "mutation($e: Boolean!) { setNotificationDigest(enabled: $e) }"
GET = "{ notificationDigestEnabled }"


@pytest.fixture
async def world(db: Settings) -> World:
    return await make_world()


async def mention(world: World, who: str, text: str) -> Notification:
    return await Notification.create(
        user_id=world.users[who].id, kind="mention", actor_id=world.users["mike"].id,
        customer_id=world.customers["Sam Co"].id,
        payload={"actor_name": "Mike Ma", "customer_name": "Sam Co", "excerpt": text})


def text_of(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    assert isinstance(part, EmailMessage)
    return str(part.get_content())


async def test_opting_in_and_out_is_ones_own_and_audited(client: httpx.AsyncClient,
                                                         world: World) -> None:
    await as_user(client, "sam")
    assert (await call(client, GET))["data"]["notificationDigestEnabled"] is False
    assert (await call(client, SET, e=True))["data"]["setNotificationDigest"] is True
    assert (await call(client, GET))["data"]["notificationDigestEnabled"] is True
    assert (await Setting.get(key=f"notify:digest:{world.users['sam'].id}")).value \
        == {"enabled": True}
    await as_user(client, "wes")
    assert (await call(client, GET))["data"]["notificationDigestEnabled"] is False
    await as_user(client, "sam")
    assert (await call(client, SET, e=False))["data"]["setNotificationDigest"] is False
    assert await AuditEvent.filter(action="notifications.digest_set").count() == 2
    client.cookies.clear()
    assert error_codes(await call(client, SET, e=True)) == ["UNAUTHENTICATED"]


async def test_digest_mail_is_delivered_once_a_day_with_unread_only(
        client: httpx.AsyncClient, world: World, server: Collector, use_smtp: UseSmtp) -> None:
    use_smtp(f"smtp://127.0.0.1:{server.port}")
    for who in ("sam", "mike"):
        await as_user(client, who)
        await call(client, SET, e=True)
    world.users["mike"].language = "zh-CN"
    await world.users["mike"].save(update_fields=["language"])
    read = await mention(world, "sam", "already read")
    await Notification.filter(id=read.id).update(read_at=now_utc())
    await mention(world, "sam", "please <b>approve</b>")
    await mention(world, "wes", "wes never opted in")
    await mention(world, "mike", "请审批")
    now = now_utc()

    assert await send_digests(now) == 2
    assert await deliver_pending() == 2

    by_to = {m["To"]: m for m in server.messages}
    assert set(by_to) == {"sam@example.com", "mike@example.com"}
    sam = by_to["sam@example.com"]
    assert sam["Subject"] == "You have 1 unread notification(s) in Bastion CRM"
    assert "• Mike Ma mentioned you on Sam Co: “please <b>approve</b>”" in text_of(sam)
    assert "already read" not in text_of(sam)
    html = sam.get_body(preferencelist=("html",))
    assert isinstance(html, EmailMessage)
    assert "please &lt;b&gt;approve&lt;/b&gt;" in html.get_content()
    assert "http://testserver.local/notifications" in text_of(sam)
    assert by_to["mike@example.com"]["Subject"] == "您在 Bastion CRM 有 1 条未读通知"
    assert "Mike Ma 在「Sam Co」中提到了您：“请审批”" in text_of(by_to["mike@example.com"])

    # Later the same day: new notifications wait for tomorrow's digest; old ones never repeat.
    await mention(world, "sam", "second")
    assert await send_digests(now + timedelta(hours=2)) == 0
    assert await send_digests(now + timedelta(days=1)) == 1
    assert await deliver_pending() == 1
    assert "second" in text_of(server.messages[-1])
    assert "approve" not in text_of(server.messages[-1])


async def test_crm_notify_digest_reminds_and_mails(world: World, db: Settings,
                                                   server: Collector) -> None:
    await Setting.create(key=f"notify:digest:{world.users['sam'].id}", value={"enabled": True})
    now = now_utc()
    await Activity.create(kind="task", customer_id=world.customers["Sam Co"].id,
                          subject="Renew", assignee_id=world.users["sam"].id,
                          remind_at=now - timedelta(minutes=1))
    env = {**os.environ, "CRM_DATA_DIR": str(db.data_dir), "CRM_DATABASE_URL": db.database_url,
           "CRM_PUBLIC_URL": db.public_url, "CRM_SMTP_URL": f"smtp://127.0.0.1:{server.port}",
           "CRM_MAIL_FROM": "Bastion CRM <crm@example.com>"}
    result = await asyncio.to_thread(subprocess.run, [CRM, "notify", "digest"], env=env,
                                     capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == \
        "1 reminder(s) created, 1 digest(s) queued, 1 mail(s) sent"
    [msg] = server.messages
    assert msg["To"] == "sam@example.com"
    assert "Task due on Sam Co: Renew" in text_of(msg)
    assert await Notification.filter(kind="task_due", emailed_at__isnull=False).count() == 1


@pytest.mark.parametrize(("language", "expected"), [
    ("en-US", "Mike Ma assigned 3 customers to you, including Sam Co"),
    ("zh-CN", "Mike Ma 将 3 个客户分配给了您，包括「Sam Co」"),
])
def test_digest_lines_read_naturally_in_both_languages(language: str, expected: str) -> None:
    row = Notification(kind="assignment", payload={"count": 3, "customer_name": "Sam Co",
                                                   "actor_name": "Mike Ma"})
    assert line(row, language) == expected
    single = Notification(kind="task_assigned", payload={
        "customer_name": "Sam Co", "actor_name": "Mike Ma", "subject": "Call\nback"})
    assert "\n" not in line(single, language) and "Call back" in line(single, language)
