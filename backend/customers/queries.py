"""Customer queries. Thin: parse arguments, call the listing or a lookup, build objects."""

from __future__ import annotations

import strawberry
from strawberry.types.nodes import SelectedField, Selection

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.api.context import Info
from backend.api.ids import parse_id
from backend.api.permissions import HasPerm
from backend.customers import contacts as contact_svc
from backend.customers import listing, stages
from backend.customers import tags as tag_svc
from backend.customers import types as t
from backend.customers.inputs import (
    CustomerFilterInput,
    CustomerOrderInput,
    customer_filter,
    customer_order,
)
from backend.customers.loaders import build_contact, build_customers, pii_rule
from backend.customers.models import CustomerStage, CustomFieldDef
from backend.customers.models import Tag as TagRow
from backend.customers.services import get_visible

READ = [HasPerm(Perm.CUSTOMERS_READ)]


def actor_of(info: Info) -> Actor:
    assert info.context.actor is not None  # the permission class refused anonymous callers
    return info.context.actor


def _included(s: Selection) -> bool:
    """False for a selection switched off by ``@skip(if: true)`` or ``@include(if: false)``
    (their arguments arrive with the variables already applied)."""
    return s.directives.get("skip", {}).get("if") is not True and \
        s.directives.get("include", {}).get("if") is not False


def _fields(selections: list[Selection]) -> list[SelectedField]:
    """The fields of a selection set, looking through fragments."""
    found: list[SelectedField] = []
    for s in selections:
        if not _included(s):
            continue
        found += [s] if isinstance(s, SelectedField) else _fields(s.selections)
    return found


def selected(info: Info, *path: str) -> set[str]:
    """Names selected under ``path`` of the current field (e.g. "edges", "node"): build only
    what the query asks for."""
    level = _fields(list(info.selected_fields))
    for step in path:
        level = [c for s in level for c in _fields(s.selections) if c.name == step]
    return {c.name for s in level for c in _fields(s.selections)}


def stage_type(s: CustomerStage) -> t.CustomerStage:
    return t.CustomerStage(key=s.key, label_en=s.label_en, label_zh=s.label_zh,
                           position=s.position, archived=s.archived)


def field_def_type(d: CustomFieldDef) -> t.CustomFieldDef:
    return t.CustomFieldDef(id=strawberry.ID(str(d.id)), key=d.key, label_en=d.label_en,
                            label_zh=d.label_zh, type=t.CustomFieldType(d.type),
                            options=list(d.options), sensitive=d.sensitive, required=d.required,
                            position=d.position, archived=d.archived)


def tag_type(tag: TagRow) -> t.Tag:
    return t.Tag(id=strawberry.ID(str(tag.id)), name=tag.name, color=tag.color)


@strawberry.type
class Query:
    @strawberry.field(description="Customers you may see: searched (name, tag, contact; exact "
                      "phone or email if you may read PII), filtered, sorted (newest first by "
                      "default), keyset-paginated.", permission_classes=READ)
    async def customers(self, info: Info, first: int = 20, after: str | None = None,
                        search: str | None = None, filter: CustomerFilterInput | None = None,
                        order_by: CustomerOrderInput | None = None) -> t.CustomerConnection:
        actor = actor_of(info)
        page = await listing.list_customers(
            actor=actor, first=first, after=after, search_term=search,
            filter=customer_filter(filter), order=customer_order(order_by),
            with_total="totalCount" in selected(info))
        nodes = await build_customers(
            actor, page.rows, selected(info, "edges", "node"),
            selected(info, "edges", "node", "primaryContact")
            | selected(info, "edges", "node", "contacts"))
        edges = [t.CustomerEdge(cursor=c, node=n) for c, n in zip(page.cursors, nodes,
                                                                   strict=True)]
        return t.CustomerConnection(
            edges=edges, total_count=page.total or 0,
            page_info=t.PageInfo(has_next_page=page.has_next,
                                 end_cursor=page.cursors[-1] if page.cursors else None))

    @strawberry.field(description="One customer (NOT_FOUND when outside your scope).",
                      permission_classes=READ)
    async def customer(self, info: Info, id: strawberry.ID) -> t.Customer:
        actor = actor_of(info)
        row = await get_visible(actor, parse_id(id))
        return (await build_customers(actor, [row], selected(info)))[0]

    @strawberry.field(description="The contacts of a customer, primary first.",
                      permission_classes=READ)
    async def contacts(self, info: Info, customer_id: strawberry.ID) -> list[t.Contact]:
        actor = actor_of(info)
        customer, rows = await contact_svc.contacts_of(actor, parse_id(customer_id))
        clear = (await pii_rule(actor))(customer.owner_id, customer.team_id)
        return [build_contact(r, clear) for r in rows]

    @strawberry.field(description="The lifecycle stages, in order.", permission_classes=READ)
    async def customer_stages(self, include_archived: bool = True) -> list[t.CustomerStage]:
        return [stage_type(s) for s in await stages.all_stages()
                if include_archived or not s.archived]

    @strawberry.field(description="Admin-defined customer fields, in form order.",
                      permission_classes=READ)
    async def custom_field_defs(self, include_archived: bool = False) -> list[t.CustomFieldDef]:
        query = CustomFieldDef.all() if include_archived else CustomFieldDef.filter(
            archived=False)
        return [field_def_type(d) for d in await query.order_by("position", "id")]

    @strawberry.field(description="Tags, by name (optionally those containing `search`).",
                      permission_classes=READ)
    async def tags(self, search: str | None = None, first: int = 50) -> list[t.Tag]:
        return [tag_type(tag) for tag in await tag_svc.list_tags(search, max(1, min(first,
                                                                                   200)))]
