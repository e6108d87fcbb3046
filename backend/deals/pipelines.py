"""Pipelines and their editable stages (admins: settings.manage).

A stage that any deal is in, or ever passed through, can't be removed, only archived: reports
read the stage history, and a removed stage would make old conversion figures unreadable. For
the same reason its kind (open, won, lost) is fixed once it is in use.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.api.errors import Conflict, NotFound, ValidationFailed
from backend.audit import services as audit
from backend.deals.models import Deal, DealStageChange, Pipeline, PipelineStage

# Seeded by migration 4 as well; these recreate it if every pipeline was ever removed by hand.
DEFAULT_STAGES = (("Qualification", "初步接洽", 10, "open"),
                  ("Needs analysis", "需求确认", 30, "open"),
                  ("Proposal", "方案报价", 60, "open"), ("Negotiation", "商务谈判", 80, "open"),
                  ("Won", "赢单", 100, "won"), ("Lost", "输单", 0, "lost"))
KINDS = ("open", "won", "lost")
MAX_STAGES = 30


@dataclass
class StageSpec:
    """One stage of the list sent to ``set_stages`` (``id`` None: a new stage)."""

    name_en: str
    name_zh: str
    probability: int = 0
    kind: str = "open"
    archived: bool = False
    id: int | None = None


async def _create_default(conn: BaseDBAsyncClient) -> None:
    pipeline = await Pipeline.create(name="Sales", is_default=True, using_db=conn)
    await _add_stages(pipeline.id, [StageSpec(en, zh, p, k) for en, zh, p, k in DEFAULT_STAGES],
                      conn)


async def _add_stages(pipeline_id: int, specs: list[StageSpec], conn: BaseDBAsyncClient) -> None:
    await PipelineStage.bulk_create(
        [PipelineStage(pipeline_id=pipeline_id, name_en=s.name_en.strip(),
                       name_zh=s.name_zh.strip(), position=i, probability=s.probability,
                       kind=s.kind, archived=s.archived) for i, s in enumerate(specs)],
        using_db=conn)


async def list_pipelines(include_archived: bool = False
                         ) -> list[tuple[Pipeline, list[PipelineStage]]]:
    """Pipelines in display order, each with its stages in board order (two queries)."""
    if not await Pipeline.exists():
        async with in_transaction() as conn:
            if not await Pipeline.all().using_db(conn).select_for_update().exists():
                await _create_default(conn)
    query = Pipeline.all() if include_archived else Pipeline.filter(archived=False)
    rows = list(await query.order_by("position", "id"))
    stages: dict[int, list[PipelineStage]] = {p.id: [] for p in rows}
    for s in await PipelineStage.filter(pipeline_id__in=list(stages)).order_by("position", "id"):
        stages[s.pipeline_id].append(s)
    return [(p, stages[p.id]) for p in rows]


async def get_pipeline(pipeline_id: int) -> Pipeline:
    pipeline = await Pipeline.get_or_none(id=pipeline_id)
    if pipeline is None:
        raise NotFound()
    return pipeline


async def default_pipeline() -> Pipeline:
    """The default pipeline (the first active one if none is marked)."""
    active = [p for p, _ in await list_pipelines()]
    if not active:
        raise NotFound("No active pipeline")
    return next((p for p in active if p.is_default), active[0])


async def stages_of(pipeline_id: int) -> list[PipelineStage]:
    return list(await PipelineStage.filter(pipeline_id=pipeline_id).order_by("position", "id"))


def _name(name: str) -> str:
    name = name.strip()
    if not 1 <= len(name) <= 100:
        raise ValidationFailed({"name": ["INVALID_LENGTH"]})
    return name


def _validate(specs: list[StageSpec], field: str = "stages") -> None:
    problems: dict[str, list[str]] = {}
    ids = [s.id for s in specs if s.id is not None]
    if not 1 <= len(specs) <= MAX_STAGES:
        problems[field] = ["INVALID_COUNT"]
    elif len(set(ids)) != len(ids):
        problems[field] = ["DUPLICATE_ID"]
    elif not any(s.kind == "open" and not s.archived for s in specs):
        problems[field] = ["NO_OPEN_STAGE"]
    for i, s in enumerate(specs):
        for name, camel in (("name_en", "nameEn"), ("name_zh", "nameZh")):
            if not 1 <= len(getattr(s, name).strip()) <= 64:
                problems.setdefault(f"{field}.{i}.{camel}", []).append("INVALID_LENGTH")
        if not 0 <= s.probability <= 100:
            problems.setdefault(f"{field}.{i}.probability", []).append("OUT_OF_RANGE")
        if s.kind not in KINDS:
            problems.setdefault(f"{field}.{i}.kind", []).append("UNKNOWN_VALUE")
    if problems:
        raise ValidationFailed(problems)


async def create_pipeline(*, actor: Actor, name: str,
                          stages: list[StageSpec] | None = None) -> Pipeline:
    """A new pipeline with ``stages`` (default: a copy of the built-in stage list)."""
    name = _name(name)
    specs = stages or [StageSpec(en, zh, p, k) for en, zh, p, k in DEFAULT_STAGES]
    if any(s.id is not None for s in specs):
        raise ValidationFailed({"stages": ["UNKNOWN_STAGE"]})
    _validate(specs)
    await list_pipelines()  # the default pipeline exists before any other
    async with in_transaction() as conn:
        last = await Pipeline.all().using_db(conn).order_by("-position").first()
        pipeline = await Pipeline.create(name=name, position=(last.position + 1) if last else 0,
                                         using_db=conn)
        await _add_stages(pipeline.id, specs, conn)
        await audit.record(actor=actor, action="pipeline.created", target_type="pipeline",
                           target_id=pipeline.id,
                           changes={"name": name, "stages": [s.name_en for s in specs]},
                           using_db=conn)
    return pipeline


async def update_pipeline(*, actor: Actor, pipeline_id: int, name: str | None = None,
                          is_default: bool | None = None, archived: bool | None = None,
                          position: int | None = None) -> Pipeline:
    """Rename, reorder, archive or make default. The default pipeline can't be archived."""
    pipeline = await get_pipeline(pipeline_id)
    wanted = {"name": _name(name) if name is not None else None, "is_default": is_default,
              "archived": archived, "position": position}
    changes = {k: [getattr(pipeline, k), v] for k, v in wanted.items()
               if v is not None and v != getattr(pipeline, k)}
    default_after = changes.get("is_default", [None, pipeline.is_default])[1]
    archived_after = changes.get("archived", [None, pipeline.archived])[1]
    if default_after and archived_after:
        raise ValidationFailed({"archived": ["DEFAULT_PIPELINE"]},
                               message="Make another pipeline the default first")
    if position is not None and not 0 <= position <= 10_000:
        raise ValidationFailed({"position": ["OUT_OF_RANGE"]})
    if not changes:
        return pipeline
    async with in_transaction() as conn:
        if changes.get("is_default", [None, False])[1]:
            await Pipeline.filter(~Q(id=pipeline.id)).using_db(conn).update(is_default=False)
        for key, (_, value) in changes.items():
            setattr(pipeline, key, value)
        await pipeline.save(using_db=conn, update_fields=list(changes))
        await audit.record(actor=actor, action="pipeline.updated", target_type="pipeline",
                           target_id=pipeline.id, changes=changes, using_db=conn)
    return pipeline


