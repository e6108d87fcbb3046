import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../../routes';
import { mockClient, renderAt } from '../../test/render';

function meWith(permissions: string[]) {
  return mockClient(() => ({ data: { me: { id: '1', username: 'alice', displayName: 'Alice', permissions } } }));
}

describe('authz menu entries', () => {
  it('shows nothing of authz without the permissions', async () => {
    renderAt('/', routes, meWith([]));
    expect(await screen.findByTestId('nav-home')).toBeTruthy();
    expect(screen.queryByTestId('nav-customers')).toBeNull();
    expect(screen.queryByTestId('nav-admin-roles')).toBeNull();
    expect(screen.queryByTestId('nav-admin-teams')).toBeNull();
  });

  it('shows each entry for its own permission', async () => {
    renderAt('/', routes, meWith(['customers.read', 'roles.manage']));
    expect(await screen.findByTestId('nav-customers')).toBeTruthy();
    expect(screen.getByTestId('nav-admin-roles')).toBeTruthy();
    expect(screen.queryByTestId('nav-admin-teams')).toBeNull();
  });

  it('shows Teams for users.manage', async () => {
    renderAt('/', routes, meWith(['users.manage']));
    expect(await screen.findByTestId('nav-admin-teams')).toBeTruthy();
    expect(screen.queryByTestId('nav-admin-roles')).toBeNull();
  });

  it('refuses the roles page opened by URL without roles.manage', async () => {
    renderAt('/admin/roles', routes, meWith(['users.manage']));
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
  });
});
