import { describe, expect, it } from 'vitest';
import i18n from '../../../lib/i18n';
import { domainText, groupByDomain, permissionText, type CatalogEntry } from './catalog';

const entry = (name: string, key: string): CatalogEntry => ({
  key: key as CatalogEntry['key'],
  name,
  domain: name.split('.')[0],
  description: `server text for ${name}`,
});

const catalog = [
  entry('customers.read', 'CUSTOMERS_READ'),
  entry('customers.pii.read', 'CUSTOMERS_PII_READ'),
  entry('deals.read', 'DEALS_READ'),
  entry('customers.write', 'CUSTOMERS_WRITE'),
  entry('tokens.manage', 'TOKENS_MANAGE'),
];

describe('permission checklist grouping', () => {
  it('groups by domain in the order domains first appear', () => {
    const groups = groupByDomain(catalog);
    expect(groups.map((g) => g.domain)).toEqual(['customers', 'deals', 'tokens']);
  });

  it('keeps every permission once, in the server order within its domain', () => {
    const groups = groupByDomain(catalog);
    expect(groups[0].entries.map((e) => e.name)).toEqual(['customers.read', 'customers.pii.read', 'customers.write']);
    expect(groups.flatMap((g) => g.entries)).toHaveLength(catalog.length);
  });

  it('is empty for an empty catalog', () => {
    expect(groupByDomain([])).toEqual([]);
  });

  it('translates descriptions and domains, falling back to the server text', async () => {
    await i18n.changeLanguage('zh-CN');
    const t = i18n.t.bind(i18n);
    expect(permissionText(t, catalog[1])).toBe('查看未脱敏的电话、邮箱、证件号和地址');
    expect(permissionText(t, entry('future.thing', 'FUTURE'))).toBe('server text for future.thing');
    expect(domainText(t, 'customers')).toBe('客户');
    expect(domainText(t, 'future')).toBe('future');
    await i18n.changeLanguage('en-US');
  });
});
