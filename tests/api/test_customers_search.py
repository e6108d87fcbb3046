"""Search: names, tags and contacts by prefix or substring (Chinese and English, two-character
names included); exact phone and email through the blind index, only for PII readers."""

from __future__ import annotations

import sqlite3

import httpx
import pytest
from tortoise import Tortoise

from backend import db
from backend.customers import search
from backend.customers.models import Customer
from tests.conftest import USE_POSTGRES, error_codes, gql
from tests.support.accounts import make_user
from tests.support.customers import (
    LIST,
    UPDATE,
    Company,
    as_user,
    company,
    created_id,
    names,
    page,
)
from tests.support.queries import count_queries

CONTACT = """mutation($i: ContactInput!) { createContact(input: $i) { id } }"""


@pytest.fixture
async def co(db: object, client: httpx.AsyncClient) -> Company:
    c = await company()
    await as_user(client, "sam")
    await created_id(client, name="北京星辰科技有限公司", tags=["重点客户"],
                     phones=["+86 138-0013-8000"])
    await created_id(client, name="ACME Trading Ltd.", tags=["VIP"],
                     emails=["Info@acme.example.com"])
    person = await created_id(client, name="王伟", kind="person")
    other = await created_id(client, name="Harbour Logistics")
    await gql(client, CONTACT, {"i": {"customerId": other, "name": "李娜", "title": "采购经理",
                                      "email": "Li.Na@harbour.example.com"}})
    await gql(client, CONTACT, {"i": {"customerId": person, "name": "Zhang Wei",
                                      "phone": "13912345678"}})
    await created_id(client, name="100% Natural_Foods")
    return c


@pytest.mark.parametrize(("term", "expected"), [
    ("acm", ["ACME Trading Ltd."]),                    # English prefix (trigram)
    ("rading", ["ACME Trading Ltd."]),                 # English substring
    ("ＡＣＭＥ", ["ACME Trading Ltd."]),                  # full-width folds to ASCII
    ("ac", ["ACME Trading Ltd."]),                     # two letters: LIKE, no trigram
    ("北京星", ["北京星辰科技有限公司"]),                      # Chinese prefix
    ("科技有限", ["北京星辰科技有限公司"]),                     # Chinese substring
    ("星辰", ["北京星辰科技有限公司"]),                        # two Chinese characters
    ("王伟", ["王伟"]),                                    # a two-character Chinese name
    ("vip", ["ACME Trading Ltd."]),                    # tag, case-folded
    ("重点", ["北京星辰科技有限公司"]),                        # Chinese tag
    ("李娜", ["Harbour Logistics"]),                      # contact name
    ("采购", ["Harbour Logistics"]),                      # contact title
    ("zhang w", ["王伟"]),                                 # contact name, with a space
    ("%", ["100% Natural_Foods"]),                     # LIKE wildcards are literal
    ("%n", []),                                         # ... not "anything, then n"
    ("_f", ["100% Natural_Foods"]),
    ("r_l", []),                                        # "_" is no single-character wildcard
    ('acme" OR "harbour', []),                          # no FTS operators from the box
    ("NEAR(acme harbour)", []),
    ("nothing like it", []),
])
async def test_search_finds_by_name_tag_and_contact(client: httpx.AsyncClient, co: Company,
                                                    term: str, expected: list[str]) -> None:
    assert await names(client, search=term) == expected


async def test_exact_phone_and_email_lookup(client: httpx.AsyncClient, co: Company) -> None:
    # Any spelling of the number or case of the address finds it (normalised blind index).
    for term, expected in (("13800138000", ["北京星辰科技有限公司"]),
                           ("+86 138 0013 8000", ["北京星辰科技有限公司"]),
                           ("INFO@ACME.example.com", ["ACME Trading Ltd."]),
                           ("li.na@harbour.example.com", ["Harbour Logistics"]),  # contact
                           ("139-1234-5678", ["王伟"]),                            # contact
                           ("13800138001", [])):
        assert await names(client, search=term) == expected, term
    # Nothing of the PII is in the search document itself.
    texts = " ".join(await Customer.all().values_list("search_text", flat=True))
    assert "13800138000" not in texts and "acme.example" not in texts


async def test_masked_readers_cannot_find_by_phone_or_email(client: httpx.AsyncClient,
                                                            co: Company) -> None:
    await as_user(client, "sup")  # reads everything, PII masked
    assert await names(client, search="星辰") == ["北京星辰科技有限公司"]
    assert await names(client, search="13800138000") == []
    assert await names(client, search="li.na@harbour.example.com") == []


async def test_exact_lookup_only_within_the_pii_scope(client: httpx.AsyncClient,
                                                      co: Company) -> None:
    # Reads all customers (support) but may read PII only of their own (sales).
    await make_user("mixed", "support", "sales")
    await as_user(client, "mixed")
    assert await names(client, search="ACME") == ["ACME Trading Ltd."]
    assert await names(client, search="13800138000") == []
    await as_user(client, "sam")  # the owner, with customers.pii.read
    assert await names(client, search="13800138000") == ["北京星辰科技有限公司"]


