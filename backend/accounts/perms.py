"""The one permission registry: ``domain.action`` names shared by the server and the SPA."""

from __future__ import annotations

from enum import StrEnum


class Perm(StrEnum):
    CUSTOMERS_READ = "customers.read"
    CUSTOMERS_WRITE = "customers.write"
    CUSTOMERS_DELETE = "customers.delete"
    CUSTOMERS_PII_READ = "customers.pii.read"
    CUSTOMERS_EXPORT = "customers.export"
    CUSTOMERS_IMPORT = "customers.import"
    DEALS_READ = "deals.read"
    DEALS_WRITE = "deals.write"
    ACTIVITIES_READ = "activities.read"
    ACTIVITIES_WRITE = "activities.write"
    REPORTS_READ = "reports.read"
    USERS_MANAGE = "users.manage"
    ROLES_MANAGE = "roles.manage"
    AUDIT_READ = "audit.read"
    SETTINGS_MANAGE = "settings.manage"
    TOKENS_MANAGE = "tokens.manage"


_CRM_WORK = {
    Perm.CUSTOMERS_READ, Perm.CUSTOMERS_WRITE, Perm.CUSTOMERS_PII_READ,
    Perm.DEALS_READ, Perm.DEALS_WRITE, Perm.ACTIVITIES_READ, Perm.ACTIVITIES_WRITE,
}

# name -> (description, permissions, data scope). Admins may edit these later (authorization issue).
BUILTIN_ROLES: dict[str, tuple[str, set[Perm], str]] = {
    "admin": ("Manages all data and configuration", set(Perm), "all"),
    "manager": ("Leads a team; sees its subtree and reports",
                _CRM_WORK | {Perm.CUSTOMERS_DELETE, Perm.CUSTOMERS_EXPORT, Perm.CUSTOMERS_IMPORT,
                             Perm.REPORTS_READ}, "subtree"),
    "sales": ("Works their own customers and deals", set(_CRM_WORK), "own"),
    "support": ("Reads all customers, PII masked; logs activities",
                {Perm.CUSTOMERS_READ, Perm.ACTIVITIES_READ, Perm.ACTIVITIES_WRITE}, "all"),
    "auditor": ("Reads the audit log, no customer data", {Perm.AUDIT_READ}, "own"),
    "partner": ("API access for partners, through scoped tokens",
                {Perm.CUSTOMERS_READ, Perm.TOKENS_MANAGE}, "own"),
}
