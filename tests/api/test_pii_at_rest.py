"""Personal data is encrypted at rest: the database holds none of it in clear.

On SQLite the test reads the database FILES (main file and write-ahead log) as bytes, the way
someone holding a stolen copy would; on PostgreSQL it reads every row of every table as text.
A non-personal value written at the same time is found, so the search itself is shown to work.
"""

from __future__ import annotations

from pathlib import Path

import httpx
from tortoise import Tortoise

from backend.settings import Settings
from tests.conftest import gql
from tests.support.customers import as_user, company, created_id

CONTACT = "mutation($i: ContactInput!) { createContact(input: $i) { id } }"
SECRET_VALUES = [
    "13812345678", "+86 21 5555 0199", "ceo@secret-corp.example.com",
    "sales@secret-corp.example", "310101199001011234", "上海市黄浦区南京东路100号",
    "13987654321", "wang.fang@secret-corp.example", "wx_wangfang_88", "1985-07-23",
    "6222020012345678",
]


async def _everything_stored(settings: Settings) -> bytes:
    conn = Tortoise.get_connection("default")
    if conn.schema_generator.DIALECT == "postgres":
        _, tables = await conn.execute_query(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        dump = []
        for t in tables:
            _, rows = await conn.execute_query(f'SELECT t::text AS row FROM "{t["tablename"]}" t')
            dump += [r["row"] for r in rows]
        return "\n".join(dump).encode()
    path = Path(settings.database_url.split("://", 1)[1])
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


async def test_no_pii_in_clear_in_the_database(client: httpx.AsyncClient,
                                               db: Settings) -> None:
    await company()
    await as_user(client, "root")
    await gql(client, """mutation { createCustomFieldDef(input: {key: "bank", labelEn: "Bank",
        labelZh: "银行", type: TEXT, sensitive: true}) { id } }""")
    cid = await created_id(client, name="Visible Name Co", phones=SECRET_VALUES[0:2],
                           emails=SECRET_VALUES[2:4], idNumber=SECRET_VALUES[4],
                           address=SECRET_VALUES[5],
                           customFields=[{"key": "bank", "value": SECRET_VALUES[10]}])
    body = await gql(client, CONTACT, {"i": {
        "customerId": cid, "name": "Visible Contact", "phone": SECRET_VALUES[6],
        "email": SECRET_VALUES[7], "im": SECRET_VALUES[8], "birthday": SECRET_VALUES[9]}})
    assert "errors" not in body, body
    # Reads and a reveal put nothing in clear into the database (audit, throttles) either.
    await gql(client, """query($id: ID!) { customer(id: $id) { phones emails idNumber address
        contacts { phone email im birthday } customFields { value } } }""", {"id": cid})
    await gql(client, """mutation($id: ID!) { revealCustomerField(customerId: $id,
        field: PHONE, reason: "testing at rest") }""", {"id": cid})
    await gql(client, "query($s: String!) { customers(search: $s) { totalCount } }",
              {"s": SECRET_VALUES[0]})
    stored = await _everything_stored(db)
    assert b"Visible Name Co" in stored  # the search would find clear text
    leaked = [v for v in SECRET_VALUES if v.encode() in stored
              or v.replace(" ", "").encode() in stored]
    assert leaked == []
