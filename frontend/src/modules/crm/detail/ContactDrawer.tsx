import { Button, DatePicker, Drawer, Flex, Form, Input, Switch } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { FormError } from '../../../components/FormAlert';
import type { ContactUpdateInput } from '../../../graphql/graphql';
import type { Customer } from '../form/values';
import { CrmCreateContactMutation, CrmUpdateContactMutation } from '../operations/customer';
import { showCrmFormError } from '../shared/errors';

export type ContactRow = Customer['contacts'][number];

type Values = { name: string; title: string; phone: string; email: string; im: string; birthday: string | null; isPrimary: boolean };

const FIELDS = ['name', 'title', 'phone', 'email', 'im', 'birthday', 'isPrimary', 'customerId'];
const PII = ['phone', 'email', 'im', 'birthday'] as const;

/** What changed in a contact; masked personal fields are never sent back. */
export function contactPatch(contact: ContactRow, values: Values): ContactUpdateInput {
  const input: ContactUpdateInput = { id: contact.id };
  if (values.name.trim() !== contact.name) input.name = values.name.trim();
  if (values.title.trim() !== contact.title) input.title = values.title.trim();
  if (!contact.piiMasked) {
    for (const key of PII) {
      const value = (values[key] ?? '').trim();
      if (value !== (contact[key] ?? '')) input[key] = value;
    }
  }
  if (values.isPrimary && !contact.isPrimary) input.isPrimary = true;
  return input;
}

type Props = { customerId: string; contact: ContactRow | null; onClose: (saved?: boolean) => void };

/** Add a contact to a customer, or edit one. */
export function ContactDrawer({ customerId, contact, onClose }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const masked = contact?.piiMasked ?? false;

  async function onFinish(values: Values) {
    setFormError(null);
    setBusy(true);
    const result = contact
      ? await client.mutation(CrmUpdateContactMutation, { input: contactPatch(contact, values) }).toPromise()
      : await client
          .mutation(CrmCreateContactMutation, {
            input: {
              customerId,
              name: values.name.trim(),
              title: values.title.trim(),
              phone: values.phone.trim() || null,
              email: values.email.trim() || null,
              im: values.im.trim() || null,
              birthday: values.birthday || null,
              isPrimary: values.isPrimary,
            },
          })
          .toPromise();
    setBusy(false);
    if (!result.error) return onClose(true);
    setFormError(showCrmFormError(t, form, result.error, FIELDS));
  }

  const initial: Values = {
    name: contact?.name ?? '',
    title: contact?.title ?? '',
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
    im: contact?.im ?? '',
    birthday: contact?.birthday ?? null,
    isPrimary: contact?.isPrimary ?? false,
  };
  const maskedHelp = masked ? t('crm.form.maskedHelp') : undefined;

  return (
    <Drawer
      open
      title={contact ? t('crm.contacts.editTitle', { name: contact.name }) : t('crm.contacts.createTitle')}
      size="min(480px, 100vw)"
      onClose={() => onClose()}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} data-testid="contact-save" onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<Values> form={form} layout="vertical" requiredMark={false} initialValues={initial} onFinish={onFinish}>
        <FormError message={formError} />
        <Form.Item
          label={t('crm.contacts.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 100 }]}
        >
          <Input autoComplete="off" data-testid="contact-name" />
        </Form.Item>
        <Form.Item label={t('crm.contacts.title')} name="title" rules={[{ max: 100 }]}>
          <Input autoComplete="off" data-testid="contact-title" />
        </Form.Item>
        <Form.Item label={t('crm.fields.phone')} name="phone" extra={maskedHelp}>
          <Input type="tel" autoComplete="off" disabled={masked} data-testid="contact-phone" />
        </Form.Item>
        <Form.Item
          label={t('crm.fields.email')}
          name="email"
          extra={maskedHelp}
          rules={masked ? [] : [{ type: 'email', message: t('crm.problems.INVALID_EMAIL') }]}
        >
          <Input type="email" autoComplete="off" disabled={masked} data-testid="contact-email" />
        </Form.Item>
        <Form.Item label={t('crm.contacts.im')} name="im" extra={maskedHelp}>
          <Input autoComplete="off" disabled={masked} data-testid="contact-im" />
        </Form.Item>
        <Form.Item
          label={t('crm.contacts.birthday')}
          name="birthday"
          extra={maskedHelp}
          getValueProps={(value: string | null) => ({ value: value && !masked ? dayjs(value) : null })}
          normalize={(value: dayjs.Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null)}
        >
          <DatePicker style={{ width: '100%' }} disabled={masked} placeholder={masked ? (contact?.birthday ?? '') : undefined} />
        </Form.Item>
        <Form.Item label={t('crm.contacts.primary')} name="isPrimary" valuePropName="checked">
          <Switch disabled={contact?.isPrimary} data-testid="contact-primary" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
