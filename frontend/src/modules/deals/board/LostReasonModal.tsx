import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = { title: string; stage: string; onOk: (reason: string) => void; onCancel: () => void };

/** Asks why a deal was lost before it goes into a lost stage (the server needs a reason). */
export function LostReasonModal({ title, stage, onOk, onCancel }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={t('deals.lost.title', { title, stage })}
      okText={t('deals.lost.confirm', { stage })}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'lost-reason-ok' } as never}
      cancelButtonProps={{ 'data-testid': 'lost-reason-cancel' } as never}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => onOk(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={t('deals.fields.lostReason')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 255 }]}
        >
          <Input.TextArea autoFocus rows={3} maxLength={255} showCount data-testid="lost-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
