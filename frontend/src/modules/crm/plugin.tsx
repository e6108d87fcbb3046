import { ContactsOutlined, DeleteOutlined, FormOutlined, InboxOutlined } from '@ant-design/icons';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteObject } from 'react-router';
import { Perm, type PermName } from '../../lib/permissions';
import { RequirePermission } from '../auth/RequirePermission';
import type { NavItem } from '../layout/navigation';
import { PageSpinner } from '../layout/PageSpinner';

/**
 * What the crm module adds to the app. Routes and menu entries are declared here, not in
 * routes.tsx / navigation.tsx.
 */

const CustomersPage = lazy(() => import('./list/CustomersPage'));
const CustomerPage = lazy(() => import('./detail/CustomerPage'));
const PoolPage = lazy(() => import('./pool/PoolPage'));
const TrashPage = lazy(() => import('./trash/TrashPage'));
const CustomFieldsPage = lazy(() => import('./admin/CustomFieldsPage'));

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
  gated(Perm.CUSTOMERS_READ, 'customers', CustomersPage),
  gated(Perm.CUSTOMERS_READ, 'customers/pool', PoolPage),
  gated(Perm.CUSTOMERS_DELETE, 'customers/trash', TrashPage),
  gated(Perm.CUSTOMERS_READ, 'customers/:id', CustomerPage),
  gated(Perm.SETTINGS_MANAGE, 'admin/custom-fields', CustomFieldsPage),
];

export const navEntries: NavItem[] = [
  { key: '/customers', testId: 'nav-customers', labelKey: 'crm.nav.customers', icon: <ContactsOutlined />, perm: Perm.CUSTOMERS_READ, group: 'main' },
  { key: '/customers/pool', testId: 'nav-customer-pool', labelKey: 'crm.nav.pool', icon: <InboxOutlined />, perm: Perm.CUSTOMERS_READ, group: 'main' },
  { key: '/customers/trash', testId: 'nav-customer-trash', labelKey: 'crm.nav.trash', icon: <DeleteOutlined />, perm: Perm.CUSTOMERS_DELETE, group: 'main' },
  { key: '/admin/custom-fields', testId: 'nav-admin-custom-fields', labelKey: 'crm.nav.customFields', icon: <FormOutlined />, perm: Perm.SETTINGS_MANAGE, group: 'admin' },
];
