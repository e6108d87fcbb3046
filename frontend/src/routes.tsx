import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter } from 'react-router';
import { Perm } from './lib/permissions';
import { RequireAuth } from './modules/auth/RequireAuth';
import { RequirePermission } from './modules/auth/RequirePermission';
import ErrorPage from './modules/errors/ErrorPage';
import NotFoundPage from './modules/errors/NotFoundPage';
import { PageSpinner } from './modules/layout/PageSpinner';
import * as authz from './modules/authz/plugin';
import * as collab from './modules/collab/plugin';
import * as crm from './modules/crm/plugin';
import * as dataio from './modules/dataio/plugin';
import * as deals from './modules/deals/plugin';
import * as devtools from './modules/devtools/plugin';
import * as mfa from './modules/mfa/plugin';

// One chunk per page: the sign-in page must not download the signed-in app (and later, its charts).
const LoginPage = lazy(() => import('./modules/auth/LoginPage'));
const AppLayout = lazy(() => import('./modules/layout/AppLayout'));
const HomePage = lazy(() => import('./modules/home/HomePage'));
const SetupPage = lazy(() => import('./modules/auth/SetupPage'));
const ChangePasswordPage = lazy(() => import('./modules/auth/ChangePasswordPage'));
const ForgotPasswordPage = lazy(() => import('./modules/auth/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('./modules/auth/ResetPasswordPage'));
const AcceptInvitePage = lazy(() => import('./modules/auth/AcceptInvitePage'));
const SecurityPage = lazy(() => import('./modules/account/SecurityPage'));
const UsersPage = lazy(() => import('./modules/admin/users/UsersPage'));
const PasswordPolicyPage = lazy(() => import('./modules/admin/policy/PasswordPolicyPage'));
const OutboxPage = lazy(() => import('./modules/admin/outbox/OutboxPage'));

export function page(Component: LazyExoticComponent<ComponentType>) {
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
      // Public: first run, the forced change (partial session only), and the mailed-link flows.
      { path: '/setup', element: page(SetupPage) },
      { path: '/change-password', element: page(ChangePasswordPage) },
      { path: '/forgot-password', element: page(ForgotPasswordPage) },
      { path: '/reset-password', element: page(ResetPasswordPage) },
      { path: '/accept-invite', element: page(AcceptInvitePage) },
      ...mfa.publicRoutes,
      ...authz.publicRoutes,
      ...devtools.publicRoutes,
      ...crm.publicRoutes,
      ...collab.publicRoutes,
      ...deals.publicRoutes,
      ...dataio.publicRoutes,
      {
        path: '/',
        element: <RequireAuth />,
        children: [
          {
            element: page(AppLayout),
            children: [
              { index: true, element: page(HomePage) },
              { path: 'account/security', element: page(SecurityPage) },
              {
                element: <RequirePermission perm={Perm.USERS_MANAGE} />,
                children: [{ path: 'admin/users', element: page(UsersPage) }],
              },
              {
                element: <RequirePermission perm={Perm.SETTINGS_MANAGE} />,
                children: [
                  { path: 'admin/password-policy', element: page(PasswordPolicyPage) },
                  { path: 'admin/outbox', element: page(OutboxPage) },
                ],
              },
              ...mfa.appRoutes,
              ...authz.appRoutes,
              ...devtools.appRoutes,
              ...crm.appRoutes,
              ...collab.appRoutes,
              ...deals.appRoutes,
              ...dataio.appRoutes,
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
