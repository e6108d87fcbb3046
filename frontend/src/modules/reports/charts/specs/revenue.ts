import type { LineSeriesOption } from 'echarts/charts';
import { BASE_OPTION, type ChartSpec } from '../spec';
import { formatMoney, monthLabel, toNumber } from '../../format';
import { dealsUrl, wonInMonth } from '../../dashboard/drill';
import type { MonthAmount, PersonAmount } from '../../dashboard/types';
import type { SpecContext } from './context';

function money(ctx: SpecContext) {
  return {
    tooltip: { ...BASE_OPTION.tooltip, valueFormatter: (v: unknown) => formatMoney(v, ctx.currency) },
    valueAxis: { type: 'value' as const, axisLabel: { formatter: (v: number) => formatMoney(v, ctx.currency, true), hideOverlap: true } },
  };
}

const targetNumber = (target: string | null) => (target === null ? null : toNumber(target));

/** Revenue won by month, with the month's target as a line when targets are set. */
export function revenueByMonthSpec(months: MonthAmount[], ctx: SpecContext): ChartSpec {
  const { t } = ctx;
  const { tooltip, valueAxis } = money(ctx);
  const hasTargets = months.some((m) => m.target !== null);
  const target: LineSeriesOption = {
    type: 'line',
    name: t('reports.series.target'),
    data: months.map((m) => targetNumber(m.target)),
    connectNulls: false,
  };
  return {
    key: 'revenue-month',
    title: t('reports.charts.revenueByMonth'),
    option: {
      ...BASE_OPTION,
      tooltip,
      xAxis: { type: 'category', data: months.map((m) => monthLabel(m.month)) },
      yAxis: valueAxis,
      series: [
        { type: 'bar', name: t('reports.series.won'), data: months.map((m) => toNumber(m.amount)) },
        ...(hasTargets ? [target] : []),
      ],
    },
    table: {
      header: [t('reports.columns.month'), t('reports.series.won'), t('reports.series.target'), t('reports.columns.count')],
      rows: months.map((m) => [m.month, toNumber(m.amount), targetNumber(m.target), m.count]),
    },
    drill: ({ dataIndex }) => {
      const m = months[dataIndex];
      return m ? wonInMonth(ctx.base, m.month) : null;
    },
  };
}

/** Revenue won by owner or by team (horizontal bars, target beside actual). */
export function revenueByPersonSpec(rows: PersonAmount[], by: 'owner' | 'team', ctx: SpecContext): ChartSpec {
  const { t } = ctx;
  const { tooltip, valueAxis } = money(ctx);
  const hasTargets = rows.some((r) => r.target !== null);
  // Bars run top to bottom in the order given (largest first), so the category axis is reversed.
  return {
    key: by === 'owner' ? 'revenue-owner' : 'revenue-team',
    title: t(by === 'owner' ? 'reports.charts.revenueByOwner' : 'reports.charts.revenueByTeam'),
    option: {
      ...BASE_OPTION,
      tooltip,
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name) },
      xAxis: valueAxis,
      series: [
        { type: 'bar', name: t('reports.series.won'), data: rows.map((r) => toNumber(r.amount)) },
        ...(hasTargets
          ? [{ type: 'bar' as const, name: t('reports.series.target'), data: rows.map((r) => targetNumber(r.target)) }]
          : []),
      ],
    },
    table: {
      header: [
        t(by === 'owner' ? 'reports.columns.owner' : 'reports.columns.team'),
        t('reports.series.won'),
        t('reports.series.target'),
        t('reports.columns.count'),
      ],
      rows: rows.map((r) => [r.name, toNumber(r.amount), targetNumber(r.target), r.count]),
    },
    drill: ({ dataIndex }) => {
      const r = rows[dataIndex];
      if (!r) return null;
      const who = by === 'owner' ? { ownerId: r.id } : { teamId: r.id };
      return dealsUrl({ ...ctx.base, ...who, status: 'WON', wonFrom: ctx.from, wonTo: ctx.to });
    },
  };
}
