"""Customers in the API: the Query and Mutation merged into the schema (``api/schema.py``).

PII comes back masked unless the reader holds customers.pii.read over that record; the decision
is made once per row when the object is built (``loaders.build_customers``), so scalar fields
resolve as plain attributes.
"""

from __future__ import annotations

from backend.customers.loaders import build_customers
from backend.customers.mutations import Mutation
from backend.customers.queries import Query
from backend.customers.types import Contact, Customer, PageInfo, UserRef

__all__ = ["Contact", "Customer", "Mutation", "PageInfo", "Query", "UserRef", "build_customers"]
