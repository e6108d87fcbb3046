import { describe, expect, it } from 'vitest';
import type { Customer } from '../form/values';
import { mergePreview } from './MergeDrawer';
import { contactPatch } from './ContactDrawer';

const base = {
  kind: 'company', stage: 'lead', level: 'C', industry: '', source: '', website: '', address: null, idNumber: null,
  preferences: [], owner: null, team: null, piiMasked: false, createdBy: null, updatedBy: null,
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', lastActivityAt: null,
};
const contact = (id: string, name: string) => ({
  id, customerId: 'x', name, title: '', phone: null, email: null, im: null, birthday: null, isPrimary: false, piiMasked: false,
});

describe('merge preview', () => {
  it('lists what moves from the source to the target', () => {
    const target: Customer = { ...base, id: '1', name: 'Acme', phones: ['1'], emails: [], needs: '', tags: ['vip'], contacts: [], customFields: [{ key: 'tier', value: 'gold', masked: false }] };
    const source: Customer = {
      ...base, id: '2', name: 'ACME Inc', phones: ['1', '2'], emails: ['a@x.io'], needs: 'Steel', tags: ['vip', 'north'],
      contacts: [contact('c1', 'Li Lei')], customFields: [{ key: 'tier', value: 'silver', masked: false }, { key: 'size', value: '5', masked: false }],
    };
    expect(mergePreview(target, source)).toEqual({ contacts: ['Li Lei'], phones: 1, emails: 1, tags: ['north'], customFields: 1, needs: true });
  });
});

describe('contact edits', () => {
  it('sends only changes, and no personal fields of a masked contact', () => {
    const c = { ...contact('c1', 'Li Lei'), phone: '138****0000', piiMasked: true };
    const values = { name: 'Li Lei', title: 'CEO', phone: '', email: 'x@y.io', im: '', birthday: null, isPrimary: true };
    expect(contactPatch(c, values)).toEqual({ id: 'c1', title: 'CEO', isPrimary: true });
    expect(contactPatch({ ...c, piiMasked: false, phone: '13800000000' }, values)).toEqual({
      id: 'c1', title: 'CEO', phone: '', email: 'x@y.io', isPrimary: true,
    });
  });
});
