import { FilterOutlined, PlusOutlined, SearchOutlined, SortAscendingOutlined, SortDescendingOutlined } from '@ant-design/icons';
import { App, Badge, Button, Flex, Input, Select, Table, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useClient } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { errorMessage } from '../../../lib/errors';
import { hasPerm, Perm } from '../../../lib/permissions';
import { useMe } from '../../auth/me';
import { rowTestId } from '../../authz/rowProps';
import { CustomerDrawer } from '../form/CustomerDrawer';
import { CrmCustomersQuery } from '../operations/list';
import { LoadMore } from '../shared/LoadMore';
import type { Person } from '../shared/pickers';
import { useRevealers } from '../shared/reveal';
import { useFieldDefs, useStages } from '../shared/settings';
import { useKeysetList, type FetchPage } from '../shared/useKeysetList';
import { BulkBar } from './BulkBar';
import { ColumnChooser } from './ColumnChooser';
import { BASE_COLUMNS, buildColumns, columnTitle, customColumn, DEFAULT_COLUMNS, type Row } from './columns';
import { FilterDrawer } from './FilterDrawer';
import { ExportButton } from '../../dataio/ExportButton';
import { countFilters, filtersFromUrl, SORT_FIELDS, toFilterInput, toOrderInput, type ListFilters } from './filters';
import { SavedViews } from './SavedViews';
import { loadColumns, saveColumns } from './storage';

const PAGE_SIZE = 30;

