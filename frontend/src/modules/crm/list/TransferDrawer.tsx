import { Button, Drawer, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { useMe } from '../../auth/me';
import { CrmTransferCustomersMutation } from '../operations/list';
import { showCrmFormError } from '../shared/errors';
import { canListTeams, TeamPicker, UserPicker } from '../shared/pickers';

type Values = { ownerId: string | null; teamId: string | null; note: string };

export const NOTE_MAX = 200;

type Props = {
  customerIds: string[];
  /** Done: how many changed hands and to whom (for the message), or nothing when cancelled. */
  onClose: (done?: { count: number; owner: string }) => void;
};

/** Give the selected customers to another owner (and team), with a note the new owner is sent. */
export function TransferDrawer({ customerIds, onClose }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, transfer] = useMutation(CrmTransferCustomersMutation);

  async function onFinish(values: Values) {
    setFormError(null);
    const result = await transfer({
      input: {
        customerIds,
        ownerId: values.ownerId ?? '',
        teamId: values.teamId ?? null,
        note: (values.note ?? '').trim(),
      },
    });
    const data = result.data?.transferCustomers;
    if (data) return onClose({ count: data.count, owner: data.owner.displayName });
    setFormError(
      showCrmFormError(t, form, result.error, ['ownerId', 'teamId', 'note'], {
        NOT_FOUND: 'crm.transfer.notFound',
        FORBIDDEN: 'crm.transfer.forbidden',
      }),
    );
  }

  return (
    <Drawer
      open
      title={t('crm.transfer.title', { count: customerIds.length })}
      size="min(480px, 100vw)"
      onClose={() => onClose()}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
          <Button type="primary" loading={fetching} data-testid="transfer-save" onClick={() => form.submit()}>
            {t('crm.transfer.submit')}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('crm.transfer.help')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={onFinish} initialValues={{ note: '' }}>
        <FormError message={formError} />
        <Form.Item label={t('crm.transfer.owner')} name="ownerId" rules={[{ required: true, message: t('form.required') }]}>
          <UserPicker testId="transfer-owner" customerId={customerIds[0]} />
        </Form.Item>
        {canListTeams(me.permissions) && (
          <Form.Item label={t('crm.transfer.team')} name="teamId" extra={t('crm.transfer.teamHelp')}>
            <TeamPicker testId="transfer-team" />
          </Form.Item>
        )}
        <Form.Item label={t('crm.transfer.note')} name="note" rules={[{ max: NOTE_MAX }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={NOTE_MAX} showCount data-testid="transfer-note" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
