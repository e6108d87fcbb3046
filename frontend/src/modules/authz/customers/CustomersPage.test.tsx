import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../../routes';
import { mockClient, renderAt } from '../../../test/render';

const customer = {
  id: '7',
  name: 'Acme',
  kind: 'company',
  stage: 'lead',
  level: 'C',
  owner: { id: '1', displayName: 'Alice' },
  phone: '138****5678',
  email: 'a***@example.com',
  idNumber: null,
  address: null,
  piiMasked: true,
};

function clientFor(permissions: string[]) {
  return mockClient(({ query }) => {
    if (query.includes('AuthzCustomers'))
      return {
        data: {
          customers: {
            edges: [{ cursor: 'c1', node: customer }],
            pageInfo: { hasNextPage: false, endCursor: 'c1' },
            totalCount: 1,
          },
        },
      };
    return { data: { me: { id: '1', username: 'alice', displayName: 'Alice', permissions } } };
  });
}

describe('customers page', () => {
  // Warm the lazy page chunk (antd's table and all) so the first test's wait measures the page, not the import.
  beforeAll(async () => {
    await Promise.all([import('./CustomersPage'), import('../../layout/AppLayout')]);
  }, 30000);

  it('offers reveal on masked cells to users who may reveal', async () => {
    renderAt('/customers', routes, clientFor(['customers.read', 'customers.pii.reveal']));
    expect(await screen.findByTestId('reveal-phone-7')).toBeTruthy();
    expect(screen.getByTestId('reveal-email-7')).toBeTruthy();
    // Nothing to reveal in an empty field
    expect(screen.queryByTestId('reveal-id_number-7')).toBeNull();
    expect(screen.queryByTestId('customer-create')).toBeNull();
  });

  it('shows masked values without a reveal button to plain readers', async () => {
    renderAt('/customers', routes, clientFor(['customers.read', 'customers.write']));
    expect((await screen.findByTestId('phone-7')).textContent).toBe('138****5678');
    expect(screen.queryByTestId('reveal-phone-7')).toBeNull();
    expect(screen.getByTestId('customer-create')).toBeTruthy();
  });

  it('is refused without customers.read', async () => {
    renderAt('/customers', routes, clientFor([]));
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
  });
});
