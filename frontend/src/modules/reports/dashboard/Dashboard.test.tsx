import { fireEvent, screen, waitFor } from '@testing-library/react';
import { getInstanceByDom } from 'echarts/core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../routes';
import { mockClient, renderAt } from '../../../test/render';

// jsdom has no canvas: a 2D context that accepts every drawing call and draws nothing lets the
// real echarts run (layout, options, events); only the pixels are missing.
function fakeContext(canvas: HTMLCanvasElement) {
  const store: Record<string | symbol, unknown> = { canvas };
  return new Proxy(store, {
    get: (target, key) => {
      if (key in target) return target[key];
      if (key === 'measureText') return (text: string) => ({ width: text.length * 6 });
      if (key === 'getImageData') return () => ({ data: new Uint8ClampedArray(4) });
      return () => undefined;
    },
    set: (target, key, value) => {
      target[key] = value;
      return true;
    },
  });
}

const stage = (id: string, nameEn: string, kind: string) => ({ id, nameEn, nameZh: `${nameEn}-zh`, kind });

const dashboard = {
  scope: 'OWN',
  currency: 'CNY',
  range: { from: '2026-01-01', to: '2026-03-31' },
  openDeals: 2,
  openAmount: '3000.00',
  weightedOpenAmount: '1200.00',
  performance: {
    won: 3,
    lost: 1,
    winRate: 0.75,
    wonAmount: '45000.00',
    averageDealSize: '15000.00',
    averageCycleDays: 12.5,
    otherCurrencies: [{ amount: '100.00', currency: 'USD' }],
  },
  revenueByMonth: [
    { month: '2026-01', count: 1, amount: '15000.00' },
    { month: '2026-02', count: 2, amount: '30000.00' },
  ],
  forecast: [{ month: '2026-04', count: 2, amount: '3000.00', weightedAmount: '1200.00' }],
  targets: [{ month: '2026-01', user: { id: '1' }, team: null, target: '20000.00', currency: 'CNY' }],
  funnel: {
    pipeline: { id: '1' },
    stages: [
      { stage: stage('11', 'Lead', 'OPEN'), count: 2, amount: '3000.00', reached: 6, conversion: 0, conversionRate: 0.5, averageDaysInStage: 2 },
      { stage: stage('12', 'Won', 'WON'), count: 3, amount: '45000.00', reached: 3, conversionRate: null, averageDaysInStage: null },
      { stage: stage('13', 'Lost', 'LOST'), count: 1, amount: '10.00', reached: null, conversionRate: null, averageDaysInStage: null },
    ],
  },
  atRiskCustomers: 1,
  atRiskDays: 30,
  activity: [{ user: { id: '1', displayName: 'Alice' }, calls: 2, meetings: 1, notes: 0, emails: 0, tasksDone: 1, tasksOverdue: 0 }],
};

const breakdown = {
  byOwner: { rows: [{ owner: { id: '1', displayName: 'Alice' }, count: 3, amount: '45000.00' }] },
  byTeam: { rows: [{ team: { id: '4', name: 'East' }, count: 3, amount: '45000.00' }] },
  customerGrowth: [{ month: '2026-01', source: 'web', count: 5 }],
  targetAttainment: [],
};

const atRisk = {
  edges: [
    {
      cursor: 'c1',
      node: { id: '70', name: 'Quiet Co', owner: { id: '1', displayName: 'Alice' }, createdAt: '2025-01-01T00:00:00Z', lastActivityAt: null },
    },
  ],
  pageInfo: { hasNextPage: false, endCursor: 'c1' },
  totalCount: 1,
};

type Body = { query: string; variables?: Record<string, unknown> };

function clientFor(permissions: string[], seen: Body[] = []) {
  return mockClient((body) => {
    const b = body as Body;
    seen.push(b);
    if (b.query.includes('query ReportsDashboard(')) return { data: { dashboard } };
    if (b.query.includes('query ReportsBreakdown(')) return { data: breakdown };
    if (b.query.includes('query ReportsAtRisk(')) return { data: { atRiskCustomers: atRisk } };
    if (b.query.includes('query ReportsTeams')) return { data: { assignableTeams: [{ id: '4', name: 'East' }, { id: '5', name: 'West' }] } };
    return { data: { me: { id: '1', username: 'alice', displayName: 'Alice', permissions } } };
  });
}

const MANAGER = ['deals.read', 'reports.read', 'customers.read'];
const URL = '/?from=2026-01-01&to=2026-03-31';

/** The echarts instance drawn in a card, once its library chunk has loaded. */
async function chartOf(key: string) {
  const el = screen.getByTestId(`chart-${key}-canvas`);
  // Ready, and given its option (setOption runs in the effect after the instance exists).
  await waitFor(() => expect((getInstanceByDom(el)?.getOption() as { series?: unknown } | undefined)?.series).toBeTruthy());
  return getInstanceByDom(el)!;
}

