import type { Dayjs } from 'dayjs';
import type { DealFilterInput, DealOrderInput, DealSortField, DealStatus, SortDirection } from '../../../graphql/graphql';
import { dayText } from '../form/values';

export const SORT_FIELDS: DealSortField[] = ['CREATED_AT', 'UPDATED_AT', 'AMOUNT', 'EXPECTED_CLOSE_DATE'];
export const STATUSES: DealStatus[] = ['OPEN', 'WON', 'LOST'];

/** The list's criteria as the page holds them. */
export type ListFilters = {
  search: string;
  stageIds: string[];
  ownerId: string | null;
  teamId: string | null;
  status: DealStatus | null;
  closeRange: [Dayjs | null, Dayjs | null] | null;
  /** Day ranges a drill-down from the dashboard may set (YYYY-MM-DD, inclusive); no panel control. */
  wonRange?: [string, string] | null;
  createdRange?: [string, string] | null;
  sort: { field: DealSortField; direction: SortDirection };
};

export const EMPTY_FILTERS: ListFilters = {
  search: '',
  stageIds: [],
  ownerId: null,
  teamId: null,
  status: null,
  closeRange: null,
  sort: { field: 'CREATED_AT', direction: 'DESC' },
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^\d+$/;

function days(params: URLSearchParams, from: string, to: string): [string, string] | null {
  const a = params.get(from) ?? '';
  const b = params.get(to) ?? '';
  return DAY.test(a) && DAY.test(b) ? [a, b] : null;
}

/**
 * Filters a link may carry: `/deals/list?stage=12&status=OPEN` (the board's "more" link) and the
 * dashboard's drill-downs (`owner`, `team`, `closeFrom`/`closeTo`, `wonFrom`/`wonTo`,
 * `createdFrom`/`createdTo`, inclusive days).
 */
export function filtersFromParams(params: URLSearchParams, parseDay?: (day: string) => Dayjs): ListFilters {
  const status = params.get('status')?.toUpperCase();
  const owner = params.get('owner') ?? '';
  const team = params.get('team') ?? '';
  const close = days(params, 'closeFrom', 'closeTo');
  return {
    ...EMPTY_FILTERS,
    stageIds: params.getAll('stage').filter((s) => ID.test(s)),
    status: STATUSES.includes(status as DealStatus) ? (status as DealStatus) : null,
    search: params.get('q') ?? '',
    ownerId: ID.test(owner) ? owner : null,
    teamId: ID.test(team) ? team : null,
    closeRange: close && parseDay ? [parseDay(close[0]), parseDay(close[1])] : null,
    wonRange: days(params, 'wonFrom', 'wonTo'),
    createdRange: days(params, 'createdFrom', 'createdTo'),
  };
}

/** The server's filter input; null when nothing narrows the list. */
export function toFilterInput(f: ListFilters): DealFilterInput | null {
  const input: DealFilterInput = {};
  if (f.search.trim()) input.search = f.search.trim();
  if (f.stageIds.length > 0) input.stageIds = f.stageIds;
  if (f.ownerId) input.ownerIds = [f.ownerId];
  if (f.teamId) {
    input.teamIds = [f.teamId];
    input.includeSubteams = true;
  }
  if (f.status) input.status = f.status;
  const [from, to] = f.closeRange ?? [null, null];
  if (from) input.expectedCloseFrom = dayText(from);
  if (to) input.expectedCloseTo = dayText(to);
  if (f.wonRange) [input.wonFrom, input.wonTo] = f.wonRange;
  if (f.createdRange) [input.createdFrom, input.createdTo] = f.createdRange;
  return Object.keys(input).length > 0 ? input : null;
}

export function toOrderInput(f: ListFilters): DealOrderInput {
  return { field: f.sort.field, direction: f.sort.direction };
}

/** How many criteria besides the search are set (for the badge on the filters button). */
export function countFilters(f: ListFilters): number {
  return [f.stageIds.length > 0, f.ownerId, f.teamId, f.status, f.closeRange?.[0] || f.closeRange?.[1], f.wonRange, f.createdRange].filter(Boolean).length;
}
