import { SafetyCertificateOutlined } from '@ant-design/icons';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteObject } from 'react-router';
import { Perm } from '../../lib/permissions';
import { RequirePermission } from '../auth/RequirePermission';
import type { NavItem } from '../layout/navigation';
import { PageSpinner } from '../layout/PageSpinner';

/**
 * What the mfa module adds to the app. Routes and menu entries are declared here, not in
 * routes.tsx / navigation.tsx, so modules can grow side by side without editing shared files.
 */

// Each page its own chunk, like routes.tsx does (importing its helper from there would be circular).
const ChallengePage = lazy(() => import('./challenge/ChallengePage'));
const EnrollPage = lazy(() => import('./enroll/EnrollPage'));
const MfaPolicyPage = lazy(() => import('./policy/MfaPolicyPage'));

function page(Component: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<PageSpinner />}>
      <Component />
    </Suspense>
  );
}

// Both work with the partial session of a sign-in in progress, so they sit outside <RequireAuth>.
export const publicRoutes: RouteObject[] = [
  { path: '/mfa', element: page(ChallengePage) },
  { path: '/mfa/enroll', element: page(EnrollPage) },
];

export const appRoutes: RouteObject[] = [
  {
    element: <RequirePermission perm={Perm.SETTINGS_MANAGE} />,
    children: [{ path: 'admin/mfa-policy', element: page(MfaPolicyPage) }],
  },
];

export const navEntries: NavItem[] = [
  {
    key: '/admin/mfa-policy',
    testId: 'nav-admin-mfa-policy',
    labelKey: 'mfa.nav.policy',
    icon: <SafetyCertificateOutlined />,
    perm: Perm.SETTINGS_MANAGE,
    group: 'admin',
  },
];
