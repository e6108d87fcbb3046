"""API tokens in GraphQL: create (shown once), list your own, revoke."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry.permission import BasePermission

from backend.accounts.perms import Perm
from backend.api.context import Info
from backend.api.errors import Forbidden, NotFound
from backend.api.permissions import HasPerm, IsAuthenticated, StepUp
from backend.tokens import services
from backend.tokens.models import ApiToken


class NotWithToken(BasePermission):
    """Refuses calls made with an API token: tokens cannot mint tokens."""

    message = "Not available with an API token"

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        actor = info.context.actor
        if actor is not None and actor.token_id is not None:
            raise Forbidden(self.message)
        return True


@strawberry.type(name="ApiToken", description="A personal API token; the secret is never shown "
                 "again after creation.")
class ApiTokenNode:
    id: strawberry.ID = strawberry.field(description="Token id.")
    name: str = strawberry.field(description="What the token is for.")
    prefix: str = strawberry.field(description="The first 12 characters of the token, to tell "
                                   "tokens apart.")
    scopes: list[str] = strawberry.field(description="Permissions granted, within the owner's.")
    allowed_ips: list[str] = strawberry.field(description="Addresses or networks the token is "
                                              "accepted from; empty means any.")
    expires_at: datetime = strawberry.field(description="When the token stops working.")
    created_at: datetime = strawberry.field(description="When the token was created.")
    last_used_at: datetime | None = strawberry.field(description="Last accepted call (to the "
                                                     "minute).")
    last_used_ip: str | None = strawberry.field(description="Client address of that call.")
    revoked: bool = strawberry.field(description="Whether the token was revoked.")

    @classmethod
    def of(cls, token: ApiToken) -> ApiTokenNode:
        return cls(id=strawberry.ID(str(token.id)), name=token.name, prefix=token.prefix,
                   scopes=list(token.scopes), allowed_ips=list(token.allowed_ips),
                   expires_at=token.expires_at, created_at=token.created_at,
                   last_used_at=token.last_used_at, last_used_ip=token.last_used_ip,
                   revoked=token.revoked_at is not None)


@strawberry.type(description="A new token. Copy `token` now: it is not stored and cannot be "
                 "shown again.")
class CreatedApiToken:
    token: str = strawberry.field(description="The secret, for `Authorization: Bearer`.")
    api_token: ApiTokenNode = strawberry.field(description="The token's details.")


@strawberry.input(description="A new API token.")
class CreateApiTokenInput:
    name: str = strawberry.field(description="What the token is for (up to 64 characters).")
    scopes: list[str] = strawberry.field(description="Permission names to grant; you must hold "
                                         "each of them.")
    expires_at: datetime = strawberry.field(description="Expiry, at most 365 days ahead.")
    allowed_ips: list[str] | None = strawberry.field(
        default=None, description="Optional allow-list of IP addresses or CIDR networks.")


@strawberry.type
class Query:
    @strawberry.field(description="Your API tokens, newest first (revoked ones included).",
                      permission_classes=[IsAuthenticated])
    async def my_api_tokens(self, info: Info) -> list[ApiTokenNode]:
        assert info.context.actor is not None
        return [ApiTokenNode.of(t) for t in await services.list_tokens(actor=info.context.actor)]


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Create an API token for a partner integration. Needs a "
                         "recent sign-in; not available to API tokens.",
                         permission_classes=[HasPerm(Perm.TOKENS_MANAGE), NotWithToken, StepUp])
    async def create_api_token(self, info: Info, input: CreateApiTokenInput) -> CreatedApiToken:
        assert info.context.actor is not None
        created = await services.create_token(
            actor=info.context.actor, name=input.name, scopes=input.scopes,
            expires_at=input.expires_at, allowed_ips=input.allowed_ips)
        return CreatedApiToken(token=created.token, api_token=ApiTokenNode.of(created.api_token))

    @strawberry.mutation(description="Revoke one of your API tokens (admins: anyone's). It stops "
                         "working at once.", permission_classes=[IsAuthenticated])
    async def revoke_api_token(self, info: Info, id: strawberry.ID) -> bool:
        assert info.context.actor is not None
        try:
            token_id = int(id)
        except ValueError:
            raise NotFound() from None
        await services.revoke_token(actor=info.context.actor, token_id=token_id)
        return True
