"""The editable stage list: readable with customers.read, replaced with settings.manage; a stage
in use can only be archived, and archived stages can't be chosen any more."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import httpx
import pytest

from backend.audit.models import AuditEvent
from backend.customers.models import CustomerStage
from tests.conftest import error_codes, gql
from tests.support.customers import UPDATE, Company, as_user, company, create, created_id
from tests.support.server import CRM

STAGES = "{ customerStages { key labelEn labelZh position archived } }"
SET = """mutation($s: [CustomerStageInput!]!) { setCustomerStages(input: {stages: $s}) {
  key archived } }"""
DEFAULT = [("lead", "Lead", "线索"), ("prospect", "Prospect", "潜在客户"),
           ("customer", "Customer", "成交客户"), ("churned", "Churned", "流失客户")]


def spec(key: str, en: str, zh: str, archived: bool = False) -> dict[str, object]:
    return {"key": key, "labelEn": en, "labelZh": zh, "archived": archived}


@pytest.fixture
async def co(db: object) -> Company:
    return await company()


async def test_four_default_stages_in_both_languages(client: httpx.AsyncClient,
                                                     co: Company) -> None:
    await as_user(client, "sam")
    body = await gql(client, STAGES)
    assert [(s["key"], s["labelEn"], s["labelZh"]) for s in body["data"]["customerStages"]] \
        == DEFAULT
    await as_user(client, "aud")
    assert error_codes(await gql(client, STAGES)) == ["FORBIDDEN"]


async def test_only_settings_managers_replace_the_list(client: httpx.AsyncClient,
                                                       co: Company) -> None:
    await as_user(client, "mike")
    new = [spec(*d) for d in DEFAULT] + [spec("won_back", "Won back", "挽回")]
    assert error_codes(await gql(client, SET, {"s": new})) == ["FORBIDDEN"]
    await as_user(client, "root")
    body = await gql(client, SET, {"s": new})
    assert [s["key"] for s in body["data"]["setCustomerStages"]][-1] == "won_back"
    assert await AuditEvent.filter(action="customer_stages.updated").count() == 1
    await as_user(client, "sam")
    cid = await created_id(client, name="Back again", stage="won_back")
    assert cid


async def test_stage_in_use_is_archived_not_removed(client: httpx.AsyncClient,
                                                    co: Company) -> None:
    await as_user(client, "sam")
    cid = await created_id(client, name="Lost Ltd", stage="churned")
    await as_user(client, "root")
    without = [spec(*d) for d in DEFAULT[:3]]
    body = await gql(client, SET, {"s": without})
    assert error_codes(body) == ["CONFLICT"]
    assert body["errors"][0]["extensions"]["stages"] == ["churned"]
    assert await CustomerStage.filter(key="churned").exists()
    archived = await gql(client, SET, {"s": [*without, spec(*DEFAULT[3], archived=True)]})
    assert archived["data"]["setCustomerStages"][-1] == {"key": "churned", "archived": True}
    await as_user(client, "sam")
    refused = await create(client, name="New churn", stage="churned")
    assert refused["errors"][0]["extensions"]["fields"] == {"stage": ["UNKNOWN_VALUE"]}
    # A customer already in the archived stage keeps it through other edits.
    kept = await gql(client, UPDATE, {"i": {"id": cid, "stage": "churned", "level": "B"}})
    assert kept["data"]["updateCustomer"]["stage"] == "churned"
    await as_user(client, "root")
    unused = await gql(client, SET, {"s": [spec(*DEFAULT[0]), spec(*DEFAULT[3])]})
    assert [s["key"] for s in unused["data"]["setCustomerStages"]] == ["lead", "churned"]


async def test_invalid_lists_are_refused(client: httpx.AsyncClient, co: Company) -> None:
    await as_user(client, "root")
    await gql(client, STAGES)
    for stages, field in (([], "stages"), ([spec("a", "A", "甲"), spec("a", "A", "甲")],
                                           "stages"),
                          ([spec("Bad Key", "A", "甲")], "stages.0.key"),
                          ([spec("ok", "", "甲")], "stages.0.label_en"),
                          ([spec("ok", "A", "甲", archived=True)], "stages")):
        body = await gql(client, SET, {"s": stages})
        assert error_codes(body) == ["BAD_USER_INPUT"], stages
        assert field in body["errors"][0]["extensions"]["fields"], stages
    assert [s.key for s in await CustomerStage.all().order_by("position")] == [
        d[0] for d in DEFAULT]


def test_migration_seeds_the_defaults(tmp_path: Path) -> None:
    env = {**os.environ, "CRM_DATA_DIR": str(tmp_path)}
    env.pop("CRM_DATABASE_URL", None)
    subprocess.run([CRM, "migrate"], env=env, check=True, capture_output=True, timeout=120)
    [db_file] = tmp_path.glob("*.sqlite3")
    with sqlite3.connect(db_file) as conn:
        rows = conn.execute("SELECT key, label_en, label_zh FROM customer_stage "
                            "ORDER BY position").fetchall()
    assert rows == list(DEFAULT)
