"""The optional daily email digest of unread notifications.

Users opt in with ``setNotificationDigest``; the choice lives in the Setting table under
``notify:digest:<user id>``. ``send_digests`` (run daily by ``crm notify digest``) queues one
mail per opted-in user listing their unread notifications not mailed before, marks them
``emailed_at`` and records when it last wrote, so running it more often than daily sends
nothing new before a day has passed.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.models import User
from backend.audit import services as audit
from backend.core.models import Setting, now_utc
from backend.mail.services import deliver_pending, queue_mail
from backend.notifications.models import Notification
from backend.notifications.reminders import send_due_reminders
from backend.settings import get_settings

PREFIX = "notify:digest:"
MIN_INTERVAL = timedelta(hours=20)  # daily, with room for a scheduler that runs a bit early
MAX_ITEMS = 20

LINES: dict[str, dict[str, str]] = {
    "en-US": {
        "mention": "{actor_name} mentioned you on {customer_name}: “{excerpt}”",
        "task_assigned": "{actor_name} assigned you a task on {customer_name}: {subject}",
        "task_due": "Task due on {customer_name}: {subject}",
        "assignment": "{actor_name} assigned {customer_name} to you",
        "assignment+": "{actor_name} assigned {count} customers to you, including "
                       "{customer_name}",
        "": "New activity on {customer_name}",
    },
    "zh-CN": {
        "mention": "{actor_name} 在「{customer_name}」中提到了您：“{excerpt}”",
        "task_assigned": "{actor_name} 给您分配了「{customer_name}」的任务：{subject}",
        "task_due": "「{customer_name}」的任务到期提醒：{subject}",
        "assignment": "{actor_name} 将客户「{customer_name}」分配给了您",
        "assignment+": "{actor_name} 将 {count} 个客户分配给了您，包括「{customer_name}」",
        "": "「{customer_name}」有新动态",
    },
}
MORE = {"en-US": "… and {count} more", "zh-CN": "…… 另有 {count} 条"}


def _key(user_id: int) -> str:
    return f"{PREFIX}{user_id}"


async def digest_enabled(user_id: int) -> bool:
    row = await Setting.get_or_none(key=_key(user_id))
    return bool(row and row.value.get("enabled"))


async def set_digest(*, actor: Actor, enabled: bool) -> bool:
    """Turn the actor's daily digest on or off (audited)."""
    async with in_transaction() as conn:
        row = await Setting.get_or_none(key=_key(actor.user_id), using_db=conn)
        if row is None:
            await Setting.create(key=_key(actor.user_id), value={"enabled": enabled},
                                 using_db=conn)
        else:
            row.value = {**row.value, "enabled": enabled}
            await row.save(using_db=conn)
        await audit.record(actor=actor, action="notifications.digest_set", target_type="user",
                           target_id=actor.user_id, changes={"enabled": enabled},
                           using_db=conn)
    return enabled


def line(row: Notification, language: str) -> str:
    """One notification as a sentence in ``language`` (zh-CN or en-US)."""
    lines = LINES["zh-CN" if language.lower().startswith("zh") else "en-US"]
    values = {"actor_name": "", "customer_name": "", "excerpt": "", "subject": "", "count": "1",
              **{k: str(v) for k, v in row.payload.items() if isinstance(v, str | int)}}
    kind = "assignment+" if row.kind == "assignment" and values["count"] != "1" else row.kind
    return " ".join(lines.get(kind, lines[""]).format(**values).split())


async def send_digests(now: datetime) -> int:
    """Queue today's digest mail for every opted-in active user with something unread and not
    mailed yet; returns how many mails were queued. Deliver them with ``deliver_pending``."""
    queued = 0
    for setting in await Setting.filter(key__startswith=PREFIX):
        if not setting.value.get("enabled"):
            continue
        last = setting.value.get("last_sent_at")
        if isinstance(last, str) and now - datetime.fromisoformat(last) < MIN_INTERVAL:
            continue
        user = await User.get_or_none(id=int(setting.key.removeprefix(PREFIX)), is_active=True)
        if user is None:
            continue
        rows = await Notification.filter(user_id=user.id, read_at__isnull=True,
                                         emailed_at__isnull=True).order_by("-id")
        if not rows:
            continue
        language = "zh-CN" if user.language.lower().startswith("zh") else "en-US"
        items = [line(r, language) for r in rows[:MAX_ITEMS]]
        if len(rows) > MAX_ITEMS:
            items.append(MORE[language].format(count=len(rows) - MAX_ITEMS))
        async with in_transaction() as conn:
            await queue_mail(to=user.email, template="notification_digest", language=language,
                             using_db=conn, display_name=user.display_name or user.username,
                             count=len(rows), items="\n".join(items),
                             link=f"{get_settings().public_url}/notifications")
            await Notification.filter(id__in=[r.id for r in rows]).using_db(conn) \
                .update(emailed_at=now)
            setting.value = {**setting.value, "last_sent_at": now.isoformat()}
            await setting.save(using_db=conn)
            await audit.record(actor=None, actor_label="system", action="notifications.digest",
                               target_type="user", target_id=user.id,
                               changes={"count": len(rows)}, using_db=conn)
        queued += 1
    return queued


async def run_daily(now: datetime | None = None) -> tuple[int, int, int]:
    """What ``crm notify digest`` does: due task reminders, digest mails, then delivery.
    Returns (reminders created, digests queued, mails sent)."""
    now = now or now_utc()
    reminded = await send_due_reminders(now)
    queued = await send_digests(now)
    sent = await deliver_pending()
    return reminded, queued, sent
