import { describe, expect, it } from 'vitest';
import dataioEnUS from '../../locales/dataio/en-US.json';
import dataioZhCN from '../../locales/dataio/zh-CN.json';
import reportsEnUS from '../../locales/reports/en-US.json';
import reportsZhCN from '../../locales/reports/zh-CN.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

// The sources of both modules, to find the string keys they use literally.
const sources = import.meta.glob(['../reports/**/*.{ts,tsx}', '../dataio/**/*.{ts,tsx}', '!**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

// i18next plural forms (wonCount_one / wonCount_other) answer to their base key.
const known = new Set([...keys(reportsEnUS), ...keys(dataioEnUS)].map((k) => k.replace(/_(one|other)$/, '')));

describe('reports and dataio strings', () => {
  it('has every string in both languages, under one top-level key per module', () => {
    expect(keys(reportsZhCN).sort()).toEqual(keys(reportsEnUS).sort());
    expect(keys(dataioZhCN).sort()).toEqual(keys(dataioEnUS).sort());
    expect(Object.keys(reportsEnUS)).toEqual(['reports']);
    expect(Object.keys(dataioEnUS)).toEqual(['dataio']);
  });

  it('has a string for every key the code names literally', () => {
    const used = new Set<string>();
    for (const text of Object.values(sources))
      for (const m of text.matchAll(/\bt\(\s*'((?:reports|dataio)\.[\w.]+)'/g)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !known.has(k))).toEqual([]);
  });
});
