import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { presetRange, readFilters, writeFilters } from './filters';

const today = dayjs('2026-05-17');

describe('dashboard filters', () => {
  it('computes preset ranges from today', () => {
    expect(presetRange('thisMonth', today)).toEqual({ from: '2026-05-01', to: '2026-05-31' });
    expect(presetRange('lastMonth', today)).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(presetRange('thisQuarter', today)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(presetRange('thisYear', today)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetRange('last12Months', today)).toEqual({ from: '2025-06-01', to: '2026-05-31' });
  });

  it('reads a shared URL back into the same filters', () => {
    const filters = { from: '2026-01-01', to: '2026-03-31', scope: 'TEAM' as const, teamId: '4' };
    expect(readFilters(writeFilters(filters), today)).toEqual(filters);
    expect(writeFilters({ ...filters, scope: 'MINE', teamId: null }).toString()).toBe('from=2026-01-01&to=2026-03-31');
  });

  it('falls back to the last twelve months, mine, for a missing, malformed or reversed range', () => {
    const fallback = { from: '2025-06-01', to: '2026-05-31', scope: 'MINE', teamId: null };
    expect(readFilters(new URLSearchParams(''), today)).toEqual(fallback);
    expect(readFilters(new URLSearchParams('from=2026-02-30&to=2026-03-01'), today)).toEqual(fallback);
    expect(readFilters(new URLSearchParams('from=2026-03-01&to=2026-02-01'), today)).toEqual(fallback);
  });

  it('ignores a team outside team scope and a team id that is not a number', () => {
    expect(readFilters(new URLSearchParams('team=4'), today).teamId).toBeNull();
    expect(readFilters(new URLSearchParams('scope=team&team=x'), today)).toMatchObject({ scope: 'TEAM', teamId: null });
  });
});
