import { Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { CrmReleaseCustomersMutation } from '../operations/list';
import { showCrmFormError } from '../shared/errors';

type Props = { customerIds: string[]; onClose: (count?: number) => void };

/** Put customers back into the shared pool, with a reason (audited). */
export function ReleaseModal({ customerIds, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, release] = useMutation(CrmReleaseCustomersMutation);

  async function onFinish({ reason }: { reason: string }) {
    setFormError(null);
    const result = await release({ input: { customerIds, reason: reason.trim() } });
    if (result.data) return onClose(result.data.releaseCustomers.count);
    setFormError(showCrmFormError(t, form, result.error, ['reason'], { FORBIDDEN: 'crm.release.forbidden' }));
  }

  return (
    <Modal
      open
      title={t('crm.release.title', { count: customerIds.length })}
      okText={t('crm.release.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'release-submit', loading: fetching }}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('crm.release.help')}</Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={onFinish}>
        <FormError message={formError} />
        <Form.Item
          label={t('crm.release.reason')}
          name="reason"
          rules={[{ required: true, whitespace: true, min: 2, max: 200, message: t('crm.release.reasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} data-testid="release-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
