"""Pipelines and their stages: read with deals.read, edited only with settings.manage; stages
in use are archived, never removed."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from backend.audit.models import AuditEvent
from backend.deals.models import Pipeline, PipelineStage
from backend.settings import Settings
from tests.conftest import error_codes, gql
from tests.support.customers import Company, as_user, company
from tests.support.deals import created, customers_of, stages

STAGES = "stages { id nameEn nameZh position probability kind archived }"
LIST = "query($a: Boolean!) { pipelines(includeArchived: $a) { id name isDefault archived %s } }" \
    % STAGES
CREATE = "mutation($i: PipelineInput!) { createPipeline(input: $i) { id name isDefault %s } }" \
    % STAGES
UPDATE = "mutation($i: PipelineUpdateInput!) { updatePipeline(input: $i) { id name isDefault " \
    "archived } }"
SET = "mutation($i: SetPipelineStagesInput!) { setPipelineStages(input: $i) { id %s } }" % STAGES


@pytest.fixture
async def world(db: Settings) -> Company:
    return await company()


async def listed(client: httpx.AsyncClient, archived: bool = False) -> list[dict[str, Any]]:
    body = await gql(client, LIST, {"a": archived})
    assert "errors" not in body, body
    result: list[dict[str, Any]] = body["data"]["pipelines"]
    return result


def spec(stage: dict[str, Any], **changes: Any) -> dict[str, Any]:
    keep = {k: stage[k] for k in ("id", "nameEn", "nameZh", "probability", "kind", "archived")}
    return {**keep, **changes}


async def test_the_default_pipeline_is_there_for_deal_readers(client: httpx.AsyncClient,
                                                              world: Company) -> None:
    await as_user(client, "sam")
    [pipeline] = await listed(client)
    assert pipeline["name"] == "Sales" and pipeline["isDefault"] is True
    assert [(s["nameEn"], s["nameZh"], s["probability"], s["kind"]) for s in
            pipeline["stages"]] == [
        ("Qualification", "初步接洽", 10, "OPEN"), ("Needs analysis", "需求确认", 30, "OPEN"),
        ("Proposal", "方案报价", 60, "OPEN"), ("Negotiation", "商务谈判", 80, "OPEN"),
        ("Won", "赢单", 100, "WON"), ("Lost", "输单", 0, "LOST")]
    await as_user(client, "aud")  # auditor: no deals.read
    assert error_codes(await gql(client, LIST, {"a": False})) == ["FORBIDDEN"]


async def test_only_settings_managers_edit_pipelines(client: httpx.AsyncClient,
                                                     world: Company) -> None:
    await as_user(client, "mike")
    body = await gql(client, CREATE, {"i": {"name": "Renewals"}})
    assert error_codes(body) == ["FORBIDDEN"]
    [pipeline] = await listed(client)
    body = await gql(client, SET, {"i": {"pipelineId": pipeline["id"], "stages": [
        spec(s, nameEn="Hacked") for s in pipeline["stages"]]}})
    assert error_codes(body) == ["FORBIDDEN"]
    assert await Pipeline.all().count() == 1
    assert not await PipelineStage.filter(name_en="Hacked").exists()
    await as_user(client, "root")
    made = await gql(client, CREATE, {"i": {"name": "Renewals", "stages": [
        {"nameEn": "Due", "nameZh": "到期", "probability": 50},
        {"nameEn": "Renewed", "nameZh": "已续约", "probability": 100, "kind": "WON"}]}})
    assert made["data"]["createPipeline"]["isDefault"] is False
    assert [s["nameEn"] for s in made["data"]["createPipeline"]["stages"]] == ["Due", "Renewed"]
    assert await AuditEvent.filter(action="pipeline.created").count() == 1


async def test_stages_are_added_renamed_reordered_and_removed_when_unused(
        client: httpx.AsyncClient, world: Company) -> None:
    await as_user(client, "root")
    [pipeline] = await listed(client)
    old = {s["nameEn"]: s for s in pipeline["stages"]}
    new_list = [spec(old["Needs analysis"], nameEn="Discovery", probability=20),
                spec(old["Qualification"]),
                {"nameEn": "Trial", "nameZh": "试用", "probability": 50},
                spec(old["Won"]), spec(old["Lost"])]  # Proposal and Negotiation removed
    body = await gql(client, SET, {"i": {"pipelineId": pipeline["id"], "stages": new_list}})
    assert "errors" not in body, body
    got = body["data"]["setPipelineStages"]["stages"]
    assert [(s["nameEn"], s["position"], s["probability"]) for s in got] == [
        ("Discovery", 0, 20), ("Qualification", 1, 10), ("Trial", 2, 50), ("Won", 3, 100),
        ("Lost", 4, 0)]
    assert got[0]["id"] == old["Needs analysis"]["id"]  # renamed in place, same id
    event = await AuditEvent.get(action="pipeline_stages.updated")
    assert event.changes["removed"] == ["Proposal", "Negotiation"]


async def test_a_stage_in_use_can_only_be_archived_and_keeps_its_kind(
        client: httpx.AsyncClient, world: Company) -> None:
    customers = await customers_of(world)
    stage = await stages()
    await as_user(client, "sam")
    await created(client, title="Busy", customerId=str(customers["Sam Co"]),
                  stageId=str(stage["Proposal"]))
    await as_user(client, "root")
    [pipeline] = await listed(client)
    kept = [s for s in pipeline["stages"] if s["nameEn"] != "Proposal"]
    body = await gql(client, SET, {"i": {"pipelineId": pipeline["id"],
                                         "stages": [spec(s) for s in kept]}})
    assert error_codes(body) == ["CONFLICT"]
    assert body["errors"][0]["extensions"]["stageIds"] == [str(stage["Proposal"])]
    relabel = [spec(s, kind="WON") if s["nameEn"] == "Proposal" else spec(s)
               for s in pipeline["stages"]]
    body = await gql(client, SET, {"i": {"pipelineId": pipeline["id"], "stages": relabel}})
    assert error_codes(body) == ["CONFLICT"]
    assert await PipelineStage.filter(pipeline_id=int(pipeline["id"])).count() == 6
    archived = [spec(s, archived=s["nameEn"] == "Proposal") for s in pipeline["stages"]]
    body = await gql(client, SET, {"i": {"pipelineId": pipeline["id"], "stages": archived}})
    assert [s["archived"] for s in body["data"]["setPipelineStages"]["stages"]] == [
        False, False, True, False, False, False]


async def test_invalid_stage_lists_are_refused(client: httpx.AsyncClient,
                                               world: Company) -> None:
    await as_user(client, "root")
    [pipeline] = await listed(client)
    won_only = [{"nameEn": "Won", "nameZh": "赢", "kind": "WON"}]
    body = await gql(client, SET, {"i": {"pipelineId": pipeline["id"], "stages": won_only}})
    assert body["errors"][0]["extensions"]["fields"] == {"stages": ["NO_OPEN_STAGE"]}
    bad = [{"nameEn": "", "nameZh": "x", "probability": 120}]
    body = await gql(client, SET, {"i": {"pipelineId": pipeline["id"], "stages": bad}})
    assert body["errors"][0]["extensions"]["fields"] == {
        "stages.0.nameEn": ["INVALID_LENGTH"], "stages.0.probability": ["OUT_OF_RANGE"]}
    other = await gql(client, CREATE, {"i": {"name": "Other"}})
    foreign = other["data"]["createPipeline"]["stages"][0]
    body = await gql(client, SET, {"i": {"pipelineId": pipeline["id"], "stages": [
        spec(foreign)]}})
    assert body["errors"][0]["extensions"]["fields"] == {"stages.0.id": ["UNKNOWN_STAGE"]}


async def test_default_and_archived_pipelines(client: httpx.AsyncClient,
                                              world: Company) -> None:
    await as_user(client, "root")
    [sales] = await listed(client)
    body = await gql(client, UPDATE, {"i": {"id": sales["id"], "archived": True}})
    assert body["errors"][0]["extensions"]["fields"] == {"archived": ["DEFAULT_PIPELINE"]}
    other = (await gql(client, CREATE, {"i": {"name": "Projects"}}))["data"]["createPipeline"]
    body = await gql(client, UPDATE, {"i": {"id": other["id"], "isDefault": True}})
    assert body["data"]["updatePipeline"]["isDefault"] is True
    body = await gql(client, UPDATE, {"i": {"id": sales["id"], "archived": True,
                                            "name": "Old sales"}})
    assert body["data"]["updatePipeline"] == {"id": sales["id"], "name": "Old sales",
                                              "isDefault": False, "archived": True}
    assert [p["name"] for p in await listed(client)] == ["Projects"]
    assert [p["name"] for p in await listed(client, archived=True)] == ["Old sales", "Projects"]
    customers = await customers_of(world)
    body = await gql(client, "mutation($i: DealInput!) { createDeal(input: $i) { id } }",
                     {"i": {"title": "X", "customerId": str(customers["Sam Co"]),
                            "pipelineId": sales["id"]}})
    assert body["errors"][0]["extensions"]["fields"] == {"pipelineId": ["UNKNOWN_PIPELINE"]}
