import type { ReportsBreakdownQuery, ReportsDashboardQuery } from '../../../graphql/graphql';
import { toNumber } from '../format';
import type { DashboardFilters } from './filters';
import type { DashboardData, MonthAmount, PersonAmount } from './types';

type Dash = ReportsDashboardQuery['dashboard'];
type Breakdown = ReportsBreakdownQuery;
type Target = Dash['targets'][number];

/** Who the viewer is and what they chose, as far as targets are concerned. */
export type Viewer = { userId: string; filters: DashboardFilters };

function sum(values: readonly unknown[]): string {
  return values.reduce<number>((acc, v) => acc + toNumber(v), 0).toFixed(2);
}

/**
 * The targets that belong on the month chart, never counted twice: in "mine" mode the viewer's own
 * targets; in team mode the chosen team's targets. Team mode over the whole scope has no line,
 * since a team's target and its members' (or its sub-teams') targets overlap. Targets in another
 * currency than the report's are left out (never converted).
 */
export function monthTargets(targets: readonly Target[], currency: string, viewer: Viewer): Map<string, string> {
  const { filters, userId } = viewer;
  const mine = (t: Target) => t.user?.id === userId;
  const team = (t: Target) => filters.teamId !== null && t.team?.id === filters.teamId;
  const keep = filters.scope === 'MINE' ? mine : team;
  const byMonth = new Map<string, string[]>();
  for (const t of targets) {
    if (t.currency !== currency || !keep(t)) continue;
    byMonth.set(t.month, [...(byMonth.get(t.month) ?? []), String(t.target)]);
  }
  return new Map([...byMonth].map(([m, values]) => [m, sum(values)]));
}

/** Each person's (or team's) targets over the range, in the report's currency. */
function rangeTargets(targets: readonly Target[], currency: string, by: 'user' | 'team'): Map<string, string> {
  const found = new Map<string, string[]>();
  for (const t of targets) {
    const id = by === 'user' ? t.user?.id : t.team?.id;
    if (!id || t.currency !== currency) continue;
    found.set(id, [...(found.get(id) ?? []), String(t.target)]);
  }
  return new Map([...found].map(([id, values]) => [id, sum(values)]));
}

export function stageName(stage: { nameEn: string; nameZh: string }, language: string): string {
  return (language.startsWith('zh') ? stage.nameZh : stage.nameEn) || stage.nameEn || stage.nameZh;
}

/** The GraphQL answers as the dashboard's view model (see types.ts). */
export function adapt(dash: Dash, breakdown: Breakdown | null, viewer: Viewer, language: string): DashboardData {
  const currency = dash.currency;
  const perf = dash.performance;
  const targets = monthTargets(dash.targets, currency, viewer);
  const revenueByMonth: MonthAmount[] = dash.revenueByMonth.map((r) => ({
    month: r.month ?? '',
    amount: String(r.amount),
    target: targets.get(r.month ?? '') ?? null,
    count: r.count,
  }));
  const allTargets = breakdown?.targetAttainment ?? dash.targets;
  const userTargets = rangeTargets(allTargets, currency, 'user');
  const teamTargets = rangeTargets(allTargets, currency, 'team');
  const person = (id: string | undefined, name: string | undefined, amount: unknown, count: number, t: Map<string, string>): PersonAmount => ({
    id: id ?? '',
    name: name ?? '—',
    amount: String(amount),
    count,
    target: (id && t.get(id)) || null,
  });
  return {
    currency,
    kpis: {
      wonAmount: String(perf.wonAmount),
      wonCount: perf.won,
      winRate: perf.winRate ?? null,
      averageDealSize: perf.averageDealSize === null || perf.averageDealSize === undefined ? null : String(perf.averageDealSize),
      averageCycleDays: perf.averageCycleDays ?? null,
      openAmount: String(dash.openAmount),
      weightedAmount: String(dash.weightedOpenAmount),
      newCustomers: breakdown ? breakdown.customerGrowth.reduce((n, g) => n + g.count, 0) : null,
    },
    funnel: dash.funnel.stages.map((s) => ({
      stageId: s.stage.id,
      name: stageName(s.stage, language),
      kind: s.stage.kind,
      count: s.count,
      amount: String(s.amount),
      reached: s.reached ?? null,
      conversion: s.conversionRate ?? null,
      averageDays: s.averageDaysInStage ?? null,
    })),
    forecast: dash.forecast.map((f) => ({ month: f.month, amount: String(f.weightedAmount), target: null, count: f.count })),
    revenueByMonth,
    // Rows without an owner or team (unassigned deals) cannot be drilled into by id.
    revenueByOwner: (breakdown?.byOwner.rows ?? [])
      .filter((r) => r.owner)
      .map((r) => person(r.owner?.id, r.owner?.displayName, r.amount, r.count, userTargets)),
    revenueByTeam: (breakdown?.byTeam.rows ?? [])
      .filter((r) => r.team)
      .map((r) => person(r.team?.id, r.team?.name, r.amount, r.count, teamTargets)),
    growth: (breakdown?.customerGrowth ?? []).map((g) => ({ month: g.month, source: g.source, count: g.count })),
    activity: dash.activity.map((a) => ({
      userId: a.user.id,
      name: a.user.displayName || `#${a.user.id}`,
      calls: a.calls,
      meetings: a.meetings,
      notes: a.notes,
      emails: a.emails,
      tasksDone: a.tasksDone,
      tasksOverdue: a.tasksOverdue,
    })),
    otherCurrencies: perf.otherCurrencies.map((m) => ({ currency: m.currency, amount: String(m.amount) })),
  };
}
