"""GraphQL types of customers and contacts.

Every field is a plain attribute: objects are built once per row, with the PII decision already
made (``loaders.build_customers``), so resolving a page does no per-field async work.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry


@strawberry.enum(description="A customer field holding personal data.")
class CustomerPiiField(Enum):
    PHONE = "phone"
    EMAIL = "email"
    ID_NUMBER = "id_number"
    ADDRESS = "address"


@strawberry.enum(description="A contact field holding personal data.")
class ContactPiiField(Enum):
    PHONE = "phone"
    EMAIL = "email"
    IM = "im"
    BIRTHDAY = "birthday"


@strawberry.type(description="A user, as shown next to records.")
class UserRef:
    id: strawberry.ID = strawberry.field(description="The user's id.")
    display_name: str = strawberry.field(description="The name shown in the interface.")


@strawberry.type(description="A team, as shown next to records.")
class TeamRef:
    id: strawberry.ID = strawberry.field(description="The team's id.")
    name: str = strawberry.field(description="The team's name.")


@strawberry.type(description="One key/value pair (customer preferences).")
class KeyValue:
    key: str = strawberry.field(description="The key, e.g. `channel`.")
    value: str = strawberry.field(description="The value, e.g. `wechat`.")


@strawberry.type(name="CustomFieldValue",
                 description="The value of one admin-defined field on a customer.")
class CustomValue:
    key: str = strawberry.field(description="The field's key (see `customFieldDefs`).")
    value: str | None = strawberry.field(
        description="Text, a number, an ISO date, an option key, or for multi-select a JSON "
                    "list of option keys. Masked for sensitive fields unless you may read PII.")
    masked: bool = strawberry.field(description="Whether the value is masked.")


@strawberry.type(description="A person at a company customer. Phone, email, IM handle and "
                 "birthday are masked unless you may read this customer's personal data.")
class Contact:
    id: strawberry.ID = strawberry.field(description="The contact's id.")
    customer_id: strawberry.ID = strawberry.field(description="The customer it belongs to.")
    name: str = strawberry.field(description="Full name.")
    title: str = strawberry.field(description="Job title.")
    phone: str | None = strawberry.field(description="Phone number (PII).")
    email: str | None = strawberry.field(description="Email address (PII).")
    im: str | None = strawberry.field(description="WeChat or other IM handle (PII).")
    birthday: str | None = strawberry.field(description="Birthday, YYYY-MM-DD (PII).")
    is_primary: bool = strawberry.field(description="The customer's primary contact; exactly "
                                        "one per customer that has contacts.")
    pii_masked: bool = strawberry.field(description="Whether the PII fields are masked.")
    created_at: datetime = strawberry.field(description="When it was created.")
    updated_at: datetime = strawberry.field(description="When it last changed.")


@strawberry.type(description="A customer (company or person). Phones, emails, ID number, "
                 "address and sensitive custom fields are masked unless you may read this "
                 "customer's personal data.")
class Customer:
    id: strawberry.ID = strawberry.field(description="The customer's id.")
    kind: str = strawberry.field(description="`company` or `person`.")
    name: str = strawberry.field(description="Company or person name.")
    stage: str = strawberry.field(description="Lifecycle stage key (see `customerStages`).")
    level: str = strawberry.field(description="Level: A, B or C.")
    industry: str = strawberry.field(description="Industry.")
    source: str = strawberry.field(description="Where the customer came from.")
    website: str = strawberry.field(description="Website.")
    address: str | None = strawberry.field(description="Postal address (PII).")
    phones: list[str] = strawberry.field(description="Phone numbers (PII).")
    emails: list[str] = strawberry.field(description="Email addresses (PII).")
    id_number: str | None = strawberry.field(description="ID or tax number (PII).")
    needs: str = strawberry.field(description="What the customer needs (free text).")
    preferences: list[KeyValue] = strawberry.field(
        description="Structured preferences, e.g. preferred channel and time.")
    tags: list[str] = strawberry.field(description="Tag names.")
    owner: UserRef | None = strawberry.field(description="The responsible user.")
    team: TeamRef | None = strawberry.field(description="The responsible team.")
    primary_contact: Contact | None = strawberry.field(description="The primary contact.")
    contacts: list[Contact] = strawberry.field(description="All contacts, primary first.")
    custom_fields: list[CustomValue] = strawberry.field(
        description="Values of admin-defined fields that are set.")
    pii_masked: bool = strawberry.field(description="Whether the PII fields are masked.")
    created_by: UserRef | None = strawberry.field(description="Who created it.")
    updated_by: UserRef | None = strawberry.field(description="Who changed it last.")
    created_at: datetime = strawberry.field(description="When it was created.")
    updated_at: datetime = strawberry.field(description="When it last changed.")
    last_activity_at: datetime | None = strawberry.field(
        description="When the last activity was logged.")
    deleted_at: datetime | None = strawberry.field(
        description="When it was moved to the recycle bin (null when not deleted).")


@strawberry.type(description="An edge of a connection: a node and the cursor after it.")
class CustomerEdge:
    cursor: str = strawberry.field(description="Opaque cursor; pass as `after`.")
    node: Customer = strawberry.field(description="The customer.")


@strawberry.type(description="Where a page stands in its list.")
class PageInfo:
    has_next_page: bool = strawberry.field(description="Whether more items follow.")
    end_cursor: str | None = strawberry.field(description="Cursor of the last item.")


@strawberry.type(description="A page of customers (keyset pagination; cursors are opaque).")
class CustomerConnection:
    edges: list[CustomerEdge] = strawberry.field(description="The customers of this page.")
    page_info: PageInfo = strawberry.field(description="Paging state.")
    total_count: int = strawberry.field(description="How many customers match in all.")


@strawberry.type(description="A lifecycle stage of the editable list.")
class CustomerStage:
    key: str = strawberry.field(description="Stable key stored on customers, e.g. `lead`.")
    label_en: str = strawberry.field(description="English label.")
    label_zh: str = strawberry.field(description="Chinese label.")
    position: int = strawberry.field(description="Place in the list, from 0.")
    archived: bool = strawberry.field(description="Archived stages can't be chosen any more.")


@strawberry.enum(description="The type of an admin-defined customer field.")
class CustomFieldType(Enum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    SELECT = "select"
    MULTISELECT = "multiselect"


@strawberry.type(description="An admin-defined customer field.")
class CustomFieldDef:
    id: strawberry.ID = strawberry.field(description="The definition's id.")
    key: str = strawberry.field(description="Stable key used in `customFields` inputs.")
    label_en: str = strawberry.field(description="English label.")
    label_zh: str = strawberry.field(description="Chinese label.")
    type: CustomFieldType = strawberry.field(description="Value type.")
    options: list[str] = strawberry.field(description="Choices of select fields.")
    sensitive: bool = strawberry.field(description="Encrypted, masked like PII, not searched "
                                       "or filterable.")
    required: bool = strawberry.field(description="Must be set on every customer.")
    position: int = strawberry.field(description="Order in forms.")
    archived: bool = strawberry.field(description="Hidden from forms and customers.")


@strawberry.type(description="A tag that can be put on customers.")
class Tag:
    id: strawberry.ID = strawberry.field(description="The tag's id.")
    name: str = strawberry.field(description="The tag's name.")
    color: str = strawberry.field(description="Display colour (may be empty).")
