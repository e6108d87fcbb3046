import { Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { showFormError } from '../errors';
import { useStepUp } from '../stepup';
import { AuthzRevealCustomerFieldMutation } from './operations';
import type { PII_COLUMNS } from './pii';

export type RevealTarget = { customerId: string; customerName: string; column: (typeof PII_COLUMNS)[number] };

export const MIN_REASON = 3;

/** Why do you need to see this? The reason goes into the audit log with the reveal. */
export function RevealModal({ target, onClose }: { target: RevealTarget; onClose: (value?: string | null) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const { withStepUp } = useStepUp();
  const [{ fetching }, reveal] = useMutation(AuthzRevealCustomerFieldMutation);

  async function onFinish({ reason }: { reason: string }) {
    setFormError(null);
    const result = await withStepUp(() =>
      reveal({ customerId: target.customerId, field: target.column.field, reason: reason.trim() }),
    );
    if (!result.error) return onClose(result.data?.revealCustomerField ?? null);
    setFormError(showFormError(t, form, result.error, ['reason'], {
      overrides: { FORBIDDEN: 'authz.customers.revealForbidden', NOT_FOUND: 'authz.customers.notFound' },
    }));
  }

  return (
    <Modal
      open
      title={t('authz.customers.revealTitle', { field: t(`authz.customers.fields.${target.column.key}`), name: target.customerName })}
      okText={t('authz.customers.reveal')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'reveal-submit', loading: fetching }}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('authz.customers.revealBody')}</Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={onFinish}>
        <FormError message={formError} />
        <Form.Item
          label={t('authz.customers.reason')}
          name="reason"
          rules={[
            {
              validator: (_, value: string | undefined) =>
                (value ?? '').trim().length >= MIN_REASON
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('authz.customers.reasonRequired', { count: MIN_REASON }))),
            },
          ]}
        >
          <Input.TextArea rows={2} maxLength={200} showCount autoFocus data-testid="reveal-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
