// The server's permission names (backend/accounts/perms.py); routes and menus are gated by the same
// ones. permissions.test.ts checks this list against the Permission enum in schema.graphql.
export const Perm = {
  CUSTOMERS_READ: 'customers.read',
  CUSTOMERS_WRITE: 'customers.write',
  CUSTOMERS_ASSIGN: 'customers.assign',
  CUSTOMERS_DELETE: 'customers.delete',
  CUSTOMERS_PII_READ: 'customers.pii.read',
  CUSTOMERS_PII_REVEAL: 'customers.pii.reveal',
  CUSTOMERS_PURGE: 'customers.purge',
  CUSTOMERS_EXPORT: 'customers.export',
  CUSTOMERS_IMPORT: 'customers.import',
  DEALS_READ: 'deals.read',
  DEALS_WRITE: 'deals.write',
  ACTIVITIES_READ: 'activities.read',
  ACTIVITIES_WRITE: 'activities.write',
  REPORTS_READ: 'reports.read',
  USERS_MANAGE: 'users.manage',
  ROLES_MANAGE: 'roles.manage',
  AUDIT_READ: 'audit.read',
  SETTINGS_MANAGE: 'settings.manage',
  TOKENS_MANAGE: 'tokens.manage',
} as const;
export type PermName = (typeof Perm)[keyof typeof Perm];

export function hasPerm(permissions: readonly string[], perm: PermName): boolean {
  return permissions.includes(perm);
}
