import { Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { DealsListQuery } from '../../../graphql/graphql';
import { formatDateTime } from '../../../lib/format';
import { formatDate, formatPercent } from '../shared/format';
import { formatMoney } from '../shared/money';
import { KIND_COLORS, stageName } from '../shared/stages';

export type Row = DealsListQuery['deals']['edges'][number]['node'];

/** The deal table's columns (desktop; phones get cards). */
export function dealColumns(t: TFunction, language: string): ColumnsType<Row> {
  return [
    {
      key: 'title',
      title: t('deals.fields.title'),
      render: (_, r) => (
        <Link to={`/deals/${r.id}`} data-testid={`deal-link-${r.id}`}>
          {r.title}
        </Link>
      ),
    },
    {
      key: 'customer',
      title: t('deals.fields.customer'),
      render: (_, r) => <Link to={`/customers/${r.customer.id}`}>{r.customer.name}</Link>,
    },
    {
      key: 'stage',
      title: t('deals.fields.stage'),
      render: (_, r) => <Tag color={KIND_COLORS[r.stage.kind]}>{stageName(r.stage, language)}</Tag>,
    },
    {
      key: 'amount',
      title: t('deals.fields.amount'),
      align: 'right',
      render: (_, r) => <span data-testid={`deal-amount-${r.id}`}>{formatMoney(r.amount, r.currency, language)}</span>,
    },
    { key: 'probability', title: t('deals.fields.probability'), align: 'right', render: (_, r) => formatPercent(r.probability, language) },
    { key: 'close', title: t('deals.fields.expectedCloseDate'), render: (_, r) => formatDate(r.expectedCloseDate, language) },
    { key: 'owner', title: t('deals.fields.owner'), render: (_, r) => r.owner?.displayName ?? '' },
    { key: 'team', title: t('deals.fields.team'), render: (_, r) => r.team?.name ?? '' },
    {
      key: 'updated',
      title: t('deals.fields.updatedAt'),
      render: (_, r) => <Typography.Text type="secondary">{formatDateTime(r.updatedAt)}</Typography.Text>,
    },
  ];
}
