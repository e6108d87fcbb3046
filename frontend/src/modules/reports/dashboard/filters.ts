import dayjs, { type Dayjs } from 'dayjs';

/**
 * The dashboard's filters live in the URL (`/?from=2026-01-01&to=2026-03-31&scope=team&team=4`),
 * so a view can be bookmarked, shared and restored by the back button after a drill-down.
 */

export type Scope = 'MINE' | 'TEAM';

export type DashboardFilters = { from: string; to: string; scope: Scope; teamId: string | null };

export const PRESETS = ['thisMonth', 'lastMonth', 'thisQuarter', 'thisYear', 'last12Months'] as const;
export type Preset = (typeof PRESETS)[number];

const DAY = 'YYYY-MM-DD';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function quarterStart(d: Dayjs): Dayjs {
  return d.startOf('month').month(Math.floor(d.month() / 3) * 3);
}

/** A preset as a range of days, relative to `today`. */
export function presetRange(preset: Preset, today: Dayjs = dayjs()): { from: string; to: string } {
  const range = (from: Dayjs, to: Dayjs) => ({ from: from.format(DAY), to: to.format(DAY) });
  switch (preset) {
    case 'thisMonth':
      return range(today.startOf('month'), today.endOf('month'));
    case 'lastMonth': {
      const last = today.subtract(1, 'month');
      return range(last.startOf('month'), last.endOf('month'));
    }
    case 'thisQuarter': {
      const start = quarterStart(today);
      return range(start, start.add(2, 'month').endOf('month'));
    }
    case 'thisYear':
      return range(today.startOf('year'), today.endOf('year'));
    case 'last12Months':
      return range(today.subtract(11, 'month').startOf('month'), today.endOf('month'));
  }
}

function validDay(text: string | null): text is string {
  return !!text && DATE.test(text) && dayjs(text, DAY).format(DAY) === text;
}

/** Filters from the URL; anything missing or malformed falls back to the last twelve months (the server's default too), mine, all teams. */
export function readFilters(params: URLSearchParams, today: Dayjs = dayjs()): DashboardFilters {
  const from = params.get('from');
  const to = params.get('to');
  const fallback = presetRange('last12Months', today);
  const range = validDay(from) && validDay(to) && from <= to ? { from, to } : fallback;
  const scope: Scope = params.get('scope') === 'team' ? 'TEAM' : 'MINE';
  const team = params.get('team');
  return { ...range, scope, teamId: scope === 'TEAM' && team && /^\d+$/.test(team) ? team : null };
}

/** The URL parameters of `filters` (the default scope and no team are left out). */
export function writeFilters(filters: DashboardFilters): URLSearchParams {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  if (filters.scope === 'TEAM') {
    params.set('scope', 'team');
    if (filters.teamId) params.set('team', filters.teamId);
  }
  return params;
}

/** The range in file names: "2026-01-01_2026-03-31". */
export function rangeStamp(filters: DashboardFilters): string {
  return `${filters.from}_${filters.to}`;
}
