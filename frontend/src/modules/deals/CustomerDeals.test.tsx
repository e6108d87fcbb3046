import { screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mockClient, renderWithProviders } from '../../test/render';
import { MeContext, type Me } from '../auth/me';
import { CustomerDeals } from './CustomerDeals';

type Body = { query: string; variables?: Record<string, unknown> };

const deal = {
  id: '100',
  title: 'Pumps',
  customer: { id: '7', name: 'Acme' },
  amount: '99.90',
  currency: 'CNY',
  stage: { id: '11', nameEn: 'Proposal', nameZh: '方案报价', kind: 'OPEN' },
  status: 'OPEN',
  probability: 60,
  expectedCloseDate: null,
  owner: { id: '1', displayName: 'Sam' },
  team: null,
  updatedAt: '2026-01-01T00:00:00Z',
};

function show(permissions: string[], seen: Body[]) {
  const me = { id: '1', username: 'sam', displayName: 'Sam', permissions } as Me;
  const client = mockClient((body) => {
    seen.push(body as Body);
    return { data: { deals: { edges: [{ cursor: 'c', node: deal }], pageInfo: { hasNextPage: false, endCursor: 'c' }, totalCount: 1 } } };
  });
  return renderWithProviders(
    <MemoryRouter>
      <MeContext.Provider value={me}>
        <CustomerDeals customerId="7" customerName="Acme" />
      </MeContext.Provider>
    </MemoryRouter>,
    client,
  );
}

describe('CustomerDeals', () => {
  it("lists the customer's deals, asking only for that customer, with New deal for writers", async () => {
    const seen: Body[] = [];
    show(['deals.read', 'deals.write'], seen);
    expect((await screen.findByTestId('customer-deal-100')).textContent).toContain('Pumps');
    expect(screen.getByTestId('customer-deal-100').textContent).toContain('Proposal');
    expect(seen[0].variables).toMatchObject({ filter: { customerId: '7' } });
    expect(screen.getByTestId('customer-deals-count').textContent).toBe('1 deal');
    expect(screen.getByTestId('customer-deal-create')).toBeTruthy();
  });

  it('offers no New deal to readers, and shows and asks nothing without deals.read', async () => {
    const seen: Body[] = [];
    const { unmount } = show(['deals.read'], seen);
    expect(await screen.findByTestId('customer-deal-100')).toBeTruthy();
    expect(screen.queryByTestId('customer-deal-create')).toBeNull();
    unmount();
    const none: Body[] = [];
    const { container } = show(['customers.read'], none);
    await waitFor(() => expect(container.textContent).toBe(''));
    expect(none).toEqual([]);
  });
});
