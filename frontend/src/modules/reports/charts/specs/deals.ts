import { BASE_OPTION, type ChartSpec } from '../spec';
import { formatMoney, formatPercent, monthLabel, toNumber } from '../../format';
import { closingInMonth, dealsUrl } from '../../dashboard/drill';
import type { FunnelStage, MonthAmount } from '../../dashboard/types';
import type { SpecContext } from './context';

/** Sales funnel: how many deals of the period got to each step (lost stages are not steps). */
export function funnelSpec(stages: FunnelStage[], ctx: SpecContext): ChartSpec {
  const { t, currency } = ctx;
  const steps = stages.filter((s) => s.reached !== null);
  return {
    key: 'funnel',
    title: t('reports.charts.funnel'),
    option: {
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (p: unknown) => {
          const s = steps[(p as { dataIndex: number }).dataIndex];
          if (!s) return '';
          const lines = [
            s.name,
            `${t('reports.columns.reached')}: ${s.reached ?? 0}`,
            `${t('reports.columns.now')}: ${s.count} · ${formatMoney(s.amount, currency)}`,
          ];
          if (s.conversion !== null) lines.push(`${t('reports.columns.conversion')}: ${formatPercent(s.conversion)}`);
          // Stage names are chosen by admins: escaped, since the tooltip is HTML.
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
          data: steps.map((s) => ({ name: s.name, value: s.reached ?? 0 })),
        },
      ],
    },
    table: {
      header: [
        t('reports.columns.stage'),
        t('reports.columns.reached'),
        t('reports.columns.conversion'),
        t('reports.columns.now'),
        t('reports.columns.amount'),
        t('reports.columns.averageDays'),
      ],
      rows: stages.map((s) => [
        s.name,
        s.reached ?? '',
        s.conversion === null ? '' : round(s.conversion),
        s.count,
        toNumber(s.amount),
        s.averageDays ?? '',
      ]),
    },
    drill: ({ dataIndex }) => {
      const s = steps[dataIndex];
      return s ? dealsUrl({ ...ctx.base, stageId: s.stageId, createdFrom: ctx.from, createdTo: ctx.to }) : null;
    },
  };
}

/** Where the deals of the period are now, stage by stage (a ring; lost stages included). */
export function stagesSpec(stages: FunnelStage[], ctx: SpecContext): ChartSpec {
  const { t, currency } = ctx;
  const shown = stages.filter((s) => s.count > 0);
  return {
    key: 'stages',
    title: t('reports.charts.stages'),
    option: {
      tooltip: { trigger: 'item', confine: true },
      legend: { top: 0, type: 'scroll' },
      series: [
        {
          type: 'pie',
          radius: ['40%', '70%'],
          top: 30,
          // Counts inside the ring, names in the legend: outside labels are cut off on a phone.
          label: { position: 'inside', formatter: '{c}' },
          data: shown.map((s) => ({ name: s.name, value: s.count })),
        },
      ],
    },
    table: {
      header: [t('reports.columns.stage'), t('reports.columns.count'), `${t('reports.columns.amount')} (${currency})`],
      rows: shown.map((s) => [s.name, s.count, toNumber(s.amount)]),
    },
    drill: ({ dataIndex }) => {
      const s = shown[dataIndex];
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
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatMoney(v, currency, true), hideOverlap: true } },
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
