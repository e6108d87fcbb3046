import { Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { CrmTagCustomersMutation } from '../operations/list';
import { showCrmFormError } from '../shared/errors';
import { TagSelect } from '../shared/pickers';

type Values = { add: string[]; remove: string[] };

type Props = { customerIds: string[]; onClose: (changed?: number) => void };

/** Add and remove tags on the selected customers at once (all or nothing). */
export function TagsModal({ customerIds, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, tag] = useMutation(CrmTagCustomersMutation);

  async function onFinish(values: Values) {
    setFormError(null);
    const add = values.add ?? [];
    const remove = values.remove ?? [];
    if (add.length === 0 && remove.length === 0) return setFormError(t('crm.tags.nothing'));
    const result = await tag({ input: { customerIds, add, remove } });
    if (result.data) return onClose(result.data.tagCustomers);
    setFormError(showCrmFormError(t, form, result.error, ['add', 'remove'], { FORBIDDEN: 'crm.tags.forbidden' }));
  }

  return (
    <Modal
      open
      title={t('crm.tags.title', { count: customerIds.length })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'tags-submit', loading: fetching }}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('crm.tags.help')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={onFinish} initialValues={{ add: [], remove: [] }}>
        <FormError message={formError} />
        <Form.Item label={t('crm.tags.add')} name="add">
          <TagSelect testId="tags-add" />
        </Form.Item>
        <Form.Item label={t('crm.tags.remove')} name="remove">
          <TagSelect testId="tags-remove" allowNew={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
