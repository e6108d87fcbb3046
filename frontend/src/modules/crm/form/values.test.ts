import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../shared/settings';
import { customInputValue, hasChanges, initialValues, parseCustomValue, toCreateInput, toUpdateInput, type Customer } from './values';

const def = (key: string, type: FieldDef['type'], extra: Partial<FieldDef> = {}): FieldDef => ({
  id: key,
  key,
  labelEn: key,
  labelZh: key,
  type,
  options: [],
  sensitive: false,
  required: false,
  position: 0,
  archived: false,
  ...extra,
});

const DEFS = [def('tier', 'SELECT', { options: ['gold', 'silver'] }), def('regions', 'MULTISELECT'), def('secret', 'TEXT', { sensitive: true })];

const customer: Customer = {
  id: '7',
  kind: 'company',
  name: 'Acme',
  stage: 'lead',
  level: 'B',
  industry: 'Steel',
  source: '',
  website: '',
  address: '上海市',
  phones: ['13812345678'],
  emails: [],
  idNumber: null,
  needs: '',
  preferences: [{ key: 'channel', value: 'wechat' }],
  tags: ['vip'],
  owner: { id: '1', displayName: 'Alice' },
  team: null,
  contacts: [],
  customFields: [
    { key: 'tier', value: 'gold', masked: false },
    { key: 'regions', value: '["north","east"]', masked: false },
  ],
  piiMasked: false,
  createdBy: null,
  updatedBy: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  lastActivityAt: null,
};

describe('customer form values', () => {
  it('reads and writes multi-select values as JSON lists', () => {
    expect(parseCustomValue({ type: 'MULTISELECT' }, '["a","b"]')).toEqual(['a', 'b']);
    expect(parseCustomValue({ type: 'MULTISELECT' }, 'broken')).toEqual([]);
    expect(parseCustomValue({ type: 'TEXT' }, null)).toBeNull();
    expect(customInputValue({ type: 'MULTISELECT' }, ['a'])).toBe('["a"]');
    expect(customInputValue({ type: 'MULTISELECT' }, [])).toBeNull();
    expect(customInputValue({ type: 'TEXT' }, '  ')).toBeNull();
  });

  it('creates with trimmed values, blank list entries dropped, owner only for assigners', () => {
    const values = {
      ...initialValues(null, DEFS, 'lead'),
      name: '  Bolt ',
      phones: ['', ' 139 0000 1111 '],
      emails: [''],
      ownerId: '9',
      preferences: [{ key: ' time ', value: ' mornings ' }, { key: '', value: 'dropped' }],
      custom: { tier: 'silver', regions: [], secret: null },
    };
    const input = toCreateInput(values, DEFS, false, false);
    expect(input.name).toBe('Bolt');
    expect(input.phones).toEqual(['139 0000 1111']);
    expect(input.emails).toEqual([]);
    expect(input.ownerId).toBeNull();
    expect(input.preferences).toEqual([{ key: 'time', value: 'mornings' }]);
    expect(input.customFields).toEqual([{ key: 'tier', value: 'silver' }]);
    expect(input.allowDuplicates).toBe(false);
    expect(toCreateInput(values, DEFS, true, true)).toMatchObject({ ownerId: '9', allowDuplicates: true });
  });

  it('updates only what changed', () => {
    const unchanged = toUpdateInput(customer, initialValues(customer, DEFS, 'lead'), DEFS, true);
    expect(unchanged).toEqual({ id: '7' });
    expect(hasChanges(unchanged)).toBe(false);

    const values = { ...initialValues(customer, DEFS, 'lead'), level: 'A', tags: ['vip', 'new'], custom: { tier: 'gold', regions: ['north'], secret: null } };
    const input = toUpdateInput(customer, values, DEFS, true);
    expect(input).toEqual({ id: '7', level: 'A', tags: ['vip', 'new'], customFields: [{ key: 'regions', value: '["north"]' }] });
  });

  it('never sends masked values back', () => {
    const masked: Customer = {
      ...customer,
      piiMasked: true,
      phones: ['138****5678'],
      address: '上***',
      customFields: [...customer.customFields, { key: 'secret', value: '***', masked: true }],
    };
    const values = { ...initialValues(masked, DEFS, 'lead'), name: 'Acme Ltd', phones: ['138****5678', '123'], custom: { tier: 'gold', regions: ['north', 'east'], secret: 'changed' } };
    const input = toUpdateInput(masked, values, DEFS, false);
    expect(input).toEqual({ id: '7', name: 'Acme Ltd' });
  });

  it('leaves owner and team alone for users who may not assign', () => {
    const values = { ...initialValues(customer, DEFS, 'lead'), ownerId: '2', teamId: '5' };
    expect(toUpdateInput(customer, values, DEFS, false)).toEqual({ id: '7' });
    expect(toUpdateInput(customer, values, DEFS, true)).toEqual({ id: '7', ownerId: '2', teamId: '5' });
  });
});
