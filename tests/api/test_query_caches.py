"""Parse and validation caches: a repeated query skips both steps, and is refused the same way
every time when it breaks a limit."""

from __future__ import annotations

import httpx
import strawberry
from strawberry.extensions.validation_cache import _get_validate_cache

from backend.api.extensions import _parse
from backend.api.limits import DepthAndAliasLimits
from backend.api.schema import EXTENSIONS
from tests.api.test_hardening import DeepQuery
from tests.conftest import error_codes, gql

QUERY = "{ serverInfo { version } }"


async def test_a_repeated_query_is_parsed_and_validated_once(client: httpx.AsyncClient) -> None:
    validated = _get_validate_cache(256)
    await gql(client, QUERY + " ")  # a text of its own, so this test owns its cache entries
    parsed_hits, validated_hits = _parse.cache_info().hits, validated.cache_info().hits
    body = await gql(client, QUERY + " ")
    assert body["data"]["serverInfo"]["version"]
    assert _parse.cache_info().hits == parsed_hits + 1
    assert validated.cache_info().hits == validated_hits + 1


def test_depth_and_alias_rules_are_built_once() -> None:
    # One rule class for every request; a class per request would miss the validation cache.
    assert DepthAndAliasLimits().validation_rules == DepthAndAliasLimits().validation_rules


def test_a_cached_too_deep_query_is_refused_every_time() -> None:
    schema = strawberry.Schema(query=DeepQuery, extensions=EXTENSIONS)
    deep = "{ root " + "{ child " * 13 + "{ name }" + " }" * 13 + " }"
    for _ in range(2):
        result = schema.execute_sync(deep)
        assert result.errors and "depth" in result.errors[0].message
    ok = "{ root { child { name } } }"
    assert schema.execute_sync(ok).errors is None
    assert schema.execute_sync(ok).errors is None


async def test_a_syntax_error_keeps_its_code_every_time(client: httpx.AsyncClient) -> None:
    for _ in range(2):
        body = await gql(client, "{ serverInfo { version }")
        assert error_codes(body) == ["BAD_USER_INPUT"]
    for _ in range(2):  # over the token limit: refused while parsing
        body = await gql(client, "{ " + " ".join(["__typename"] * 5000) + " }")
        assert error_codes(body) == ["BAD_USER_INPUT"]
