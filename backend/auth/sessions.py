"""Server-side sessions.

The cookie carries a random 256-bit id signed with itsdangerous; the database keeps only its
SHA-256, so a stolen database row cannot be replayed as a cookie. The CSRF token is an HMAC of the
session id: bound to the session, nothing extra to store, useless to another session.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

from itsdangerous import BadSignature, Signer
from starlette.requests import HTTPConnection
from starlette.responses import Response
from tortoise.backends.base.client import BaseDBAsyncClient

from backend.accounts.actor import Actor, wider
from backend.accounts.models import Role, Session, User
from backend.db import fetch_rows
from backend.settings import Settings

FULL = "full"
# A partial session grants only the next step of the sign-in, and only for a few minutes.
PARTIAL_LIFETIME = timedelta(minutes=10)
TOUCH_EVERY = timedelta(seconds=60)
STEP_UP_WINDOW = timedelta(minutes=10)


def cookie_names(settings: Settings) -> tuple[str, str]:
    # __Host- cookies must be Secure, host-only and Path=/: a subdomain cannot overwrite them.
    prefix = "__Host-" if settings.secure_cookies else ""
    return f"{prefix}crm_session", f"{prefix}crm_csrf"


def _signer(settings: Settings) -> Signer:
    return Signer(settings.secret_key, salt="crm.session")


def key_hash(raw_id: str) -> str:
    return hashlib.sha256(raw_id.encode()).hexdigest()


def csrf_token(settings: Settings, raw_id: str) -> str:
    return hmac.new(settings.secret_key.encode(), f"csrf:{raw_id}".encode(),
                    hashlib.sha256).hexdigest()


@dataclass
class Authenticated:
    session: Session
    user: User
    raw_id: str

    @property
    def is_full(self) -> bool:
        return self.session.state == FULL


async def create_session(*, user: User, state: str, settings: Settings, ip: str,
                         user_agent: str, using_db: BaseDBAsyncClient | None = None
                         ) -> tuple[Session, str]:
    raw_id = secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    lifetime = (timedelta(hours=settings.session_absolute_hours) if state == FULL
                else PARTIAL_LIFETIME)
    session = await Session.create(
        key_hash=key_hash(raw_id), user=user, state=state, last_seen_at=now,
        expires_at=now + lifetime, reauth_at=now if state == FULL else None,
        ip=ip, user_agent=user_agent[:255], using_db=using_db)
    return session, raw_id


def set_session_cookies(response: Response, settings: Settings, raw_id: str,
                        state: str) -> None:
    session_name, csrf_name = cookie_names(settings)
    max_age = (settings.session_absolute_hours * 3600 if state == FULL
               else int(PARTIAL_LIFETIME.total_seconds()))
    response.set_cookie(session_name, _signer(settings).sign(raw_id).decode(), max_age=max_age,
                        path="/", secure=settings.secure_cookies, httponly=True, samesite="lax")
    # Readable by the SPA's script on purpose: it echoes the value in X-CSRF-Token.
    response.set_cookie(csrf_name, csrf_token(settings, raw_id), max_age=max_age, path="/",
                        secure=settings.secure_cookies, httponly=False, samesite="lax")


def clear_session_cookies(response: Response, settings: Settings) -> None:
    for name in cookie_names(settings):
        response.delete_cookie(name, path="/", secure=settings.secure_cookies,
                               httponly=name.endswith("session"), samesite="lax")


def _raw_id(conn: HTTPConnection, settings: Settings) -> str | None:
    value = conn.cookies.get(cookie_names(settings)[0])
    if not value:
        return None
    try:
        return _signer(settings).unsign(value).decode()
    except BadSignature:
        return None


async def authenticate(conn: HTTPConnection, settings: Settings) -> Authenticated | None:
    """The live session named by the request's cookie, or None (expired, revoked, idle, bad)."""
    raw_id = _raw_id(conn, settings)
    if raw_id is None:
        return None
    session = await _session_with_user(key_hash(raw_id))
    if session is None or not is_live(session, settings) or not session.user.is_active:
        return None
    now = datetime.now(UTC)
    if now - session.last_seen_at >= TOUCH_EVERY:
        # Refresh at most once a minute: a write on every request would serialise SQLite.
        await Session.filter(id=session.id).update(last_seen_at=now)
        session.last_seen_at = now
    return Authenticated(session=session, user=session.user, raw_id=raw_id)


