import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { FormError } from '../../components/FormAlert';
import { errorMessage } from '../../lib/errors';
import { hasPerm, Perm } from '../../lib/permissions';
import { useMe } from '../auth/me';
import { DealDrawer } from './form/DealDrawer';
import { DealsCustomerNameQuery, DealsListQuery } from './operations/deals';
import { formatDate } from './shared/format';
import { formatMoney } from './shared/money';
import { KIND_COLORS, stageName } from './shared/stages';

const SHOWN = 20;

type Props = { customerId: string; customerName?: string };

/**
 * The deals of one customer (newest first) with a "New deal" button, for the customer detail page.
 * Renders nothing for users without deals.read.
 */
export function CustomerDeals({ customerId, customerName }: Props) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const canRead = hasPerm(me.permissions, Perm.DEALS_READ);
  const canWrite = hasPerm(me.permissions, Perm.DEALS_WRITE);
  const [creating, setCreating] = useState(false);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: DealsListQuery,
    variables: { first: SHOWN, filter: { customerId } },
    pause: !canRead,
    requestPolicy: 'cache-and-network',
  });
  // The new-deal drawer names the customer; asked only when the page did not say.
  const [named] = useQuery({ query: DealsCustomerNameQuery, variables: { id: customerId }, pause: !creating || customerName !== undefined });
  if (!canRead) return null;
  const rows = data?.deals.edges.map((e) => e.node) ?? [];
  const total = data?.deals.totalCount ?? 0;

  return (
    <Flex vertical gap={8} data-testid="customer-deals">
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text type="secondary" data-testid="customer-deals-count">
          {t('deals.customer.count', { count: total })}
        </Typography.Text>
        {canWrite && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="customer-deal-create">
            {t('deals.create')}
          </Button>
        )}
      </Flex>
      <FormError message={error ? errorMessage(t, error) : null} />
      {rows.length === 0 && !fetching ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deals.customer.none')} />
      ) : (
        <List
          size="small"
          loading={fetching && !data}
          dataSource={rows}
          renderItem={(r) => (
            <List.Item key={r.id} data-testid={`customer-deal-${r.id}`}>
              <Flex vertical gap={2} style={{ width: '100%' }}>
                <Flex justify="space-between" gap={8} wrap>
                  <Link to={`/deals/${r.id}`}>{r.title}</Link>
                  <Typography.Text strong>{formatMoney(r.amount, r.currency, i18n.language)}</Typography.Text>
                </Flex>
                <Flex gap={8} align="center" wrap>
                  <Tag color={KIND_COLORS[r.stage.kind]}>{stageName(r.stage, i18n.language)}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[r.owner?.displayName, formatDate(r.expectedCloseDate, i18n.language)].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {total > rows.length && (
        <Typography.Text type="secondary">{t('deals.customer.more', { count: total - rows.length })}</Typography.Text>
      )}
      {creating && (customerName !== undefined || named.data || named.error) && (
        <DealDrawer
          deal={null}
          customer={{ id: customerId, name: customerName ?? named.data?.customer.name ?? '' }}
          onClose={(saved) => {
            setCreating(false);
            if (!saved) return;
            void message.success(t('deals.form.created', { title: saved.title }));
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </Flex>
  );
}
