"""Deals: create, read, update, delete within the data scope, with stage history and audit."""

from __future__ import annotations

import httpx
import pytest

from backend.accounts.models import Role, User
from backend.audit.models import AuditEvent
from backend.customers.models import Contact
from backend.deals.models import Deal, DealStageChange
from backend.settings import Settings
from tests.conftest import error_codes, gql
from tests.support.customers import Company, as_user, company
from tests.support.deals import (
    DELETE,
    ONE,
    UPDATE,
    create_deal,
    created,
    customers_of,
    stages,
    titles,
)


@pytest.fixture
async def world(db: Settings) -> tuple[Company, dict[str, int]]:
    c = await company()
    return c, await customers_of(c)


async def test_sales_creates_a_deal_with_defaults_from_stage_and_settings(
        client: httpx.AsyncClient, world: tuple[Company, dict[str, int]]) -> None:
    c, customers = world
    await as_user(client, "sam")
    deal = await created(client, title="Fleet renewal", customerId=str(customers["Sam Co"]),
                         amount="12000.50")
    assert deal["stage"]["nameEn"] == "Qualification" and deal["probability"] == 10
    assert deal["currency"] == "CNY" and deal["amount"] == "12000.50"
    assert deal["status"] == "OPEN" and deal["stageEnteredAt"] is not None
    assert deal["owner"]["id"] == str(c.users["sam"])
    assert deal["team"]["id"] == str(c.teams["East-1"])
    assert deal["customer"]["name"] == "Sam Co"
    history = await DealStageChange.filter(deal_id=int(deal["id"]))
    assert [(h.from_stage_id, h.to_stage_id) for h in history] == [
        (None, int(deal["stage"]["id"]))]
    event = await AuditEvent.get(action="deal.created", target_id=deal["id"])
    assert event.actor_id == c.users["sam"] and event.changes["amount"] == "12000.50"


async def test_product_prices_with_too_many_places_are_refused(
        client: httpx.AsyncClient, world: tuple[Company, dict[str, int]]) -> None:
    _, customers = world
    await as_user(client, "sam")
    body = await create_deal(client, title="X", customerId=str(customers["Sam Co"]),
                             products=[{"name": "Licence", "quantity": "3",
                                        "price": "4000.1666"}])
    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert body["errors"][0]["extensions"]["fields"] == {"products.0.price": ["TOO_PRECISE"]}
    ok = await created(client, title="X", customerId=str(customers["Sam Co"]),
                       products=[{"name": "Licence", "quantity": "2.5", "price": "100.10"}])
    assert ok["products"] == [{"name": "Licence", "quantity": "2.5", "price": "100.10",
                               "total": "250.25"}]


async def test_a_deal_on_a_customer_out_of_scope_is_not_found(
        client: httpx.AsyncClient, world: tuple[Company, dict[str, int]]) -> None:
    _, customers = world
    await as_user(client, "sam")
    body = await create_deal(client, title="Poach", customerId=str(customers["Wes Co"]))
    assert error_codes(body) == ["NOT_FOUND"]
    assert await Deal.all().count() == 0
    assert await AuditEvent.filter(action="deal.created").count() == 0


async def test_invalid_input_names_every_field_and_creates_nothing(
        client: httpx.AsyncClient, world: tuple[Company, dict[str, int]]) -> None:
    _, customers = world
    await as_user(client, "sam")
    body = await create_deal(client, title=" ", customerId=str(customers["Sam Co"]),
                             amount="-1", currency="yuan", probability=101,
                             expectedCloseDate="1999-12-31")
    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert body["errors"][0]["extensions"]["fields"] == {
        "title": ["INVALID_LENGTH"], "amount": ["OUT_OF_RANGE"],
        "currency": ["INVALID_CURRENCY"], "probability": ["OUT_OF_RANGE"],
        "expectedCloseDate": ["OUT_OF_RANGE"]}
    body = await create_deal(client, title="Cents", customerId=str(customers["Sam Co"]),
                             amount="10.001")
    assert body["errors"][0]["extensions"]["fields"] == {"amount": ["TOO_PRECISE"]}
    assert await Deal.all().count() == 0


