import { describe, expect, it } from 'vitest';
import { countFilters, dayStart, EMPTY_FILTERS, filtersFromUrl, parseFilters, toFilterInput, toOrderInput } from './filters';

describe('customer list filters', () => {
  it('sends nothing when no filter is set', () => {
    expect(toFilterInput(EMPTY_FILTERS)).toBeNull();
    expect(countFilters(EMPTY_FILTERS)).toBe(0);
  });

  it('sends only the conditions that are set', () => {
    const input = toFilterInput({ ...EMPTY_FILTERS, stages: ['lead'], tags: ['vip'], ownerIds: ['3'] });
    expect(input).toEqual({ stages: ['lead'], tags: ['vip'], ownerIds: ['3'] });
  });

  it('turns a day range into a half-open instant range ending the day after', () => {
    const input = toFilterInput({ ...EMPTY_FILTERS, created: ['2026-03-01', '2026-03-31'] });
    expect(input?.createdFrom).toBe(new Date(2026, 2, 1).toISOString());
    expect(input?.createdTo).toBe(new Date(2026, 3, 1).toISOString());
    expect(dayStart('2026-12-31', 1)).toBe(new Date(2027, 0, 1).toISOString());
  });

  it('ignores a malformed day range instead of sending it', () => {
    expect(toFilterInput({ ...EMPTY_FILTERS, lastActivity: ['yesterday', '2026-01-01'] })).toBeNull();
  });

  it('keeps only custom conditions that hold something', () => {
    const input = toFilterInput({
      ...EMPTY_FILTERS,
      custom: { size: { min: '10', max: '' }, region: { values: [] }, note: { value: '  ' }, tier: { values: ['gold'] } },
    });
    expect(input?.customFields).toEqual([
      { key: 'size', value: null, values: null, min: '10', max: null },
      { key: 'tier', value: null, values: ['gold'], min: null, max: null },
    ]);
    expect(countFilters({ ...EMPTY_FILTERS, stages: ['lead'], custom: { size: { min: '1' }, x: {} } })).toBe(2);
  });

  it('passes the chosen sort', () => {
    expect(toOrderInput({ ...EMPTY_FILTERS, sort: { field: 'NAME', direction: 'ASC' } })).toEqual({ field: 'NAME', direction: 'ASC' });
  });

  it('reads back stored filters defensively', () => {
    expect(parseFilters(null)).toEqual(EMPTY_FILTERS);
    expect(parseFilters('nonsense')).toEqual(EMPTY_FILTERS);
    const parsed = parseFilters({
      search: 'acme',
      stages: ['lead', 7, null],
      created: ['2026-01-01', '2026-01-31'],
      lastActivity: ['2026-01-01'],
      custom: { size: { min: '1', evil: '<script>' }, bad: 'x' },
      sort: { field: 'DROP TABLE', direction: 'sideways' },
      extra: true,
    });
    expect(parsed.search).toBe('acme');
    expect(parsed.stages).toEqual(['lead']);
    expect(parsed.created).toEqual(['2026-01-01', '2026-01-31']);
    expect(parsed.lastActivity).toBeNull();
    expect(parsed.custom).toEqual({ size: { min: '1' } });
    expect(parsed.sort).toEqual({ field: 'CREATED_AT', direction: 'DESC' });
    expect('extra' in parsed).toBe(false);
  });
});

describe('filtersFromUrl', () => {
  it('reads the dashboard drill-down parameters and ignores malformed ones', () => {
    const now = new Date(2026, 10, 30, 12);
    const f = filtersFromUrl(
      new URLSearchParams('owner=7&team=x&stage=lead&source=fair&createdFrom=2026-11-01&createdTo=2026-11-30&inactiveDays=30'),
      now,
    );
    expect(f.ownerIds).toEqual(['7']);
    expect(f.teamIds).toEqual([]);
    expect(f.stages).toEqual(['lead']);
    expect(f.created).toEqual(['2026-11-01', '2026-11-30']);
    expect(f.lastActivity).toEqual(['1970-01-01', '2026-10-31']);
    expect(toFilterInput(f)?.sources).toEqual(['fair']);
    expect(filtersFromUrl(new URLSearchParams(''))).toEqual(EMPTY_FILTERS);
  });
});
