import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../../routes';
import { mockClient, renderAt } from '../../test/render';

function meWith(permissions: string[]) {
  return mockClient(() => ({ data: { me: { id: '1', username: 'alice', displayName: 'Alice', permissions } } }));
}

describe('admin menu', () => {
  it('is hidden without admin permissions', async () => {
    renderAt('/', routes, meWith(['customers.read']));
    expect(await screen.findByTestId('nav-home')).toBeTruthy();
    expect(screen.queryByTestId('nav-admin-users')).toBeNull();
    expect(screen.queryByTestId('nav-admin-policy')).toBeNull();
    expect(screen.queryByTestId('nav-admin-outbox')).toBeNull();
  });

  it('shows Users for users.manage only', async () => {
    renderAt('/', routes, meWith(['users.manage']));
    expect(await screen.findByTestId('nav-admin-users')).toBeTruthy();
    expect(screen.queryByTestId('nav-admin-policy')).toBeNull();
    expect(screen.queryByTestId('nav-admin-outbox')).toBeNull();
  });

  it('shows policy and outbox for settings.manage', async () => {
    renderAt('/', routes, meWith(['settings.manage']));
    expect(await screen.findByTestId('nav-admin-policy')).toBeTruthy();
    expect(screen.getByTestId('nav-admin-outbox')).toBeTruthy();
    expect(screen.queryByTestId('nav-admin-users')).toBeNull();
  });

  it('refuses an admin page opened by URL without the permission', async () => {
    renderAt('/admin/users', routes, meWith([]));
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
  });
});
