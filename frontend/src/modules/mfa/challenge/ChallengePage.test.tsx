import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../../../App';
import { setLanguage } from '../../../lib/i18n';
import { mockClient } from '../../../test/render';
import ChallengePage from './ChallengePage';

type Body = { query: string; variables?: unknown };

function renderChallenge(methods: string[] | null, respond: (body: Body) => unknown) {
  const routes = [
    { path: '/mfa', element: <ChallengePage /> },
    { path: '/', element: <p>home</p> },
    { path: '/login', element: <p>login</p> },
    { path: '/change-password', element: <p>change</p> },
  ];
  const router = createMemoryRouter(routes, {
    initialEntries: [{ pathname: '/mfa', state: methods ? { methods } : null }],
  });
  render(
    <AppProviders client={mockClient(respond)}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

const success = { data: { verifyMfa: { status: 'SUCCESS', mfaMethods: [], user: { id: '1', username: 'a', displayName: 'A' } } } };

describe('ChallengePage', () => {
  afterEach(async () => {
    sessionStorage.clear();
    await setLanguage('en-US');
  });

  it('starts with the first method the server listed and switches between them', async () => {
    renderChallenge(['TOTP', 'EMAIL', 'RECOVERY_CODE'], () => ({}));

    const code = await screen.findByTestId('mfa-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(screen.getByTestId('mfa-method-TOTP').getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByTestId('mfa-send-code')).toBeNull();
    expect(screen.queryByTestId('mfa-method-WEBAUTHN')).toBeNull();

    fireEvent.click(screen.getByTestId('mfa-method-EMAIL'));
    expect(await screen.findByTestId('mfa-send-code')).toBeTruthy();
    expect(screen.getByTestId('mfa-method-EMAIL').getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByTestId('mfa-use-recovery'));
    await waitFor(() => expect(screen.getByTestId('mfa-code').getAttribute('inputmode')).toBe('text'));
    expect(screen.queryByTestId('mfa-send-code')).toBeNull();
    expect(screen.queryByTestId('mfa-use-recovery')).toBeNull();
  });

  it('verifies a recovery code with its method and goes home', async () => {
    const sent: unknown[] = [];
    const router = renderChallenge(['TOTP', 'RECOVERY_CODE'], (body) => {
      sent.push(body.variables);
      return success;
    });

    fireEvent.click(await screen.findByTestId('mfa-use-recovery'));
    fireEvent.change(screen.getByTestId('mfa-code'), { target: { value: ' abcd-efgh-jkmn-pqrs ' } });
    fireEvent.click(screen.getByTestId('mfa-submit'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(sent).toEqual([{ input: { method: 'RECOVERY_CODE', code: 'abcd-efgh-jkmn-pqrs' } }]);
  });

  it('shows a wrong code and stays', async () => {
    const router = renderChallenge(['TOTP'], () => ({
      data: null,
      errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', fields: { code: ['INVALID_CODE'] } } }],
    }));

    fireEvent.change(await screen.findByTestId('mfa-code'), { target: { value: '000000' } });
    fireEvent.click(screen.getByTestId('mfa-submit'));

    expect((await screen.findByTestId('form-error')).textContent).toBe('The code is wrong or has expired.');
    expect(router.state.location.pathname).toBe('/mfa');
  });

  it('goes back to sign-in with the generic message when the account locks', async () => {
    const router = renderChallenge(['TOTP'], () => ({
      data: null,
      errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }],
    }));

    fireEvent.change(await screen.findByTestId('mfa-code'), { target: { value: '000000' } });
    fireEvent.click(screen.getByTestId('mfa-submit'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.state).toEqual({ error: 'auth.invalidCredentials' });
  });

  it('sends an email code, then counts down before the next one', async () => {
    const sent: unknown[] = [];
    renderChallenge(['EMAIL', 'RECOVERY_CODE'], (body) => {
      sent.push(body.variables);
      return { data: { sendMfaCode: true } };
    });

    fireEvent.click(await screen.findByTestId('mfa-send-code'));

    expect(await screen.findByTestId('mfa-info')).toBeTruthy();
    expect(sent).toEqual([{ input: { method: 'EMAIL' } }]);
    await waitFor(() => expect(screen.getByTestId('mfa-send-code').textContent).toMatch(/Send again in \d+ seconds/));
    expect((screen.getByTestId('mfa-send-code') as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers every method when the sign-in did not say which', async () => {
    renderChallenge(null, () => ({}));
    for (const m of ['TOTP', 'WEBAUTHN', 'EMAIL', 'SMS', 'RECOVERY_CODE'])
      expect(await screen.findByTestId(`mfa-method-${m}`)).toBeTruthy();
  });

  it('falls back to the methods remembered from the sign-in after a reload', async () => {
    sessionStorage.setItem('crm.mfaMethods', JSON.stringify(['WEBAUTHN', 'RECOVERY_CODE']));
    renderChallenge(null, () => ({}));
    expect(await screen.findByTestId('mfa-passkey')).toBeTruthy();
    expect(screen.queryByTestId('mfa-method-TOTP')).toBeNull();
  });
});
