import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Grid, List, Select, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { saveCsv } from '../csv';
import { customersUrl, type Base } from './drill';
import type { AtRiskCustomer } from './types';

export const IDLE_CHOICES = [14, 30, 60, 90] as const;

type Props = {
  rows: AtRiskCustomer[];
  total: number;
  days: number;
  onDays: (days: number) => void;
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
  base: Base;
  stamp: string;
};

/** Customers without activity for N days: a table on a desk, a list on a phone, each row a link. */
export function AtRiskCard({ rows, total, days, onDays, hasMore, loading, onMore, base, stamp }: Props) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const last = (r: AtRiskCustomer) => (r.lastActivityAt ? formatDateTime(r.lastActivityAt) : t('reports.atRisk.never'));
  const title = t('reports.charts.atRisk');

  function csv() {
    saveCsv(
      `${title}_${days}_${stamp}.csv`,
      [t('reports.columns.customer'), t('reports.columns.owner'), t('reports.columns.lastActivity'), t('reports.columns.idleDays')],
      rows.map((r) => [r.name, r.owner ?? '', r.lastActivityAt ?? '', r.idleDays]),
    );
  }

  const extra = (
    <Flex gap={4} align="center">
      <Select
        size="small"
        aria-label={t('reports.atRisk.idleFor')}
        value={days}
        onChange={onDays}
        options={IDLE_CHOICES.map((d) => ({ value: d, label: t('reports.atRisk.daysOption', { count: d }) }))}
        data-testid="at-risk-days"
      />
      <Tooltip title={t('reports.downloadCsv')}>
        <Button size="small" type="text" icon={<DownloadOutlined />} aria-label={t('reports.downloadCsv')} onClick={csv} data-testid="chart-at-risk-csv" />
      </Tooltip>
    </Flex>
  );

  const link = (r: AtRiskCustomer) => (
    <Link to={`/customers/${r.id}`} data-testid={`at-risk-${r.id}`}>
      {r.name}
    </Link>
  );

  return (
    <Card title={title} extra={extra} size="small" data-testid="chart-at-risk">
      {screens.md ? (
        <Table<AtRiskCustomer>
          rowKey="id"
          size="small"
          loading={loading && rows.length === 0}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'name', title: t('reports.columns.customer'), render: (_, r) => link(r) },
            { key: 'owner', title: t('reports.columns.owner'), dataIndex: 'owner' },
            { key: 'last', title: t('reports.columns.lastActivity'), render: (_, r) => last(r) },
            { key: 'idle', title: t('reports.columns.idleDays'), dataIndex: 'idleDays', align: 'right' },
          ]}
        />
      ) : (
        <List<AtRiskCustomer>
          size="small"
          loading={loading && rows.length === 0}
          dataSource={rows}
          renderItem={(r) => (
            <List.Item extra={<Typography.Text type="secondary">{t('reports.kpis.days', { days: r.idleDays })}</Typography.Text>}>
              <List.Item.Meta title={link(r)} description={[r.owner, last(r)].filter(Boolean).join(' · ')} />
            </List.Item>
          )}
        />
      )}
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 8 }}>
        <Link to={customersUrl({ ...base, inactiveDays: days })} data-testid="at-risk-all">
          {t('reports.atRisk.viewAll')} ({total})
        </Link>
        {hasMore && (
          <Button size="small" loading={loading} onClick={onMore} data-testid="at-risk-more">
            {t('reports.atRisk.more')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
