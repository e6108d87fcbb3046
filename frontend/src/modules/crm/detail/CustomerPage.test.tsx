import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../../routes';
import { mockClient, renderAt } from '../../../test/render';

const customer = {
  __typename: 'Customer',
  id: '7',
  kind: 'company',
  name: 'Acme',
  stage: 'lead',
  level: 'B',
  industry: 'Steel',
  source: 'Fair',
  website: 'javascript:alert(1)',
  address: '上***',
  phones: ['138****5678', '139****0000'],
  emails: [],
  idNumber: null,
  needs: 'Cheaper steel',
  preferences: [{ key: 'channel', value: 'wechat' }],
  tags: ['vip'],
  owner: { id: '1', displayName: 'Alice' },
  team: null,
  contacts: [
    { id: '11', customerId: '7', name: 'Li Lei', title: 'CEO', phone: '137****1111', email: null, im: null, birthday: null, isPrimary: true, piiMasked: true },
    { id: '12', customerId: '7', name: 'Han Mei', title: '', phone: null, email: 'h***@x.io', im: null, birthday: null, isPrimary: false, piiMasked: true },
  ],
  customFields: [{ key: 'secret', value: '***', masked: true }],
  piiMasked: true,
  createdBy: null,
  updatedBy: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  lastActivityAt: null,
};

function clientFor(permissions: string[], found = true) {
  return mockClient(({ query }) => {
    if (query.includes('query CrmCustomer('))
      return found
        ? { data: { customer } }
        : { data: null, errors: [{ message: 'Not found', path: ['customer'], extensions: { code: 'NOT_FOUND' } }] };
    if (query.includes('CrmStages')) return { data: { customerStages: [{ key: 'lead', labelEn: 'Lead', labelZh: '线索', position: 0, archived: false }] } };
    if (query.includes('CrmCustomFieldDefs'))
      return {
        data: {
          customFieldDefs: [
            { id: '1', key: 'secret', labelEn: 'Secret', labelZh: '机密', type: 'TEXT', options: [], sensitive: true, required: false, position: 0, archived: false },
          ],
        },
      };
    if (query.includes('customerTimeline')) return { data: { customerTimeline: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } };
    if (query.includes('me')) return { data: { me: { id: '1', username: 'alice', displayName: 'Alice', permissions } } };
    return { data: null };
  });
}

describe('customer detail', () => {
  beforeAll(async () => {
    await Promise.all([import('./CustomerPage'), import('../../layout/AppLayout')]);
  }, 30000);

  it('shows masked personal data, contacts with the primary star, and reveal for revealers', async () => {
    renderAt('/customers/7', routes, clientFor(['customers.read', 'customers.pii.reveal']));
    expect((await screen.findByTestId('detail-phone-1')).textContent).toBe('139****0000');
    expect(screen.getByTestId('reveal-detail-phone-0')).toBeTruthy();
    expect(screen.getByTestId('reveal-contact-phone-11')).toBeTruthy();
    expect(screen.getByTestId('contact-primary-11')).toBeTruthy();
    expect(screen.queryByTestId('contact-primary-12')).toBeNull();
    expect(screen.getByTestId('reveal-cf-secret')).toBeTruthy();
    expect(screen.getByTestId('detail-needs').textContent).toBe('Cheaper steel');
    // Read-only: no edit, merge, delete or contact changes.
    expect(screen.queryByTestId('customer-edit')).toBeNull();
    expect(screen.queryByTestId('customer-delete')).toBeNull();
    expect(screen.queryByTestId('contact-add')).toBeNull();
    expect(screen.queryByTestId('contact-make-primary-12')).toBeNull();
    // A website that isn't http(s) is never a link.
    expect(screen.queryByRole('link', { name: 'javascript:alert(1)' })).toBeNull();
  });

  it('offers edit, merge, delete and contact changes to users with those rights, and no reveal without a PII right', async () => {
    renderAt('/customers/7', routes, clientFor(['customers.read', 'customers.write', 'customers.delete']));
    expect(await screen.findByTestId('customer-edit')).toBeTruthy();
    expect(screen.getByTestId('customer-merge')).toBeTruthy();
    expect(screen.getByTestId('customer-delete')).toBeTruthy();
    expect(screen.getByTestId('contact-add')).toBeTruthy();
    expect(screen.getByTestId('contact-make-primary-12')).toBeTruthy();
    expect(screen.queryByTestId('reveal-detail-phone-0')).toBeNull();
  });

  it('says so when the customer is gone or out of scope', async () => {
    renderAt('/customers/7', routes, clientFor(['customers.read'], false));
    expect(await screen.findByTestId('customer-missing')).toBeTruthy();
  });
});
