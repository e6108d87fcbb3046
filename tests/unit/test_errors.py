"""Unexpected exceptions never reach the client: only a code and a request id do."""

from __future__ import annotations

import logging

import pytest
import strawberry

from backend.api.errors import CrmError, ValidationFailed
from backend.api.extensions import ErrorCodes


@strawberry.type
class Query:
    @strawberry.field
    def boom(self) -> str:
        raise RuntimeError("SELECT * FROM user WHERE password = 'hunter2'")

    @strawberry.field
    def invalid(self) -> str:
        raise ValidationFailed({"email": ["INVALID_EMAIL"]})

    @strawberry.field
    def conflict(self) -> str:
        raise CrmError("taken", code="CONFLICT")


schema = strawberry.Schema(query=Query, extensions=[ErrorCodes])


async def test_unexpected_error_is_masked(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR):
        result = await schema.execute("{ boom }")
    assert result.errors
    error = result.errors[0]
    assert error.message == "Internal error"
    assert error.extensions and error.extensions["code"] == "INTERNAL"
    assert "hunter2" not in str(error.formatted)


async def test_expected_errors_keep_code_and_fields() -> None:
    result = await schema.execute("{ invalid }")
    assert result.errors
    ext = result.errors[0].extensions or {}
    assert ext["code"] == "BAD_USER_INPUT"
    assert ext["fields"] == {"email": ["INVALID_EMAIL"]}
    result = await schema.execute("{ conflict }")
    assert result.errors and (result.errors[0].extensions or {})["code"] == "CONFLICT"
