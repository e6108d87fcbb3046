"""The outbox admins read during a trial without SMTP.

Mail there can carry reset links, invitations and sign-in codes, so a reader sees a mail's body
only when their own rights cover the recipient's: otherwise reading the outbox would be a way to
take over a more privileged account. Sent mail is never listed.
"""

from __future__ import annotations

from backend.accounts.actor import Actor
from backend.accounts.guard import covers, rights_of
from backend.accounts.models import User
from backend.mail.models import OutboxMail

HIDDEN = "(hidden: addressed to an account with rights beyond yours)"


async def readable_outbox(actor: Actor, limit: int) -> list[OutboxMail]:
    rows = await OutboxMail.filter(status="outbox").order_by("-id").limit(min(max(limit, 1), 100))
    recipients = {u.email: u for u in await User.filter(
        email__in=list({r.to_addr for r in rows})).prefetch_related("roles")}
    for row in rows:
        user = recipients.get(row.to_addr)
        if user is not None and user.id != actor.user_id and \
                not covers(actor, rights_of(user.roles)):
            row.text_body = HIDDEN
            row.html_body = ""
    return list(rows)
