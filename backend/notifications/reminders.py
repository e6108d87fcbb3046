"""Task reminders: a "task_due" notification once a task's ``remind_at`` has passed.

Run without a scheduler: ``crm notify digest`` reminds everyone, and asking for the unread count
reminds the asking user (one indexed query when nothing is due). Each task is claimed with a
conditional update inside the transaction that notifies, so two processes never remind twice;
``reminded_at`` records it. A reminder reaches the assignee only while they may still see the
customer (it carries the customer's name).
"""

from __future__ import annotations

from datetime import datetime

from tortoise.transactions import in_transaction

from backend.accounts.models import User
from backend.activities import paging
from backend.activities.audience import actor_of, sees
from backend.activities.models import Activity
from backend.customers.models import Customer
from backend.notifications.services import excerpt, notify

BATCH = 500


async def send_due_reminders(now: datetime, user_id: int | None = None) -> int:
    """Remind assignees of open tasks whose reminder time has passed; returns how many."""
    due = Activity.filter(kind="task", remind_at__lte=now, reminded_at__isnull=True,
                          done_at__isnull=True, deleted_at__isnull=True,
                          assignee_id__isnull=False)
    if user_id is not None:
        due = due.filter(assignee_id=user_id)
    tasks = await due.order_by("id").limit(BATCH)
    if not tasks:
        return 0
    users = {u.id: u for u in await User.filter(
        id__in={t.assignee_id for t in tasks}, is_active=True).prefetch_related("roles")}
    # A reminder job acts for no one, so it reads customers by id; whether each assignee may
    # see one is decided by the same scope rule as everywhere (``audience.sees``).
    customers = {c.id: c for c in await Customer.filter(
        id__in={t.customer_id for t in tasks}, deleted_at__isnull=True)}
    sent = 0
    for task in tasks:
        user = users.get(task.assignee_id or 0)
        customer = customers.get(task.customer_id or 0)
        async with in_transaction() as conn:
            claimed = await Activity.filter(id=task.id, reminded_at__isnull=True) \
                .using_db(conn).update(reminded_at=now)
            if not claimed or user is None or customer is None or \
                    not await sees(actor_of(user), customer):
                continue
            sent += await notify(actor=None, user_ids=[user.id], kind="task_due",
                                 customer_id=customer.id, activity_id=task.id,
                                 payload={"customer_name": customer.name,
                                          "subject": excerpt(task.subject),
                                          "due_at": paging.stamp(task.due_at)},
                                 using_db=conn)
    return sent
