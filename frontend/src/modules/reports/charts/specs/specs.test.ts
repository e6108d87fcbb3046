import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import '../../../../lib/i18n';
import type { SpecContext } from './context';
import { activitySpec } from './activity';
import { growthAxes, growthSpec } from './customers';
import { escapeHtml, forecastSpec, funnelSpec, stagesSpec } from './deals';
import { revenueByMonthSpec, revenueByPersonSpec } from './revenue';

let ctx: SpecContext;

beforeAll(async () => {
  await i18n.changeLanguage('en-US');
  ctx = { t: i18n.t.bind(i18n), currency: 'CNY', base: { ownerId: '7' }, from: '2026-01-01', to: '2026-03-31' };
});

type Series = { type: string; name?: string; data: unknown[] };
const series = (option: unknown) => (option as { series: Series[] }).series;

describe('funnel', () => {
  const stages = [
    { stageId: '1', name: 'Lead', kind: 'open', count: 4, amount: '1000.00', reached: 10, conversion: 0.5, averageDays: 3.5 },
    { stageId: '2', name: '=Won', kind: 'won', count: 5, amount: '800.50', reached: 5, conversion: null, averageDays: null },
    { stageId: '3', name: 'Lost', kind: 'lost', count: 1, amount: '10', reached: null, conversion: null, averageDays: null },
  ];

  it('draws how many deals reached each step, leaving lost stages out of the funnel', () => {
    const spec = funnelSpec(stages, ctx);
    expect(series(spec.option)[0].data).toEqual([{ name: 'Lead', value: 10 }, { name: '=Won', value: 5 }]);
    expect(spec.table.header).toEqual(['Stage', 'Reached', 'Conversion', 'Now in stage', 'Amount', 'Average days in stage']);
    expect(spec.table.rows).toEqual([
      ['Lead', 10, 0.5, 4, 1000, 3.5],
      ['=Won', 5, '', 5, 800.5, ''],
      ['Lost', '', '', 1, 10, ''],
    ]);
  });

  it('drills into the deals of the clicked stage, keeping the dashboard filters', () => {
    expect(funnelSpec(stages, ctx).drill?.({ dataIndex: 1, seriesIndex: 0, name: '=Won' })).toBe(
      '/deals/list?stage=2&owner=7&createdFrom=2026-01-01&createdTo=2026-03-31',
    );
  });

  it('spreads the deals over their stages now, lost ones included, and drills into a stage', () => {
    const spec = stagesSpec(stages, ctx);
    expect(series(spec.option)[0].data).toEqual([
      { name: 'Lead', value: 4 },
      { name: '=Won', value: 5 },
      { name: 'Lost', value: 1 },
    ]);
    expect(spec.drill?.({ dataIndex: 2, seriesIndex: 0, name: 'Lost' })).toBe(
      '/deals/list?stage=3&owner=7&createdFrom=2026-01-01&createdTo=2026-03-31',
    );
  });

  it('escapes stage names in the HTML tooltip', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).not.toContain('<');
  });
});

describe('money by month', () => {
  const months = [
    { month: '2026-01', amount: '100.00', target: '150.00', count: 1 },
    { month: '2026-02', amount: '0', target: null, count: 0 },
  ];

  it('adds a target line only when some target is set', () => {
    expect(series(revenueByMonthSpec(months, ctx).option).map((s) => s.type)).toEqual(['bar', 'line']);
    expect(series(revenueByMonthSpec(months.map((m) => ({ ...m, target: null })), ctx).option)).toHaveLength(1);
    expect(revenueByMonthSpec(months, ctx).table.rows).toEqual([['2026-01', 100, 150, 1], ['2026-02', 0, null, 0]]);
  });

  it('drills from a month to the deals won in it, and from the forecast to the deals closing in it', () => {
    expect(revenueByMonthSpec(months, ctx).drill?.({ dataIndex: 0, seriesIndex: 0, name: '' })).toBe(
      '/deals/list?owner=7&status=won&wonFrom=2026-01-01&wonTo=2026-01-31',
    );
    expect(forecastSpec(months, ctx).drill?.({ dataIndex: 1, seriesIndex: 0, name: '' })).toBe(
      '/deals/list?owner=7&status=open&closeFrom=2026-02-01&closeTo=2026-02-28',
    );
  });

  it('drills from an owner or a team to their deals won in the range', () => {
    const people = [{ id: '9', name: 'Bo', amount: '5', target: null, count: 1 }];
    expect(revenueByPersonSpec(people, 'owner', ctx).drill?.({ dataIndex: 0, seriesIndex: 0, name: 'Bo' })).toBe(
      '/deals/list?owner=9&status=won&wonFrom=2026-01-01&wonTo=2026-03-31',
    );
    expect(revenueByPersonSpec(people, 'team', ctx).drill?.({ dataIndex: 0, seriesIndex: 0, name: 'Bo' })).toBe(
      '/deals/list?owner=7&team=9&status=won&wonFrom=2026-01-01&wonTo=2026-03-31',
    );
  });
});

describe('customer growth', () => {
  const points = [
    { month: '2026-02', source: 'web', count: 1 },
    { month: '2026-01', source: 'expo', count: 4 },
    { month: '2026-02', source: '', count: 2 },
  ];

  it('stacks sources (largest first) over sorted months, with zeros where a source had none', () => {
    expect(growthAxes(points)).toEqual({ months: ['2026-01', '2026-02'], sources: ['expo', '', 'web'] });
    const s = series(growthSpec(points, ctx).option);
    expect(s.map((x) => x.name)).toEqual(['expo', 'Unknown', 'web']);
    expect(s.map((x) => x.data)).toEqual([[4, 0], [0, 2], [0, 1]]);
  });

  it('drills into the customers created that month from that source', () => {
    const spec = growthSpec(points, ctx);
    expect(spec.drill?.({ dataIndex: 1, seriesIndex: 2, name: '' })).toBe(
      '/customers?owner=7&source=web&createdFrom=2026-02-01&createdTo=2026-02-28',
    );
    expect(spec.drill?.({ dataIndex: 1, seriesIndex: 1, name: '' })).toBe(
      '/customers?owner=7&createdFrom=2026-02-01&createdTo=2026-02-28',
    );
  });
});

describe('activity', () => {
  it('has one series per measure and one CSV row per person', () => {
    const rows = [{ userId: '3', name: 'Ann', calls: 2, meetings: 1, notes: 0, emails: 0, tasksDone: 4, tasksOverdue: 1 }];
    const spec = activitySpec(rows, ctx);
    expect(series(spec.option)).toHaveLength(6);
    expect(spec.table.rows).toEqual([['Ann', 2, 1, 0, 0, 4, 1]]);
    expect(spec.drill?.({ dataIndex: 0, seriesIndex: 3, name: 'Ann' })).toBe('/customers?owner=3');
  });
});
