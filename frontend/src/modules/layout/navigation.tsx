import { HomeOutlined, MailOutlined, SafetyOutlined, TeamOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { hasPerm, Perm, type PermName } from '../../lib/permissions';
import * as authz from '../authz/plugin';
import * as collab from '../collab/plugin';
import * as crm from '../crm/plugin';
import * as dataio from '../dataio/plugin';
import * as deals from '../deals/plugin';
import * as devtools from '../devtools/plugin';
import * as mfa from '../mfa/plugin';

type Items = NonNullable<MenuProps['items']>;

/** A menu entry a module contributes: shown when the user holds `perm` (or always without one). */
export interface NavItem {
  key: string;
  testId: string;
  labelKey: string;
  icon: ReactNode;
  perm?: PermName;
  group: 'main' | 'admin';
}

function item(key: string, testId: string, label: string, icon: ReactNode) {
  return { key, icon, label: <span data-testid={testId}>{label}</span> };
}

/** The side menu for a user with `permissions`: admin entries appear only with the permission they need. */
export function navItems(t: TFunction, permissions: readonly string[]): Items {
  const admin: Items = [];
  if (hasPerm(permissions, Perm.USERS_MANAGE))
    admin.push(item('/admin/users', 'nav-admin-users', t('nav.users'), <TeamOutlined />));
  if (hasPerm(permissions, Perm.SETTINGS_MANAGE)) {
    admin.push(item('/admin/password-policy', 'nav-admin-policy', t('nav.passwordPolicy'), <SafetyOutlined />));
    admin.push(item('/admin/outbox', 'nav-admin-outbox', t('nav.outbox'), <MailOutlined />));
  }
  const items: Items = [item('/', 'nav-home', t('layout.home'), <HomeOutlined />)];
  for (const entry of [...crm.navEntries, ...deals.navEntries, ...dataio.navEntries, ...collab.navEntries, ...mfa.navEntries, ...authz.navEntries, ...devtools.navEntries]) {
    if (entry.perm && !hasPerm(permissions, entry.perm)) continue;
    const made = item(entry.key, entry.testId, t(entry.labelKey), entry.icon);
    (entry.group === 'admin' ? admin : items).push(made);
  }
  if (admin.length > 0) items.push({ type: 'group', key: 'admin', label: t('nav.admin'), children: admin });
  return items;
}
