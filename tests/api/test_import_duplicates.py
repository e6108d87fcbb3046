"""Duplicate strategies: skip, update or create — within the importer's scope only."""

from __future__ import annotations

import httpx
import pytest

from backend.customers import pii
from backend.customers.models import Customer, CustomerTag
from backend.customers.normalize import name_key
from backend.settings import Settings
from tests.support.customers import as_user, company
from tests.support.dataio import gbk_csv, run_import

FILE = ("客户名称,手机,标签,行业",
        "老客户有限公司,13911112222,新标签,制造业",
        "全新客户,13933334444,,零售")


async def _existing(owner_id: int | None, team_id: int | None) -> Customer:
    c = Customer(name="老客户", name_key=name_key("老客户"), owner_id=owner_id, team_id=team_id,
                 industry="互联网")
    pii.set_phones(c, ["13800001111"])
    await c.save()
    await pii.sync_keys(c.id)
    await pii.refresh_search_text(c.id)
    return c


@pytest.mark.parametrize(("strategy", "customers", "counts"), [
    ("SKIP", 2, (1, 0, 1)), ("UPDATE", 2, (1, 1, 0)), ("CREATE", 3, (2, 0, 0))])
async def test_each_strategy_does_what_it_says(client: httpx.AsyncClient, db: Settings,
                                               strategy: str, customers: int,
                                               counts: tuple[int, int, int]) -> None:
    world = await company()
    old = await _existing(world.users["mike"], world.teams["East"])
    await as_user(client, "mike")
    done = await run_import(client, gbk_csv(*FILE), strategy=strategy)
    assert (done["createdCount"], done["updatedCount"], done["skippedCount"]) == counts
    assert await Customer.all().count() == customers
    after = await Customer.get(id=old.id)
    if strategy == "UPDATE":  # plain fields replaced, phones and tags added
        assert after.industry == "制造业"
        assert pii.phones(after) == ["13800001111", "13911112222"]
        assert await CustomerTag.filter(customer_id=old.id).count() == 1
        assert after.search_text == await pii.search_document(old.id, after.name)
    else:
        assert after.industry == "互联网" and pii.phones(after) == ["13800001111"]


async def test_duplicates_outside_the_scope_are_not_revealed(client: httpx.AsyncClient,
                                                             db: Settings) -> None:
    world = await company()
    await _existing(world.users["wes"], world.teams["West"])  # mike (East) can't see it
    await as_user(client, "mike")
    done = await run_import(client, gbk_csv(*FILE), strategy="SKIP")
    assert (done["createdCount"], done["skippedCount"]) == (2, 0)
    assert "DUPLICATE_IN_CRM" not in str(done["problems"])


async def test_update_of_a_duplicate_one_may_not_write_is_skipped(
        client: httpx.AsyncClient, db: Settings) -> None:
    world = await company()
    old = await _existing(None, None)  # in the pool: its name is visible, it is not writable
    await as_user(client, "mike")
    done = await run_import(client, gbk_csv(*FILE), strategy="UPDATE")
    assert (done["createdCount"], done["updatedCount"], done["skippedCount"]) == (1, 0, 1)
    assert "DUPLICATE_NOT_WRITABLE" in str(done["problems"])
    assert (await Customer.get(id=old.id)).industry == "互联网"
    assert world
