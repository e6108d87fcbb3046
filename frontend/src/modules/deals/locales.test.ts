import { describe, expect, it } from 'vitest';
import enUS from '../../locales/deals/en-US.json';
import zhCN from '../../locales/deals/zh-CN.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('deals strings', () => {
  it('has every string in both languages', () => {
    expect(keys(zhCN).sort()).toEqual(keys(enUS).sort());
  });

  it('keeps to its one top-level key', () => {
    expect(Object.keys(enUS)).toEqual(['deals']);
    expect(Object.keys(zhCN)).toEqual(['deals']);
  });
});
