import { Alert, Col, Flex, Row, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../../lib/errors';
import { hasPerm, Perm } from '../../../lib/permissions';
import { useMe } from '../../auth/me';
import { ChartCard } from '../charts/ChartCard';
import type { ChartSpec } from '../charts/spec';
import { activitySpec } from '../charts/specs/activity';
import type { SpecContext } from '../charts/specs/context';
import { growthSpec } from '../charts/specs/customers';
import { forecastSpec, funnelSpec, stagesSpec } from '../charts/specs/deals';
import { revenueByMonthSpec, revenueByPersonSpec } from '../charts/specs/revenue';
import { formatMoney } from '../format';
import { AtRiskCard } from './AtRiskCard';
import { FilterBar } from './FilterBar';
import { rangeStamp, readFilters, writeFilters, type DashboardFilters } from './filters';
import { KpiCards } from './KpiCards';
import type { DashboardData } from './types';
import { useAtRisk, useDashboard, useKnownTeams } from './useDashboard';

type Card = { spec: ChartSpec; empty: boolean; wide?: boolean };

function cards(data: DashboardData, ctx: SpecContext, teamMode: boolean): Card[] {
  const out: Card[] = [
    { spec: funnelSpec(data.funnel, ctx), empty: data.funnel.every((s) => !s.reached) },
    { spec: stagesSpec(data.funnel, ctx), empty: data.funnel.every((s) => s.count === 0) },
    { spec: revenueByMonthSpec(data.revenueByMonth, ctx), empty: data.revenueByMonth.length === 0 },
    { spec: forecastSpec(data.forecast, ctx), empty: data.forecast.every((f) => f.count === 0) },
  ];
  if (teamMode) {
    out.push({ spec: revenueByPersonSpec(data.revenueByOwner, 'owner', ctx), empty: data.revenueByOwner.length === 0 });
    out.push({ spec: revenueByPersonSpec(data.revenueByTeam, 'team', ctx), empty: data.revenueByTeam.length === 0 });
  }
  if (data.kpis.newCustomers !== null) out.push({ spec: growthSpec(data.growth, ctx), empty: data.growth.length === 0 });
  out.push({ spec: activitySpec(data.activity, ctx), empty: data.activity.length === 0, wide: true });
  return out;
}

/**
 * The home dashboard: the viewer's own figures, or (reports.read) their team's, over a date range,
 * narrowed to one team if asked. Every figure obeys the server's data scope; every chart opens
 * the list behind it and downloads as PNG or CSV.
 */
export default function Dashboard() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const [idleDays, setIdleDays] = useState(30);
  const canReports = hasPerm(me.permissions, Perm.REPORTS_READ);
  const canCustomers = hasPerm(me.permissions, Perm.CUSTOMERS_READ);
  const { data, fetching, error } = useDashboard(filters, me.id, canReports);
  const teams = useKnownTeams(data, hasPerm(me.permissions, Perm.CUSTOMERS_ASSIGN));
  const atRisk = useAtRisk(filters, me.id, idleDays, canCustomers);

  const teamMode = filters.scope === 'TEAM';
  const base = useMemo(
    () => (teamMode ? { teamId: filters.teamId } : { ownerId: me.id }),
    [teamMode, filters.teamId, me.id],
  );
  const ctx = useMemo<SpecContext | null>(
    () => (data ? { t, currency: data.currency, base, from: filters.from, to: filters.to } : null),
    // i18n.language: specs hold translated titles and stage names.
    [data, base, filters.from, filters.to, t, i18n.language],
  );
  const all = useMemo(() => (data && ctx ? cards(data, ctx, teamMode) : []), [data, ctx, teamMode]);
  const stamp = rangeStamp(filters);

  function change(next: DashboardFilters) {
    setParams(writeFilters(next), { replace: true });
  }

  return (
    <Flex vertical gap={16} data-testid="dashboard">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
          {t('home.greeting', { name: me.displayName })}
        </Typography.Title>
        <FilterBar value={filters} onChange={change} canTeam={canReports} teams={teams} />
      </Flex>
      {error && <Alert type="error" showIcon title={errorMessage(t, error)} data-testid="dashboard-error" />}
      {data && (
        <>
          <KpiCards kpis={data.kpis} currency={data.currency} base={base} from={filters.from} to={filters.to} />
          {data.otherCurrencies.length > 0 && (
            <Typography.Text type="secondary" data-testid="other-currencies">
              {t('reports.otherCurrencies', {
                list: data.otherCurrencies.map((m) => formatMoney(m.amount, m.currency)).join(', '),
              })}
            </Typography.Text>
          )}
          <Typography.Text type="secondary">{t('reports.drillHint')}</Typography.Text>
          <Row gutter={[16, 16]} data-testid="dashboard-charts">
            {all.map(({ spec, empty, wide }) => (
              <Col key={spec.key} xs={24} lg={wide ? 24 : 12}>
                <ChartCard spec={spec} empty={empty} stamp={stamp} />
              </Col>
            ))}
            {canCustomers && (
              <Col xs={24}>
                <AtRiskCard
                  rows={atRisk.rows}
                  total={atRisk.total}
                  days={idleDays}
                  onDays={setIdleDays}
                  hasMore={atRisk.hasNext}
                  loading={atRisk.loading}
                  onMore={atRisk.loadMore}
                  base={base}
                  stamp={stamp}
                />
              </Col>
            )}
          </Row>
        </>
      )}
      {!data && fetching && <Typography.Text type="secondary">…</Typography.Text>}
    </Flex>
  );
}
