"""Demo staff: a sales department tree with managers, sales people and support staff.

Users are created through ``accounts.services.create_user`` (validated, hashed, audited), all with
one strong random password that the CLI prints once and never logs.
"""

from __future__ import annotations

import random
import secrets
import string
from dataclasses import dataclass, field

from tortoise.transactions import in_transaction

from backend.accounts import services as accounts
from backend.accounts.models import Team, User
from backend.audit import services as audit
from backend.demo import names

# (key, name, parent key); "sales" is the root of the selling teams.
TEAMS = (
    ("sales", "销售部 Sales", None),
    ("north", "华北销售 North", "sales"),
    ("east", "华东销售 East", "sales"),
    ("south", "华南销售 South", "sales"),
    ("intl", "International", "sales"),
    ("support", "客户服务 Support", None),
)
REGIONS = ("north", "east", "south", "intl")
MIN_USERS = 12
PREFIX = "demo."


@dataclass
class DemoUser:
    id: int
    username: str
    role: str
    team_id: int | None


@dataclass
class Staff:
    """Who was created (or found, when appending), and the password when one was set."""

    users: list[DemoUser] = field(default_factory=list)
    password: str | None = None

    @property
    def sellers(self) -> list[DemoUser]:
        """Users who own customers: sales people and the regional managers."""
        return [u for u in self.users if u.role in {"sales", "manager"} and u.team_id]


def strong_password() -> str:
    """Random, about 140 bits, and with every character class a strict policy can ask for."""
    core = secrets.token_urlsafe(18)
    extra = [secrets.choice(string.ascii_uppercase), secrets.choice(string.ascii_lowercase),
             secrets.choice(string.digits), secrets.choice("!#%&*+=?@^~")]
    # Letters first: a password starting with "-" reads like an option on a command line.
    return extra[1] + extra[0] + core[:8] + extra[2] + extra[3] + core[8:]


def plan(count: int) -> list[tuple[str, str, str | None]]:
    """(username, role, team key) of ``count`` users: an admin, managers, support and sales."""
    count = max(count, MIN_USERS)
    people: list[tuple[str, str, str | None]] = [
        (f"{PREFIX}admin", "admin", None),
        (f"{PREFIX}manager", "manager", "sales"),
        (f"{PREFIX}support1", "support", "support"),
        (f"{PREFIX}support2", "support", "support"),
    ]
    people += [(f"{PREFIX}{region}.manager", "manager", region) for region in REGIONS]
    for n in range(1, count - len(people) + 1):
        people.append((f"{PREFIX}sales{n:02d}", "sales", REGIONS[(n - 1) % len(REGIONS)]))
    return people


async def _existing() -> list[DemoUser]:
    rows = await User.filter(username_key__startswith=PREFIX).prefetch_related("roles")
    return [DemoUser(u.id, u.username, next((r.name for r in u.roles), ""), u.team_id)
            for u in rows]


async def create_staff(rng: random.Random, count: int) -> Staff:
    """The demo teams and users; when they exist already (``--append``), they are reused."""
    found = await _existing()
    if found:
        return Staff(users=found)
    password = strong_password()
    teams: dict[str, int] = {}
    async with in_transaction() as conn:
        for key, name, parent in TEAMS:
            team = await Team.create(name=name, parent_id=teams.get(parent or ""),
                                     using_db=conn)
            teams[key] = team.id
        await audit.record(actor=None, action="demo.teams_created", target_type="team",
                           changes={"teams": sorted(teams)}, actor_label="system",
                           using_db=conn)
    staff = Staff(password=password)
    for username, role, team_key in plan(count):
        chinese = rng.random() < 0.6
        display = names.zh_person(rng) if chinese else names.en_person(rng)
        user = await accounts.create_user(
            actor=None, username=username, email=f"{username}@demo.example.com",
            display_name=display, roles=[role], password=password,
            language="zh-CN" if chinese else "en-US")
        team_id = teams.get(team_key or "")
        if team_id is not None:
            async with in_transaction() as conn:
                await User.filter(id=user.id).using_db(conn).update(team_id=team_id)
                await audit.record(actor=None, action="user.team_changed", target_type="user",
                                   target_id=user.id, changes={"team_id": [None, team_id]},
                                   actor_label="system", using_db=conn)
        staff.users.append(DemoUser(user.id, username, role, team_id))
    return staff
