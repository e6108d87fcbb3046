import type { BarSeriesOption } from 'echarts/charts';
import { BASE_OPTION, type ChartSpec } from '../spec';
import { monthLabel } from '../../format';
import { customersCreatedIn } from '../../dashboard/drill';
import type { GrowthPoint } from '../../dashboard/types';
import type { SpecContext } from './context';

/** The months of a growth series, in order, and its sources by size (largest first). */
export function growthAxes(points: GrowthPoint[]): { months: string[]; sources: string[] } {
  const months = [...new Set(points.map((p) => p.month))].sort();
  const totals = new Map<string, number>();
  for (const p of points) totals.set(p.source, (totals.get(p.source) ?? 0) + p.count);
  const sources = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s);
  return { months, sources };
}

/** New customers by month, stacked by source (an empty source reads "unknown"). */
export function growthSpec(points: GrowthPoint[], ctx: SpecContext): ChartSpec {
  const { t } = ctx;
  const { months, sources } = growthAxes(points);
  const count = new Map(points.map((p) => [`${p.month}|${p.source}`, p.count]));
  const sourceName = (s: string) => s || t('reports.unknownSource');
  const series: BarSeriesOption[] = sources.map((s) => ({
    type: 'bar',
    stack: 'growth',
    name: sourceName(s),
    data: months.map((m) => count.get(`${m}|${s}`) ?? 0),
  }));
  return {
    key: 'growth',
    title: t('reports.charts.growth'),
    option: {
      ...BASE_OPTION,
      xAxis: { type: 'category', data: months.map((m) => monthLabel(m)) },
      yAxis: { type: 'value', minInterval: 1 },
      series,
    },
    table: {
      header: [t('reports.columns.month'), t('reports.columns.source'), t('reports.columns.count')],
      rows: points.map((p) => [p.month, sourceName(p.source), p.count]),
    },
    drill: ({ dataIndex, seriesIndex }) => {
      const month = months[dataIndex];
      const source = sources[seriesIndex];
      if (month === undefined || source === undefined) return null;
      // Customers without a source cannot be selected by source: the month alone is the best link.
      return customersCreatedIn(ctx.base, month, source || null);
    },
  };
}