async def test_search_stays_within_scope(client: httpx.AsyncClient, co: Company) -> None:
    # The owner's search comes first: the ids a term matched may be kept (SQLite), and they
    # are everyone's matches, so the scope must still apply to the next person asking.
    await as_user(client, "sam")
    assert await names(client, search="acme") == ["ACME Trading Ltd."]
    await as_user(client, "wes")
    assert await names(client, search="acme") == []
    assert await names(client, search="info@acme.example.com") == []
    await as_user(client, "aud")
    assert error_codes(await gql(client, LIST, {"search": "acme"})) == ["FORBIDDEN"]


async def test_repeated_searches_follow_every_change(client: httpx.AsyncClient, co: Company,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """On SQLite the ids a term matches are kept while nothing changed: the same search asked
    again reads no FTS index, and any write shows in the next search."""
    await as_user(client, "sam")
    assert await names(client, search="harbour") == ["Harbour Logistics"]
    with count_queries(monkeypatch) as seen:
        assert await names(client, search="harbour") == ["Harbour Logistics"]
    if not USE_POSTGRES:  # PostgreSQL asks its trigram index every time
        assert not [q for q in seen if "customer_fts" in q]
    second = await created_id(client, name="Harbour Freight")
    assert await names(client, search="harbour") == ["Harbour Freight", "Harbour Logistics"]
    body = await gql(client, UPDATE, {"i": {"id": second, "name": "Inland Freight"}})
    assert "errors" not in body, body
    assert await names(client, search="harbour") == ["Harbour Logistics"]
    assert await names(client, search="inland") == ["Inland Freight"]


async def test_terms_matching_many_customers_page_the_same(client: httpx.AsyncClient,
                                                           co: Company,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """Past ``FTS_IDS_KEPT`` matches the FTS index is asked inside the page's query instead:
    the same customers, in the same order, page after page."""
    await as_user(client, "sam")
    for n in range(3):
        await created_id(client, name=f"Orchard Farm {n}")
    expected = ["Orchard Farm 2", "Orchard Farm 1", "Orchard Farm 0"]
    for kept in (100, 2):
        monkeypatch.setattr(search, "FTS_IDS_KEPT", kept)
        walked, after = [], None
        while True:
            found = await page(client, first=1, after=after, search="orchard")
            assert found["totalCount"] == 3
            walked += [e["node"]["name"] for e in found["edges"]]
            if not found["pageInfo"]["hasNextPage"]:
                break
            after = found["pageInfo"]["endCursor"]
        assert walked == expected


def _pretend_100k_customers(conn: sqlite3.Connection) -> None:
    """Planner statistics of the bench's database (100,000 customers, none deleted, ~5,000 per
    owner, ~20,000 per team), which decide the plan as much as the query does."""
    conn.execute("ANALYZE")
    for (index,) in conn.execute("SELECT idx FROM sqlite_stat1 WHERE tbl = 'customer' "
                                 "AND idx IS NOT NULL").fetchall():
        per_key = 100000 if "deleted" in index else 5000 if "owner" in index else \
            20000 if "team" in index else 10
        conn.execute("UPDATE sqlite_stat1 SET stat = ? WHERE idx = ?",
                     (f"100000 {per_key}", index))
    conn.execute("UPDATE sqlite_stat1 SET stat = '150000 1' WHERE tbl = 'customer_key' "
                 "AND idx LIKE '%digest%'")
    conn.commit()
    conn.execute("ANALYZE sqlite_schema")  # the planner rereads the statistics


async def test_an_exact_lookup_reads_no_whole_table(client: httpx.AsyncClient, co: Company,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The number matches no name, so only the blind index can find it: the page's query must
    then look customers up by the ids it finds. Combined as "nothing OR found by key", SQLite
    went through an index of the scope instead (at 100,000 customers it read all of them,
    ~80 ms)."""
    conn = Tortoise.get_connection("default")
    if str(conn.schema_generator.DIALECT) != "sqlite":
        pytest.skip("SQLite's query plan")
    await as_user(client, "mike")  # East's manager: "mine OR my teams'", no single index
    statements: list[tuple[str, list[object]]] = []
    run_on_reader = db.run_on_reader

    def recorded(connection: sqlite3.Connection, sql: str, params: list[object]) -> object:
        statements.append((sql, list(params)))
        return run_on_reader(connection, sql, params)

    monkeypatch.setattr(db, "run_on_reader", recorded)
    assert await names(client, search="13800138000") == ["北京星辰科技有限公司"]
    listed = [(sql, params) for sql, params in statements
              if '"customer_key"' in sql and sql.startswith("SELECT")]
    assert listed
    reader = sqlite3.connect(conn.filename)
    try:
        _pretend_100k_customers(reader)
        for sql, params in listed:
            plan = [row[3] for row in reader.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
            assert "SEARCH customer USING INTEGER PRIMARY KEY (rowid=?)" in plan, plan
    finally:
        reader.close()