async def test_contact_must_belong_to_the_deal_customer(
        client: httpx.AsyncClient, world: tuple[Company, dict[str, int]]) -> None:
    _, customers = world
    theirs = await Contact.create(customer_id=customers["Wes Co"], name="Wang")
    mine = await Contact.create(customer_id=customers["Sam Co"], name="Li", is_primary=True)
    await as_user(client, "sam")
    body = await create_deal(client, title="X", customerId=str(customers["Sam Co"]),
                             contactId=str(theirs.id))
    assert body["errors"][0]["extensions"]["fields"] == {"contactId": ["UNKNOWN_CONTACT"]}
    deal = await created(client, title="X", customerId=str(customers["Sam Co"]),
                         contactId=str(mine.id))
    assert deal["contact"] == {"id": str(mine.id), "name": "Li"}
    cleared = await gql(client, UPDATE, {"i": {"id": deal["id"], "contactId": None}})
    assert cleared["data"]["updateDeal"]["contact"] is None


async def test_each_role_reads_exactly_its_scope(
        client: httpx.AsyncClient, world: tuple[Company, dict[str, int]]) -> None:
    _, customers = world
    ids = {}
    for user, customer in (("sam", "Sam Co"), ("sue", "Sue Co"), ("wes", "Wes Co")):
        await as_user(client, user)
        ids[user] = (await created(client, title=f"{user} deal",
                                   customerId=str(customers[customer])))["id"]
    await as_user(client, "sam")
    assert await titles(client) == ["sam deal"]
    assert error_codes(await gql(client, ONE, {"id": ids["wes"]})) == ["NOT_FOUND"]
    await as_user(client, "mike")  # manager of East: East and East-1
    assert await titles(client) == ["sam deal", "sue deal"]
    await as_user(client, "root")
    assert await titles(client) == ["sam deal", "sue deal", "wes deal"]
    await as_user(client, "sup")  # support: customers, but no deals.read
    assert error_codes(await gql(client, ONE, {"id": ids["sam"]})) == ["FORBIDDEN"]


async def test_stage_changes_set_won_and_lost_dates_and_are_recorded(
        client: httpx.AsyncClient, world: tuple[Company, dict[str, int]]) -> None:
    _, customers = world
    stage = await stages()
    await as_user(client, "sam")
    deal = await created(client, title="Big one", customerId=str(customers["Sam Co"]),
                         amount="5000")
    won = await gql(client, UPDATE, {"i": {"id": deal["id"], "stageId": str(stage["Won"])}})
    node = won["data"]["updateDeal"]
    assert node["status"] == "WON" and node["probability"] == 100 and node["wonAt"]
    refused = await gql(client, UPDATE, {"i": {"id": deal["id"],
                                               "stageId": str(stage["Lost"])}})
    assert refused["errors"][0]["extensions"]["fields"] == {"lostReason": ["REQUIRED"]}
    assert (await Deal.get(id=int(deal["id"]))).stage_id == stage["Won"]
    lost = await gql(client, UPDATE, {"i": {"id": deal["id"], "stageId": str(stage["Lost"]),
                                            "lostReason": "Price"}})
    node = lost["data"]["updateDeal"]
    assert node["status"] == "LOST" and node["wonAt"] is None and node["lostAt"]
    assert node["lostReason"] == "Price" and node["probability"] == 0
    back = await gql(client, UPDATE, {"i": {"id": deal["id"], "stageId": str(stage["Proposal"]),
                                            "probability": 55}})
    node = back["data"]["updateDeal"]
    assert node["lostAt"] is None and node["lostReason"] == "" and node["probability"] == 55
    moves = await DealStageChange.filter(deal_id=int(deal["id"])).order_by("id")
    assert [m.to_stage_id for m in moves] == [stage["Qualification"], stage["Won"],
                                              stage["Lost"], stage["Proposal"]]
    assert [m.from_stage_id for m in moves][1:] == [m.to_stage_id for m in moves][:-1]
    events = await AuditEvent.filter(action="deal.updated", target_id=deal["id"]).count()
    assert events == 3


