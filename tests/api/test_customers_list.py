"""The customer list: keyset pages stay stable, filters narrow within scope, and a page costs
the same number of queries whatever its size."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from backend import counts as count_cache
from backend.customers import pii
from backend.customers.models import (
    Contact,
    Customer,
    CustomerTag,
    CustomFieldDef,
    CustomFieldValue,
    Tag,
)
from tests.conftest import error_codes, gql
from tests.support.customers import LIST, NODE, Company, as_user, company, names, page
from tests.support.queries import count_queries

T0 = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture
async def co(db: object) -> Company:
    return await company()


async def seed(owner: int, team: int, count: int, prefix: str = "C") -> list[int]:
    """Customers with tags, a primary contact and custom values, written directly."""
    gold = await Tag.create(name=f"{prefix}-gold")
    text = await CustomFieldDef.create(key=f"{prefix.lower()}_note", label_en="Note",
                                       label_zh="备注", type="text")
    secret = await CustomFieldDef.create(key=f"{prefix.lower()}_secret", label_en="Secret",
                                         label_zh="机密", type="text", sensitive=True)
    ids = []
    for i in range(count):
        c = Customer(name=f"{prefix}{i:03d}", owner_id=owner, team_id=team)
        pii.set_phones(c, [f"1380000{i:04d}"])
        await c.save()
        ids.append(c.id)
    await CustomerTag.bulk_create([CustomerTag(customer_id=i, tag_id=gold.id) for i in ids])
    contacts = []
    for i in ids:
        contact = Contact(customer_id=i, name=f"Contact {i}", is_primary=True)
        pii.set_contact_value(contact, "phone", "13911112222")
        contacts.append(contact)
    await Contact.bulk_create(contacts)
    await CustomFieldValue.bulk_create(
        [CustomFieldValue(customer_id=i, field_id=text.id, value_text="note") for i in ids]
        + [CustomFieldValue(customer_id=i, field_id=secret.id,
                            value_enc=pii.seal("custom_field_value", "value", "s3cret"))
           for i in ids])
    return ids


async def test_query_count_does_not_grow_with_page_size(
        client: httpx.AsyncClient, co: Company, monkeypatch: pytest.MonkeyPatch) -> None:
    await seed(co.users["sam"], co.teams["East-1"], 55)
    await as_user(client, "mike")  # subtree scope: the costliest scope to resolve
    query = "query($n: Int!) { customers(first: $n) { totalCount edges { node { %s } } } }" \
        % NODE
    counts = {}
    for size in (5, 50):
        count_cache.forget()  # both pages count for real
        with count_queries(monkeypatch) as seen:
            body = await gql(client, query, {"n": size})
        edges = body["data"]["customers"]["edges"]
        assert len(edges) == size and body["data"]["customers"]["totalCount"] == 55
        node = edges[0]["node"]
        assert node["owner"]["displayName"] == "Sam" and node["tags"] == ["C-gold"]
        assert node["primaryContact"]["phone"] == "13911112222"
        assert {f["key"]: f["value"] for f in node["customFields"]} == {
            "c_note": "note", "c_secret": "s3cret"}
        counts[size] = len(seen)
    assert counts[5] == counts[50], counts


async def test_unselected_relations_are_not_loaded(
        client: httpx.AsyncClient, co: Company, monkeypatch: pytest.MonkeyPatch) -> None:
    await seed(co.users["sam"], co.teams["East-1"], 3)
    await as_user(client, "root")
    with count_queries(monkeypatch) as lean:
        await gql(client, "{ customers(first: 3) { edges { node { name } } } }")
    with count_queries(monkeypatch) as full:
        await gql(client, "{ customers(first: 3) { edges { node { %s } } } }" % NODE)
    assert len(full) - len(lean) >= 4  # users, teams, tags, contacts, custom values


async def test_the_scope_is_counted_only_when_total_count_is_asked_for(
        client: httpx.AsyncClient, co: Company, monkeypatch: pytest.MonkeyPatch) -> None:
    await seed(co.users["sam"], co.teams["East-1"], 3)
    await as_user(client, "mike")
    with count_queries(monkeypatch) as paging:
        body = await gql(client, "{ customers(first: 2) { edges { node { name } } } }")
    assert len(body["data"]["customers"]["edges"]) == 2
    with count_queries(monkeypatch) as counting:
        body = await gql(client, "{ customers(first: 2) { totalCount edges { node { name } } } }")
    assert body["data"]["customers"]["totalCount"] == 3
    assert not any("COUNT(" in q.upper() for q in paging), paging
    assert any("COUNT(" in q.upper() for q in counting), counting
    # The SPA asks for the total with the first page only, through @include.
    query = "query($t: Boolean!) { customers(first: 2) { totalCount @include(if: $t) " \
        "edges { node { name } } } }"
    with count_queries(monkeypatch) as skipped:
        body = await gql(client, query, {"t": False})
    assert "totalCount" not in body["data"]["customers"]
    assert not any("COUNT(" in q.upper() for q in skipped), skipped
    body = await gql(client, query, {"t": True})
    assert body["data"]["customers"]["totalCount"] == 3


async def test_the_total_counts_each_visible_customer_once(
        client: httpx.AsyncClient, co: Company) -> None:
    """The scope is counted in disjoint parts (team range, own rows elsewhere): rows the
    manager owns inside, outside and without a team each count once."""
    mike, sam = co.users["mike"], co.users["sam"]
    for owner, team in ((mike, co.teams["East"]), (mike, co.teams["West"]), (mike, None),
                        (sam, co.teams["East-1"]), (sam, co.teams["West"]), (None, None)):
        await Customer.create(name=f"T{owner}-{team}", owner_id=owner, team_id=team)
    await as_user(client, "mike")
    body = await gql(client, "{ customers(first: 50) { totalCount edges { node { id } } } }")
    found = body["data"]["customers"]
    assert found["totalCount"] == len(found["edges"]) == 4


ORDERS: list[dict[str, Any] | None] = [
    None, {"field": "NAME", "direction": "ASC"}, {"field": "NAME", "direction": "DESC"},
    {"field": "CREATED_AT", "direction": "ASC"}, {"field": "CREATED_AT", "direction": "DESC"},
    {"field": "UPDATED_AT", "direction": "DESC"},
    {"field": "LAST_ACTIVITY_AT", "direction": "DESC"},
    {"field": "LAST_ACTIVITY_AT", "direction": "ASC"},
]


@pytest.mark.parametrize("order", ORDERS, ids=lambda o: "default" if o is None else
                         f"{o['field']}-{o['direction']}")
async def test_pages_are_stable_under_concurrent_inserts(
        client: httpx.AsyncClient, co: Company, order: dict[str, Any] | None) -> None:
    owner, team = co.users["sam"], co.teams["East-1"]
    initial = set()
    for i in range(14):
        # Repeated names and timestamps force the id tie-break; a third have no activity.
        c = await Customer.create(name=f"Name {i % 4}", owner_id=owner, team_id=team,
                                  last_activity_at=None if i % 3 == 0 else T0 + timedelta(
                                      hours=i % 5))
        await Customer.filter(id=c.id).update(created_at=T0 + timedelta(minutes=i % 6),
                                              updated_at=T0 + timedelta(minutes=i % 7))
        initial.add(str(c.id))
    await as_user(client, "root")
    seen: list[str] = []
    after = None
    for step in range(20):
        result = await page(client, first=3, after=after, order=order)
        seen += [e["node"]["id"] for e in result["edges"]]
        if not result["pageInfo"]["hasNextPage"]:
            break
        after = result["pageInfo"]["endCursor"]
        # Someone adds customers that sort before, among and after the rows already seen.
        for name, activity in (("Aaa new", T0 - timedelta(days=1)), ("Name 2", None),
                               ("Zzz new", T0 + timedelta(days=1))):
            await Customer.create(name=f"{name} {step}", owner_id=owner, team_id=team,
                                  last_activity_at=activity)
    assert len(seen) == len(set(seen)), "a row was seen twice"
    assert initial <= set(seen), "a row present from the start was skipped"


async def test_bad_cursors_and_sizes_are_refused(client: httpx.AsyncClient,
                                                 co: Company) -> None:
    for i in range(3):
        await Customer.create(name=f"C{i}", owner_id=co.users["sam"])
    await as_user(client, "root")
    by_name = await page(client, first=1, order={"field": "NAME", "direction": "ASC"})
    cursor = by_name["pageInfo"]["endCursor"]
    for variables in ({"after": "garbage"}, {"after": cursor},  # made for another order
                      {"first": 0}, {"first": 101}):
        body = await gql(client, LIST, variables)
        assert error_codes(body) == ["BAD_USER_INPUT"], variables
    ok = await page(client, first=1, after=cursor, order={"field": "NAME", "direction": "ASC"})
    assert [e["node"]["name"] for e in ok["edges"]] == ["C1"]


async def test_filters_narrow_within_scope(client: httpx.AsyncClient, co: Company) -> None:
    sam, sue, wes = co.users["sam"], co.users["sue"], co.users["wes"]
    rows = {}
    for name, owner, team, stage, level, kind, source in (
            ("Alpha", sam, "East-1", "lead", "A", "company", "fair"),
            ("Beta", sue, "East", "customer", "B", "person", "web"),
            ("Gamma", wes, "West", "customer", "A", "company", "fair")):
        rows[name] = await Customer.create(name=name, owner_id=owner, team_id=co.teams[team],
                                           stage=stage, level=level, kind=kind, source=source)
    await Customer.filter(id=rows["Alpha"].id).update(created_at=T0,
                                                      last_activity_at=T0 + timedelta(days=3))
    vip = await Tag.create(name="VIP")
    await CustomerTag.create(customer_id=rows["Beta"].id, tag_id=vip.id)
    await CustomerTag.create(customer_id=rows["Gamma"].id, tag_id=vip.id)
    await as_user(client, "root")
    cases: list[tuple[dict[str, Any], list[str]]] = [
        ({"stages": ["customer"]}, ["Gamma", "Beta"]),
        ({"levels": ["A"], "kinds": ["company"]}, ["Gamma", "Alpha"]),
        ({"ownerIds": [str(sue)]}, ["Beta"]),
        ({"sources": ["fair"]}, ["Gamma", "Alpha"]),
        ({"teamIds": [str(co.teams["West"]), str(co.teams["East-1"])]}, ["Gamma", "Alpha"]),
        ({"tags": ["VIP"]}, ["Gamma", "Beta"]),
        ({"createdTo": (T0 + timedelta(days=1)).isoformat()}, ["Alpha"]),
        ({"createdFrom": (T0 + timedelta(days=1)).isoformat()}, ["Gamma", "Beta"]),
        ({"lastActivityFrom": (T0 + timedelta(days=2)).isoformat(),
          "lastActivityTo": (T0 + timedelta(days=4)).isoformat()}, ["Alpha"]),
    ]
    for condition, expected in cases:
        assert await names(client, filter=condition) == expected, condition
    # A manager filtering on someone outside his subtree still sees only his share.
    await as_user(client, "mike")
    assert await names(client, filter={"ownerIds": [str(wes)]}) == []
    assert await names(client, filter={"tags": ["VIP"]}) == ["Beta"]
    await as_user(client, "aud")
    assert error_codes(await gql(client, LIST, {})) == ["FORBIDDEN"]


async def test_relations_selected_through_fragments_are_loaded(client: httpx.AsyncClient,
                                                               co: Company) -> None:
    await seed(co.users["sam"], co.teams["East-1"], 2)
    await as_user(client, "root")
    body = await gql(client, """query { customers(first: 1) { edges { node { ...Row } } } }
        fragment Row on Customer { name ... on Customer { owner { displayName } tags
        primaryContact { name } } }""")
    node = body["data"]["customers"]["edges"][0]["node"]
    assert node["owner"] == {"displayName": "Sam"} and node["tags"] == ["C-gold"]
    assert node["primaryContact"]["name"].startswith("Contact")
