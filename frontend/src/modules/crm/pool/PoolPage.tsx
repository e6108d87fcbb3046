import { SearchOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useClient, useMutation } from 'urql';
import { FormError } from '../../../components/FormAlert';
import type { CrmPoolQuery as PoolResult } from '../../../graphql/graphql';
import { errorCode, errorMessage } from '../../../lib/errors';
import { hasPerm, Perm } from '../../../lib/permissions';
import { useMe } from '../../auth/me';
import { rowTestId } from '../../authz/rowProps';
import { CrmClaimCustomerMutation, CrmPoolQuery } from '../operations/lifecycle';
import { crmActionMessage } from '../shared/errors';
import { formatDay, kindText } from '../shared/format';
import { LoadMore } from '../shared/LoadMore';
import { useStages } from '../shared/settings';
import { useKeysetList, type FetchPage } from '../shared/useKeysetList';

type Row = PoolResult['customerPool']['edges'][number]['node'];

/** The shared pool (公海): customers without an owner, no personal data; claim one to work on it. */
export default function PoolPage() {
  const { t } = useTranslation();
  const me = useMe();
  const client = useClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { label: stageLabel } = useStages();
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [claiming, setClaiming] = useState<string | null>(null);
  const [, claim] = useMutation(CrmClaimCustomerMutation);
  const canClaim = hasPerm(me.permissions, Perm.CUSTOMERS_WRITE);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchText.trim()), 300);
    return () => clearTimeout(timer);
  }, [searchText]);

  const fetchPage = useCallback<FetchPage<Row>>(
    async (after) => {
      const result = await client
        .query(CrmPoolQuery, { first: 30, after, search: search || null }, { requestPolicy: 'network-only' })
        .toPromise();
      if (!result.data) return { error: result.error };
      const { edges, pageInfo, totalCount } = result.data.customerPool;
      return { page: { nodes: edges.map((e) => e.node), endCursor: pageInfo.endCursor ?? null, hasNext: pageInfo.hasNextPage, total: totalCount } };
    },
    [client, search],
  );
  const list = useKeysetList(fetchPage);

  async function onClaim(row: Row) {
    setClaiming(row.id);
    const result = await claim({ id: row.id });
    setClaiming(null);
    if (result.data) {
      void message.success(t('crm.pool.claimed', { name: row.name }));
      return navigate(`/customers/${row.id}`);
    }
    // Someone was faster: the row is gone from the pool.
    if (errorCode(result.error) === 'CONFLICT') list.reload();
    if (result.error)
      void message.error(
        crmActionMessage(t, result.error, { CONFLICT: 'crm.pool.taken', RATE_LIMITED: 'crm.pool.limit', NOT_FOUND: 'crm.pool.taken' }),
      );
  }

  const columns: TableColumnsType<Row> = [
    {
      title: t('crm.columns.name'),
      key: 'name',
      render: (_, r) => (
        <Flex vertical>
          <Typography.Text strong>{r.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[kindText(t, r.kind), r.industry].filter(Boolean).join(' · ')}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('crm.columns.stage'), key: 'stage', render: (_, r) => <Tag bordered={false} color="blue">{stageLabel(r.stage)}</Tag> },
    { title: t('crm.columns.level'), key: 'level', dataIndex: 'level' },
    { title: t('crm.columns.source'), key: 'source', responsive: ['md'], render: (_, r) => r.source || '—' },
    {
      title: t('crm.columns.tags'),
      key: 'tags',
      responsive: ['md'],
      render: (_, r) => (
        <Flex gap={4} wrap>
          {r.tags.map((tag) => (
            <Tag key={tag}>{tag}</Tag>
          ))}
        </Flex>
      ),
    },
    { title: t('crm.columns.createdAt'), key: 'createdAt', responsive: ['sm'], render: (_, r) => formatDay(r.createdAt) },
    {
      title: '',
      key: 'actions',
      render: (_, r) =>
        canClaim && (
          <Button type="primary" size="small" loading={claiming === r.id} data-testid={`pool-claim-${r.id}`} onClick={() => void onClaim(r)}>
            {t('crm.pool.claim')}
          </Button>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
        {t('crm.pool.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('crm.pool.help')}
      </Typography.Paragraph>
      <Input
        allowClear
        type="search"
        prefix={<SearchOutlined />}
        aria-label={t('crm.pool.search')}
        placeholder={t('crm.pool.search')}
        value={searchText}
        onChange={(e) => setSearchText(e.target.value)}
        data-testid="pool-search"
        style={{ width: 320, maxWidth: '100%' }}
      />
      <FormError message={list.error ? errorMessage(t, list.error) : null} />
      <div data-testid="pool-table">
        <Table<Row>
          rowKey="id"
          size="middle"
          loading={list.loading && list.rows.length === 0}
          columns={columns}
          dataSource={list.rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(r) => rowTestId(`pool-row-${r.name}`)}
        />
      </div>
      <LoadMore shown={list.rows.length} total={list.total} hasNext={list.hasNext} loading={list.loading} onMore={list.loadMore} testId="pool" />
    </Flex>
  );
}
