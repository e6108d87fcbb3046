import { monthRange } from '../format';

/**
 * Where a click on a chart leads: the list of the records behind the figure, with the filters that
 * select them in the URL. The deal list (`/deals/list`) and the customer list (`/customers`) read
 * these parameters; the server applies the viewer's scope to the list the same way it did to the
 * report, so a drill-down never shows more than the figure counted.
 */

export type Params = Record<string, string | number | null | undefined>;

export function listUrl(path: string, params: Params): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The filters every drill-down inherits from the dashboard: its team, and the owner in "mine" mode. */
export type Base = { ownerId?: string | null; teamId?: string | null; pipelineId?: string | null };

export type DealDrill = Base & {
  stageId?: string | null;
  status?: 'OPEN' | 'WON' | 'LOST' | null;
  wonFrom?: string | null;
  wonTo?: string | null;
  closeFrom?: string | null;
  closeTo?: string | null;
  createdFrom?: string | null;
  createdTo?: string | null;
};

export function dealsUrl(d: DealDrill): string {
  return listUrl('/deals/list', {
    pipeline: d.pipelineId,
    stage: d.stageId,
    owner: d.ownerId,
    team: d.teamId,
    status: d.status?.toLowerCase(),
    wonFrom: d.wonFrom,
    wonTo: d.wonTo,
    closeFrom: d.closeFrom,
    closeTo: d.closeTo,
    createdFrom: d.createdFrom,
    createdTo: d.createdTo,
  });
}

export type CustomerDrill = Base & {
  stage?: string | null;
  source?: string | null;
  createdFrom?: string | null;
  createdTo?: string | null;
  inactiveDays?: number | null;
};

export function customersUrl(d: CustomerDrill): string {
  return listUrl('/customers', {
    owner: d.ownerId,
    team: d.teamId,
    stage: d.stage,
    source: d.source,
    createdFrom: d.createdFrom,
    createdTo: d.createdTo,
    inactiveDays: d.inactiveDays,
  });
}

/** Deals won in a "YYYY-MM" month. */
export function wonInMonth(base: Base, month: string): string {
  const range = monthRange(month);
  return dealsUrl({ ...base, status: 'WON', wonFrom: range?.from, wonTo: range?.to });
}

/** Open deals expected to close in a "YYYY-MM" month. */
export function closingInMonth(base: Base, month: string): string {
  const range = monthRange(month);
  return dealsUrl({ ...base, status: 'OPEN', closeFrom: range?.from, closeTo: range?.to });
}

/** Customers created in a "YYYY-MM" month, from one source when given. */
export function customersCreatedIn(base: Base, month: string, source?: string | null): string {
  const range = monthRange(month);
  return customersUrl({ ...base, source, createdFrom: range?.from, createdTo: range?.to });
}
