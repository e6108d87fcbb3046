"""`crm demo`: realistic, deterministic demo data written the way the app writes it."""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path

import pytest

from backend.accounts.models import Team, User
from backend.accounts.passwords import verify_password
from backend.audit.models import AuditEvent
from backend.crypto import blind_index
from backend.customers import pii
from backend.customers.models import Contact, Customer, CustomerKey, CustomerTag
from backend.customers.normalize import name_key
from backend.deals.models import Deal, DealStageChange, PipelineStage
from backend.demo import deals as gen_deals
from backend.demo import generate
from backend.demo.seed import AlreadySeeded, seed
from backend.settings import Settings
from tests.support.server import CRM

N = 40


async def test_same_seed_same_customers_other_seed_others() -> None:
    first = [generate.customer(7, i, N, 5).name for i in range(N)]
    again = [generate.customer(7, i, N, 5).name for i in range(N)]
    other = [generate.customer(8, i, N, 5).name for i in range(N)]
    assert first == again
    assert first != other
    assert any(any("\u4e00" <= ch <= "\u9fff" for ch in name) for name in first)
    assert any(name.isascii() for name in first)


async def test_seed_writes_customers_as_the_app_would(db: Settings) -> None:
    report = await seed(customers=N, users=12, seed=3)
    assert report.counts.customers == N
    rows = await Customer.all().order_by("id")
    assert [c.name for c in rows] == [generate.customer(3, i, N, 0).name for i in range(N)]
    for ordinal, customer in enumerate(rows):
        spec = generate.customer(3, ordinal, N, 0)
        # PII is sealed (readable only through the app's own functions), never stored in clear.
        assert pii.phones(customer) == spec.phones and pii.emails(customer) == spec.emails
        assert spec.phones[0] not in (customer.phones_enc or "")
        assert customer.search_text == await pii.search_document(customer.id, customer.name)
        assert customer.name_key == name_key(customer.name)
        contacts = await Contact.filter(customer_id=customer.id)
        assert 1 <= len(contacts) <= 3
        assert sum(c.is_primary for c in contacts) == 1
        assert await CustomerTag.filter(customer_id=customer.id).count() == len(spec.tags)
    phone = generate.customer(3, 5, N, 0).phones[0]
    found = await CustomerKey.filter(digest=blind_index.index("phone", phone)) \
        .values_list("customer_id", flat=True)
    assert found == [rows[5].id]


async def test_staff_get_roles_teams_and_one_password(db: Settings) -> None:
    report = await seed(customers=5, users=12, seed=1)
    assert report.password and len(report.password) >= 20
    roles = Counter(u.role for u in report.users)
    assert roles == {"admin": 1, "manager": 5, "support": 2, "sales": 4}
    head = next(u for u in report.users if u.username == "demo.manager")
    regions = await Team.filter(parent_id=head.team_id).count()
    assert regions == 4  # the head manager's subtree holds every selling team
    user = await User.get(username="demo.sales01")
    assert await verify_password(user.password_hash, report.password)
    owners = set(await Customer.all().values_list("owner_id", flat=True))
    assert owners - {None} <= {u.id for u in report.users if u.role in {"sales", "manager"}}
    for event in await AuditEvent.all():
        assert report.password not in str(event.changes)


async def test_refuses_a_database_with_customers_unless_appending(db: Settings) -> None:
    await seed(customers=5, users=12, seed=1)
    with pytest.raises(AlreadySeeded):
        await seed(customers=5, users=12, seed=1)
    assert await Customer.all().count() == 5
    again = await seed(customers=5, users=12, seed=1, append=True)
    assert again.password is None  # the demo users are reused, their password unchanged
    assert await Customer.all().count() == 10
    assert await User.filter(username__startswith="demo.").count() == 12
    # Appended customers continue the sequence instead of repeating the first five.
    names = await Customer.all().order_by("id").values_list("name", flat=True)
    assert list(names[5:]) == [generate.customer(1, i, 10, 0).name for i in range(5, 10)]


