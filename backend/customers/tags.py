"""Tags: set by name on a customer, created on the fly."""

from __future__ import annotations

import unicodedata

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.api.errors import ValidationFailed
from backend.customers.models import CustomerTag, Tag

MAX_PER_CUSTOMER = 20
MAX_LENGTH = 64


def clean(names: list[str]) -> list[str]:
    """Trimmed, NFKC, duplicates (case-insensitive) dropped; refuses too many or too long."""
    kept: dict[str, str] = {}
    for raw in names:
        name = " ".join(unicodedata.normalize("NFKC", raw).split())
        if not name:
            continue
        if len(name) > MAX_LENGTH:
            raise ValidationFailed({"tags": ["INVALID_LENGTH"]})
        kept.setdefault(name.casefold(), name)
    if len(kept) > MAX_PER_CUSTOMER:
        raise ValidationFailed({"tags": ["TOO_MANY"]})
    return list(kept.values())


async def set_tags(customer_id: int, names: list[str], conn: BaseDBAsyncClient
                   ) -> tuple[list[str], list[str]]:
    """Make the customer's tags exactly ``names``; returns (before, after), sorted."""
    wanted = clean(names)
    links = await CustomerTag.filter(customer_id=customer_id).using_db(conn) \
        .values_list("id", "tag__name")
    before = sorted(str(name) for _, name in links)
    existing = {t.name.casefold(): t for t in await Tag.filter(name__in=wanted).using_db(conn)}
    for name in wanted:
        if name.casefold() not in existing:
            tag = await Tag.filter(name__iexact=name).using_db(conn).first()
            if tag is None:
                # Another request may be creating the same tag: ON CONFLICT DO NOTHING, then
                # read whichever row won, instead of failing on the unique name.
                await Tag.bulk_create([Tag(name=name)], ignore_conflicts=True, using_db=conn)
                tag = await Tag.filter(name=name).using_db(conn).get()
            existing[name.casefold()] = tag
    keep_ids = {existing[n.casefold()].id for n in wanted}
    current = {int(str(tid)) for tid in await CustomerTag.filter(customer_id=customer_id)
               .using_db(conn).values_list("tag_id", flat=True)}
    if current - keep_ids:
        await CustomerTag.filter(customer_id=customer_id, tag_id__in=current - keep_ids) \
            .using_db(conn).delete()
    if keep_ids - current:
        await CustomerTag.bulk_create(
            [CustomerTag(customer_id=customer_id, tag_id=tid) for tid in keep_ids - current],
            using_db=conn)
    after = sorted(existing[n.casefold()].name for n in wanted)
    return before, after


async def list_tags(search: str | None, first: int) -> list[Tag]:
    query = Tag.all()
    if search and search.strip():
        query = query.filter(name__icontains=search.strip()[:MAX_LENGTH])
    return list(await query.order_by("name").limit(first))
