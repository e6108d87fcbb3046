import { CloudDownloadOutlined, CloudUploadOutlined } from '@ant-design/icons';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteObject } from 'react-router';
import { Perm, type PermName } from '../../lib/permissions';
import { RequirePermission } from '../auth/RequirePermission';
import type { NavItem } from '../layout/navigation';
import { PageSpinner } from '../layout/PageSpinner';

/**
 * What the dataio module adds to the app: the import wizard and the list of my exports. The export
 * button itself (ExportButton.tsx) is placed by the list pages that export.
 */

const ImportPage = lazy(() => import('./import/ImportPage'));
const ExportsPage = lazy(() => import('./exports/ExportsPage'));

function page(Component: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<PageSpinner />}>
      <Component />
    </Suspense>
  );
}

function gated(perm: PermName, path: string, Component: LazyExoticComponent<ComponentType>): RouteObject {
  return { element: <RequirePermission perm={perm} />, children: [{ path, element: page(Component) }] };
}

export const publicRoutes: RouteObject[] = [];

export const appRoutes: RouteObject[] = [
  gated(Perm.CUSTOMERS_IMPORT, 'import', ImportPage),
  gated(Perm.CUSTOMERS_EXPORT, 'exports', ExportsPage),
];

export const navEntries: NavItem[] = [
  { key: '/import', testId: 'nav-import', labelKey: 'dataio.nav.import', icon: <CloudUploadOutlined />, perm: Perm.CUSTOMERS_IMPORT, group: 'main' },
  { key: '/exports', testId: 'nav-exports', labelKey: 'dataio.nav.exports', icon: <CloudDownloadOutlined />, perm: Perm.CUSTOMERS_EXPORT, group: 'main' },
];
