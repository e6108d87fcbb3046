import { Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { useStepUp } from '../../mfa/stepup';
import { showCrmFormError } from './errors';

export const MIN_REASON = 3;

export type RevealResult = { value?: string | null; error?: CombinedError };

type Props = {
  /** What is being revealed, e.g. "Phone of Acme". */
  title: string;
  /** Calls the reveal mutation with the reason. */
  reveal: (reason: string) => Promise<RevealResult>;
  /** The clear value, or nothing when cancelled. */
  onClose: (value?: string | null) => void;
};

/** Why do you need to see this? The reason goes into the audit log with the reveal; a stale sign-in asks for step-up. */
export function RevealModal({ title, reveal, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { withStepUp } = useStepUp();

  async function onFinish({ reason }: { reason: string }) {
    setFormError(null);
    setBusy(true);
    const result = await withStepUp(() => reveal(reason.trim()));
    setBusy(false);
    if (!result.error) return onClose(result.value ?? null);
    setFormError(
      showCrmFormError(t, form, result.error, ['reason'], {
        FORBIDDEN: 'crm.reveal.forbidden',
        NOT_FOUND: 'crm.customer.notFound',
      }),
    );
  }

  return (
    <Modal
      open
      title={title}
      okText={t('crm.reveal.action')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'reveal-submit', loading: busy }}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('crm.reveal.body')}</Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={onFinish}>
        <FormError message={formError} />
        <Form.Item
          label={t('crm.reveal.reason')}
          name="reason"
          rules={[
            {
              validator: (_, value: string | undefined) =>
                (value ?? '').trim().length >= MIN_REASON
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('crm.reveal.reasonRequired', { count: MIN_REASON }))),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} data-testid="reveal-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
