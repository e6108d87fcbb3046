import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { App, Button, Col, Flex, Popconfirm, Result, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useFragment } from '../../../graphql';
import { errorCode, errorMessage } from '../../../lib/errors';
import { hasPerm, Perm } from '../../../lib/permissions';
import { useMe } from '../../auth/me';
import { PageSpinner } from '../../layout/PageSpinner';
import { CustomerDrawer } from '../form/CustomerDrawer';
import { CrmCustomerFieldsFragment, CrmCustomerQuery, CrmDeleteCustomerMutation } from '../operations/customer';
import { crmActionMessage } from '../shared/errors';
import { kindText } from '../shared/format';
import { useStages } from '../shared/settings';
import { ContactsCard } from './ContactsCard';
import { DetailsCard } from './DetailsCard';
import { ProfileCard } from './ProfileCard';
import { MergeDrawer } from './MergeDrawer';
import { CustomerDeals } from '../../deals/CustomerDeals';
import { TimelinePanel } from './TimelinePanel';

/** One customer: profile (masked personal data, reveal), contacts, details, timeline; edit, merge, delete. */
export default function CustomerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { label: stageLabel } = useStages();
  const [{ data, error, fetching }, refetch] = useQuery({ query: CrmCustomerQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [, deleteCustomer] = useMutation(CrmDeleteCustomerMutation);
  const [action, setAction] = useState<'edit' | 'merge' | null>(null);
  const customer = useFragment(CrmCustomerFieldsFragment, data?.customer);

  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (!customer) {
    if (fetching && !error) return <PageSpinner />;
    const missing = errorCode(error) === 'NOT_FOUND';
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? t('crm.customer.notFound') : errorMessage(t, error)}
        data-testid="customer-missing"
        extra={<Link to="/customers">{t('crm.detail.back')}</Link>}
      />
    );
  }

  const canWrite = hasPerm(me.permissions, Perm.CUSTOMERS_WRITE);
  const canDelete = hasPerm(me.permissions, Perm.CUSTOMERS_DELETE);

  async function onDelete() {
    const result = await deleteCustomer({ id });
    if (result.error) return void message.error(crmActionMessage(t, result.error));
    void message.success(t('crm.detail.deleted', { name: customer?.name ?? '' }));
    navigate('/customers');
  }

  return (
    <Flex vertical gap={16}>
      <Link to="/customers" data-testid="customer-back">
        <ArrowLeftOutlined /> {t('crm.detail.back')}
      </Link>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <Flex vertical gap={4} style={{ minWidth: 0 }}>
          <Typography.Title level={2} data-testid="page-title" style={{ margin: 0, overflowWrap: 'anywhere' }}>
            {customer.name}
          </Typography.Title>
          <Flex gap={4} wrap>
            <Tag bordered={false}>{kindText(t, customer.kind)}</Tag>
            <Tag bordered={false} color="blue" data-testid="customer-stage-tag">
              {stageLabel(customer.stage)}
            </Tag>
            <Tag bordered={false}>{t('crm.detail.level', { level: customer.level })}</Tag>
          </Flex>
        </Flex>
        <Flex gap={8} wrap>
          {canWrite && (
            <Button icon={<EditOutlined />} data-testid="customer-edit" onClick={() => setAction('edit')}>
              {t('crm.detail.edit')}
            </Button>
          )}
          {canWrite && canDelete && (
            <Button icon={<MergeCellsOutlined />} data-testid="customer-merge" onClick={() => setAction('merge')}>
              {t('crm.detail.merge')}
            </Button>
          )}
          {canDelete && (
            <Popconfirm
              title={t('crm.detail.confirmDelete', { name: customer.name })}
              description={t('crm.detail.deleteHelp')}
              okText={t('common.yes')}
              cancelText={t('common.no')}
              okButtonProps={{ danger: true, 'data-testid': 'confirm-ok' }}
              onConfirm={onDelete}
            >
              <Button danger icon={<DeleteOutlined />} data-testid="customer-delete">
                {t('crm.detail.delete')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            <ProfileCard customer={customer} />
            <ContactsCard customer={customer} canWrite={canWrite} onChanged={reload} />
            <DetailsCard customer={customer} />
          </Flex>
        </Col>
        <Col xs={24} lg={14}>
          <Flex vertical gap={16}>
            <CustomerDeals customerId={customer.id} customerName={customer.name} />
            <TimelinePanel customerId={customer.id} />
          </Flex>
        </Col>
      </Row>
      {action === 'edit' && (
        <CustomerDrawer
          customer={customer}
          onClose={(saved) => {
            setAction(null);
            if (!saved) return;
            void message.success(t('crm.form.updated', { name: saved.name }));
            reload();
          }}
        />
      )}
      {action === 'merge' && (
        <MergeDrawer
          target={customer}
          onClose={(merged) => {
            setAction(null);
            if (!merged) return;
            void message.success(t('crm.merge.done'));
            reload();
          }}
        />
      )}
    </Flex>
  );
}
