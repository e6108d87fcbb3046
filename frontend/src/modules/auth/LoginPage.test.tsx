import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../lib/i18n';
import { mockClient, renderAt } from '../../test/render';
import LoginPage from './LoginPage';

const routes = [
  { path: '/login', element: <LoginPage /> },
  { path: '/', element: <p>home</p> },
  { path: '/change-password', element: <p>change</p> },
  { path: '/forgot-password', element: <p>forgot</p> },
  { path: '/mfa', element: <p>challenge</p> },
];

function fillAndSubmit() {
  fireEvent.change(document.getElementById('username')!, { target: { value: 'alice' } });
  fireEvent.change(document.getElementById('password')!, { target: { value: 'correct horse' } });
  fireEvent.click(screen.getByTestId('login-submit'));
}

describe('LoginPage', () => {
  afterEach(async () => {
    await setLanguage('en-US');
    localStorage.clear();
  });

  it('shows the title in English', async () => {
    await setLanguage('en-US');
    renderAt('/login', routes, mockClient(() => ({})));
    expect(screen.getByTestId('page-title').tagName).toBe('H1');
    expect(screen.getByTestId('page-title').textContent).toBe('Sign in');
    expect(screen.getByTestId('lang-switch').textContent).toBe('中文');
  });

  it('shows the title in Chinese', async () => {
    await setLanguage('zh-CN');
    renderAt('/login', routes, mockClient(() => ({})));
    expect(screen.getByTestId('page-title').textContent).toBe('登录');
    expect(screen.getByTestId('lang-switch').textContent).toBe('English');
  });

  it('switches language from the button', async () => {
    renderAt('/login', routes, mockClient(() => ({})));
    fireEvent.click(screen.getByTestId('lang-switch'));
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('登录'));
    expect(localStorage.getItem('crm.lang')).toBe('zh-CN');
  });

  it('has the form fields the browser tests rely on', () => {
    renderAt('/login', routes, mockClient(() => ({})));
    expect(screen.getByTestId('login-form').tagName).toBe('FORM');
    expect(document.getElementById('username')?.getAttribute('name')).toBe('username');
    expect(document.getElementById('password')?.getAttribute('name')).toBe('password');
  });

  it('shows a translated error when sign-in is not implemented', async () => {
    let sent: unknown;
    const client = mockClient((body) => {
      sent = body.variables;
      return { data: null, errors: [{ message: 'Not implemented', extensions: { code: 'NOT_IMPLEMENTED' } }] };
    });
    renderAt('/login', routes, client);

    fillAndSubmit();

    expect((await screen.findByTestId('login-error')).textContent).toBe('Sign-in is not available yet.');
    expect(sent).toEqual({ input: { username: 'alice', password: 'correct horse' } });
  });

  it('goes home on SUCCESS', async () => {
    const user = { id: '1', username: 'alice', displayName: 'Alice' };
    const { router } = renderAt('/login', routes,
      mockClient(() => ({ data: { login: { status: 'SUCCESS', mfaMethods: [], user } } })));

    fillAndSubmit();

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('goes to the second-factor challenge for MFA_REQUIRED, with the methods', async () => {
    const { router } = renderAt('/login', routes,
      mockClient(() => ({ data: { login: { status: 'MFA_REQUIRED', mfaMethods: ['TOTP'], user: null } } })));

    fillAndSubmit();

    await waitFor(() => expect(router.state.location.pathname).toBe('/mfa'));
    expect(router.state.location.state).toEqual({ methods: ['TOTP'] });
  });

  it('goes to the forced change page for PASSWORD_CHANGE_REQUIRED', async () => {
    const { router } = renderAt('/login', routes,
      mockClient(() => ({ data: { login: { status: 'PASSWORD_CHANGE_REQUIRED', mfaMethods: [], user: null } } })));

    fillAndSubmit();

    await waitFor(() => expect(router.state.location.pathname).toBe('/change-password'));
  });

  it('gives one generic message for bad credentials', async () => {
    renderAt('/login', routes, mockClient(() => ({
      data: null,
      errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' } }],
    })));

    fillAndSubmit();

    expect((await screen.findByTestId('login-error')).textContent).toBe(
      'Wrong username or password, or the account cannot sign in right now.');
  });

  it('says how long to wait when rate limited', async () => {
    renderAt('/login', routes, mockClient(() => ({
      data: null, errors: [{ message: 'x', extensions: { code: 'RATE_LIMITED', retryAfter: 90 } }],
    })));

    fillAndSubmit();

    expect((await screen.findByTestId('login-error')).textContent).toBe('Too many attempts. Try again in 90 seconds.');
  });

  it('links to the forgotten-password page', async () => {
    const { router } = renderAt('/login', routes, mockClient(() => ({})));
    fireEvent.click(screen.getByTestId('forgot-link'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/forgot-password'));
  });
});
