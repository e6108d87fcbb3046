"""Customers, their contacts, tags and custom fields.

PII columns (``*_enc``) hold AES-256-GCM ciphertext (``backend.crypto.aead``). Exact lookups by
phone or email go through ``CustomerKey``: an HMAC blind index of the normalised value, for the
customer's own numbers and addresses and for those of its contacts. ``search_text`` is the
lower-cased, non-PII search document (name, tags, contact names, custom text values) that the
full-text index (SQLite FTS5 trigram / PostgreSQL pg_trgm) covers.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from backend.accounts.models import Team, User


class CustomerStage(Model):
    """An entry of the editable lifecycle list (lead / prospect / customer / churned by default)."""

    key = fields.CharField(max_length=32, primary_key=True)
    label_en = fields.CharField(max_length=64)
    label_zh = fields.CharField(max_length=64)
    position = fields.IntField(default=0)
    archived = fields.BooleanField(default=False)

    class Meta:
        table = "customer_stage"


class Customer(Model):
    id = fields.IntField(primary_key=True)
    kind = fields.CharField(max_length=16, default="company")  # company | person
    name = fields.CharField(max_length=200, db_index=True)
    # Normalised name (case, spaces, punctuation and company suffixes removed) for duplicates.
    name_key = fields.CharField(max_length=200, db_index=True, default="")
    stage = fields.CharField(max_length=32, default="lead", db_index=True)
    level = fields.CharField(max_length=1, default="C")
    industry = fields.CharField(max_length=64, default="")
    source = fields.CharField(max_length=64, default="")
    website = fields.CharField(max_length=255, default="")
    needs = fields.TextField(default="")
    preferences: dict[str, str] = fields.JSONField(default=dict)
    owner: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="customers", null=True, on_delete=fields.SET_NULL)
    owner_id: int | None
    team: fields.ForeignKeyNullableRelation[Team] = fields.ForeignKeyField(
        "models.Team", related_name="customers", null=True, on_delete=fields.SET_NULL)
    team_id: int | None
    # JSON lists of strings, encrypted as one value each.
    phones_enc = fields.TextField(null=True)
    emails_enc = fields.TextField(null=True)
    id_number_enc = fields.TextField(null=True)
    address_enc = fields.TextField(null=True)
    search_text = fields.TextField(default="")
    created_by_id = fields.IntField(null=True)
    updated_by_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    last_activity_at = fields.DatetimeField(null=True, db_index=True)
    deleted_at = fields.DatetimeField(null=True)
    deleted_by_id = fields.IntField(null=True)
    merged_into_id = fields.IntField(null=True)

    class Meta:
        table = "customer"
        # (sort key, id) pairs serve the keyset pages of the customer list; the last two cover
        # the parts of a data scope (its teams; own rows elsewhere), so counting a scope reads
        # index ranges only (scope.count_visible).
        indexes = (("owner_id", "id"), ("team_id", "id"), ("created_at", "id"),
                   ("updated_at", "id"), ("deleted_at", "team_id", "owner_id"),
                   ("deleted_at", "owner_id", "team_id"))


class CustomerKey(Model):
    """Blind index of one phone number or email address of a customer or one of its contacts."""

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="keys", on_delete=fields.CASCADE)
    customer_id: int
    contact_id = fields.IntField(null=True)
    kind = fields.CharField(max_length=8)  # phone | email
    digest = fields.CharField(max_length=64, db_index=True)

    class Meta:
        table = "customer_key"


class Tag(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64, unique=True)
    color = fields.CharField(max_length=16, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "tag"


class CustomerTag(Model):
    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="tag_links", on_delete=fields.CASCADE)
    customer_id: int
    tag: fields.ForeignKeyRelation[Tag] = fields.ForeignKeyField(
        "models.Tag", related_name="customer_links", on_delete=fields.CASCADE)
    tag_id: int

    class Meta:
        table = "customer_tag"
        unique_together = (("customer", "tag"),)
        indexes = (("tag_id", "customer_id"),)


class Contact(Model):
    """A person at a company customer. Phone, email, IM handle and birthday are encrypted."""

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="contacts", on_delete=fields.CASCADE)
    customer_id: int
    name = fields.CharField(max_length=120)
    title = fields.CharField(max_length=120, default="")
    phone_enc = fields.TextField(null=True)
    email_enc = fields.TextField(null=True)
    im_enc = fields.TextField(null=True)
    birthday_enc = fields.TextField(null=True)
    is_primary = fields.BooleanField(default=False)
    created_by_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "contact"
        indexes = (("customer_id", "is_primary"),)


class CustomFieldDef(Model):
    """An admin-defined customer field. Sensitive fields are encrypted and masked like PII."""

    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=64, unique=True)
    label_en = fields.CharField(max_length=64)
    label_zh = fields.CharField(max_length=64)
    type = fields.CharField(max_length=16)  # text | number | date | select | multiselect
    options: list[str] = fields.JSONField(default=list)
    sensitive = fields.BooleanField(default=False)
    required = fields.BooleanField(default=False)
    position = fields.IntField(default=0)
    archived = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "custom_field_def"


class CustomFieldValue(Model):
    """One custom value. ``value_text`` holds text, dates (ISO), select keys (multi: JSON list);
    ``value_number`` numbers; sensitive values live only in ``value_enc``."""

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="custom_values", on_delete=fields.CASCADE)
    customer_id: int
    field: fields.ForeignKeyRelation[CustomFieldDef] = fields.ForeignKeyField(
        "models.CustomFieldDef", related_name="values", on_delete=fields.CASCADE)
    field_id: int
    value_text = fields.TextField(null=True)
    value_number = fields.FloatField(null=True)
    value_enc = fields.TextField(null=True)

    class Meta:
        table = "custom_field_value"
        unique_together = (("customer", "field"),)
        indexes = (("field_id", "value_text"),)