def test_command_prints_users_and_password_once_then_refuses(tmp_path: Path) -> None:
    env = {**os.environ, "CRM_DATA_DIR": str(tmp_path)}
    env.pop("CRM_DATABASE_URL", None)
    subprocess.run([CRM, "migrate"], env=env, check=True, capture_output=True, timeout=120)
    first = subprocess.run([CRM, "demo", "--customers", "20", "--users", "12", "--deals", "30"],
                           env=env, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    assert "demo.manager" in first.stdout and "created 20 customers" in first.stdout
    assert "created 30 deals" in first.stdout
    password = first.stdout.split("(shown once, not stored): ")[1].split()[0]
    assert first.stdout.count(password) == 1
    second = subprocess.run([CRM, "demo", "--customers", "20"], env=env, capture_output=True,
                            text=True, timeout=120)
    assert second.returncode == 1 and "--append" in second.stderr


async def test_deals_follow_their_stage_history(db: Settings) -> None:
    report = await seed(customers=30, users=12, seed=5, deals=150)
    assert report.deals.deals == 150
    stages = {s.id: s for s in await PipelineStage.all()}
    customers = {c.id: c for c in await Customer.all()}
    deals = await Deal.all().order_by("id")
    assert len(deals) == 150
    history: dict[int, list[DealStageChange]] = {}
    for change in await DealStageChange.all().order_by("changed_at", "id"):
        history.setdefault(change.deal_id, []).append(change)
    assert sum(len(h) for h in history.values()) == report.deals.stage_changes
    kinds: Counter[str] = Counter()
    for deal in deals:
        moves = history[deal.id]
        stage = stages[deal.stage_id]
        kinds[stage.kind] += 1
        assert 1 <= len(moves) <= 4
        # The current stage is where the history ends; it starts when the deal was created.
        assert moves[-1].to_stage_id == deal.stage_id
        assert moves[0].from_stage_id is None and moves[0].changed_at == deal.created_at
        assert [m.from_stage_id for m in moves[1:]] == [m.to_stage_id for m in moves[:-1]]
        assert all(a.changed_at < b.changed_at for a, b in pairwise(moves))
        assert deal.stage_entered_at == moves[-1].changed_at
        assert deal.probability == stage.probability
        assert (deal.won_at is not None) == (stage.kind == "won")
        assert (deal.lost_at is not None) == (stage.kind == "lost")
        assert bool(deal.lost_reason) == (stage.kind == "lost")
        if stage.kind != "open":
            assert (deal.won_at or deal.lost_at) == moves[-1].changed_at
            assert deal.expected_close_date == moves[-1].changed_at.date()
        customer = customers[deal.customer_id]
        assert deal.created_at >= customer.created_at
        if customer.owner_id is not None:
            assert (deal.owner_id, deal.team_id) == (customer.owner_id, customer.team_id)
        assert deal.owner_id is not None and deal.amount > 0
        assert deal.currency in {"CNY", "USD"}
    assert kinds["open"] and kinds["won"] and kinds["lost"]


async def test_deals_are_deterministic_and_appended_to_existing_customers(
        db: Settings) -> None:
    owners = gen_deals.Customers([gen_deals.Owner(i, None, 7, 1, datetime(2025, 1, i, tzinfo=UTC))
                                  for i in range(1, 20)])
    stages = [gen_deals.Stage(1, "open", 10), gen_deals.Stage(2, "open", 50),
              gen_deals.Stage(3, "won", 100), gen_deals.Stage(4, "lost", 0)]
    now = datetime(2026, 6, 1, tzinfo=UTC)
    first = [gen_deals.deal(2, i, 30, owners, stages, now) for i in range(30)]
    assert first == [gen_deals.deal(2, i, 30, owners, stages, now) for i in range(30)]
    assert first != [gen_deals.deal(3, i, 30, owners, stages, now) for i in range(30)]
    # Later deals are created later, each for a customer that existed by then.
    assert [d.created_at for d in first] == sorted(d.created_at for d in first)
    assert all(d.customer.created_at <= d.created_at for d in first)

    await seed(customers=10, users=12, seed=1, deals=20)
    with pytest.raises(AlreadySeeded):
        await seed(customers=0, users=12, seed=1, deals=5)
    assert await Deal.all().count() == 20
    more = await seed(customers=0, users=12, seed=1, deals=5, append=True)
    assert more.counts.customers == 0 and more.deals.deals == 5
    assert await Customer.all().count() == 10
    titles = await Deal.all().order_by("id").values_list("title", flat=True)
    assert [t.rsplit("#", 1)[1] for t in titles] == [str(n) for n in range(1, 26)]
