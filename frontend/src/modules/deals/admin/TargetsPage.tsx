import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/FormAlert';
import type { DealsSalesTargetsQuery } from '../../../graphql/graphql';
import { errorMessage } from '../../../lib/errors';
import { rowTestId } from '../../authz/rowProps';
import { DealsSalesTargetsQuery as TargetsDoc, DealsSetSalesTargetMutation } from '../operations/pipelines';
import { dealError } from '../shared/errors';
import { formatMoney, sumAmounts } from '../shared/money';
import { TargetModal } from './TargetModal';

export type Target = DealsSalesTargetsQuery['salesTargets'][number];

/** Admin (settings.manage): monthly revenue targets per user and per team. */
export default function TargetsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [month, setMonth] = useState<Dayjs>(() => dayjs().startOf('month'));
  const key = month.format('YYYY-MM');
  const [{ data, error, fetching }, refetch] = useQuery({ query: TargetsDoc, variables: { fromMonth: key, toMonth: key }, requestPolicy: 'cache-and-network' });
  const [, setTarget] = useMutation(DealsSetSalesTargetMutation);
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const rows = data?.salesTargets ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function onRemove(row: Target) {
    const result = await setTarget({ input: { month: row.month, userId: row.user?.id ?? null, teamId: row.team?.id ?? null, amount: '0', currency: row.currency } });
    if (result.error) return void message.error(dealError(t, result.error));
    void message.success(t('deals.targets.removed'));
    reload();
  }

  const currencies = [...new Set(rows.map((r) => r.currency))];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
          {t('deals.targets.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="target-add">
          {t('deals.targets.add')}
        </Button>
      </Flex>
      <Flex gap={8} align="center" wrap>
        <DatePicker
          picker="month"
          allowClear={false}
          value={month}
          onChange={(m) => m && setMonth(m.startOf('month'))}
          aria-label={t('deals.targets.month')}
          data-testid="target-month"
        />
        {currencies.map((c) => (
          <Tag key={c} data-testid={`targets-total-${c}`}>
            {t('deals.targets.total', { amount: formatMoney(sumAmounts(rows.filter((r) => r.currency === c).map((r) => r.amount)), c, i18n.language) })}
          </Tag>
        ))}
      </Flex>
      <FormError message={error ? errorMessage(t, error) : null} />
      <div data-testid="targets-table">
        <Table<Target>
          rowKey="id"
          size="middle"
          loading={fetching && !data}
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={rows}
          onRow={(r) => rowTestId(`target-row-${r.user?.displayName ?? r.team?.name ?? r.id}`)}
          locale={{ emptyText: t('deals.targets.empty') }}
          columns={[
            {
              key: 'who',
              title: t('deals.targets.who'),
              render: (_, r) =>
                r.user ? (
                  <span>
                    <Tag>{t('deals.targets.user')}</Tag>
                    {r.user.displayName}
                  </span>
                ) : (
                  <span>
                    <Tag color="purple">{t('deals.targets.team')}</Tag>
                    {r.team?.name}
                  </span>
                ),
            },
            { key: 'amount', title: t('deals.targets.amount'), align: 'right', render: (_, r) => formatMoney(r.amount, r.currency, i18n.language) },
            {
              key: 'actions',
              title: '',
              render: (_, r) => (
                <Flex gap={4}>
                  <Button size="small" icon={<EditOutlined />} aria-label={t('deals.targets.edit')} onClick={() => setEditing(r)} data-testid={`target-edit-${r.id}`} />
                  <Popconfirm title={t('deals.targets.removeConfirm')} okText={t('deals.targets.remove')} cancelText={t('common.cancel')} onConfirm={() => onRemove(r)}>
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('deals.targets.remove')} data-testid={`target-remove-${r.id}`} />
                  </Popconfirm>
                </Flex>
              ),
            },
          ]}
        />
      </div>
      {editing && (
        <TargetModal
          month={key}
          target={editing === 'new' ? null : editing}
          onClose={(done) => {
            setEditing(null);
            if (!done) return;
            void message.success(t('deals.targets.saved'));
            reload();
          }}
        />
      )}
    </Flex>
  );
}
