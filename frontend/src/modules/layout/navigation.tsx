import { HomeOutlined, MailOutlined, SafetyOutlined, TeamOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { hasPerm, Perm } from '../../lib/permissions';

type Items = NonNullable<MenuProps['items']>;

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
  if (admin.length > 0) items.push({ type: 'group', key: 'admin', label: t('nav.admin'), children: admin });
  return items;
}