ROLES_SQL = ('SELECT r."name", r."permissions", r."data_scope" FROM "role" r '
             'JOIN "user_role" ur ON ur."role_id" = r."id" WHERE ur."user_id" = ?')


@cache
def _session_query() -> tuple[str, list[str], list[str]]:
    """The session-and-user lookup, with both models' columns (read once Tortoise is up)."""
    session_columns = list(Session._meta.fields_db_projection.values())
    user_columns = list(User._meta.fields_db_projection.values())
    sql = ("SELECT " + ", ".join(f's."{c}"' for c in session_columns) + ", "  # noqa: S608
           + ", ".join(f'u."{c}"' for c in user_columns)
           + ' FROM "session" s JOIN "user" u ON u."id" = s."user_id" WHERE s."key_hash" = ?')
    return sql, session_columns, user_columns


async def _session_with_user(hashed: str) -> Session | None:
    """What ``Session.get_or_none(key_hash=...).select_related("user")`` returns, from a
    statement built once: this runs on every request, and building the query each time cost
    more than running it."""
    sql, session_columns, user_columns = _session_query()
    rows = await fetch_rows(sql, [hashed])
    if not rows:
        return None
    values = list(rows[0])
    split = len(session_columns)
    session = Session._init_from_db(**dict(zip(session_columns, values[:split], strict=True)))
    user = User._init_from_db(**dict(zip(user_columns, values[split:], strict=True)))
    object.__setattr__(session, "_user", user)  # as select_related attaches it
    return session


def csrf_valid(conn: HTTPConnection, settings: Settings, raw_id: str) -> bool:
    sent = conn.headers.get("x-csrf-token", "")
    return bool(sent) and hmac.compare_digest(sent, csrf_token(settings, raw_id))


async def actor_for(user: User, session: Session | None = None) -> Actor:
    """Rights are read from the database on every request: a role change applies at once."""
    roles = await fetch_rows(ROLES_SQL, [user.id])
    to_list = Role._meta.fields_map["permissions"].to_python_value
    scopes: dict[str, str] = {}
    for _, permissions, data_scope in roles:
        for perm in to_list(permissions):
            scopes[perm] = wider(scopes.get(perm, "own"), data_scope)
    return Actor(user_id=user.id, username=user.username,
                 roles=tuple(sorted(name for name, _, _ in roles)), permissions=frozenset(scopes),
                 session_id=session.id if session else None, team_id=user.team_id,
                 scopes=scopes)


def recently_authenticated(session: Session) -> bool:
    return session.reauth_at is not None and \
        datetime.now(UTC) - session.reauth_at < STEP_UP_WINDOW


async def revoke(session_ids: list[int], using_db: BaseDBAsyncClient | None = None) -> int:
    if not session_ids:
        return 0
    return await Session.filter(id__in=session_ids, revoked_at__isnull=True) \
        .using_db(using_db).update(revoked_at=datetime.now(UTC))


async def revoke_all_for(user_id: int, *, except_id: int | None = None,
                         using_db: BaseDBAsyncClient | None = None) -> int:
    query = Session.filter(user_id=user_id, revoked_at__isnull=True)
    if except_id is not None:
        query = query.exclude(id=except_id)
    return await query.using_db(using_db).update(revoked_at=datetime.now(UTC))


def is_live(session: Session, settings: Settings) -> bool:
    now = datetime.now(UTC)
    idle = timedelta(minutes=settings.session_idle_minutes)
    return session.revoked_at is None and session.expires_at > now and \
        session.last_seen_at + idle > now


async def live_sessions_of(user_id: int, settings: Settings) -> list[Session]:
    """The user's sessions that still work, most recently used first."""
    rows = await Session.filter(user_id=user_id, revoked_at__isnull=True).order_by("-last_seen_at")
    return [s for s in rows if is_live(s, settings)]


async def own_session(user_id: int, session_id: int) -> Session:
    """One of the user's unrevoked sessions; someone else's answers NOT_FOUND."""
    from backend.api.errors import NotFound

    found = await Session.get_or_none(id=session_id, user_id=user_id, revoked_at__isnull=True)
    if found is None:
        raise NotFound()
    return found
