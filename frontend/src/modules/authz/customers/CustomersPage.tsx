import { EyeOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { FormError } from '../../../components/FormAlert';
import type { AuthzCustomersQuery as CustomersResult } from '../../../graphql/graphql';
import { errorMessage } from '../../../lib/errors';
import { hasPerm, Perm } from '../../../lib/permissions';
import { useMe } from '../../auth/me';
import { rowTestId } from '../rowProps';
import { CustomerModal } from './CustomerModal';
import { AuthzCustomersQuery } from './operations';
import { canReveal, PII_COLUMNS } from './pii';
import { RevealModal, type RevealTarget } from './RevealModal';

type Row = CustomersResult['customers']['edges'][number]['node'];

const PAGE_SIZE = 20;

/** Customers you may see (your data scope), personal data masked unless you may read it; reveal one field with a reason. */
export default function CustomersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const client = useClient();
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [rows, setRows] = useState<Row[]>([]);
  const [page, setPage] = useState<{ endCursor: string | null; hasNext: boolean; total: number }>({
    endCursor: null,
    hasNext: false,
    total: 0,
  });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<Record<string, string | null>>({});
  const [revealing, setRevealing] = useState<RevealTarget | null>(null);
  const [creating, setCreating] = useState(false);
  // Only the latest request may write the list: a slow answer for an old search must not win.
  const latest = useRef(0);

  const load = useCallback(
    async (after: string | null) => {
      const request = ++latest.current;
      setLoading(true);
      const result = await client
        .query(AuthzCustomersQuery, { first: PAGE_SIZE, after, search: search || null }, { requestPolicy: 'network-only' })
        .toPromise();
      if (request !== latest.current) return;
      setLoading(false);
      if (result.error || !result.data) {
        setError(errorMessage(t, result.error));
        return;
      }
      setError(null);
      const { edges, pageInfo, totalCount } = result.data.customers;
      const nodes = edges.map((e) => e.node);
      setRows((prev) => (after ? [...prev, ...nodes] : nodes));
      setPage({ endCursor: pageInfo.endCursor ?? null, hasNext: pageInfo.hasNextPage, total: totalCount });
    },
    [client, search, t],
  );

  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchText.trim()), 300);
    return () => clearTimeout(timer);
  }, [searchText]);

  useEffect(() => {
    void load(null);
  }, [load]);

  const piiColumns: TableColumnsType<Row> = PII_COLUMNS.map((col) => ({
    title: t(`authz.customers.fields.${col.key}`),
    key: col.key,
    render: (_: unknown, r: Row) => {
      const slot = `${r.id}:${col.slug}`;
      if (slot in revealed) {
        return (
          <Typography.Text data-testid={`revealed-${col.slug}-${r.id}`} copyable={!!revealed[slot]}>
            {revealed[slot] ?? '—'}
          </Typography.Text>
        );
      }
      const value = r[col.key];
      return (
        <Flex gap={4} align="center" wrap={false}>
          <span data-testid={`${col.slug}-${r.id}`}>{value ?? '—'}</span>
          {canReveal(me.permissions, r, value) && (
            <Tooltip title={t('authz.customers.reveal')}>
              <Button
                type="text"
                size="small"
                icon={<EyeOutlined />}
                aria-label={t('authz.customers.revealLabel', { field: t(`authz.customers.fields.${col.key}`) })}
                data-testid={`reveal-${col.slug}-${r.id}`}
                onClick={() => setRevealing({ customerId: r.id, customerName: r.name, column: col })}
              />
            </Tooltip>
          )}
        </Flex>
      );
    },
  }));

  const columns: TableColumnsType<Row> = [
    {
      title: t('authz.customers.name'),
      key: 'name',
      render: (_, r) => (
        <Flex vertical>
          <Typography.Text strong>{r.name}</Typography.Text>
          <Flex gap={4} wrap>
            <Tag bordered={false}>{t(`authz.customers.kinds.${r.kind}`, { defaultValue: r.kind })}</Tag>
            <Tag bordered={false}>{t(`authz.customers.stages.${r.stage}`, { defaultValue: r.stage })}</Tag>
          </Flex>
        </Flex>
      ),
    },
    ...piiColumns,
    {
      title: t('authz.customers.owner'),
      key: 'owner',
      responsive: ['md'],
      render: (_, r) => r.owner?.displayName ?? '—',
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
          {t('authz.customers.title')}
        </Typography.Title>
        {hasPerm(me.permissions, Perm.CUSTOMERS_WRITE) && (
          <Button type="primary" icon={<PlusOutlined />} data-testid="customer-create" onClick={() => setCreating(true)}>
            {t('authz.customers.create')}
          </Button>
        )}
      </Flex>
      <Input
        allowClear
        type="search"
        prefix={<SearchOutlined />}
        aria-label={t('authz.customers.search')}
        placeholder={t('authz.customers.search')}
        value={searchText}
        onChange={(e) => setSearchText(e.target.value)}
        data-testid="customer-search"
        style={{ width: 320, maxWidth: '100%' }}
      />
      <FormError message={error} />
      <div data-testid="customers-table">
        <Table<Row>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(r) => rowTestId(`customer-row-${r.name}`)}
        />
      </div>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary" data-testid="customers-count">
          {t('authz.customers.count', { shown: rows.length, total: page.total })}
        </Typography.Text>
        {page.hasNext && (
          <Button loading={loading} data-testid="customers-more" onClick={() => void load(page.endCursor)}>
            {t('authz.customers.loadMore')}
          </Button>
        )}
      </Flex>
      {revealing && (
        <RevealModal
          target={revealing}
          onClose={(value) => {
            const target = revealing;
            setRevealing(null);
            if (value !== undefined) setRevealed((prev) => ({ ...prev, [`${target.customerId}:${target.column.slug}`]: value }));
          }}
        />
      )}
      {creating && (
        <CustomerModal
          onClose={(saved) => {
            setCreating(false);
            if (saved) {
              void message.success(saved);
              void load(null);
            }
          }}
        />
      )}
    </Flex>
  );
}
