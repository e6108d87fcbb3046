"""Monthly sales targets: set by admins, read within the reader's scope."""

from __future__ import annotations

import httpx
import pytest

from backend.audit.models import AuditEvent
from backend.deals.models import SalesTarget
from backend.settings import Settings
from tests.conftest import error_codes, gql
from tests.support.customers import Company, as_user, company

SET = """mutation($i: SalesTargetInput!) {
  setSalesTarget(input: $i) { id month user { id } team { id } amount currency } }"""
LIST = """query($f: String!, $t: String!) {
  salesTargets(fromMonth: $f, toMonth: $t) { month user { id } team { id } amount } }"""


@pytest.fixture
async def world(db: Settings) -> Company:
    return await company()


async def test_only_admins_set_targets(client: httpx.AsyncClient, world: Company) -> None:
    await as_user(client, "mike")
    body = await gql(client, SET, {"i": {"month": "2026-03", "userId": str(world.users["sam"]),
                                         "amount": "1000"}})
    assert error_codes(body) == ["FORBIDDEN"]
    assert await SalesTarget.all().count() == 0
    await as_user(client, "root")
    body = await gql(client, SET, {"i": {"month": "2026-03", "userId": str(world.users["sam"]),
                                         "amount": "1000"}})
    assert body["data"]["setSalesTarget"]["amount"] == "1000.00"
    assert body["data"]["setSalesTarget"]["currency"] == "CNY"
    again = await gql(client, SET, {"i": {"month": "2026-03",
                                          "userId": str(world.users["sam"]),
                                          "amount": "1500.5"}})
    assert again["data"]["setSalesTarget"]["id"] == body["data"]["setSalesTarget"]["id"]
    assert (await SalesTarget.get()).amount == 1500.5
    removed = await gql(client, SET, {"i": {"month": "2026-03",
                                            "userId": str(world.users["sam"]), "amount": "0"}})
    assert removed["data"]["setSalesTarget"] is None
    assert await SalesTarget.all().count() == 0
    assert await AuditEvent.filter(action="sales_target.set").count() == 3


async def test_targets_are_validated(client: httpx.AsyncClient, world: Company) -> None:
    await as_user(client, "root")
    cases = [
        ({"month": "2026-13", "teamId": str(world.teams["East"]), "amount": "1"},
         {"month": ["INVALID_MONTH"]}),
        ({"month": "2026-01", "amount": "1"}, {"userId": ["ONE_OF"], "teamId": ["ONE_OF"]}),
        ({"month": "2026-01", "teamId": str(world.teams["East"]),
          "userId": str(world.users["sam"]), "amount": "1"},
         {"userId": ["ONE_OF"], "teamId": ["ONE_OF"]}),
        ({"month": "2026-01", "teamId": str(world.teams["East"]), "amount": "-5"},
         {"amount": ["OUT_OF_RANGE"]}),
        ({"month": "2026-01", "teamId": "424242", "amount": "5"}, {"teamId": ["UNKNOWN_TEAM"]}),
    ]
    for given, fields in cases:
        body = await gql(client, SET, {"i": given})
        assert body["errors"][0]["extensions"]["fields"] == fields, given
    assert await SalesTarget.all().count() == 0


async def test_readers_see_the_targets_of_their_scope(client: httpx.AsyncClient,
                                                      world: Company) -> None:
    await as_user(client, "root")
    for who, month in ((("userId", world.users["sam"]), "2026-01"),
                       (("userId", world.users["wes"]), "2026-01"),
                       (("teamId", world.teams["East"]), "2026-02"),
                       (("teamId", world.teams["West"]), "2026-02"),
                       (("userId", world.users["sam"]), "2027-01")):
        await gql(client, SET, {"i": {"month": month, who[0]: str(who[1]), "amount": "100"}})
    body = await gql(client, LIST, {"f": "2026-01", "t": "2026-12"})
    assert len(body["data"]["salesTargets"]) == 4
    await as_user(client, "mike")  # manager of East: sam (East-1) and the East team
    body = await gql(client, LIST, {"f": "2026-01", "t": "2026-12"})
    assert [(t["month"], (t["user"] or {}).get("id"), (t["team"] or {}).get("id"))
            for t in body["data"]["salesTargets"]] == [
        ("2026-01", str(world.users["sam"]), None), ("2026-02", None, str(world.teams["East"]))]
    await as_user(client, "sam")  # sales hold no reports.read
    assert error_codes(await gql(client, LIST, {"f": "2026-01", "t": "2026-12"})) == [
        "FORBIDDEN"]
    await as_user(client, "mike")
    body = await gql(client, LIST, {"f": "2026-05", "t": "2026-01"})
    assert body["errors"][0]["extensions"]["fields"] == {"toMonth": ["OUT_OF_RANGE"]}
