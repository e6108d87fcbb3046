"""The sales pipeline: pipelines with editable stages, deals, stage history, monthly targets.

Amounts are Decimal (never float) with a currency per deal. Every stage change is kept in
``DealStageChange`` with its time, so reports compute conversion and time in stage from history
rather than from the deal's current state.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from backend.accounts.models import Team, User
from backend.customers.models import Contact, Customer


class Pipeline(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100)
    is_default = fields.BooleanField(default=False)
    archived = fields.BooleanField(default=False)
    position = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "pipeline"


class PipelineStage(Model):
    """A column of the board. ``kind`` is open, won or lost; ``probability`` (0-100) is the
    default win probability of deals entering it."""

    id = fields.IntField(primary_key=True)
    pipeline: fields.ForeignKeyRelation[Pipeline] = fields.ForeignKeyField(
        "models.Pipeline", related_name="stages", on_delete=fields.CASCADE)
    pipeline_id: int
    name_en = fields.CharField(max_length=64)
    name_zh = fields.CharField(max_length=64)
    position = fields.IntField(default=0)
    probability = fields.IntField(default=0)
    kind = fields.CharField(max_length=8, default="open")  # open | won | lost
    archived = fields.BooleanField(default=False)

    class Meta:
        table = "pipeline_stage"
        indexes = (("pipeline_id", "position"),)


# Covering indexes of the report aggregates (backend/reports): each starts with the date or
# stage a report ranges over and holds every column it filters (scope, pipeline, deleted) and
# sums, so a year of 300,000 deals is read from one index without visiting the table.
SCOPE = ("owner_id", "team_id", "deleted_at", "pipeline_id")
REPORT_INDEXES = (
    ("created_at", "stage_id", "currency", "amount", *SCOPE),  # funnel cohort
    ("won_at", "stage_id", "currency", "amount", "created_at", *SCOPE),  # revenue, win rate
    ("lost_at", "stage_id", "currency", *SCOPE),  # win rate
    ("expected_close_date", "stage_id", "currency", "amount", "probability", *SCOPE),  # forecast
    ("stage_id", "currency", "amount", "probability", *SCOPE),  # open pipeline
)


class Deal(Model):
    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=200)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="deals", on_delete=fields.CASCADE)
    customer_id: int
    contact: fields.ForeignKeyNullableRelation[Contact] = fields.ForeignKeyField(
        "models.Contact", related_name="deals", null=True, on_delete=fields.SET_NULL)
    contact_id: int | None
    amount = fields.DecimalField(max_digits=18, decimal_places=2, default=0)
    currency = fields.CharField(max_length=3, default="CNY")
    pipeline: fields.ForeignKeyRelation[Pipeline] = fields.ForeignKeyField(
        "models.Pipeline", related_name="deals", on_delete=fields.RESTRICT)
    pipeline_id: int
    stage: fields.ForeignKeyRelation[PipelineStage] = fields.ForeignKeyField(
        "models.PipelineStage", related_name="deals", on_delete=fields.RESTRICT)
    stage_id: int
    # Position within its stage column on the board (drag-and-drop order).
    rank = fields.FloatField(default=0)
    probability = fields.IntField(default=0)
    expected_close_date = fields.DateField(null=True, db_index=True)
    owner: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="deals", null=True, on_delete=fields.SET_NULL)
    owner_id: int | None
    team: fields.ForeignKeyNullableRelation[Team] = fields.ForeignKeyField(
        "models.Team", related_name="deals", null=True, on_delete=fields.SET_NULL)
    team_id: int | None
    source = fields.CharField(max_length=64, default="")
    lost_reason = fields.CharField(max_length=255, default="")
    won_at = fields.DatetimeField(null=True, db_index=True)
    lost_at = fields.DatetimeField(null=True)
    stage_entered_at = fields.DatetimeField(null=True)
    notes = fields.TextField(default="")
    # [{"name": str, "quantity": str (decimal), "price": str (decimal)}]
    products: list[dict[str, str]] = fields.JSONField(default=list)
    created_by_id = fields.IntField(null=True)
    updated_by_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    updated_at = fields.DatetimeField(auto_now=True)
    deleted_at = fields.DatetimeField(null=True)

    class Meta:
        table = "deal"
        indexes = (("owner_id", "id"), ("team_id", "id"), ("stage_id", "rank"),
                   ("customer_id", "id"), *REPORT_INDEXES)


class DealStageChange(Model):
    """One move of a deal between stages (``from_stage_id`` is NULL when the deal was created).

    ``left_at`` and ``seconds_in_stage`` close the stay this change began: they are written by a
    database trigger (migration 6) when the deal's next change is inserted, so time in stage is
    one grouped average instead of a window over the whole history. NULL: still in the stage.
    """

    id = fields.IntField(primary_key=True)
    deal: fields.ForeignKeyRelation[Deal] = fields.ForeignKeyField(
        "models.Deal", related_name="stage_changes", on_delete=fields.CASCADE)
    deal_id: int
    from_stage_id = fields.IntField(null=True)
    to_stage_id = fields.IntField()
    actor_id = fields.IntField(null=True)
    changed_at = fields.DatetimeField(db_index=True)
    left_at = fields.DatetimeField(null=True)
    seconds_in_stage = fields.FloatField(null=True)

    class Meta:
        table = "deal_stage_change"
        # The last one covers the funnel's history reads (reached stages, time in stage).
        indexes = (("deal_id", "changed_at"), ("to_stage_id", "changed_at"),
                   ("deal_id", "to_stage_id", "seconds_in_stage"))


class SalesTarget(Model):
    """A monthly revenue target for one user or one team (exactly one of the two)."""

    id = fields.IntField(primary_key=True)
    month = fields.CharField(max_length=7)  # YYYY-MM
    user_id = fields.IntField(null=True)
    team_id = fields.IntField(null=True)
    amount = fields.DecimalField(max_digits=18, decimal_places=2)
    currency = fields.CharField(max_length=3, default="CNY")
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "sales_target"
        unique_together = (("month", "user_id", "team_id"),)
