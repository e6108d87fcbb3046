"""Importing contacts and deals: rows name their customer, stage and owner; the importer's scope
decides which customers exist for them."""

from __future__ import annotations

from decimal import Decimal

import httpx

from backend.audit.models import AuditEvent
from backend.crypto import blind_index
from backend.customers import pii
from backend.customers.models import Contact, Customer, CustomerKey
from backend.customers.normalize import name_key
from backend.deals.models import Deal, DealStageChange, PipelineStage
from backend.settings import Settings
from tests.support.customers import Company, as_user, company
from tests.support.dataio import gbk_csv, run_import, upload

CONTACTS = ("客户名称,联系人,职务,手机,邮箱,主联系人",
            "Sam Co,张三,经理,13600000001,zhang@example.com,是",
            "Sam Co,李四,采购,13600000002,li@example.com,",
            "Wes Co,王五,,13600000003,,",
            "Nope Co,赵六,,,,",
            "Sam Co,张三,总监,,,")
DEALS = ("商机名称,客户,金额,阶段,负责人,预计成交日期",
         "年度采购,Sam Co,\"120,000.50\",方案报价,sam,2027-01-31",
         "二期,Sam Co,abc,,,",
         "三期,Sam Co,100,不存在,,",
         "四期,Wes Co,100,,,",
         "年度采购,Sam Co,1,,,")


async def _customers(world: Company) -> dict[str, int]:
    ids = {}
    for name, owner, team in (("Sam Co", "sam", "East-1"), ("Wes Co", "wes", "West")):
        c = await Customer.create(name=name, name_key=name_key(name),
                                  owner_id=world.users[owner], team_id=world.teams[team])
        ids[name] = c.id
    return ids


async def test_contacts_land_on_writable_customers_with_keys_and_one_primary(
        client: httpx.AsyncClient, db: Settings) -> None:
    ids = await _customers(await company())
    await as_user(client, "mike")
    done = await run_import(client, gbk_csv(*CONTACTS), kind="contacts")
    problems = {(p["row"], p["code"]) for p in done["problems"]}
    assert problems == {(4, "UNKNOWN_CUSTOMER"), (5, "UNKNOWN_CUSTOMER"),
                        (6, "DUPLICATE_IN_FILE")}  # Wes Co is out of scope: unknown
    assert (done["createdCount"], done["failedCount"], done["skippedCount"]) == (2, 2, 1)
    people = await Contact.filter(customer_id=ids["Sam Co"]).order_by("id")
    assert [(p.name, p.title, p.is_primary) for p in people] == [
        ("张三", "经理", True), ("李四", "采购", False)]
    assert pii.contact_value(people[0], "phone") == "13600000001"
    assert "13600000001" not in (people[0].phone_enc or "")
    digest = blind_index.index("email", "li@example.com")
    assert await CustomerKey.filter(digest=digest, contact_id=people[1].id).exists()
    sam = await Customer.get(id=ids["Sam Co"])
    assert sam.search_text == await pii.search_document(sam.id, sam.name)
    assert "张三" in sam.search_text
    assert await Contact.filter(customer_id=ids["Wes Co"]).count() == 0


async def test_contact_update_strategy_changes_the_existing_contact(
        client: httpx.AsyncClient, db: Settings) -> None:
    ids = await _customers(await company())
    await Contact.create(customer_id=ids["Sam Co"], name="张三", title="实习", is_primary=True)
    await as_user(client, "mike")
    done = await run_import(client, gbk_csv(CONTACTS[0], CONTACTS[1]), kind="contacts",
                            strategy="UPDATE")
    assert (done["createdCount"], done["updatedCount"]) == (0, 1)
    person = await Contact.get(customer_id=ids["Sam Co"], name="张三")
    assert person.title == "经理" and pii.contact_value(person, "email") == "zhang@example.com"


async def test_deals_take_stage_owner_and_customer_by_name(client: httpx.AsyncClient,
                                                           db: Settings) -> None:
    world = await company()
    ids = await _customers(world)
    await as_user(client, "mike")
    done = await run_import(client, gbk_csv(*DEALS), kind="deals", name="deals.csv")
    problems = {(p["row"], p["column"], p["code"]) for p in done["problems"]}
    assert problems == {(3, "金额", "INVALID_AMOUNT"), (4, "阶段", "UNKNOWN_STAGE"),
                        (5, "客户", "UNKNOWN_CUSTOMER"), (6, "商机名称", "DUPLICATE_IN_FILE")}
    deal = await Deal.get(customer_id=ids["Sam Co"])
    stage = await PipelineStage.get(id=deal.stage_id)
    assert (deal.title, deal.amount, stage.name_en) == ("年度采购", Decimal("120000.50"),
                                                        "Proposal")
    assert deal.owner_id == world.users["sam"] and deal.probability == 60
    assert str(deal.expected_close_date) == "2027-01-31"
    assert await DealStageChange.filter(deal_id=deal.id, from_stage_id=None).exists()
    assert await AuditEvent.filter(action="deal.created", target_id=str(deal.id)).exists()
    assert await Deal.all().count() == 1


async def test_deals_import_needs_the_rights(client: httpx.AsyncClient, db: Settings) -> None:
    await company()
    await as_user(client, "sup")  # support: neither customers.import nor deals.write
    response = await upload(client, gbk_csv(*DEALS), kind="deals")
    assert response.status_code == 403
    await as_user(client, "mike")
    assert (await upload(client, gbk_csv(*DEALS), kind="deals")).status_code == 201
