"""Deterministic demo customers as plain data (no database): the same seed and ordinal always
give the same customer, so a benchmark can know a customer's phone number without decrypting."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from backend.demo import names

SPAN = timedelta(days=730)  # customers are spread over the last two years


@dataclass
class ContactSpec:
    name: str
    title: str
    phone: str
    email: str
    im: str
    birthday: str
    primary: bool


@dataclass
class ActivitySpec:
    kind: str
    subject: str
    body: str
    occurred_at: datetime
    due_at: datetime | None
    done: bool
    comment: str | None


@dataclass
class CustomerSpec:
    kind: str
    name: str
    chinese: bool
    stage: str
    level: str
    industry: str
    source: str
    website: str
    needs: str
    preferences: dict[str, str]
    phones: list[str]
    emails: list[str]
    id_number: str
    address: str
    tags: list[str]
    owner_slot: int | None  # index into the list of sellers; None: unassigned (the pool)
    created_at: datetime
    contacts: list[ContactSpec] = field(default_factory=list)
    activities: list[ActivitySpec] = field(default_factory=list)
    comment: str | None = None


def rng_for(seed: int, ordinal: int) -> random.Random:
    return random.Random(seed * 1_000_003 + ordinal)


def _email(rng: random.Random, person: str, chinese: bool, domain: str) -> str:
    if chinese:
        local = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6))
        domain = rng.choice((domain, "qq.com", "163.com", "126.com"))
        return f"{local}{rng.randrange(100)}@{domain}"
    return f"{person.lower().replace(' ', '.')}{rng.randrange(100)}@{domain}"


def _contact(rng: random.Random, chinese: bool, domain: str, primary: bool) -> ContactSpec:
    person = names.zh_person(rng) if chinese else names.en_person(rng)
    born = date(1960, 1, 1) + timedelta(days=rng.randrange(365 * 40))
    return ContactSpec(
        name=person, title=rng.choice(names.ZH_TITLES if chinese else names.EN_TITLES),
        phone=names.zh_mobile(rng) if chinese else names.en_phone(rng),
        email=_email(rng, person, chinese, domain),
        im=f"wxid_{rng.randrange(10**8):08d}" if chinese else f"@{person.split()[0].lower()}"
        f"{rng.randrange(1000)}",
        birthday=born.isoformat(), primary=primary)


def _activities(rng: random.Random, chinese: bool, created: datetime, now: datetime
                ) -> list[ActivitySpec]:
    if rng.random() > 0.3:
        return []
    found = []
    for _ in range(rng.randrange(1, 4)):
        when = created + (now - created) * rng.random()
        kind = rng.choice(names.ACTIVITY_KINDS)
        subject = rng.choice(names.ACTIVITY_ZH if chinese else names.ACTIVITY_EN)
        due = when + timedelta(days=rng.randrange(1, 15)) if kind == "task" else None
        comment = None
        if rng.random() < 0.2:
            comment = rng.choice(names.COMMENTS_ZH if chinese else names.COMMENTS_EN)
        found.append(ActivitySpec(kind=kind, subject=subject, body=subject, occurred_at=when,
                                  due_at=due, done=due is not None and due < now,
                                  comment=comment))
    return sorted(found, key=lambda a: a.occurred_at)


def customer(seed: int, ordinal: int, total: int, sellers: int, now: datetime | None = None
             ) -> CustomerSpec:
    """The ``ordinal``-th demo customer of ``total`` (older ordinals were created earlier)."""
    rng = rng_for(seed, ordinal)
    now = now or datetime.now(UTC)
    chinese = rng.random() < 0.65
    is_company = rng.random() < 0.8
    domain = names.slug(rng, chinese) + rng.choice(names.WEBSITE_TLDS)
    if is_company:
        name = names.zh_company(rng) if chinese else names.en_company(rng)
    else:
        name = names.zh_person(rng) if chinese else names.en_person(rng)
    mobile = names.zh_mobile if chinese else names.en_phone
    phones = [mobile(rng) for _ in range(rng.choice((1, 1, 1, 2)))]
    contacts = [_contact(rng, chinese, domain, primary=i == 0)
                for i in range(rng.randrange(1, 4) if is_company else 1)]
    if is_company:
        id_number = f"91{rng.randrange(10**16):016d}"  # unified social credit code shape
        emails = [f"info@{domain}"]
    else:
        id_number = f"{rng.randrange(110000, 660000)}{rng.randrange(10**12):012d}"
        emails = [_email(rng, name, chinese, domain)]
    if chinese:
        address = (f"{rng.choice(names.ZH_CITIES)}市{rng.choice(names.ZH_STREETS)}"
                   f"{rng.randrange(1, 999)}号")
    else:
        address = f"{rng.randrange(1, 9999)} {rng.choice(names.EN_STREETS)}"
    created = now - age(ordinal, total) + timedelta(seconds=rng.randrange(3600))
    spec = CustomerSpec(
        kind="company" if is_company else "person", name=name, chinese=chinese,
        stage=names.weighted(rng, names.STAGES), level=names.weighted(rng, names.LEVELS),
        industry=rng.choice(names.INDUSTRIES), source=rng.choice(names.SOURCES),
        website=f"https://www.{domain}" if is_company else "",
        needs=rng.choice(names.NEEDS_ZH if chinese else names.NEEDS_EN),
        preferences={"channel": rng.choice(names.CHANNELS), "time": rng.choice(names.TIMES)},
        phones=phones, emails=emails, id_number=id_number, address=address,
        tags=sorted(set(rng.sample(names.TAGS, rng.choice((0, 1, 1, 2, 2, 3, 4))))),
        owner_slot=None if rng.random() < 0.05 or not sellers else rng.randrange(sellers),
        created_at=min(created, now), contacts=contacts)
    spec.activities = _activities(rng, chinese, spec.created_at, now)
    if rng.random() < 0.1:
        spec.comment = rng.choice(names.COMMENTS_ZH if chinese else names.COMMENTS_EN)
    return spec


def age(ordinal: int, total: int) -> timedelta:
    """How long ago the ``ordinal``-th of ``total`` customers was created (the first: 2 years)."""
    return SPAN * (1 - ordinal / max(total, 1))
