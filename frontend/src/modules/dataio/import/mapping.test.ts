import { describe, expect, it } from 'vitest';
import { applyTemplate, assign, completeMapping, fromPairs, missingRequired, toPairs, type FieldInfo } from './mapping';

const headers = ['客户名称', '手机', '电话', '备注'];
const fields: FieldInfo[] = [
  { key: 'name', required: true, multiple: false },
  { key: 'phones', required: false, multiple: true },
  { key: 'needs', required: false, multiple: false },
  { key: 'custom.vip', required: true, multiple: false },
];

describe('import column mapping', () => {
  it('lists every column, unmapped ones as ignore', () => {
    expect(completeMapping(headers, { 客户名称: 'name' })).toEqual({ 客户名称: 'name', 手机: 'ignore', 电话: 'ignore', 备注: 'ignore' });
  });

  it('lets several columns feed a list field but moves a single field to the column chosen last', () => {
    let m = completeMapping(headers, { 客户名称: 'name', 手机: 'phones' });
    m = assign(fields, m, '电话', 'phones');
    expect(m).toMatchObject({ 手机: 'phones', 电话: 'phones' });
    m = assign(fields, m, '备注', 'name');
    expect(m).toMatchObject({ 客户名称: 'ignore', 备注: 'name' });
    m = assign(fields, m, '手机', 'ignore');
    expect(m).toMatchObject({ 手机: 'ignore', 电话: 'phones' });
  });

  it('names the required fields still missing, custom ones included', () => {
    expect(missingRequired(fields, { a: 'phones' })).toEqual(['name', 'custom.vip']);
    expect(missingRequired(fields, { a: 'name', b: 'custom.vip' })).toEqual([]);
  });

  it('applies a template to the columns this file has and counts the ones it lacks', () => {
    const { mapping, missing } = applyTemplate(headers, { 客户名称: 'name', 手机: 'phones', 邮箱: 'emails' });
    expect(mapping).toEqual({ 客户名称: 'name', 手机: 'phones', 电话: 'ignore', 备注: 'ignore' });
    expect(missing).toBe(1);
  });

  it('converts to and from the GraphQL pairs, sending only mapped columns', () => {
    expect(fromPairs([{ column: 'a', field: 'name' }])).toEqual({ a: 'name' });
    expect(toPairs({ a: 'name', b: 'ignore' })).toEqual([{ column: 'a', field: 'name' }]);
  });
});
