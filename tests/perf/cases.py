"""The bench's cases: which page or search, as whom, sent to GraphQL or to the plain handler."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx

from backend.demo import generate

# What the SPA's list shows: a page of customers with owner, tags and primary contact; like the
# SPA, the total is asked for with the first page only.
QUERY = """query Customers($first: Int!, $after: String, $search: String, $withTotal: Boolean!) {
  customers(first: $first, after: $after, search: $search) {
    totalCount @include(if: $withTotal)
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id name kind stage level industry phones emails piiMasked createdAt updatedAt
      owner { id displayName }
      tags
      primaryContact { id name title phone email isPrimary }
    } }
  }
}"""
WALK = """query($first: Int!, $after: String) {
  customers(first: $first, after: $after) { pageInfo { hasNextPage endCursor } } }"""
PROBE = "query($s: String) { customers(first: 1, search: $s) { totalCount } }"

CASES = [("page1", "page 1 (manager)"), ("page1-admin", "page 1 (admin)"),
         ("page1000", "page 1000 (manager)"), ("prefix-zh", "name prefix zh (manager)"),
         ("prefix-en", "name prefix en (manager)"), ("phone", "exact phone (manager)")]
PAGE = 50


@dataclass
class Case:
    name: str
    headers: dict[str, str]
    first: int = PAGE
    after: str | None = None
    search: str | None = None

    def body(self, plain: bool) -> str:
        args: dict[str, Any] = {"first": self.first, "after": self.after, "search": self.search,
                                "withTotal": self.after is None}
        return json.dumps(args if plain else {"query": QUERY, "variables": args},
                          ensure_ascii=False)

    def fetch(self, url: str, plain: bool) -> dict[str, Any]:
        r = httpx.post(url, content=self.body(plain).encode(), timeout=60,
                       headers={**self.headers, "Content-Type": "application/json"})
        body: dict[str, Any] = r.json()
        if r.status_code != 200 or body.get("errors"):
            raise SystemExit(f"{self.name}: {r.status_code} {r.text[:500]}")
        found: dict[str, Any] = body["data"]["customers"]
        return found

    def check(self, url: str, plain: bool) -> None:
        """One request before the load: no errors, and rows on the page."""
        if not self.fetch(url, plain)["edges"]:
            raise SystemExit(f"{self.name}: the page is empty")


def _post(url: str, headers: dict[str, str], query: str, variables: dict[str, Any]
          ) -> dict[str, Any]:
    r = httpx.post(f"{url}/graphql", json={"query": query, "variables": variables},
                   headers=headers, timeout=60)
    body: dict[str, Any] = r.json()
    if body.get("errors"):
        raise SystemExit(f"{r.text[:500]}")
    return body


def cursor_of_page(url: str, headers: dict[str, str], page: int) -> tuple[str | None, int]:
    """The `after` cursor of page ``page`` (of 50), walking the list in pages of 100; stops
    early on a shorter list. Returns the cursor and the page it leads to."""
    after, seen = None, 0
    target = (page - 1) * PAGE
    while seen < target:
        step = min(100, target - seen)
        found = _post(url, headers, WALK, {"first": step, "after": after})
        info = found["data"]["customers"]["pageInfo"]
        if not info["hasNextPage"]:
            break
        after, seen = info["endCursor"], seen + step
    return after, seen // PAGE + 1


def _prefixes(seed: int, total: int) -> tuple[str, str]:
    zh = en = ""
    for ordinal in range(total):
        spec = generate.customer(seed, ordinal, total, 1)
        if spec.kind == "company" and spec.chinese and not zh:
            zh = spec.name[:4]  # city and firm name, e.g. 北京华信
        if spec.kind == "company" and not spec.chinese and not en:
            words = spec.name.split()
            en = f"{words[0]} {words[1][:3]}"  # e.g. "Summit Tec"
        if zh and en:
            break
    return zh, en


def _phone(url: str, headers: dict[str, str], seed: int, total: int) -> str:
    """The phone of a demo customer the manager sees (most are; the pool's are not)."""
    for ordinal in range(total - 1, max(-1, total - 50), -1):
        phone = generate.customer(seed, ordinal, total, 1).phones[0]
        found = _post(url, headers, PROBE, {"s": phone})
        if found["data"]["customers"]["totalCount"] == 1:
            return phone
    raise SystemExit("no demo phone number found for the manager")


def find_cases(url: str, manager: dict[str, str], admin: dict[str, str],
               notes: dict[str, Any], seed: int, only: list[str] | None) -> list[Case]:
    """The cases to run. ``notes`` (kept with the database) remembers the walked cursor of
    page 1000, so a rerun on the same data skips the walk."""
    total = notes["customers"]
    wanted = {key for key, _ in CASES} if not only else set(only)
    labels = dict(CASES)
    cases = []
    if "page1" in wanted:
        cases.append(Case(labels["page1"], manager))
    if "page1-admin" in wanted:
        cases.append(Case(labels["page1-admin"], admin))
    if "page1000" in wanted:
        if "page1000" not in notes:
            notes["page1000"] = cursor_of_page(url, manager, 1000)
        after, page = notes["page1000"]
        cases.append(Case(labels["page1000"].replace("1000", str(page)), manager, after=after))
    zh, en = _prefixes(seed, total)
    if "prefix-zh" in wanted:
        cases.append(Case(f"{labels['prefix-zh']} {zh}", manager, search=zh))
    if "prefix-en" in wanted:
        cases.append(Case(f"{labels['prefix-en']} {en!r}", manager, search=en))
    if "phone" in wanted:
        cases.append(Case(labels["phone"], manager, search=_phone(url, manager, seed, total)))
    return cases
