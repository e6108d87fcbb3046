import { DeleteOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, useMutation } from 'urql';
import { FormError } from '../../../components/FormAlert';
import type { CrmDeletedCustomersQuery as TrashResult } from '../../../graphql/graphql';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { hasPerm, Perm } from '../../../lib/permissions';
import { useMe } from '../../auth/me';
import { rowTestId } from '../../authz/rowProps';
import { useStepUp } from '../../mfa/stepup';
import { CrmDeletedCustomersQuery, CrmPurgeCustomerMutation, CrmRestoreCustomerMutation } from '../operations/lifecycle';
import { crmActionMessage } from '../shared/errors';
import { kindText } from '../shared/format';
import { LoadMore } from '../shared/LoadMore';
import { useKeysetList, type FetchPage } from '../shared/useKeysetList';

type Row = TrashResult['deletedCustomers']['edges'][number]['node'];

/** The recycle bin: restore a deleted customer, or erase it for good (customers.purge, after a step-up). */
export default function TrashPage() {
  const { t } = useTranslation();
  const me = useMe();
  const client = useClient();
  const { message } = App.useApp();
  const { withStepUp } = useStepUp();
  const [, restore] = useMutation(CrmRestoreCustomerMutation);
  const [, purge] = useMutation(CrmPurgeCustomerMutation);
  const canPurge = hasPerm(me.permissions, Perm.CUSTOMERS_PURGE);

  const fetchPage = useCallback<FetchPage<Row>>(
    async (after) => {
      const result = await client.query(CrmDeletedCustomersQuery, { first: 30, after }, { requestPolicy: 'network-only' }).toPromise();
      if (!result.data) return { error: result.error };
      const { edges, pageInfo, totalCount } = result.data.deletedCustomers;
      return { page: { nodes: edges.map((e) => e.node), endCursor: pageInfo.endCursor ?? null, hasNext: pageInfo.hasNextPage, total: totalCount } };
    },
    [client],
  );
  const list = useKeysetList(fetchPage);

  async function onRestore(row: Row) {
    const result = await restore({ id: row.id });
    if (result.error) return void message.error(crmActionMessage(t, result.error, { CONFLICT: 'crm.trash.mergedNoRestore' }));
    void message.success(t('crm.trash.restored', { name: row.name }));
    list.reload();
  }

  async function onPurge(row: Row) {
    const result = await withStepUp(() => purge({ id: row.id }));
    if (result.error) return void message.error(crmActionMessage(t, result.error));
    void message.success(t('crm.trash.purged', { name: row.name }));
    list.reload();
  }

  const columns: TableColumnsType<Row> = [
    {
      title: t('crm.columns.name'),
      key: 'name',
      render: (_, r) => (
        <Flex vertical>
          <Typography.Text strong>{r.name}</Typography.Text>
          <Flex gap={4} wrap>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {kindText(t, r.kind)}
            </Typography.Text>
            {r.mergedIntoId && (
              <Tag color="purple" data-testid={`trash-merged-${r.id}`}>
                <Link to={`/customers/${r.mergedIntoId}`}>{t('crm.trash.merged')}</Link>
              </Tag>
            )}
          </Flex>
        </Flex>
      ),
    },
    { title: t('crm.columns.owner'), key: 'owner', responsive: ['md'], render: (_, r) => r.owner?.displayName ?? '—' },
    {
      title: t('crm.trash.deleted'),
      key: 'deletedAt',
      responsive: ['sm'],
      render: (_, r) => `${formatDateTime(r.deletedAt)}${r.deletedBy ? ` · ${r.deletedBy.displayName}` : ''}`,
    },
    {
      title: '',
      key: 'actions',
      render: (_, r) => (
        <Flex gap={4} wrap>
          {!r.mergedIntoId && (
            <Button size="small" icon={<UndoOutlined />} data-testid={`trash-restore-${r.id}`} onClick={() => void onRestore(r)}>
              {t('crm.trash.restore')}
            </Button>
          )}
          {canPurge && (
            <Popconfirm
              title={t('crm.trash.confirmPurge', { name: r.name })}
              description={t('crm.trash.purgeHelp')}
              okText={t('common.yes')}
              cancelText={t('common.no')}
              okButtonProps={{ danger: true, 'data-testid': 'confirm-ok' }}
              onConfirm={() => onPurge(r)}
            >
              <Button size="small" danger icon={<DeleteOutlined />} data-testid={`trash-purge-${r.id}`}>
                {t('crm.trash.purge')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
        {t('crm.trash.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('crm.trash.help')}
      </Typography.Paragraph>
      <FormError message={list.error ? errorMessage(t, list.error) : null} />
      <div data-testid="trash-table">
        <Table<Row>
          rowKey="id"
          size="middle"
          loading={list.loading && list.rows.length === 0}
          columns={columns}
          dataSource={list.rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(r) => rowTestId(`trash-row-${r.name}`)}
        />
      </div>
      <LoadMore shown={list.rows.length} total={list.total} hasNext={list.hasNext} loading={list.loading} onMore={list.loadMore} testId="trash" />
    </Flex>
  );
}
