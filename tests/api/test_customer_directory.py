"""The owner pickers' directory: names and teams of active users, for holders of customers.assign
(a manager hands customers to a salesperson without administering accounts)."""

from __future__ import annotations

import httpx

from backend.accounts.models import Team
from backend.settings import Settings
from tests.conftest import error_codes, gql
from tests.support.accounts import make_user, sign_in

PEOPLE = """query($s: String! = "") { assignees(search: $s) { id displayName team { name } } }"""
TEAMS = "query { assignableTeams { name } }"


async def test_directory_refused_without_customers_assign(client: httpx.AsyncClient,
                                                          db: Settings) -> None:
    await make_user("sam", "sales")
    await make_user("sup", "support")
    for query in (PEOPLE, TEAMS):
        assert error_codes(await gql(client, query)) == ["UNAUTHENTICATED"]
    for username in ("sam", "sup"):
        await sign_in(client, username)
        for query in (PEOPLE, TEAMS):
            assert error_codes(await gql(client, query)) == ["FORBIDDEN"]


async def test_manager_finds_active_colleagues_by_name_with_their_team(
        client: httpx.AsyncClient, db: Settings) -> None:
    east = await Team.create(name="East")
    await make_user("mike", "manager", team_id=east.id)
    for username, name, team, active in (("sam", "Sam Li", east.id, True),
                                         ("sara", "Sara Wang", None, True),
                                         ("gone", "Sam Gone", None, False)):
        user = await make_user(username, "sales", team_id=team, active=active)
        user.display_name = name
        await user.save(update_fields=["display_name"])
    await sign_in(client, "mike")
    body = await gql(client, PEOPLE, {"s": "sa"})
    assert [(p["displayName"], p["team"]) for p in body["data"]["assignees"]] == [
        ("Sam Li", {"name": "East"}), ("Sara Wang", None)]
    assert "email" not in str(body) and "sam@example.com" not in str(body)
    assert (await gql(client, TEAMS))["data"]["assignableTeams"] == [{"name": "East"}]
    assert error_codes(await gql(client, "query { assignees(first: 500) { id } }")) \
        == ["BAD_USER_INPUT"]
