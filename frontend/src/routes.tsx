import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireAuth } from './modules/auth/RequireAuth';
import ErrorPage from './modules/errors/ErrorPage';
import NotFoundPage from './modules/errors/NotFoundPage';
import { PageSpinner } from './modules/layout/PageSpinner';

// One chunk per page: the sign-in page must not download the signed-in app (and later, its charts).
const LoginPage = lazy(() => import('./modules/auth/LoginPage'));
const AppLayout = lazy(() => import('./modules/layout/AppLayout'));
const HomePage = lazy(() => import('./modules/home/HomePage'));

function page(Component: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<PageSpinner />}>
      <Component />
    </Suspense>
  );
}

export const routes = [
  {
    // ErrorPage and NotFoundPage stay in the entry chunk so they render even when a chunk fails to load.
    errorElement: <ErrorPage />,
    children: [
      { path: '/login', element: page(LoginPage) },
      {
        path: '/',
        element: <RequireAuth />,
        children: [{ element: page(AppLayout), children: [{ index: true, element: page(HomePage) }] }],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
