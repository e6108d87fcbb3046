"""Customer, contact, custom-field and stage mutations. Thin: parse input, call a service,
build the answer. Access is declared on each field; scope is checked by the services."""

from __future__ import annotations

import strawberry
from strawberry.permission import BasePermission

from backend.accounts.perms import Perm
from backend.api.context import Info
from backend.api.ids import parse_id
from backend.api.permissions import HasPerm, StepUp
from backend.customers import contacts, custom_fields, reveal, services, stages
from backend.customers import types as t
from backend.customers.inputs import (
    ContactInput,
    ContactUpdateInput,
    CustomerInput,
    CustomerUpdateInput,
    CustomFieldDefInput,
    CustomFieldDefUpdateInput,
    SetCustomerStagesInput,
    contact_patch,
    customer_patch,
)
from backend.customers.loaders import build_contact, build_customers, pii_rule
from backend.customers.models import Contact
from backend.customers.queries import actor_of, field_def_type, selected, stage_type

WRITE = [HasPerm(Perm.CUSTOMERS_WRITE)]
SETTINGS = [HasPerm(Perm.SETTINGS_MANAGE)]
REVEAL: list[type[BasePermission]] = [HasPerm(Perm.CUSTOMERS_READ), StepUp]


async def _contact_out(info: Info, row: Contact) -> t.Contact:
    actor = actor_of(info)
    customer = await services.get_visible(actor, row.customer_id)
    return build_contact(row, (await pii_rule(actor))(customer.owner_id, customer.team_id))


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Create a customer (owned by you unless you may assign). "
                         "CONFLICT when a similar one exists, unless allowDuplicates.",
                         permission_classes=WRITE)
    async def create_customer(self, info: Info, input: CustomerInput) -> t.Customer:
        actor = actor_of(info)
        row = await services.create_customer(actor=actor, patch=customer_patch(input),
                                             allow_duplicates=input.allow_duplicates)
        return (await build_customers(actor, [row], selected(info)))[0]

    @strawberry.mutation(description="Edit a customer. Changing owner or team needs "
                         "customers.assign.", permission_classes=WRITE)
    async def update_customer(self, info: Info, input: CustomerUpdateInput) -> t.Customer:
        actor = actor_of(info)
        row = await services.update_customer(actor=actor, customer_id=parse_id(input.id),
                                             patch=customer_patch(input))
        return (await build_customers(actor, [row], selected(info)))[0]

    @strawberry.mutation(description="Move a customer to the recycle bin.",
                         permission_classes=[HasPerm(Perm.CUSTOMERS_DELETE)])
    async def delete_customer(self, info: Info, id: strawberry.ID) -> bool:
        await services.delete_customer(actor=actor_of(info), customer_id=parse_id(id))
        return True

    @strawberry.mutation(description="Show one masked customer value in clear, with a reason "
                         "(`index` picks among several phones or emails). Audited, rate-limited,"
                         " needs a recent re-authentication.", permission_classes=REVEAL)
    async def reveal_customer_field(self, info: Info, customer_id: strawberry.ID,
                                    field: t.CustomerPiiField, reason: str,
                                    index: int = 0) -> str | None:
        return await reveal.reveal_customer_field(
            actor=actor_of(info), customer_id=parse_id(customer_id), field_name=field.value,
            reason=reason, index=index)

    @strawberry.mutation(description="Show one masked contact value in clear, with a reason. "
                         "Audited, rate-limited, needs a recent re-authentication.",
                         permission_classes=REVEAL)
    async def reveal_contact_field(self, info: Info, contact_id: strawberry.ID,
                                   field: t.ContactPiiField, reason: str) -> str | None:
        return await reveal.reveal_contact_field(
            actor=actor_of(info), contact_id=parse_id(contact_id), field_name=field.value,
            reason=reason)

    @strawberry.mutation(description="Show a sensitive custom value in clear, with a reason. "
                         "Audited, rate-limited, needs a recent re-authentication.",
                         permission_classes=REVEAL)
    async def reveal_custom_field(self, info: Info, customer_id: strawberry.ID, key: str,
                                  reason: str) -> str | None:
        return await reveal.reveal_custom_field(
            actor=actor_of(info), customer_id=parse_id(customer_id), key=key, reason=reason)

    @strawberry.mutation(description="Add a contact to a customer you may edit.",
                         permission_classes=WRITE)
    async def create_contact(self, info: Info, input: ContactInput) -> t.Contact:
        row = await contacts.create_contact(actor=actor_of(info),
                                            customer_id=parse_id(input.customer_id),
                                            patch=contact_patch(input))
        return await _contact_out(info, row)

    @strawberry.mutation(description="Edit a contact of a customer you may edit.",
                         permission_classes=WRITE)
    async def update_contact(self, info: Info, input: ContactUpdateInput) -> t.Contact:
        row = await contacts.update_contact(actor=actor_of(info), contact_id=parse_id(input.id),
                                            patch=contact_patch(input))
        return await _contact_out(info, row)

    @strawberry.mutation(description="Delete a contact (the oldest other one becomes primary).",
                         permission_classes=WRITE)
    async def delete_contact(self, info: Info, id: strawberry.ID) -> bool:
        await contacts.delete_contact(actor=actor_of(info), contact_id=parse_id(id))
        return True

    @strawberry.mutation(description="Define a customer field.", permission_classes=SETTINGS)
    async def create_custom_field_def(self, info: Info,
                                      input: CustomFieldDefInput) -> t.CustomFieldDef:
        row = await custom_fields.create_def(actor=actor_of(info), spec=custom_fields.FieldSpec(
            key=input.key, label_en=input.label_en, label_zh=input.label_zh,
            type=input.type.value, options=input.options, sensitive=input.sensitive,
            required=input.required, position=input.position))
        return field_def_type(row)

    @strawberry.mutation(description="Change a field's labels, options, required flag or "
                         "position.", permission_classes=SETTINGS)
    async def update_custom_field_def(self, info: Info,
                                      input: CustomFieldDefUpdateInput) -> t.CustomFieldDef:
        row = await custom_fields.update_def(
            actor=actor_of(info), field_id=parse_id(input.id), spec=custom_fields.FieldSpec(
                label_en=input.label_en, label_zh=input.label_zh, options=input.options,
                required=input.required, position=input.position))
        return field_def_type(row)

    @strawberry.mutation(description="Archive a field (values are kept) or bring it back.",
                         permission_classes=SETTINGS)
    async def archive_custom_field_def(self, info: Info, id: strawberry.ID,
                                       archived: bool = True) -> t.CustomFieldDef:
        row = await custom_fields.archive_def(actor=actor_of(info), field_id=parse_id(id),
                                              archived=archived)
        return field_def_type(row)

    @strawberry.mutation(description="Replace the stage list. Stages in use can't be removed, "
                         "only archived (CONFLICT).", permission_classes=SETTINGS)
    async def set_customer_stages(self, info: Info,
                                  input: SetCustomerStagesInput) -> list[t.CustomerStage]:
        specs = [stages.StageSpec(key=s.key, label_en=s.label_en, label_zh=s.label_zh,
                                  archived=s.archived) for s in input.stages]
        return [stage_type(s) for s in await stages.set_stages(actor=actor_of(info),
                                                               specs=specs)]
