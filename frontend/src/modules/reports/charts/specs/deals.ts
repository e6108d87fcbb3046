import { BASE_OPTION, type ChartSpec } from '../spec';
import { formatMoney, formatPercent, monthLabel, toNumber } from '../../format';
import { closingInMonth, dealsUrl } from '../../dashboard/drill';
import type { FunnelStage, MonthAmount } from '../../dashboard/types';
import type { SpecContext } from './context';

/** Sales funnel by stage: deal counts drawn, amount and conversion in the tooltip and the CSV. */
export function funnelSpec(stages: FunnelStage[], ctx: SpecContext): ChartSpec {
  const { t, currency } = ctx;
  return {
    key: 'funnel',
    title: t('reports.charts.funnel'),
    option: {
      tooltip: {
        trigger: 'item',
       
        confine: true,
        formatter: (p: unknown) => {
          const s = stages[(p as { dataIndex: number }).dataIndex];
          if (!s) return '';
          const lines = [
            s.name,
            `${t('reports.columns.count')}: ${s.count}`,
            `${t('reports.columns.amount')}: ${formatMoney(s.amount, currency)}`,
          ];
          if (s.conversion !== null) lines.push(`${t('reports.columns.conversion')}: ${formatPercent(s.conversion)}`);
          // Stage names are user-defined: escape them, the tooltip is HTML.
          return lines.map(escapeHtml).join('<br/>');
        },
      },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: '5%',
          width: '90%',
          minSize: '8%',
          label: { show: true, position: 'inside', formatter: '{b}: {c}' },
          data: stages.map((s) => ({ name: s.name, value: s.count })),
        },
      ],
    },
    table: {
      header: [t('reports.columns.stage'), t('reports.columns.count'), t('reports.columns.amount'), t('reports.columns.conversion')],
      rows: stages.map((s) => [s.name, s.count, toNumber(s.amount), s.conversion === null ? '' : round(s.conversion)]),
    },
    drill: ({ dataIndex }) => {
      const s = stages[dataIndex];
      return s ? dealsUrl({ ...ctx.base, stageId: s.stageId, createdFrom: ctx.from, createdTo: ctx.to }) : null;
    },
  };
}

/** Forecast: open deals weighted by probability, by expected close month. */
export function forecastSpec(months: MonthAmount[], ctx: SpecContext): ChartSpec {
  const { t, currency } = ctx;
  return {
    key: 'forecast',
    title: t('reports.charts.forecast'),
    option: {
      ...BASE_OPTION,
      tooltip: { ...BASE_OPTION.tooltip, valueFormatter: (v) => formatMoney(v, currency) },
      xAxis: { type: 'category', data: months.map((m) => monthLabel(m.month)) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatMoney(v, currency, true) } },
      series: [
        { type: 'bar', name: t('reports.series.weighted'), data: months.map((m) => toNumber(m.amount)) },
      ],
    },
    table: {
      header: [t('reports.columns.month'), t('reports.series.weighted'), t('reports.columns.count')],
      rows: months.map((m) => [m.month, toNumber(m.amount), m.count]),
    },
    drill: ({ dataIndex }) => {
      const m = months[dataIndex];
      return m ? closingInMonth(ctx.base, m.month) : null;
    },
  };
}

function round(share: number): number {
  return Math.round(share * 10000) / 10000;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