async def _in_use(stage_ids: list[int], conn: BaseDBAsyncClient) -> set[int]:
    """Stages some deal is in (recycle bin included) or has passed through."""
    if not stage_ids:
        return set()
    current = await Deal.filter(stage_id__in=stage_ids).using_db(conn).distinct() \
        .values("stage_id")
    history = await DealStageChange.filter(to_stage_id__in=stage_ids).using_db(conn) \
        .distinct().values("to_stage_id")
    return {int(r["stage_id"]) for r in current} | {int(r["to_stage_id"]) for r in history}


async def set_stages(*, actor: Actor, pipeline_id: int,
                     specs: list[StageSpec]) -> list[PipelineStage]:
    """Replace a pipeline's stage list: add (no id), rename, reorder (list order), archive.
    Stages left out are removed; CONFLICT when one is in use (archive it instead)."""
    pipeline = await get_pipeline(pipeline_id)
    _validate(specs)
    before = {s.id: s for s in await stages_of(pipeline.id)}
    unknown = [i for i, s in enumerate(specs) if s.id is not None and s.id not in before]
    if unknown:
        raise ValidationFailed({f"stages.{i}.id": ["UNKNOWN_STAGE"] for i in unknown})
    async with in_transaction() as conn:
        await Pipeline.filter(id=pipeline.id).using_db(conn).select_for_update().first()
        kept = {s.id for s in specs if s.id is not None}
        removed = [i for i in before if i not in kept]
        used = await _in_use([*removed, *kept], conn)
        if used & set(removed):
            raise Conflict("Stages in use can only be archived",
                           fields={"stages": ["STAGE_IN_USE"]},
                           stageIds=[str(i) for i in sorted(used & set(removed))])
        relabelled = [i for i, s in enumerate(specs)
                      if s.id in used and s.kind != before[s.id].kind]
        if relabelled:
            raise Conflict("The kind of a stage in use can't change",
                           fields={f"stages.{i}.kind": ["STAGE_IN_USE"] for i in relabelled})
        await PipelineStage.filter(id__in=removed).using_db(conn).delete()
        for position, s in enumerate(specs):
            values = {"name_en": s.name_en.strip(), "name_zh": s.name_zh.strip(),
                      "position": position, "probability": s.probability, "kind": s.kind,
                      "archived": s.archived}
            if s.id is None:
                await PipelineStage.create(pipeline_id=pipeline.id, **values, using_db=conn)
            else:
                await PipelineStage.filter(id=s.id).using_db(conn).update(**values)
        await audit.record(
            actor=actor, action="pipeline_stages.updated", target_type="pipeline",
            target_id=pipeline.id, using_db=conn,
            changes={"before": [before[i].name_en for i in before], "after": [
                s.name_en for s in specs], "removed": [before[i].name_en for i in removed],
                "archived": [s.name_en for s in specs if s.archived]})
    return await stages_of(pipeline.id)
