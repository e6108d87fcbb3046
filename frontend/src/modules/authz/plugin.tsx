import { ApartmentOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteObject } from 'react-router';
import { Perm, type PermName } from '../../lib/permissions';
import { RequirePermission } from '../auth/RequirePermission';
import type { NavItem } from '../layout/navigation';
import { PageSpinner } from '../layout/PageSpinner';

/**
 * What the authz module adds to the app. Routes and menu entries are declared here, not in
 * routes.tsx / navigation.tsx, so modules can grow side by side without editing shared files.
 */

const RolesPage = lazy(() => import('./roles/RolesPage'));
const TeamsPage = lazy(() => import('./teams/TeamsPage'));
const TokensPage = lazy(() => import('./tokens/TokensPage'));

function page(Component: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<PageSpinner />}>
      <Component />
    </Suspense>
  );
}

// Pages gated like their menu entries; the server refuses anyway, this only avoids a broken page.
function gated(perm: PermName, path: string, Component: LazyExoticComponent<ComponentType>): RouteObject {
  return { element: <RequirePermission perm={perm} />, children: [{ path, element: page(Component) }] };
}

export const publicRoutes: RouteObject[] = [];

export const appRoutes: RouteObject[] = [
  gated(Perm.ROLES_MANAGE, 'admin/roles', RolesPage),
  gated(Perm.USERS_MANAGE, 'admin/teams', TeamsPage),
  // Any signed-in user may list and revoke their tokens; creating one needs tokens.manage.
  { path: 'account/tokens', element: page(TokensPage) },
];

export const navEntries: NavItem[] = [
  { key: '/admin/roles', testId: 'nav-admin-roles', labelKey: 'authz.nav.roles', icon: <SafetyCertificateOutlined />, perm: Perm.ROLES_MANAGE, group: 'admin' },
  { key: '/admin/teams', testId: 'nav-admin-teams', labelKey: 'authz.nav.teams', icon: <ApartmentOutlined />, perm: Perm.USERS_MANAGE, group: 'admin' },
];

