import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { hasChanges, initialValues, productsTotal, toCreateInput, toUpdateInput, type Deal } from './values';

const deal: Deal = {
  id: '5',
  title: 'Pumps',
  customer: { id: '7', name: 'Acme' },
  contact: { id: '9', name: 'Li Lei' },
  amount: '1200.00',
  currency: 'CNY',
  pipelineId: '1',
  stage: { id: '2', pipelineId: '1', nameEn: 'Proposal', nameZh: '方案报价', position: 2, probability: 60, kind: 'OPEN', archived: false },
  status: 'OPEN',
  probability: 60,
  expectedCloseDate: '2026-03-31',
  owner: { id: '3', displayName: 'Sam' },
  team: { id: '4', name: 'East' },
  source: 'fair',
  lostReason: '',
  wonAt: null,
  lostAt: null,
  stageEnteredAt: '2026-01-01T00:00:00Z',
  notes: 'Call back',
  products: [{ name: 'Pump', quantity: '2', price: '600.00', total: '1200.00' }],
  createdBy: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('deal form values', () => {
  it('sends nothing but the id when nothing changed (amounts compared as decimals)', () => {
    const values = { ...initialValues(deal, { currency: 'CNY' }), amount: '1200' };
    const input = toUpdateInput(deal, values, true);
    expect(input).toEqual({ id: '5' });
    expect(hasChanges(input)).toBe(false);
  });

  it('sends only the changed fields, and null to clear the contact and the close date', () => {
    const values = { ...initialValues(deal, { currency: 'CNY' }), title: ' Pumps v2 ', contactId: null, expectedCloseDate: null, currency: 'usd' };
    expect(toUpdateInput(deal, values, true)).toEqual({ id: '5', title: 'Pumps v2', contactId: null, expectedCloseDate: null, currency: 'USD' });
  });

  it('sends a new close date as a calendar day and changed products as a whole list', () => {
    const values = {
      ...initialValues(deal, { currency: 'CNY' }),
      expectedCloseDate: dayjs('2026-04-15'),
      products: [{ name: 'Pump', quantity: '3', price: '600' }, { name: '', quantity: null, price: null }],
    };
    expect(toUpdateInput(deal, values, true)).toEqual({
      id: '5',
      expectedCloseDate: '2026-04-15',
      products: [{ name: 'Pump', quantity: '3', price: '600' }],
    });
  });

  it('leaves owner and team to the server for users who may not assign', () => {
    const values = { ...initialValues(deal, { currency: 'CNY' }), ownerId: '99', teamId: '98' };
    expect(toUpdateInput(deal, values, false)).toEqual({ id: '5' });
    expect(toUpdateInput(deal, values, true)).toEqual({ id: '5', ownerId: '99', teamId: '98' });
    const created = toCreateInput({ ...initialValues(null, { currency: 'CNY' }), title: 'New', customerId: '7', ownerId: '99' }, false);
    expect(created.ownerId).toBeNull();
  });

  it('creates with the defaults given and empty text as null', () => {
    const values = initialValues(null, { currency: 'CNY', pipelineId: '1', stageId: '10', probability: 10, customer: { id: '7' } });
    expect(toCreateInput({ ...values, title: ' Big one ', amount: '99.5' }, true)).toEqual({
      title: 'Big one',
      customerId: '7',
      contactId: null,
      amount: '99.5',
      currency: 'CNY',
      pipelineId: '1',
      stageId: '10',
      probability: 10,
      expectedCloseDate: null,
      ownerId: null,
      teamId: null,
      source: null,
      lostReason: null,
      notes: null,
      products: [],
    });
  });

  it('totals the product rows exactly', () => {
    expect(productsTotal([{ name: 'a', quantity: '3', price: '0.10' }, { name: 'b', quantity: null, price: '0.20' }])).toBe('0.50');
  });
});
