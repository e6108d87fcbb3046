import type {
  CustomerFilterInput,
  CustomerOrderInput,
  CustomerSortField,
  CustomFieldFilterInput,
  SortDirection,
} from '../../../graphql/graphql';

/** A condition on one custom field, as the filter panel holds it. */
export type CustomCondition = { value?: string; values?: string[]; min?: string; max?: string };

/** A calendar-day range, both ends YYYY-MM-DD and inclusive. */
export type DayRange = [string, string];

/** Everything that decides which customers the list shows, in the order chosen. Serialisable (saved filters). */
export type ListFilters = {
  search: string;
  stages: string[];
  levels: string[];
  kinds: string[];
  ownerIds: string[];
  teamIds: string[];
  tags: string[];
  /** Set by drill-downs from the dashboard (customer growth by source); no panel control yet. */
  sources?: string[];
  created: DayRange | null;
  lastActivity: DayRange | null;
  custom: Record<string, CustomCondition>;
  sort: { field: CustomerSortField; direction: SortDirection };
};

export const SORT_FIELDS: readonly CustomerSortField[] = ['CREATED_AT', 'UPDATED_AT', 'NAME', 'LAST_ACTIVITY_AT'];

export const EMPTY_FILTERS: ListFilters = {
  search: '',
  stages: [],
  levels: [],
  kinds: [],
  ownerIds: [],
  teamIds: [],
  tags: [],
  created: null,
  lastActivity: null,
  custom: {},
  sort: { field: 'CREATED_AT', direction: 'DESC' },
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Local midnight of a YYYY-MM-DD day, `plusDays` later, as an ISO instant. */
export function dayStart(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
}

function range(days: DayRange | null): { from: string; to: string } | null {
  if (!days || !DAY.test(days[0]) || !DAY.test(days[1])) return null;
  // The server's upper bound is exclusive ("before"): the day after the last chosen day.
  return { from: dayStart(days[0]), to: dayStart(days[1], 1) };
}

function customConditions(custom: Record<string, CustomCondition>): CustomFieldFilterInput[] {
  const out: CustomFieldFilterInput[] = [];
  for (const [key, c] of Object.entries(custom)) {
    const value = c.value?.trim() || null;
    const values = c.values && c.values.length > 0 ? c.values : null;
    const min = c.min?.trim() || null;
    const max = c.max?.trim() || null;
    if (value || values || min || max) out.push({ key, value, values, min, max });
  }
  return out;
}

/** The API's filter input for these filters; null when nothing narrows the list. */
export function toFilterInput(f: ListFilters): CustomerFilterInput | null {
  const input: CustomerFilterInput = {};
  if (f.stages.length) input.stages = f.stages;
  if (f.levels.length) input.levels = f.levels;
  if (f.kinds.length) input.kinds = f.kinds;
  if (f.ownerIds.length) input.ownerIds = f.ownerIds;
  if (f.teamIds.length) input.teamIds = f.teamIds;
  if (f.tags.length) input.tags = f.tags;
  if (f.sources?.length) input.sources = f.sources;
  const created = range(f.created);
  if (created) {
    input.createdFrom = created.from;
    input.createdTo = created.to;
  }
  const active = range(f.lastActivity);
  if (active) {
    input.lastActivityFrom = active.from;
    input.lastActivityTo = active.to;
  }
  const custom = customConditions(f.custom);
  if (custom.length) input.customFields = custom;
  return Object.keys(input).length > 0 ? input : null;
}

export function toOrderInput(f: ListFilters): CustomerOrderInput {
  return { field: f.sort.field, direction: f.sort.direction };
}

/** How many filter conditions are set (the badge on the filter button); search and sort not counted. */
export function countFilters(f: ListFilters): number {
  const lists = [f.stages, f.levels, f.kinds, f.ownerIds, f.teamIds, f.tags, f.sources ?? []].filter((l) => l.length > 0).length;
  return lists + (f.created ? 1 : 0) + (f.lastActivity ? 1 : 0) + customConditions(f.custom).length;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function dayRange(v: unknown): DayRange | null {
  const days = strings(v);
  return days.length === 2 && DAY.test(days[0]) && DAY.test(days[1]) ? [days[0], days[1]] : null;
}

function condition(v: unknown): CustomCondition | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  const c: CustomCondition = {};
  if (typeof o.value === 'string') c.value = o.value;
  if (Array.isArray(o.values)) c.values = strings(o.values);
  if (typeof o.min === 'string') c.min = o.min;
  if (typeof o.max === 'string') c.max = o.max;
  return c;
}

/**
 * Filters read back from storage (or anywhere untrusted): unknown keys dropped, wrong types replaced
 * by the defaults, so an old or tampered entry can never break the page.
 */
export function parseFilters(value: unknown): ListFilters {
  if (!value || typeof value !== 'object') return EMPTY_FILTERS;
  const o = value as Record<string, unknown>;
  const custom: Record<string, CustomCondition> = {};
  if (o.custom && typeof o.custom === 'object') {
    for (const [key, c] of Object.entries(o.custom as Record<string, unknown>)) {
      const parsed = condition(c);
      if (parsed) custom[key] = parsed;
    }
  }
  const sort = (o.sort ?? {}) as Record<string, unknown>;
  const field = SORT_FIELDS.includes(sort.field as CustomerSortField) ? (sort.field as CustomerSortField) : 'CREATED_AT';
  const direction: SortDirection = sort.direction === 'ASC' ? 'ASC' : 'DESC';
  return {
    search: typeof o.search === 'string' ? o.search : '',
    stages: strings(o.stages),
    levels: strings(o.levels),
    kinds: strings(o.kinds),
    ownerIds: strings(o.ownerIds),
    teamIds: strings(o.teamIds),
    tags: strings(o.tags),
    created: dayRange(o.created),
    lastActivity: dayRange(o.lastActivity),
    custom,
    sort: { field, direction },
  };
}

/** A YYYY-MM-DD day `days` before `now` (local calendar). */
function daysAgo(days: number, now: Date): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The filters a link asks for (the dashboard's drill-downs: `owner`, `team`, `stage`, `source`,
 * `createdFrom`/`createdTo` as inclusive days, `inactiveDays`); anything malformed is ignored.
 */
export function filtersFromUrl(params: URLSearchParams, now: Date = new Date()): ListFilters {
  const f: ListFilters = { ...EMPTY_FILTERS };
  const one = (key: string) => params.get(key)?.trim() || '';
  if (/^\d+$/.test(one('owner'))) f.ownerIds = [one('owner')];
  if (/^\d+$/.test(one('team'))) f.teamIds = [one('team')];
  if (one('stage')) f.stages = [one('stage')];
  if (one('source')) f.sources = [one('source')];
  if (DAY.test(one('createdFrom')) && DAY.test(one('createdTo'))) f.created = [one('createdFrom'), one('createdTo')];
  const inactive = Number(one('inactiveDays'));
  // "No activity for N days": last activity on or before the day N days ago.
  if (Number.isInteger(inactive) && inactive > 0) f.lastActivity = ['1970-01-01', daysAgo(inactive, now)];
  return f;
}
