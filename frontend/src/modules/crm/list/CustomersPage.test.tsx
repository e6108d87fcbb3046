import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../../routes';
import { mockClient, renderAt } from '../../../test/render';

const customer = {
  id: '7',
  kind: 'company',
  name: 'Acme',
  stage: 'lead',
  level: 'C',
  industry: '',
  source: '',
  phones: ['138****5678'],
  emails: ['a***@example.com'],
  tags: ['vip'],
  owner: { id: '1', displayName: 'Alice' },
  team: null,
  primaryContact: null,
  customFields: [],
  piiMasked: true,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  lastActivityAt: null,
};

type Body = { query: string; variables?: Record<string, unknown> };

function clientFor(permissions: string[], seen: Body[] = []) {
  return mockClient((body) => {
    const b = body as Body;
    seen.push(b);
    if (b.query.includes('query CrmCustomers('))
      return {
        data: {
          customers: {
            edges: [{ cursor: 'c1', node: customer }],
            pageInfo: { hasNextPage: true, endCursor: 'c1' },
            totalCount: 41,
          },
        },
      };
    if (b.query.includes('CrmStages'))
      return { data: { customerStages: [{ key: 'lead', labelEn: 'Lead', labelZh: '线索', position: 0, archived: false }] } };
    if (b.query.includes('CrmCustomFieldDefs')) return { data: { customFieldDefs: [] } };
    return { data: { me: { id: '1', username: 'alice', displayName: 'Alice', permissions } } };
  });
}

describe('customer list', () => {
  beforeAll(async () => {
    await Promise.all([import('./CustomersPage'), import('../../layout/AppLayout')]);
  }, 30000);

  it('shows masked values with reveal for users who may reveal, and no create without customers.write', async () => {
    renderAt('/customers', routes, clientFor(['customers.read', 'customers.pii.reveal']));
    expect((await screen.findByTestId('phone-7')).textContent).toBe('138****5678');
    expect(screen.getByTestId('reveal-phone-7')).toBeTruthy();
    expect(screen.getByTestId('customers-count').textContent).toContain('41');
    expect(screen.queryByTestId('customer-create')).toBeNull();
    // Nothing to do in bulk without write or assign rights: no selection boxes.
    expect(screen.queryByTestId('select-7')).toBeNull();
  });

  it('gives writers create and selection, and shows no reveal without a PII right', async () => {
    renderAt('/customers', routes, clientFor(['customers.read', 'customers.write']));
    expect(await screen.findByTestId('phone-7')).toBeTruthy();
    expect(screen.queryByTestId('reveal-phone-7')).toBeNull();
    expect(screen.getByTestId('customer-create')).toBeTruthy();
    fireEvent.click(screen.getByTestId('select-7'));
    expect((await screen.findByTestId('bulk-count')).textContent).toContain('1');
    // Releasing is allowed to owners; transferring needs customers.assign.
    expect(screen.getByTestId('bulk-release')).toBeTruthy();
    expect(screen.getByTestId('bulk-tags')).toBeTruthy();
    expect(screen.queryByTestId('bulk-transfer')).toBeNull();
  });

  it('asks for the next page after the last cursor, never an offset', async () => {
    const seen: Body[] = [];
    renderAt('/customers', routes, clientFor(['customers.read'], seen));
    const pages = () => seen.filter((b) => b.query.includes('query CrmCustomers('));
    fireEvent.click(await screen.findByTestId('customers-more'));
    await waitFor(() => expect(pages().length).toBeGreaterThan(1));
    const last = pages().at(-1);
    expect(last?.variables?.after).toBe('c1');
    expect(Object.keys(last?.variables ?? {})).not.toContain('offset');
    // The total is counted with the first page only.
    expect(pages()[0]?.variables?.withTotal).toBe(true);
    expect(last?.variables?.withTotal).toBe(false);
  });

  it('is refused without customers.read', async () => {
    renderAt('/customers', routes, clientFor([]));
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
  });
});
