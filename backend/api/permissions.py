"""Permission classes attached where each field is declared.

``Public`` marks a field that anyone may call (the permission-matrix test keeps an explicit list of
them); ``IsAuthenticated`` needs a signed-in user or a valid API token; ``HasPerm`` needs a named
permission from the registry.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from strawberry.permission import BasePermission

from backend.api.errors import Forbidden, StepUpRequired, Unauthenticated


class Public(BasePermission):
    """Open to anonymous callers on purpose (sign-in, password reset, server info)."""

    message = "public"

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return True


class IsAuthenticated(BasePermission):
    message = "Sign-in required"

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        if info.context.actor is None:
            raise Unauthenticated()
        return True


class PermissionCheck(BasePermission):
    """Base of the classes ``HasPerm`` / ``HasAnyPerm`` make: any one of ``perms`` suffices."""

    perms: tuple[str, ...] = ()
    message = "Not allowed"

    @classmethod
    def describe(cls) -> str:
        return " or ".join(cls.perms)

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        actor = info.context.actor
        if actor is None:
            raise Unauthenticated()
        if not any(actor.has(p) for p in self.perms):
            raise Forbidden()
        return True


@cache
def HasAnyPerm(*perms: str) -> type[BasePermission]:
    """A permission class requiring any of ``perms``."""
    return type(f"HasAnyPerm[{','.join(perms)}]", (PermissionCheck,),
                {"perms": tuple(str(p) for p in perms)})


@cache
def HasPerm(perm: str) -> type[BasePermission]:
    """A permission class requiring ``perm``: ``permission_classes=[HasPerm(Perm.X)]``."""
    return type(f"HasPerm[{perm}]", (PermissionCheck,), {"perms": (str(perm),)})


class _SessionIn(BasePermission):
    """A browser session in one of ``states``; API tokens are refused outright."""

    states: frozenset[str] = frozenset({"full"})
    message = "Sign-in required"

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        actor = info.context.actor
        if actor is not None and actor.token_id is not None:
            raise Forbidden("Not available with an API token")
        auth = info.context.auth
        if auth is None or auth.session.state not in self.states:
            raise Unauthenticated()
        return True


class HasSession(_SessionIn):
    """A signed-in browser session: sessions, step-up and factors are not for API tokens."""


class CanEnroll(_SessionIn):
    """A full session, or the enrolment-only session of a user whose role requires MFA."""

    states = frozenset({"full", "enroll"})


class StepUp(BasePermission):
    """Sensitive operations need a sign-in or re-authentication within the last 10 minutes."""

    message = "Please confirm your identity again"

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        from backend.auth.sessions import recently_authenticated

        actor = info.context.actor
        if actor is not None and actor.token_id is not None:
            # A token cannot re-authenticate, so step-up operations are browser-only.
            raise Forbidden("Not available with an API token")
        auth = info.context.auth
        if auth is None:
            raise Unauthenticated()
        # Enrolment-only sessions were just proven with the password and can do nothing else.
        if auth.session.state != "enroll" and not recently_authenticated(auth.session):
            raise StepUpRequired()
        return True
