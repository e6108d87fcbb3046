import dayjs from 'dayjs';
import { App, Card, Flex, List, Grid, Table, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useClient } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { errorMessage } from '../../../lib/errors';
import { hasPerm, Perm } from '../../../lib/permissions';
import { useMe } from '../../auth/me';
import { rowTestId } from '../../authz/rowProps';
import { LoadMore } from '../../crm/shared/LoadMore';
import type { Person } from '../../crm/shared/pickers';
import { useKeysetList, type FetchPage } from '../../crm/shared/useKeysetList';
import { DealDrawer } from '../form/DealDrawer';
import { DealsListQuery } from '../operations/deals';
import { DealsHeader } from '../shared/DealsHeader';
import { formatDate } from '../shared/format';
import { formatMoney } from '../shared/money';
import { KIND_COLORS, stageName } from '../shared/stages';
import { dealColumns, type Row } from './columns';
import { FilterBar } from './FilterBar';
import { filtersFromParams, toFilterInput, toOrderInput, type ListFilters } from './filters';

const PAGE_SIZE = 30;

/** Deals you may see, filtered and sorted, a keyset page at a time; a table on desktops, cards on phones. */
export default function DealsListPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const client = useClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<ListFilters>(() => filtersFromParams(params, (day) => dayjs(day)));
  const [creating, setCreating] = useState(false);
  const canWrite = hasPerm(me.permissions, Perm.DEALS_WRITE);

  const fetchPage = useCallback<FetchPage<Row>>(
    async (after) => {
      const result = await client
        .query(
          DealsListQuery,
          { first: PAGE_SIZE, after, filter: toFilterInput(filters), orderBy: toOrderInput(filters) },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (!result.data) return { error: result.error };
      const { edges, pageInfo, totalCount } = result.data.deals;
      return { page: { nodes: edges.map((e) => e.node), endCursor: pageInfo.endCursor ?? null, hasNext: pageInfo.hasNextPage, total: totalCount } };
    },
    [client, filters],
  );
  const list = useKeysetList(fetchPage);

  const knownOwners = useMemo(() => {
    const owners = new Map<string, Person>();
    for (const r of list.rows) if (r.owner) owners.set(r.owner.id, r.owner);
    return [...owners.values()];
  }, [list.rows]);

  return (
    <Flex vertical gap={12}>
      <DealsHeader view="list" onCreate={canWrite ? () => setCreating(true) : undefined} />
      <FilterBar filters={filters} onChange={setFilters} knownOwners={knownOwners} />
      <FormError message={list.error ? errorMessage(t, list.error) : null} />
      {phone ? (
        <List<Row>
          data-testid="deals-cards"
          loading={list.loading && list.rows.length === 0}
          dataSource={list.rows}
          renderItem={(r) => (
            <List.Item key={r.id} style={{ padding: '4px 0', border: 0 }}>
              <Card size="small" style={{ width: '100%' }} data-testid={`deal-row-${r.title}`}>
                <Flex vertical gap={2}>
                  <Flex justify="space-between" gap={8}>
                    <Link to={`/deals/${r.id}`} data-testid={`deal-link-${r.id}`} style={{ fontWeight: 600 }}>
                      {r.title}
                    </Link>
                    <Tag color={KIND_COLORS[r.stage.kind]}>{stageName(r.stage, i18n.language)}</Tag>
                  </Flex>
                  <Typography.Text type="secondary">{r.customer.name}</Typography.Text>
                  <Flex justify="space-between" gap={8} wrap>
                    <Typography.Text strong>{formatMoney(r.amount, r.currency, i18n.language)}</Typography.Text>
                    <Typography.Text type="secondary">
                      {[r.owner?.displayName, formatDate(r.expectedCloseDate, i18n.language)].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  </Flex>
                </Flex>
              </Card>
            </List.Item>
          )}
        />
      ) : (
        <div data-testid="deals-table">
          <Table<Row>
            rowKey="id"
            size="middle"
            loading={list.loading && list.rows.length === 0}
            columns={dealColumns(t, i18n.language)}
            dataSource={list.rows}
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={(r) => rowTestId(`deal-row-${r.title}`)}
          />
        </div>
      )}
      <LoadMore shown={list.rows.length} total={list.total} hasNext={list.hasNext} loading={list.loading} onMore={list.loadMore} testId="deals" />
      {creating && (
        <DealDrawer
          deal={null}
          onClose={(saved) => {
            setCreating(false);
            if (!saved) return;
            void message.success({
              content: (
                <Typography.Link data-testid="created-link" onClick={() => navigate(`/deals/${saved.id}`)}>
                  {t('deals.form.created', { title: saved.title })}
                </Typography.Link>
              ),
            });
            list.reload();
          }}
        />
      )}
    </Flex>
  );
}
