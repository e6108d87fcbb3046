import { Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { formatDateTime } from '../../../lib/format';
import { DealsCustomerActivitiesQuery, DealsLinkActivityMutation } from '../operations/deals';
import { dealError } from '../shared/errors';

type Props = { dealId: string; customerId: string; onClose: (linked?: boolean) => void };

/** Attach one of the customer's recent activities (a call, a meeting…) to the deal. */
export function LinkActivityModal({ dealId, customerId, onClose }: Props) {
  const { t } = useTranslation();
  const [activityId, setActivityId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [{ data, fetching }] = useQuery({ query: DealsCustomerActivitiesQuery, variables: { customerId }, requestPolicy: 'network-only' });
  const [{ fetching: saving }, link] = useMutation(DealsLinkActivityMutation);

  async function onOk() {
    if (!activityId) return setError(t('form.required'));
    const result = await link({ activityId, dealId });
    if (result.error) return setError(dealError(t, result.error));
    onClose(true);
  }

  const options = (data?.activities.edges ?? []).map(({ node: a }) => ({
    value: a.id,
    label: `${t(`deals.activityKinds.${a.kind}`)} · ${a.subject || a.body.slice(0, 60) || '—'} · ${formatDateTime(a.occurredAt ?? a.createdAt)}`,
  }));

  return (
    <Modal
      open
      title={t('deals.link.title')}
      okText={t('deals.link.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'link-activity-ok' } as never}
      onOk={onOk}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <FormError message={error} />
      <Form layout="vertical">
        <Form.Item label={t('deals.link.activity')} extra={t('deals.link.help')}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={fetching}
            value={activityId ?? undefined}
            onChange={(id: string) => {
              setActivityId(id);
              setError(null);
            }}
            options={options}
            notFoundContent={t('deals.link.none')}
            data-testid="link-activity-select"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
