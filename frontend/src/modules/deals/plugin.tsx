import { AimOutlined, DollarOutlined, NodeIndexOutlined } from '@ant-design/icons';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteObject } from 'react-router';
import { Perm, type PermName } from '../../lib/permissions';
import { RequirePermission } from '../auth/RequirePermission';
import type { NavItem } from '../layout/navigation';
import { PageSpinner } from '../layout/PageSpinner';

/**
 * What the deals module adds to the app: the board, the list, a deal's page and the pipeline and
 * target admin pages. CustomerDeals (a customer's deals) is exported for the customer detail page.
 */

const BoardPage = lazy(() => import('./board/BoardPage'));
const DealsListPage = lazy(() => import('./list/DealsListPage'));
const DealPage = lazy(() => import('./detail/DealPage'));
const PipelinesPage = lazy(() => import('./admin/PipelinesPage'));
const TargetsPage = lazy(() => import('./admin/TargetsPage'));

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
  gated(Perm.DEALS_READ, 'deals', BoardPage),
  gated(Perm.DEALS_READ, 'deals/list', DealsListPage),
  gated(Perm.DEALS_READ, 'deals/:id', DealPage),
  gated(Perm.SETTINGS_MANAGE, 'admin/pipelines', PipelinesPage),
  gated(Perm.SETTINGS_MANAGE, 'admin/targets', TargetsPage),
];

export const navEntries: NavItem[] = [
  { key: '/deals', testId: 'nav-deals', labelKey: 'deals.nav.deals', icon: <DollarOutlined />, perm: Perm.DEALS_READ, group: 'main' },
  { key: '/admin/pipelines', testId: 'nav-admin-pipelines', labelKey: 'deals.nav.pipelines', icon: <NodeIndexOutlined />, perm: Perm.SETTINGS_MANAGE, group: 'admin' },
  { key: '/admin/targets', testId: 'nav-admin-targets', labelKey: 'deals.nav.targets', icon: <AimOutlined />, perm: Perm.SETTINGS_MANAGE, group: 'admin' },
];
