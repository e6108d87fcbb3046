"""GraphQL inputs of customers, contacts, custom fields and stages, and their conversion to the
services' patches."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from backend.api.ids import parse_id, parse_optional_id
from backend.customers.contacts import ContactPatch
from backend.customers.custom_fields import FieldFilter
from backend.customers.listing import CustomerFilter, Order
from backend.customers.services import CustomerPatch
from backend.customers.types import CustomFieldType


@strawberry.input(description="One key/value pair.")
class KeyValueInput:
    key: str = strawberry.field(description="The key.")
    value: str = strawberry.field(description="The value.")


@strawberry.input(description="The value of one custom field; null or empty clears it.")
class CustomFieldValueInput:
    key: str = strawberry.field(description="The field's key.")
    value: str | None = strawberry.field(
        default=None, description="Text, a number, an ISO date (YYYY-MM-DD), an option, or "
                                  "for multi-select a JSON list of options.")


@strawberry.input(description="A new customer.")
class CustomerInput:
    name: str = strawberry.field(description="Company or person name (1-200 characters).")
    kind: str = strawberry.field(default="company", description="`company` or `person`.")
    stage: str = strawberry.field(default="lead", description="Stage key.")
    level: str = strawberry.field(default="C", description="A, B or C.")
    industry: str = strawberry.field(default="", description="Industry.")
    source: str = strawberry.field(default="", description="Where the customer came from.")
    website: str = strawberry.field(default="", description="Website (http or https).")
    needs: str = strawberry.field(default="", description="Needs (free text).")
    address: str | None = strawberry.field(default=None, description="Postal address.")
    phones: list[str] = strawberry.field(default_factory=list, description="Phone numbers.")
    emails: list[str] = strawberry.field(default_factory=list, description="Email addresses.")
    id_number: str | None = strawberry.field(default=None, description="ID or tax number.")
    preferences: list[KeyValueInput] = strawberry.field(default_factory=list,
                                                        description="Preferences.")
    tags: list[str] = strawberry.field(default_factory=list,
                                       description="Tag names (created when new; up to 20).")
    custom_fields: list[CustomFieldValueInput] = strawberry.field(
        default_factory=list, description="Custom field values.")
    owner_id: strawberry.ID | None = strawberry.field(
        default=None, description="Owner (you when omitted; others need customers.assign).")
    team_id: strawberry.ID | None = strawberry.field(
        default=None, description="Team (yours when omitted; others need customers.assign).")
    allow_duplicates: bool = strawberry.field(
        default=False, description="Create even when a similar customer exists (otherwise "
                                   "CONFLICT lists the duplicates you may see).")


@strawberry.input(description="Changes to a customer; omitted fields stay as they are.")
class CustomerUpdateInput:
    id: strawberry.ID = strawberry.field(description="The customer to change.")
    name: str | None = strawberry.field(default=None, description="Name.")
    kind: str | None = strawberry.field(default=None, description="`company` or `person`.")
    stage: str | None = strawberry.field(default=None, description="Stage key.")
    level: str | None = strawberry.field(default=None, description="A, B or C.")
    industry: str | None = strawberry.field(default=None, description="Industry.")
    source: str | None = strawberry.field(default=None, description="Source.")
    website: str | None = strawberry.field(default=None, description="Website.")
    needs: str | None = strawberry.field(default=None, description="Needs.")
    address: str | None = strawberry.field(default=None, description="Address (empty clears).")
    phones: list[str] | None = strawberry.field(default=None,
                                                description="Replaces all phone numbers.")
    emails: list[str] | None = strawberry.field(default=None,
                                                description="Replaces all email addresses.")
    id_number: str | None = strawberry.field(default=None, description="ID or tax number.")
    preferences: list[KeyValueInput] | None = strawberry.field(
        default=None, description="Replaces all preferences.")
    tags: list[str] | None = strawberry.field(default=None, description="Replaces all tags.")
    custom_fields: list[CustomFieldValueInput] | None = strawberry.field(
        default=None, description="Custom values to set (others stay).")
    owner_id: strawberry.ID | None = strawberry.field(default=None,
                                                      description="New owner (assign).")
    team_id: strawberry.ID | None = strawberry.field(default=None,
                                                     description="New team (assign).")


def customer_patch(data: CustomerInput | CustomerUpdateInput) -> CustomerPatch:
    prefs = None if data.preferences is None else {p.key.strip(): p.value.strip()
                                                   for p in data.preferences}
    custom = None if data.custom_fields is None else {c.key: c.value for c in data.custom_fields}
    return CustomerPatch(
        name=data.name, kind=data.kind, stage=data.stage, level=data.level,
        industry=data.industry, source=data.source, website=data.website, needs=data.needs,
        preferences=prefs, phones=data.phones, emails=data.emails, id_number=data.id_number,
        address=data.address, tags=data.tags, custom_fields=custom,
        owner_id=parse_optional_id(data.owner_id), team_id=parse_optional_id(data.team_id))


@strawberry.input(description="A condition on one custom field.")
class CustomFieldFilterInput:
    key: str = strawberry.field(description="The field's key.")
    value: str | None = strawberry.field(default=None, description="Text contains / option.")
    values: list[str] | None = strawberry.field(default=None, description="Any of options.")
    min: str | None = strawberry.field(default=None, description="Lower bound (number, date).")
    max: str | None = strawberry.field(default=None, description="Upper bound (number, date).")


@strawberry.input(description="Customer list filters; all given ones must hold.")
class CustomerFilterInput:
    stages: list[str] | None = strawberry.field(default=None, description="Any of stages.")
    levels: list[str] | None = strawberry.field(default=None, description="Any of levels.")
    kinds: list[str] | None = strawberry.field(default=None, description="Company / person.")
    sources: list[str] | None = strawberry.field(default=None, description="Any of sources.")
    owner_ids: list[strawberry.ID] | None = strawberry.field(default=None,
                                                             description="Any of owners.")
    team_ids: list[strawberry.ID] | None = strawberry.field(default=None,
                                                            description="Any of teams.")
    tags: list[str] | None = strawberry.field(default=None, description="Any of tag names.")
    created_from: datetime | None = strawberry.field(default=None, description="Created at "
                                                     "or after.")
    created_to: datetime | None = strawberry.field(default=None, description="Created before.")
    last_activity_from: datetime | None = strawberry.field(
        default=None, description="Last activity at or after.")
    last_activity_to: datetime | None = strawberry.field(default=None,
                                                         description="Last activity before.")
    custom_fields: list[CustomFieldFilterInput] | None = strawberry.field(
        default=None, description="Conditions on custom fields (not sensitive ones).")


def customer_filter(data: CustomerFilterInput | None) -> CustomerFilter:
    if data is None:
        return CustomerFilter()
    return CustomerFilter(
        stages=data.stages, levels=data.levels, kinds=data.kinds, sources=data.sources,
        owner_ids=None if data.owner_ids is None else [parse_id(i) for i in data.owner_ids],
        team_ids=None if data.team_ids is None else [parse_id(i) for i in data.team_ids],
        tags=data.tags, created_from=data.created_from, created_to=data.created_to,
        last_activity_from=data.last_activity_from, last_activity_to=data.last_activity_to,
        custom_fields=[FieldFilter(key=c.key, value=c.value, values=c.values, min=c.min,
                                   max=c.max) for c in data.custom_fields or []])


@strawberry.enum(description="What the customer list is sorted by.")
class CustomerSortField(Enum):
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"
    NAME = "name"
    LAST_ACTIVITY_AT = "last_activity_at"


@strawberry.enum(description="Sort direction.")
class SortDirection(Enum):
    ASC = "asc"
    DESC = "desc"


@strawberry.input(description="Sort order of the customer list (ties broken by id).")
class CustomerOrderInput:
    field: CustomerSortField = strawberry.field(description="Sort key.")
    direction: SortDirection = strawberry.field(default=SortDirection.DESC,
                                                description="Direction.")


def customer_order(data: CustomerOrderInput | None) -> Order:
    if data is None:
        return Order()  # newest first, by id
    return Order(column=data.field.value, descending=data.direction == SortDirection.DESC)


@strawberry.input(description="A new contact of a customer.")
class ContactInput:
    customer_id: strawberry.ID = strawberry.field(description="The customer.")
    name: str = strawberry.field(description="Full name.")
    title: str = strawberry.field(default="", description="Job title.")
    phone: str | None = strawberry.field(default=None, description="Phone.")
    email: str | None = strawberry.field(default=None, description="Email.")
    im: str | None = strawberry.field(default=None, description="WeChat / IM handle.")
    birthday: str | None = strawberry.field(default=None, description="YYYY-MM-DD.")
    is_primary: bool = strawberry.field(default=False, description="Make it the primary "
                                        "contact (the first contact always is).")


@strawberry.input(description="Changes to a contact; omitted fields stay, empty clears.")
class ContactUpdateInput:
    id: strawberry.ID = strawberry.field(description="The contact.")
    name: str | None = strawberry.field(default=None, description="Full name.")
    title: str | None = strawberry.field(default=None, description="Job title.")
    phone: str | None = strawberry.field(default=None, description="Phone.")
    email: str | None = strawberry.field(default=None, description="Email.")
    im: str | None = strawberry.field(default=None, description="WeChat / IM handle.")
    birthday: str | None = strawberry.field(default=None, description="YYYY-MM-DD.")
    is_primary: bool | None = strawberry.field(
        default=None, description="true makes it primary; the primary can't be unmarked.")


def contact_patch(data: ContactInput | ContactUpdateInput) -> ContactPatch:
    return ContactPatch(name=data.name, title=data.title, phone=data.phone, email=data.email,
                        im=data.im, birthday=data.birthday, is_primary=data.is_primary)


@strawberry.input(description="A new custom field.")
class CustomFieldDefInput:
    key: str = strawberry.field(description="Stable key: a-z, 0-9, _ (starts with a letter).")
    label_en: str = strawberry.field(description="English label.")
    label_zh: str = strawberry.field(description="Chinese label.")
    type: CustomFieldType = strawberry.field(description="Value type (fixed once created).")
    options: list[str] = strawberry.field(default_factory=list,
                                          description="Choices (select types only).")
    sensitive: bool = strawberry.field(default=False, description="Encrypt and mask values "
                                       "(fixed once created).")
    required: bool = strawberry.field(default=False, description="Must be set.")
    position: int | None = strawberry.field(default=None, description="Order in forms.")


@strawberry.input(description="Changes to a custom field definition.")
class CustomFieldDefUpdateInput:
    id: strawberry.ID = strawberry.field(description="The definition.")
    label_en: str | None = strawberry.field(default=None, description="English label.")
    label_zh: str | None = strawberry.field(default=None, description="Chinese label.")
    options: list[str] | None = strawberry.field(
        default=None, description="Choices; options in use can't be removed.")
    required: bool | None = strawberry.field(default=None, description="Must be set.")
    position: int | None = strawberry.field(default=None, description="Order in forms.")


@strawberry.input(description="One stage of the list.")
class CustomerStageInput:
    key: str = strawberry.field(description="Stable key: a-z, 0-9, _.")
    label_en: str = strawberry.field(description="English label.")
    label_zh: str = strawberry.field(description="Chinese label.")
    archived: bool = strawberry.field(default=False, description="Can't be chosen any more.")


@strawberry.input(description="The whole stage list, in order.")
class SetCustomerStagesInput:
    stages: list[CustomerStageInput] = strawberry.field(description="Stages in order.")
