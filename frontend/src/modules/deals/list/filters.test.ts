import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { countFilters, EMPTY_FILTERS, filtersFromParams, toFilterInput, toOrderInput } from './filters';

describe('deal list filters', () => {
  it('asks for everything when nothing is set', () => {
    expect(toFilterInput(EMPTY_FILTERS)).toBeNull();
    expect(countFilters(EMPTY_FILTERS)).toBe(0);
    expect(toOrderInput(EMPTY_FILTERS)).toEqual({ field: 'CREATED_AT', direction: 'DESC' });
  });

  it('turns every criterion into the server filter (teams with their sub-teams, days as dates)', () => {
    const f = {
      ...EMPTY_FILTERS,
      search: ' acme ',
      stageIds: ['3'],
      ownerId: '7',
      teamId: '2',
      status: 'WON' as const,
      closeRange: [dayjs('2026-01-01'), dayjs('2026-03-31')] as [dayjs.Dayjs, dayjs.Dayjs],
    };
    expect(toFilterInput(f)).toEqual({
      search: 'acme',
      stageIds: ['3'],
      ownerIds: ['7'],
      teamIds: ['2'],
      includeSubteams: true,
      status: 'WON',
      expectedCloseFrom: '2026-01-01',
      expectedCloseTo: '2026-03-31',
    });
    expect(countFilters(f)).toBe(5);
  });

  it('reads a link from the board and ignores junk in it', () => {
    const f = filtersFromParams(new URLSearchParams('stage=12&stage=x&status=lost&q=pump'));
    expect(f.stageIds).toEqual(['12']);
    expect(f.status).toBe('LOST');
    expect(f.search).toBe('pump');
    expect(filtersFromParams(new URLSearchParams('status=maybe')).status).toBeNull();
  });
});

describe('dashboard drill-down links', () => {
  it('carry owner, team and day ranges into the filter input', () => {
    const f = filtersFromParams(
      new URLSearchParams('status=won&owner=3&team=x&wonFrom=2026-11-01&wonTo=2026-11-30&createdFrom=2026-01-01&createdTo=bad'),
    );
    expect(toFilterInput(f)).toEqual({ status: 'WON', ownerIds: ['3'], wonFrom: '2026-11-01', wonTo: '2026-11-30' });
  });
});