async def test_sales_cannot_hand_a_deal_out_of_their_scope_but_a_manager_can_within_his(
        client: httpx.AsyncClient, world: tuple[Company, dict[str, int]]) -> None:
    c, customers = world
    await as_user(client, "sam")
    deal = await created(client, title="Mine", customerId=str(customers["Sam Co"]))
    body = await gql(client, UPDATE, {"i": {"id": deal["id"], "ownerId": str(c.users["wes"])}})
    assert error_codes(body) == ["FORBIDDEN"]
    assert body["errors"][0]["extensions"]["fields"] == {"ownerId": ["OUT_OF_SCOPE"]}
    await as_user(client, "mike")
    body = await gql(client, UPDATE, {"i": {"id": deal["id"], "ownerId": str(c.users["wes"]),
                                            "teamId": str(c.teams["West"])}})
    assert error_codes(body) == ["FORBIDDEN"]
    moved = await gql(client, UPDATE, {"i": {"id": deal["id"], "ownerId": str(c.users["sue"]),
                                             "teamId": str(c.teams["East"])}})
    assert moved["data"]["updateDeal"]["owner"]["id"] == str(c.users["sue"])
    assert (await Deal.get(id=int(deal["id"]))).team_id == c.teams["East"]


async def test_read_everything_write_own_is_forbidden_on_others_deals(
        client: httpx.AsyncClient, world: tuple[Company, dict[str, int]]) -> None:
    c, customers = world
    await as_user(client, "wes")
    deal = await created(client, title="West deal", customerId=str(customers["Wes Co"]))
    await Role.create(name="deal_reader", permissions=["deals.read"], data_scope="all")
    sam = await User.get(id=c.users["sam"])
    await sam.roles.add(await Role.get(name="deal_reader"))
    await as_user(client, "sam")
    assert "West deal" in await titles(client)
    body = await gql(client, UPDATE, {"i": {"id": deal["id"], "title": "Hijacked"}})
    assert error_codes(body) == ["FORBIDDEN"]
    assert (await Deal.get(id=int(deal["id"]))).title == "West deal"
    assert error_codes(await gql(client, DELETE, {"id": deal["id"]})) == ["FORBIDDEN"]


async def test_delete_is_soft_scoped_and_audited(
        client: httpx.AsyncClient, world: tuple[Company, dict[str, int]]) -> None:
    _, customers = world
    await as_user(client, "sam")
    deal = await created(client, title="Old", customerId=str(customers["Sam Co"]))
    await as_user(client, "wes")
    assert error_codes(await gql(client, DELETE, {"id": deal["id"]})) == ["NOT_FOUND"]
    await as_user(client, "sam")
    assert (await gql(client, DELETE, {"id": deal["id"]}))["data"]["deleteDeal"] is True
    assert await titles(client) == []
    assert error_codes(await gql(client, ONE, {"id": deal["id"]})) == ["NOT_FOUND"]
    row = await Deal.get(id=int(deal["id"]))
    assert row.deleted_at is not None
    assert await AuditEvent.filter(action="deal.deleted", target_id=deal["id"]).count() == 1


async def test_update_to_a_customer_out_of_scope_changes_nothing(
        client: httpx.AsyncClient, world: tuple[Company, dict[str, int]]) -> None:
    _, customers = world
    await as_user(client, "sam")
    deal = await created(client, title="Stay", customerId=str(customers["Sam Co"]))
    body = await gql(client, UPDATE, {"i": {"id": deal["id"], "title": "Moved",
                                            "customerId": str(customers["Wes Co"])}})
    assert error_codes(body) == ["NOT_FOUND"]
    row = await Deal.get(id=int(deal["id"]))
    assert (row.title, row.customer_id) == ("Stay", customers["Sam Co"])
    assert await AuditEvent.filter(action="deal.updated").count() == 0
