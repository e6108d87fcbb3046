import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCount, formatDays, formatMoney, formatPercent } from '../format';
import { customersUrl, dealsUrl, type Base } from './drill';
import type { Kpis } from './types';

type Props = { kpis: Kpis; currency: string; base: Base; from: string; to: string };

function Kpi({ testId, title, value, note, to }: { testId: string; title: string; value: string; note?: ReactNode; to: string }) {
  return (
    <Col xs={12} md={8} xl={4}>
      {/* The whole card is the drill-down link: a bigger target on a phone. */}
      <Link to={to} data-testid={testId} style={{ display: 'block', height: '100%' }}>
        <Card size="small" hoverable style={{ height: '100%' }}>
          <Statistic title={title} value={value} styles={{ content: { fontSize: 20 } }} />
          {note && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {note}
            </Typography.Text>
          )}
        </Card>
      </Link>
    </Col>
  );
}

/** The headline figures of the period, each opening the list it counts. */
export function KpiCards({ kpis, currency, base, from, to }: Props) {
  const { t } = useTranslation();
  const won = dealsUrl({ ...base, status: 'WON', wonFrom: from, wonTo: to });
  const open = dealsUrl({ ...base, status: 'OPEN' });
  return (
    <Row gutter={[12, 12]}>
      <Kpi
        testId="kpi-won"
        title={t('reports.kpis.wonAmount')}
        value={formatMoney(kpis.wonAmount, currency, true)}
        note={t('reports.kpis.wonCount', { count: kpis.wonCount })}
        to={won}
      />
      <Kpi testId="kpi-win-rate" title={t('reports.kpis.winRate')} value={formatPercent(kpis.winRate)} to={won} />
      <Kpi
        testId="kpi-average-deal"
        title={t('reports.kpis.averageDealSize')}
        value={kpis.averageDealSize === null ? '—' : formatMoney(kpis.averageDealSize, currency, true)}
        to={won}
      />
      <Kpi
        testId="kpi-cycle"
        title={t('reports.kpis.averageCycle')}
        value={kpis.averageCycleDays === null ? '—' : t('reports.kpis.days', { days: formatDays(kpis.averageCycleDays) })}
        to={won}
      />
      <Kpi
        testId="kpi-open"
        title={t('reports.kpis.openAmount')}
        value={formatMoney(kpis.openAmount, currency, true)}
        note={t('reports.kpis.weighted', { amount: formatMoney(kpis.weightedAmount, currency, true) })}
        to={open}
      />
      {kpis.newCustomers !== null && (
        <Kpi
          testId="kpi-new-customers"
          title={t('reports.kpis.newCustomers')}
          value={formatCount(kpis.newCustomers)}
          to={customersUrl({ ...base, createdFrom: from, createdTo: to })}
        />
      )}
    </Row>
  );
}
