"""`crm demo`: realistic, deterministic demo data written the way the app writes it."""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from backend.accounts.models import Team, User
from backend.accounts.passwords import verify_password
from backend.audit.models import AuditEvent
from backend.crypto import blind_index
from backend.customers import pii
from backend.customers.models import Contact, Customer, CustomerKey, CustomerTag
from backend.customers.normalize import name_key
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
    first = subprocess.run([CRM, "demo", "--customers", "20", "--users", "12"], env=env,
                           capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    assert "demo.manager" in first.stdout and "created 20 customers" in first.stdout
    password = first.stdout.split("(shown once, not stored): ")[1].split()[0]
    assert first.stdout.count(password) == 1
    second = subprocess.run([CRM, "demo", "--customers", "20"], env=env, capture_output=True,
                            text=True, timeout=120)
    assert second.returncode == 1 and "--append" in second.stderr
