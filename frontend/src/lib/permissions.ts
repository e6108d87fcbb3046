// The server's permission names (backend/accounts/perms.py); routes and menus are gated by the same ones.
export const Perm = {
  USERS_MANAGE: 'users.manage',
  SETTINGS_MANAGE: 'settings.manage',
} as const;
export type PermName = (typeof Perm)[keyof typeof Perm];

export function hasPerm(permissions: readonly string[], perm: PermName): boolean {
  return permissions.includes(perm);
}
