import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, LinkOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Flex, Popconfirm, Result, Row, Spin, Steps, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { errorCode, errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { hasPerm, Perm } from '../../../lib/permissions';
import { useMe } from '../../auth/me';
import { DealDrawer } from '../form/DealDrawer';
import { DealsDealQuery, DealsDeleteDealMutation } from '../operations/deals';
import { dealError } from '../shared/errors';
import { formatDate, formatPercent } from '../shared/format';
import { formatMoney, sumAmounts } from '../shared/money';
import { KIND_COLORS, stageName, usePipelines } from '../shared/stages';
import { DealTimeline } from './DealTimeline';
import { LinkActivityModal } from './LinkActivityModal';

const STATUS_COLORS = { OPEN: 'blue', WON: 'green', LOST: 'red' } as const;

/** One deal: its fields, products, where it stands in its pipeline and its timeline. */
export default function DealPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [{ data, error, fetching }, refetch] = useQuery({ query: DealsDealQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const { pipelines } = usePipelines(true);
  const [, remove] = useMutation(DealsDeleteDealMutation);
  const [editing, setEditing] = useState(false);
  const [version, setVersion] = useState(0);
  const [linking, setLinking] = useState(false);
  const canWrite = hasPerm(me.permissions, Perm.DEALS_WRITE);
  // Linking needs activities.write on the customer as well (the server checks the customer).
  const canLink = canWrite && hasPerm(me.permissions, Perm.ACTIVITIES_WRITE);
  const lang = i18n.language;

  if (!data && fetching) return <Spin />;
  if (!data) {
    if (errorCode(error) === 'NOT_FOUND')
      return <Result status="404" title={t('deals.notFound')} data-testid="deal-not-found" extra={<Link to="/deals">{t('deals.backToBoard')}</Link>} />;
    return <FormError message={errorMessage(t, error)} />;
  }
  const deal = data.deal;
  const pipeline = pipelines.find((p) => p.id === deal.pipelineId);
  const path = (pipeline?.stages ?? []).filter((s) => (!s.archived && s.kind === 'OPEN') || s.id === deal.stage.id);
  const current = path.findIndex((s) => s.id === deal.stage.id);

  async function onDelete() {
    const result = await remove({ id: deal.id });
    if (result.error) return void message.error(dealError(t, result.error));
    void message.success(t('deals.detail.deleted', { title: deal.title }));
    navigate('/deals');
  }

  const item = (key: string, label: string, children: ReactNode) => ({ key, label, children: <span data-testid={`detail-${key}`}>{children}</span> });
  const items = [
    item('customer', t('deals.fields.customer'), <Link to={`/customers/${deal.customer.id}`}>{deal.customer.name}</Link>),
    item('contact', t('deals.fields.contact'), deal.contact?.name ?? '—'),
    item('amount', t('deals.fields.amount'), formatMoney(deal.amount, deal.currency, lang)),
    item('stage', t('deals.fields.stage'), <Tag color={KIND_COLORS[deal.stage.kind]}>{stageName(deal.stage, lang)}</Tag>),
    item('probability', t('deals.fields.probability'), formatPercent(deal.probability, lang)),
    item('close', t('deals.fields.expectedCloseDate'), formatDate(deal.expectedCloseDate, lang) || '—'),
    item('owner', t('deals.fields.owner'), deal.owner?.displayName ?? '—'),
    item('team', t('deals.fields.team'), deal.team?.name ?? '—'),
    item('source', t('deals.fields.source'), deal.source || '—'),
    ...(deal.status === 'LOST' ? [item('lostReason', t('deals.fields.lostReason'), deal.lostReason)] : []),
    ...(deal.wonAt ? [item('wonAt', t('deals.fields.wonAt'), formatDateTime(deal.wonAt))] : []),
    ...(deal.lostAt ? [item('lostAt', t('deals.fields.lostAt'), formatDateTime(deal.lostAt))] : []),
    item('stageEnteredAt', t('deals.fields.stageEnteredAt'), formatDateTime(deal.stageEnteredAt)),
    item('created', t('deals.fields.createdAt'), `${formatDateTime(deal.createdAt)}${deal.createdBy ? ` · ${deal.createdBy.displayName}` : ''}`),
    item('updated', t('deals.fields.updatedAt'), formatDateTime(deal.updatedAt)),
  ];

  return (
    <Flex vertical gap={16}>
      <Link to="/deals" data-testid="back-to-board">
        <ArrowLeftOutlined /> {t('deals.backToBoard')}
      </Link>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
            {deal.title}
          </Typography.Title>
          <Tag color={STATUS_COLORS[deal.status]} data-testid="deal-status">
            {t(`deals.status.${deal.status}`)}
          </Tag>
        </Flex>
        {canWrite && (
          <Flex gap={8}>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="deal-edit">
              {t('deals.detail.edit')}
            </Button>
            <Popconfirm
              title={t('deals.detail.deleteConfirm', { title: deal.title })}
              okText={t('deals.detail.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true, 'data-testid': 'deal-delete-ok' } as never}
              onConfirm={onDelete}
            >
              <Button danger icon={<DeleteOutlined />} data-testid="deal-delete">
                {t('deals.detail.delete')}
              </Button>
            </Popconfirm>
          </Flex>
        )}
      </Flex>
      {path.length > 0 && (
        <Card size="small" title={pipeline?.name}>
          <Steps
            size="small"
            current={current}
            status={deal.status === 'LOST' ? 'error' : deal.status === 'WON' ? 'finish' : 'process'}
            items={path.map((s) => ({ title: stageName(s, lang) }))}
            data-testid="deal-progress"
            responsive
          />
        </Card>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={16}>
            <Card title={t('deals.detail.details')}>
              <Descriptions column={{ xs: 1, sm: 2 }} size="small" items={items} />
            </Card>
            {deal.products.length > 0 && (
              <Card title={t('deals.fields.products')}>
                <Table
                  rowKey={(_, i) => String(i)}
                  size="small"
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  dataSource={deal.products}
                  data-testid="deal-products"
                  columns={[
                    { key: 'name', title: t('deals.products.name'), dataIndex: 'name' },
                    { key: 'quantity', title: t('deals.products.quantity'), align: 'right', render: (_, p) => String(p.quantity) },
                    { key: 'price', title: t('deals.products.price'), align: 'right', render: (_, p) => formatMoney(p.price, deal.currency, lang) },
                    { key: 'total', title: t('deals.products.lineTotal'), align: 'right', render: (_, p) => formatMoney(p.total, deal.currency, lang) },
                  ]}
                  summary={() => (
                    <Table.Summary.Row>
                      <Table.Summary.Cell index={0} colSpan={3}>
                        {t('deals.products.sum')}
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={1} align="right">
                        {formatMoney(sumAmounts(deal.products.map((p) => p.total)), deal.currency, lang)}
                      </Table.Summary.Cell>
                    </Table.Summary.Row>
                  )}
                />
              </Card>
            )}
            {deal.notes && (
              <Card title={t('deals.fields.notes')}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="deal-notes">
                  {deal.notes}
                </Typography.Paragraph>
              </Card>
            )}
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Card
            title={t('deals.detail.timeline')}
            extra={
              canLink && (
                <Button size="small" icon={<LinkOutlined />} onClick={() => setLinking(true)} data-testid="link-activity">
                  {t('deals.link.button')}
                </Button>
              )
            }
          >
            <DealTimeline dealId={deal.id} version={version} canUnlink={canLink} />
          </Card>
        </Col>
      </Row>
      {linking && (
        <LinkActivityModal
          dealId={deal.id}
          customerId={deal.customer.id}
          onClose={(linked) => {
            setLinking(false);
            if (!linked) return;
            void message.success(t('deals.link.linked'));
            setVersion((v) => v + 1);
          }}
        />
      )}
      {editing && (
        <DealDrawer
          deal={deal}
          onClose={(saved) => {
            setEditing(false);
            if (!saved) return;
            void message.success(t('deals.form.saved', { title: saved.title }));
            refetch({ requestPolicy: 'network-only' });
            setVersion((v) => v + 1);
          }}
        />
      )}
    </Flex>
  );
}
