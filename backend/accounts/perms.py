"""The one permission registry: ``domain.action`` names shared by the server and the SPA."""

from __future__ import annotations

from enum import StrEnum


class Perm(StrEnum):
    CUSTOMERS_READ = "customers.read"
    CUSTOMERS_WRITE = "customers.write"
    CUSTOMERS_ASSIGN = "customers.assign"
    CUSTOMERS_DELETE = "customers.delete"
    CUSTOMERS_PII_READ = "customers.pii.read"
    CUSTOMERS_PII_REVEAL = "customers.pii.reveal"
    CUSTOMERS_PURGE = "customers.purge"
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


DESCRIPTIONS: dict[Perm, str] = {
    Perm.CUSTOMERS_READ: "See customers within the role's data scope",
    Perm.CUSTOMERS_WRITE: "Create and edit customers within the data scope",
    Perm.CUSTOMERS_ASSIGN: "Change a customer's owner and team (transfer)",
    Perm.CUSTOMERS_DELETE: "Delete and restore customers",
    Perm.CUSTOMERS_PII_READ: "See phone, email, ID number and address unmasked",
    Perm.CUSTOMERS_PII_REVEAL: "Reveal one masked field at a time, giving a reason (audited)",
    Perm.CUSTOMERS_PURGE: "Permanently erase customers from the recycle bin",
    Perm.CUSTOMERS_EXPORT: "Export customer lists",
    Perm.CUSTOMERS_IMPORT: "Import customers from files",
    Perm.DEALS_READ: "See deals within the data scope",
    Perm.DEALS_WRITE: "Create and edit deals",
    Perm.ACTIVITIES_READ: "See notes, calls, meetings and tasks",
    Perm.ACTIVITIES_WRITE: "Log notes, calls, meetings and tasks",
    Perm.REPORTS_READ: "Open reports and dashboards",
    Perm.USERS_MANAGE: "Invite, edit, disable and unlock users; manage teams",
    Perm.ROLES_MANAGE: "Create and edit roles and their permissions",
    Perm.AUDIT_READ: "Read and export the audit log",
    Perm.SETTINGS_MANAGE: "Edit security policies and system settings",
    Perm.TOKENS_MANAGE: "Create personal API tokens",
}

_CRM_WORK = {
    Perm.CUSTOMERS_READ, Perm.CUSTOMERS_WRITE, Perm.CUSTOMERS_PII_READ,
    Perm.DEALS_READ, Perm.DEALS_WRITE, Perm.ACTIVITIES_READ, Perm.ACTIVITIES_WRITE,
}

# name -> (description, permissions, data scope). Admins may edit these (except admin's rights).
BUILTIN_ROLES: dict[str, tuple[str, set[Perm], str]] = {
    "admin": ("Manages all data and configuration", set(Perm), "all"),
    "manager": ("Leads a team; sees its subtree and reports",
                _CRM_WORK | {Perm.CUSTOMERS_ASSIGN, Perm.CUSTOMERS_DELETE, Perm.CUSTOMERS_EXPORT,
                             Perm.CUSTOMERS_IMPORT, Perm.REPORTS_READ}, "subtree"),
    "sales": ("Works their own customers and deals", set(_CRM_WORK), "own"),
    "support": ("Reads all customers, PII masked; logs activities",
                {Perm.CUSTOMERS_READ, Perm.CUSTOMERS_PII_REVEAL, Perm.ACTIVITIES_READ,
                 Perm.ACTIVITIES_WRITE}, "all"),
    "auditor": ("Reads the audit log, no customer data", {Perm.AUDIT_READ}, "all"),
    "partner": ("API access for partners, through scoped tokens",
                {Perm.CUSTOMERS_READ, Perm.TOKENS_MANAGE}, "own"),
}
