import { ApiOutlined } from '@ant-design/icons';
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../layout/navigation';
import { PageSpinner } from '../layout/PageSpinner';

/**
 * What the devtools module (GraphiQL for members and partners) adds to the app. Routes and menu
 * entries are declared here, not in routes.tsx / navigation.tsx.
 */

// GraphiQL with Monaco is by far the largest page: its own lazy chunk, fetched only on /graphiql.
const GraphiQLPage = lazy(() => import('./GraphiQLPage'));

export const publicRoutes: RouteObject[] = [];

// Under RequireAuth + AppLayout: signed-out visitors are sent to /login before the chunk loads.
export const appRoutes: RouteObject[] = [
  {
    path: 'graphiql',
    element: (
      <Suspense fallback={<PageSpinner />}>
        <GraphiQLPage />
      </Suspense>
    ),
  },
];

// Every signed-in user: the schema is documentation for members, and the server decides what each may run.
export const navEntries: NavItem[] = [
  { key: '/graphiql', testId: 'nav-graphiql', labelKey: 'devtools.nav', icon: <ApiOutlined />, group: 'main' },
];