describe('dashboard', () => {
  beforeAll(async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
      return fakeContext(this) as never;
    });
    vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue('data:image/png;base64,AAAA');
    await Promise.all([import('../../home/HomePage'), import('../../layout/AppLayout'), import('../charts/echarts')]);
  }, 30000);

  it('shows the viewer’s own figures with KPI cards, charts and the at-risk list', async () => {
    const seen: Body[] = [];
    renderAt(URL, routes, clientFor(MANAGER, seen));
    expect((await screen.findByTestId('kpi-won')).textContent).toContain('45');
    expect(screen.getByTestId('kpi-win-rate').textContent).toContain('75%');
    expect(screen.getByTestId('kpi-new-customers').textContent).toContain('5');
    expect(screen.getByTestId('other-currencies').textContent).toContain('100');
    for (const key of ['funnel', 'stages', 'revenue-month', 'forecast', 'growth', 'activity'])
      expect(screen.getByTestId(`chart-${key}`)).toBeTruthy();
    // Owner and team breakdowns are for the team view.
    expect(screen.queryByTestId('chart-revenue-owner')).toBeNull();
    expect((await screen.findByTestId('at-risk-70')).getAttribute('href')).toBe('/customers/70');
    // "Mine": the dashboard is asked for OWN, the breakdowns are narrowed to the viewer.
    const dash = seen.find((b) => b.query.includes('query ReportsDashboard('));
    expect(dash?.variables).toMatchObject({ scope: 'OWN', filter: { from: '2026-01-01', to: '2026-03-31' } });
    const more = seen.find((b) => b.query.includes('query ReportsBreakdown('));
    expect(more?.variables).toMatchObject({ filter: { ownerId: '1' } });
  });

  it('draws the month target line from the viewer’s own targets', async () => {
    renderAt(URL, routes, clientFor(MANAGER));
    await screen.findByTestId('kpi-won');
    const option = (await chartOf('revenue-month')).getOption() as { series: { type: string; data: unknown[] }[] };
    expect(option.series.map((s) => s.type)).toEqual(['bar', 'line']);
    expect(option.series[1].data).toEqual([20000, null]);
  });

  it('opens the deals of a funnel stage when the stage is clicked', async () => {
    const { router } = renderAt(URL, routes, clientFor(MANAGER));
    await screen.findByTestId('kpi-won');
    // What echarts emits when a funnel segment is clicked.
    (await chartOf('funnel')).trigger('click', { componentType: 'series', seriesIndex: 0, dataIndex: 1, name: 'Won' } as never);
    await waitFor(() => expect(router.state.location.pathname).toBe('/deals/list'));
    expect(router.state.location.search).toBe('?stage=12&owner=1&createdFrom=2026-01-01&createdTo=2026-03-31');
  });

  it('switches a manager to the team view, with owner and team breakdowns', async () => {
    const seen: Body[] = [];
    const { router } = renderAt(URL, routes, clientFor(MANAGER, seen));
    fireEvent.click(await screen.findByTestId('scope-team'));
    expect(await screen.findByTestId('chart-revenue-owner')).toBeTruthy();
    expect(screen.getByTestId('chart-revenue-team')).toBeTruthy();
    expect(router.state.location.search).toContain('scope=team');
    const team = seen.filter((b) => b.query.includes('query ReportsDashboard(')).at(-1);
    expect(team?.variables).toMatchObject({ scope: 'TEAM' });
  });

  it('narrows the team view to one team picked from the teams the manager may assign to', async () => {
    const seen: Body[] = [];
    const { router } = renderAt(URL, routes, clientFor([...MANAGER, 'customers.assign'], seen));
    fireEvent.click(await screen.findByTestId('scope-team'));
    const select = await screen.findByTestId('dashboard-team');
    fireEvent.mouseDown(select.querySelector('input') as HTMLInputElement);
    fireEvent.click(await screen.findByTitle('West'));
    await waitFor(() => expect(router.state.location.search).toContain('team=5'));
    await waitFor(() => {
      const last = seen.filter((b) => b.query.includes('query ReportsDashboard(')).at(-1);
      expect(last?.variables).toMatchObject({ scope: 'TEAM', filter: { teamId: '5' } });
    });
  });

  it('gives a salesperson their own dashboard without the team switch or breakdowns', async () => {
    const seen: Body[] = [];
    renderAt(URL, routes, clientFor(['deals.read', 'customers.read'], seen));
    expect(await screen.findByTestId('kpi-won')).toBeTruthy();
    expect(screen.queryByTestId('scope-team')).toBeNull();
    expect(screen.queryByTestId('chart-growth')).toBeNull();
    expect(screen.queryByTestId('kpi-new-customers')).toBeNull();
    expect(seen.some((b) => b.query.includes('query ReportsBreakdown('))).toBe(false);
  });

  it('greets users without deals or reports and asks for no report', async () => {
    const seen: Body[] = [];
    renderAt('/', routes, clientFor(['audit.read'], seen));
    expect(await screen.findByTestId('no-reports')).toBeTruthy();
    expect(seen.some((b) => b.query.includes('Reports'))).toBe(false);
  });
});
