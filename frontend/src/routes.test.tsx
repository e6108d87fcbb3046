import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { routes } from './routes';
import { mockClient, renderAt } from './test/render';

const alice = { id: '1', username: 'alice', displayName: 'Alice Liu', permissions: [] };

describe('routes', () => {
  it('sends a visitor without a session to /login', async () => {
    const { router } = renderAt('/', routes, mockClient(() => ({ data: { me: null } })));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(await screen.findByTestId('login-form')).toBeTruthy();
  });

  it('treats UNAUTHENTICATED like no session', async () => {
    const { router } = renderAt('/', routes, mockClient(() => ({
      data: null, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }],
    })));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
  });

  it('shows the layout and greets a signed-in user', async () => {
    renderAt('/', routes, mockClient(() => ({ data: { me: alice } })));
    expect((await screen.findByTestId('page-title')).textContent).toBe('Welcome, Alice Liu');
    expect(screen.getByTestId('side-menu')).toBeTruthy();
    expect(screen.getByTestId('menu-toggle')).toBeTruthy();
    expect(screen.getByTestId('user-menu').textContent).toContain('Alice Liu');
  });

  it('shows the error page when the server fails', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderAt('/', routes, mockClient(() => ({
      data: null, errors: [{ message: 'boom', extensions: { code: 'INTERNAL' } }],
    })));
    expect(await screen.findByTestId('error-page')).toBeTruthy();
    expect(consoleError).toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it('shows 404 for an unknown path', async () => {
    renderAt('/no/such/page', routes, mockClient(() => ({})));
    expect(await screen.findByTestId('not-found')).toBeTruthy();
  });
});
