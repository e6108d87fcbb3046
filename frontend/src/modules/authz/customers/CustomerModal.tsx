import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { showFormError } from '../errors';
import { AuthzCreateCustomerMutation } from './operations';

type Values = { name: string; kind: string; phone?: string; email?: string; idNumber?: string; address?: string };

const FIELDS = ['name', 'kind', 'phone', 'email', 'idNumber', 'address'];

const blankToNull = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

/** A new customer, owned by you in your team; the full editor comes with the CRM pages. */
export function CustomerModal({ onClose }: { onClose: (saved?: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(AuthzCreateCustomerMutation);

  async function onFinish(values: Values) {
    setFormError(null);
    const result = await create({
      input: {
        name: values.name.trim(),
        kind: values.kind,
        phone: blankToNull(values.phone),
        email: blankToNull(values.email),
        idNumber: blankToNull(values.idNumber),
        address: blankToNull(values.address),
      },
    });
    if (!result.error) return onClose(t('authz.customers.created', { name: values.name.trim() }));
    setFormError(showFormError(t, form, result.error, FIELDS));
  }

  return (
    <Modal
      open
      title={t('authz.customers.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'customer-save', loading: fetching }}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" requiredMark={false} initialValues={{ kind: 'company' }} onFinish={onFinish}>
        <FormError message={formError} />
        <Form.Item label={t('authz.customers.name')} name="name" rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 200 }]}>
          <Input autoComplete="off" data-testid="customer-name" />
        </Form.Item>
        <Form.Item label={t('authz.customers.kind')} name="kind">
          <Select
            data-testid="customer-kind"
            options={['company', 'person'].map((k) => ({ value: k, label: t(`authz.customers.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('authz.customers.fields.phone')} name="phone">
          <Input type="tel" autoComplete="off" data-testid="customer-phone" />
        </Form.Item>
        <Form.Item
          label={t('authz.customers.fields.email')}
          name="email"
          rules={[{ type: 'email', message: t('problems.INVALID_EMAIL') }]}
        >
          <Input type="email" autoComplete="off" data-testid="customer-email" />
        </Form.Item>
        <Form.Item label={t('authz.customers.fields.idNumber')} name="idNumber">
          <Input autoComplete="off" data-testid="customer-id-number" />
        </Form.Item>
        <Form.Item label={t('authz.customers.fields.address')} name="address">
          <Input autoComplete="off" data-testid="customer-address" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
