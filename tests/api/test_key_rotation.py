"""Key rotation re-encrypts every encrypted column, resumably; old keys can then go."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from backend.crypto import aead, rotation
from backend.customers import pii
from backend.customers.models import Contact, Customer, CustomFieldDef, CustomFieldValue
from backend.mfa.models import MfaState
from backend.settings import Settings, parse_key_ring, use_settings
from tests.support.accounts import make_user
from tests.support.server import CRM


async def test_rotation_is_resumable_and_complete(db: Settings,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    user = await make_user("kim")
    await MfaState.create(user_id=user.id, phone_enc=aead.encrypt("+8613700000000",
                                                                  aad=f"mfa:phone:{user.id}"))
    for i in range(5):
        c = Customer(name=f"C{i}")
        pii.set_pii(c, "phone", f"1380000000{i}")
        await c.save()
    old = db.primary_key_id
    ring, new = parse_key_ring("knew1:" + "A" * 43)
    rotated = dataclasses.replace(db, encryption_keys={**ring, **db.encryption_keys},
                                  primary_key_id=new)
    use_settings(rotated)
    try:
        assert await rotation.pending(new) == 6
        monkeypatch.setattr(rotation, "BATCH", 2)
        calls = 0

        def crash_after_first_batch(_: int) -> None:
            nonlocal calls
            calls += 1
            if calls == 1:
                raise KeyboardInterrupt  # the operator pressed Ctrl-C

        with pytest.raises(KeyboardInterrupt):
            await rotation.reencrypt(new, crash_after_first_batch)
        assert await rotation.pending(new) == 4  # the first batch was committed
        assert await rotation.reencrypt(new) == 4
        assert await rotation.pending(new) == 0
        # Readable with the new key alone: the old one can be dropped.
        use_settings(dataclasses.replace(rotated, encryption_keys=ring))
        phones = sorted([pii.open_(c, "phone") or "" for c in await Customer.all()])
        assert phones == [f"1380000000{i}" for i in range(5)]
        state = await MfaState.get(user_id=user.id)
        assert aead.decrypt(state.phone_enc or "", aad=f"mfa:phone:{user.id}") == \
            "+8613700000000"
        assert old not in (state.phone_enc or "")
    finally:
        use_settings(db)


def test_crm_keys_rotate_replaces_the_key_file(tmp_path: Path) -> None:
    env = {**os.environ, "CRM_DATA_DIR": str(tmp_path)}
    env.pop("CRM_ENCRYPTION_KEYS", None)
    subprocess.run([CRM, "migrate"], env=env, check=True, capture_output=True, timeout=120)
    seed = """
import asyncio
from backend.settings import get_settings
from backend.db import init_db, close_db
from backend.customers import pii
from backend.customers.models import Customer
async def main():
    await init_db(get_settings())
    c = Customer(name="Rotating Ltd"); pii.set_pii(c, "email", "ceo@rotating.example.com")
    await c.save(); await close_db()
asyncio.run(main())
"""
    subprocess.run([sys.executable, "-c", seed], env=env, check=True, timeout=120)
    before = (tmp_path / "encryption.keys").read_text().strip()
    result = subprocess.run([CRM, "keys", "rotate", "--drop-old"], env=env, text=True,
                            capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "re-encrypted 1 value" in result.stdout and "old keys removed" in result.stdout
    after = (tmp_path / "encryption.keys").read_text().strip()
    assert after != before and "," not in after
    check = seed.replace(
        'c = Customer(name="Rotating Ltd"); pii.set_pii(c, "email", "ceo@rotating.example.com")'
        '\n    await c.save(); await close_db()',
        'c = await Customer.get(name="Rotating Ltd"); print(pii.open_(c, "email")); '
        'await close_db()')
    out = subprocess.run([sys.executable, "-c", check], env=env, check=True, timeout=120,
                         capture_output=True, text=True)
    assert out.stdout.strip() == "ceo@rotating.example.com"


def test_every_encrypted_column_is_registered() -> None:
    from tortoise import Tortoise

    registered = {(c.model.__name__, c.column) for c in rotation.columns()}
    found = {(model.__name__, name) for app in Tortoise.apps.values()
             for model in app.values() for name in model._meta.fields_map
             if name.endswith("_enc")}
    assert found and found == registered


async def test_rotation_covers_contacts_and_custom_values(db: Settings) -> None:
    user = await make_user("kim")
    c = Customer(name="Everything Ltd", owner_id=user.id)
    pii.set_phones(c, ["13800000001", "13800000002"])
    pii.set_emails(c, ["a@everything.example.com"])
    pii.set_pii(c, "id_number", "310101199001011234")
    pii.set_pii(c, "address", "上海市黄浦区")
    await c.save()
    contact = Contact(customer_id=c.id, name="Wang", is_primary=True)
    for field, value in (("phone", "13900000003"), ("email", "w@everything.example.com"),
                         ("im", "wx_wang"), ("birthday", "1990-01-02")):
        pii.set_contact_value(contact, field, value)
    await contact.save()
    bank = await CustomFieldDef.create(key="bank", label_en="Bank", label_zh="银行",
                                       type="text", sensitive=True)
    await CustomFieldValue.create(customer_id=c.id, field_id=bank.id,
                                  value_enc=pii.seal("custom_field_value", "value", "6222"))
    ring, new = parse_key_ring("knew2:" + "B" * 43)
    use_settings(dataclasses.replace(db, encryption_keys={**ring, **db.encryption_keys},
                                     primary_key_id=new))
    try:
        assert await rotation.reencrypt(new) == 9
        # Only the new key left in the ring: everything still reads.
        use_settings(dataclasses.replace(db, encryption_keys=ring, primary_key_id=new))
        row = await Customer.get(id=c.id)
        assert pii.phones(row) == ["13800000001", "13800000002"]
        assert pii.emails(row) == ["a@everything.example.com"]
        assert pii.id_number(row) == "310101199001011234" and pii.address(row) == "上海市黄浦区"
        person = await Contact.get(id=contact.id)
        assert [pii.contact_value(person, f) for f in pii.CONTACT_FIELDS] == [
            "13900000003", "w@everything.example.com", "wx_wang", "1990-01-02"]
        value = await CustomFieldValue.get(customer_id=c.id)
        assert pii.unseal("custom_field_value", "value", value.value_enc) == "6222"
        assert await rotation.pending(new) == 0
    finally:
        use_settings(db)
