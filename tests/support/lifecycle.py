"""A small company for the customer lifecycle tests: teams, people in every role, customers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from backend.accounts.models import Role, Team
from backend.audit.models import AuditEvent
from backend.customers import pii
from backend.customers.models import Contact, Customer
from tests.support.accounts import make_user

# Customers that may be read company-wide; paired with "sales" it gives read-all, write-own.
READ_ALL = "read-all"


@dataclass
class World:
    teams: dict[str, int] = field(default_factory=dict)
    users: dict[str, int] = field(default_factory=dict)
    customers: dict[str, int] = field(default_factory=dict)

    def cid(self, name: str) -> str:
        return str(self.customers[name])

    def uid(self, name: str) -> str:
        return str(self.users[name])


async def make_customer(name: str, owner_id: int | None = None, team_id: int | None = None,
                        phones: list[str] | None = None, emails: list[str] | None = None,
                        **fields: Any) -> Customer:
    """A customer stored as the services store it: encrypted lists, keys, search text."""
    c = Customer(name=name, owner_id=owner_id, team_id=team_id, **fields)
    pii.set_phones(c, phones or [])
    pii.set_emails(c, emails or [])
    await c.save()
    await pii.sync_keys(c.id)
    await pii.refresh_search_text(c.id)
    return await Customer.get(id=c.id)


async def add_contact(customer_id: int, name: str, phone: str | None = None,
                      email: str | None = None, primary: bool = True) -> Contact:
    contact = Contact(customer_id=customer_id, name=name, is_primary=primary)
    pii.set_contact_value(contact, "phone", phone)
    pii.set_contact_value(contact, "email", email)
    await contact.save()
    await pii.sync_keys(customer_id)
    return contact


async def make_world() -> World:
    """East (with East-1 below it) and West; sales in each, a manager of East, support, an
    admin, a reader with no customer rights, and one customer per salesperson plus a pool."""
    w = World()
    east = await Team.create(name="East")
    east1 = await Team.create(name="East-1", parent_id=east.id)
    west = await Team.create(name="West")
    w.teams = {"East": east.id, "East-1": east1.id, "West": west.id}
    await Role.create(name=READ_ALL, permissions=["customers.read"], data_scope="all")
    await Role.create(name="nothing", permissions=[], data_scope="own")
    for username, roles, team in (("sam", ("sales",), east1), ("sue", ("sales",), east),
                                  ("wes", ("sales",), west), ("mike", ("manager",), east),
                                  ("sup", ("support",), None), ("ada", ("admin",), None),
                                  ("rita", ("sales", READ_ALL), west),
                                  ("nobody", ("nothing",), None)):
        user = await make_user(username, *roles, team_id=team.id if team else None)
        w.users[username] = user.id
    for name, owner, team, phone, email in (
            ("Sam Co", "sam", east1, "13800000001", "boss@sam.example.com"),
            ("Sue Co", "sue", east, "13800000002", "boss@sue.example.com"),
            ("Wes Co", "wes", west, "13800000003", "boss@wes.example.com")):
        c = await make_customer(name, w.users[owner], team.id, [phone], [email])
        w.customers[name] = c.id
    for name, phone in (("Pool One Ltd.", "13900000001"), ("Pool Two", "13900000002")):
        c = await make_customer(name, None, None, [phone], industry="retail", source="fair")
        w.customers[name] = c.id
    return w


async def events(action: str) -> list[AuditEvent]:
    return await AuditEvent.filter(action=action).order_by("id")
