"""Admin-defined customer fields: definitions, validated values, list filters.

A value is stored in its natural column (text, dates as ISO text, select keys, multi-select as a
JSON list in ``value_text``; numbers in ``value_number``), so lists can filter on it. A field
marked sensitive is stored only encrypted (``value_enc``), masked like PII, and neither searched
nor filterable: an index on it would reveal what the encryption hides.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q, Subquery
from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.api.errors import Conflict, NotFound, ValidationFailed
from backend.audit import services as audit
from backend.customers import pii
from backend.customers.models import CustomFieldDef, CustomFieldValue

TYPES = ("text", "number", "date", "select", "multiselect")
KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
MAX_TEXT = 2000
MAX_OPTIONS = 100


@dataclass
class FieldSpec:
    """A definition as given by an admin; None means "leave as is" on update."""

    key: str | None = None
    label_en: str | None = None
    label_zh: str | None = None
    type: str | None = None
    options: list[str] | None = None
    sensitive: bool | None = None
    required: bool | None = None
    position: int | None = None


def _check_spec(spec: FieldSpec, field_type: str) -> None:
    problems: dict[str, list[str]] = {}
    if spec.key is not None and not KEY.match(spec.key):
        problems["key"] = ["INVALID_KEY"]
    for name in ("label_en", "label_zh"):
        value = getattr(spec, name)
        if value is not None and not 1 <= len(value.strip()) <= 64:
            problems["labelEn" if name == "label_en" else "labelZh"] = ["INVALID_LENGTH"]
    if field_type not in TYPES:
        problems["type"] = ["UNKNOWN_VALUE"]
    options = spec.options
    if field_type in ("select", "multiselect"):
        if options is not None and (not 1 <= len(options) <= MAX_OPTIONS
                                    or len(set(options)) != len(options)
                                    or any(not 1 <= len(o.strip()) <= 64 for o in options)):
            problems["options"] = ["INVALID_OPTIONS"]
    elif options:
        problems["options"] = ["NOT_ALLOWED"]
    if problems:
        raise ValidationFailed(problems)


async def create_def(*, actor: Actor, spec: FieldSpec) -> CustomFieldDef:
    if spec.key is None or spec.label_en is None or spec.label_zh is None or spec.type is None:
        raise ValidationFailed({"key": ["REQUIRED"]})
    _check_spec(spec, spec.type)
    if spec.type in ("select", "multiselect") and not spec.options:
        raise ValidationFailed({"options": ["REQUIRED"]})
    async with in_transaction() as conn:
        if await CustomFieldDef.filter(key=spec.key).using_db(conn).exists():
            raise Conflict("A field with this key exists", fields={"key": ["TAKEN"]})
        position = spec.position if spec.position is not None else \
            await CustomFieldDef.all().using_db(conn).count()
        row = await CustomFieldDef.create(
            key=spec.key, label_en=spec.label_en.strip(), label_zh=spec.label_zh.strip(),
            type=spec.type, options=[o.strip() for o in spec.options or []],
            sensitive=bool(spec.sensitive), required=bool(spec.required), position=position,
            using_db=conn)
        await audit.record(actor=actor, action="custom_field.created",
                           target_type="custom_field", target_id=row.id,
                           changes={"key": row.key, "type": row.type,
                                    "sensitive": row.sensitive}, using_db=conn)
    return row


async def _options_in_use(row: CustomFieldDef, removed: set[str],
                          conn: BaseDBAsyncClient) -> bool:
    values = CustomFieldValue.filter(field_id=row.id).using_db(conn)
    if row.type == "select":
        return await values.filter(value_text__in=removed).exists()
    for option in removed:
        if await values.filter(value_text__contains=json.dumps(option, ensure_ascii=False)) \
                .exists():
            return True
    return False


async def update_def(*, actor: Actor, field_id: int, spec: FieldSpec) -> CustomFieldDef:
    """Labels, options, required and position change; key, type and sensitivity do not (the
    stored values depend on them)."""
    async with in_transaction() as conn:
        row = await CustomFieldDef.filter(id=field_id).using_db(conn).first()
        if row is None:
            raise NotFound()
        _check_spec(FieldSpec(label_en=spec.label_en, label_zh=spec.label_zh,
                              options=spec.options), row.type)
        changes: dict[str, Any] = {}
        if spec.options is not None:
            options = [o.strip() for o in spec.options]
            removed = set(row.options) - set(options)
            if removed and await _options_in_use(row, removed, conn):
                raise Conflict("Options still in use can't be removed",
                               fields={"options": ["OPTION_IN_USE"]})
        for name in ("label_en", "label_zh", "options", "required", "position"):
            value = getattr(spec, name)
            if isinstance(value, str):
                value = value.strip()
            if name == "options" and value is not None:
                value = [o.strip() for o in value]
            if value is not None and value != getattr(row, name):
                changes[name] = [getattr(row, name), value]
                setattr(row, name, value)
        if changes:
            await row.save(using_db=conn)
            await audit.record(actor=actor, action="custom_field.updated",
                               target_type="custom_field", target_id=row.id, changes=changes,
                               using_db=conn)
    return row


async def archive_def(*, actor: Actor, field_id: int, archived: bool) -> CustomFieldDef:
    """Hide a field from forms and customers (values are kept), or bring it back."""
    async with in_transaction() as conn:
        row = await CustomFieldDef.filter(id=field_id).using_db(conn).first()
        if row is None:
            raise NotFound()
        if row.archived != archived:
            row.archived = archived
            await row.save(using_db=conn, update_fields=["archived"])
            await audit.record(actor=actor, action="custom_field.archived" if archived
                               else "custom_field.restored", target_type="custom_field",
                               target_id=row.id, changes={"key": row.key}, using_db=conn)
    return row


async def active_defs() -> dict[str, CustomFieldDef]:
    return {d.key: d for d in await CustomFieldDef.filter(archived=False)}


def canonical(d: CustomFieldDef, raw: str) -> str | None:
    """The stored form of a value, or None when it is not valid for the field."""
    value = raw.strip()
    if d.type == "text":
        return value if len(value) <= MAX_TEXT else None
    if d.type == "number":
        try:
            number = float(value)
        except ValueError:
            return None
        return repr(number) if math.isfinite(number) else None
    if d.type == "date":
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    if d.type == "select":
        return value if value in d.options else None
    try:
        chosen = json.loads(value)
    except ValueError:
        return None
    if not isinstance(chosen, list) or any(c not in d.options for c in chosen):
        return None
    return json.dumps(list(dict.fromkeys(chosen)), ensure_ascii=False)


async def check(values: dict[str, str | None], creating: bool) -> dict[str, CustomFieldDef]:
    """Validate values by their field's type and options; required fields on create."""
    defs = await active_defs()
    problems: dict[str, list[str]] = {}
    for key, raw in values.items():
        d = defs.get(key)
        if d is None:
            problems[f"customFields.{key}"] = ["UNKNOWN_FIELD"]
        elif raw is None or not raw.strip():
            if d.required:
                problems[f"customFields.{key}"] = ["REQUIRED"]
        elif canonical(d, raw) is None:
            problems[f"customFields.{key}"] = ["INVALID_VALUE"]
    if creating:
        for key, d in defs.items():
            if d.required and not (values.get(key) or "").strip():
                problems[f"customFields.{key}"] = ["REQUIRED"]
    if problems:
        raise ValidationFailed(problems)
    return defs