/** Customers you may see: search, filters, sort, saved filters, chosen columns, bulk transfer and release. */
export default function CustomersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const client = useClient();
  const reveal = useRevealers();
  const { label: stageLabel } = useStages();
  const { defs, label: defLabel } = useFieldDefs();
  const location = useLocation();
  // A link may carry filters (the dashboard's drill-downs); they apply once, on arrival.
  const [filters, setFilters] = useState<ListFilters>(() => filtersFromUrl(new URLSearchParams(location.search)));
  const [searchText, setSearchText] = useState('');
  const [filtering, setFiltering] = useState(false);
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);

  const available = useMemo(
    () => [...BASE_COLUMNS, ...defs.map((d) => customColumn(d.key))],
    [defs],
  );
  const [chosen, setChosen] = useState<string[]>(() => loadColumns(me.id, BASE_COLUMNS, DEFAULT_COLUMNS));
  useEffect(() => {
    // Custom field columns are known only once the definitions load.
    if (defs.length > 0) setChosen(loadColumns(me.id, available, DEFAULT_COLUMNS));
  }, [defs.length, available, me.id]);

  useEffect(() => {
    const timer = setTimeout(() => setFilters((f) => (f.search === searchText.trim() ? f : { ...f, search: searchText.trim() })), 300);
    return () => clearTimeout(timer);
  }, [searchText]);

  const fetchPage = useCallback<FetchPage<Row>>(
    async (after) => {
      const result = await client
        .query(
          CrmCustomersQuery,
          {
            first: PAGE_SIZE,
            after,
            search: filters.search || null,
            filter: toFilterInput(filters),
            orderBy: toOrderInput(filters),
            withTotal: after === null,
          },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (!result.data) return { error: result.error };
      const { edges, pageInfo, totalCount } = result.data.customers;
      return {
        page: { nodes: edges.map((e) => e.node), endCursor: pageInfo.endCursor ?? null, hasNext: pageInfo.hasNextPage, total: totalCount },
      };
    },
    [client, filters],
  );
  const list = useKeysetList(fetchPage);

  // Rows a new search or filter hides must not stay selected (a bulk action would reach them unseen).
  useEffect(() => {
    setSelected((prev) => {
      const kept = prev.filter((id) => list.rows.some((r) => r.id === id));
      return kept.length === prev.length ? prev : kept;
    });
  }, [list.rows]);

  const knownOwners = useMemo(() => {
    const owners = new Map<string, Person>();
    for (const r of list.rows) if (r.owner) owners.set(r.owner.id, r.owner);
    return [...owners.values()];
  }, [list.rows]);

  const ctx = { t, stageLabel, defs, defLabel, reveal };
  const columns = buildColumns(chosen, ctx);
  const canWrite = hasPerm(me.permissions, Perm.CUSTOMERS_WRITE);
  const canAssign = hasPerm(me.permissions, Perm.CUSTOMERS_ASSIGN);
  const canBulk = canWrite || canAssign;
  const filterCount = countFilters(filters);

  function applyFilters(next: ListFilters) {
    setFilters(next);
    setSearchText(next.search);
    setFiltering(false);
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
          {t('crm.list.title')}
        </Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} data-testid="customer-create" onClick={() => setCreating(true)}>
            {t('crm.list.create')}
          </Button>
        )}
      </Flex>
      <Flex wrap gap={8} align="center">
        <Input
          allowClear
          type="search"
          prefix={<SearchOutlined />}
          aria-label={t('crm.list.search')}
          placeholder={t('crm.list.search')}
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
          data-testid="customer-search"
          style={{ width: 320, maxWidth: '100%' }}
        />
        <Badge count={filterCount} size="small">
          <Button icon={<FilterOutlined />} data-testid="filters-toggle" onClick={() => setFiltering(true)}>
            {t('crm.filters.title')}
          </Button>
        </Badge>
        <Flex gap={0}>
          <Select
            value={filters.sort.field}
            aria-label={t('crm.sort.label')}
            data-testid="sort-field"
            style={{ minWidth: 150 }}
            options={SORT_FIELDS.map((f) => ({ value: f, label: t(`crm.sort.${f}`) }))}
            onChange={(field) => setFilters((f) => ({ ...f, sort: { ...f.sort, field } }))}
          />
          <Button
            aria-label={t(filters.sort.direction === 'ASC' ? 'crm.sort.asc' : 'crm.sort.desc')}
            title={t(filters.sort.direction === 'ASC' ? 'crm.sort.asc' : 'crm.sort.desc')}
            data-testid="sort-direction"
            icon={filters.sort.direction === 'ASC' ? <SortAscendingOutlined /> : <SortDescendingOutlined />}
            onClick={() =>
              setFilters((f) => ({ ...f, sort: { ...f.sort, direction: f.sort.direction === 'ASC' ? 'DESC' : 'ASC' } }))
            }
          />
        </Flex>
        <SavedViews userId={me.id} current={filters} onApply={applyFilters} />
        <ExportButton kind="CUSTOMERS" filter={toFilterInput(filters)} search={filters.search || null} />
        <ColumnChooser
          available={available.map((key) => ({ key, title: columnTitle(key, ctx) }))}
          chosen={chosen}
          onChange={(next) => {
            setChosen(next);
            saveColumns(me.id, next);
          }}
          onReset={() => {
            setChosen([...DEFAULT_COLUMNS]);
            saveColumns(me.id, DEFAULT_COLUMNS);
          }}
        />
      </Flex>
      <FormError message={list.error ? errorMessage(t, list.error) : null} />
      {selected.length > 0 && (
        <BulkBar
          selected={selected}
          onClear={() => setSelected([])}
          onDone={(text) => {
            void message.success(text);
            setSelected([]);
            list.reload();
          }}
        />
      )}
      <div data-testid="customers-table">
        <Table<Row>
          rowKey="id"
          size="middle"
          loading={list.loading && list.rows.length === 0}
          columns={columns}
          dataSource={list.rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          rowSelection={
            canBulk
              ? {
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys.map(String)),
                  getCheckboxProps: (r) => ({ 'data-testid': `select-${r.id}` }) as never,
                }
              : undefined
          }
          onRow={(r) => rowTestId(`customer-row-${r.name}`)}
        />
      </div>
      <LoadMore
        shown={list.rows.length}
        total={list.total}
        hasNext={list.hasNext}
        loading={list.loading}
        onMore={list.loadMore}
        testId="customers"
      />
      {filtering && (
        <FilterDrawer filters={filters} knownOwners={knownOwners} onApply={applyFilters} onClose={() => setFiltering(false)} />
      )}
      {creating && (
        <CustomerDrawer
          customer={null}
          onClose={(saved) => {
            setCreating(false);
            if (!saved) return;
            // Stay on the list (the new customer shows at the top); the message links to it. Messages
            // render outside the router, hence navigate() rather than <Link>.
            void message.success({
              content: (
                <Typography.Link data-testid="created-link" onClick={() => navigate(`/customers/${saved.id}`)}>
                  {t('crm.form.created', { name: saved.name })}
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
