import { BellOutlined, CheckSquareOutlined } from '@ant-design/icons';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteObject } from 'react-router';
import { Perm } from '../../lib/permissions';
import { RequirePermission } from '../auth/RequirePermission';
import type { NavItem } from '../layout/navigation';
import { PageSpinner } from '../layout/PageSpinner';

/**
 * What the collab module adds to the app. Routes and menu entries are declared here, not in
 * routes.tsx / navigation.tsx. The customer timeline (timeline/CustomerTimeline) is embedded by the
 * customer detail page, and the bell (notifications/NotificationBell) by the layout's header.
 */

const MyTasksPage = lazy(() => import('./tasks/MyTasksPage'));
const NotificationsPage = lazy(() => import('./notifications/NotificationsPage'));

function page(Component: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<PageSpinner />}>
      <Component />
    </Suspense>
  );
}

export const publicRoutes: RouteObject[] = [];

export const appRoutes: RouteObject[] = [
  // Tasks are activities: the server lists them with activities.read.
  { element: <RequirePermission perm={Perm.ACTIVITIES_READ} />, children: [{ path: 'tasks', element: page(MyTasksPage) }] },
  // Everyone has their own notifications.
  { path: 'notifications', element: page(NotificationsPage) },
];

export const navEntries: NavItem[] = [
  { key: '/tasks', testId: 'nav-tasks', labelKey: 'collab.nav.tasks', icon: <CheckSquareOutlined />, perm: Perm.ACTIVITIES_READ, group: 'main' },
  { key: '/notifications', testId: 'nav-notifications', labelKey: 'collab.nav.notifications', icon: <BellOutlined />, group: 'main' },
];