async def apply(customer_id: int, values: dict[str, str | None], conn: BaseDBAsyncClient,
                creating: bool) -> dict[str, Any]:
    """Store checked values; the audit changes (sensitive values named, not shown)."""
    defs = await check(values, creating)
    current = {v.field_id: v for v in await CustomFieldValue.filter(
        customer_id=customer_id, field_id__in=[d.id for d in defs.values()]).using_db(conn)}
    changes: dict[str, Any] = {}
    for key, raw in values.items():
        d = defs[key]
        old = current.get(d.id)
        value = canonical(d, raw) if raw and raw.strip() else None
        before = _plain(d, old)
        if value == before:
            continue
        changes[f"customFields.{key}"] = "(changed)" if d.sensitive else [before, value]
        if value is None:
            if old is not None:
                await old.delete(using_db=conn)
            continue
        row = old or CustomFieldValue(customer_id=customer_id, field_id=d.id)
        stored: dict[str, Any] = {"value_text": None, "value_number": None, "value_enc": None}
        if d.sensitive:
            stored["value_enc"] = pii.seal("custom_field_value", "value", value)
        elif d.type == "number":
            stored["value_number"] = float(value)
        else:
            stored["value_text"] = value
        for column, data in stored.items():
            setattr(row, column, data)
        await row.save(using_db=conn)
    return changes


def _plain(d: CustomFieldDef, row: CustomFieldValue | None) -> str | None:
    if row is None:
        return None
    if d.sensitive:
        return pii.unseal("custom_field_value", "value", row.value_enc)
    if d.type == "number":
        return repr(float(row.value_number)) if row.value_number is not None else None
    return row.value_text


@dataclass
class FieldFilter:
    key: str
    value: str | None = None
    values: list[str] | None = None
    min: str | None = None
    max: str | None = None


async def filter_condition(filters: list[FieldFilter]) -> Q:
    """Customers whose values match every filter."""
    defs = await active_defs()
    condition = Q()
    for i, f in enumerate(filters):
        d = defs.get(f.key)
        where = f"filter.customFields.{i}"
        if d is None:
            raise ValidationFailed({where: ["UNKNOWN_FIELD"]})
        if d.sensitive:
            raise ValidationFailed({where: ["NOT_FILTERABLE"]})
        values = CustomFieldValue.filter(field_id=d.id)
        if d.type == "text" and f.value:
            values = values.filter(value_text__icontains=f.value.strip())
        elif d.type == "number" and (f.min or f.max):
            bounds = {"value_number__gte": f.min, "value_number__lte": f.max}
            try:
                values = values.filter(**{k: float(v) for k, v in bounds.items() if v})
            except ValueError:
                raise ValidationFailed({where: ["INVALID_VALUE"]}) from None
        elif d.type == "date" and (f.min or f.max):
            bounds = {"value_text__gte": f.min, "value_text__lte": f.max}
            try:
                values = values.filter(**{k: date.fromisoformat(v).isoformat()
                                          for k, v in bounds.items() if v})
            except ValueError:
                raise ValidationFailed({where: ["INVALID_VALUE"]}) from None
        elif d.type in ("select", "multiselect") and (f.values or f.value):
            wanted = list(f.values or []) + ([f.value] if f.value else [])
            if d.type == "select":
                values = values.filter(value_text__in=wanted)
            else:
                values = values.filter(Q(*[
                    Q(value_text__contains=json.dumps(option, ensure_ascii=False))
                    for option in wanted], join_type=Q.OR))
        else:
            raise ValidationFailed({where: ["INVALID_VALUE"]})
        condition &= Q(id__in=Subquery(values.values("customer_id")))
    return condition
