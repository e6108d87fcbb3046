import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { routes } from '../../routes';
import { mockClient, renderAt } from '../../test/render';

function meWith(fields: Record<string, unknown>) {
  const me = { id: '1', username: 'alice', displayName: 'Alice', permissions: [], mfaEnabled: false, mfaRequired: false, mfaGraceEndsAt: null, ...fields };
  return mockClient(() => ({ data: { me } }));
}

describe('mfa in the app shell', () => {
  afterEach(() => sessionStorage.clear());

  it('lists Admin → MFA policy for settings.manage only', async () => {
    renderAt('/', routes, meWith({ permissions: ['settings.manage'] }));
    expect(await screen.findByTestId('nav-admin-mfa-policy')).toBeTruthy();
  });

  it('hides the policy entry and refuses the page without settings.manage', async () => {
    renderAt('/admin/mfa-policy', routes, meWith({ permissions: ['users.manage'] }));
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
    expect(screen.queryByTestId('nav-admin-mfa-policy')).toBeNull();
  });

  it('reminds a user whose role requires MFA, until dismissed', async () => {
    renderAt('/', routes, meWith({ mfaRequired: true, mfaGraceEndsAt: '2030-01-02T03:04:05Z' }));
    const banner = await screen.findByTestId('mfa-banner');
    expect(banner.textContent).toContain('set it up by');
    expect(screen.getByTestId('mfa-banner-link').getAttribute('href')).toBe('/account/security');

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByTestId('mfa-banner')).toBeNull());
    expect(sessionStorage.getItem('crm.mfaBannerDismissed')).toBe('1');
  });

  it('shows no reminder once a factor is set up', async () => {
    renderAt('/', routes, meWith({ mfaRequired: true, mfaEnabled: true }));
    expect(await screen.findByTestId('page-title')).toBeTruthy();
    expect(screen.queryByTestId('mfa-banner')).toBeNull();
  });
});
