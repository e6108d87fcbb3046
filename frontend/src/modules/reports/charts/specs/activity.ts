import type { BarSeriesOption } from 'echarts/charts';
import { BASE_OPTION, type ChartSpec } from '../spec';
import { listUrl } from '../../dashboard/drill';
import type { ActivityRow } from '../../dashboard/types';
import type { SpecContext } from './context';

const MEASURES = ['calls', 'meetings', 'notes', 'emails', 'tasksDone', 'tasksOverdue'] as const;

/** Activities per user in the range, one bar group per person. */
export function activitySpec(rows: ActivityRow[], ctx: SpecContext): ChartSpec {
  const { t } = ctx;
  const series: BarSeriesOption[] = MEASURES.map((m) => ({
    type: 'bar',
    name: t(`reports.activity.${m}`),
    data: rows.map((r) => r[m]),
  }));
  return {
    key: 'activity',
    title: t('reports.charts.activity'),
    option: {
      ...BASE_OPTION,
      xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0, rotate: rows.length > 4 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series,
    },
    table: {
      header: [t('reports.columns.user'), ...MEASURES.map((m) => t(`reports.activity.${m}`))],
      rows: rows.map((r) => [r.name, ...MEASURES.map((m) => r[m])]),
    },
    // The person's customers: where their calls, meetings and tasks live (each customer's timeline).
    drill: ({ dataIndex }) => {
      const r = rows[dataIndex];
      return r ? listUrl('/customers', { owner: r.userId }) : null;
    },
  };
}
