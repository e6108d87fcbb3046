import { Button, Drawer, Flex, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { FormError } from '../../../components/FormAlert';
import type { CustomFieldType } from '../../../graphql/graphql';
import { CrmCreateCustomFieldDefMutation, CrmUpdateCustomFieldDefMutation } from '../operations/settings';
import { showCrmFormError } from '../shared/errors';
import type { FieldDef } from '../shared/settings';

export const FIELD_TYPES: readonly CustomFieldType[] = ['TEXT', 'NUMBER', 'DATE', 'SELECT', 'MULTISELECT'];
const KEY = /^[a-z][a-z0-9_]*$/;

type Values = {
  key: string;
  labelEn: string;
  labelZh: string;
  type: CustomFieldType;
  options: string[];
  sensitive: boolean;
  required: boolean;
  position: number | null;
};

const FIELDS = ['key', 'labelEn', 'labelZh', 'type', 'options', 'sensitive', 'required', 'position'];

export const hasOptions = (type: CustomFieldType | undefined) => type === 'SELECT' || type === 'MULTISELECT';

/** Define a customer field, or change one (its key, type and sensitivity are fixed once created). */
export function CustomFieldDrawer({ def, onClose }: { def: FieldDef | null; onClose: (saved?: string) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const type = Form.useWatch('type', form) ?? def?.type;

  async function onFinish(values: Values) {
    setFormError(null);
    setBusy(true);
    const options = hasOptions(values.type ?? def?.type) ? (values.options ?? []).map((o) => o.trim()).filter(Boolean) : [];
    const result = def
      ? await client
          .mutation(CrmUpdateCustomFieldDefMutation, {
            input: {
              id: def.id,
              labelEn: values.labelEn.trim(),
              labelZh: values.labelZh.trim(),
              options: hasOptions(def.type) ? options : null,
              required: values.required,
              position: values.position ?? null,
            },
          })
          .toPromise()
      : await client
          .mutation(CrmCreateCustomFieldDefMutation, {
            input: {
              key: values.key.trim(),
              labelEn: values.labelEn.trim(),
              labelZh: values.labelZh.trim(),
              type: values.type,
              options,
              sensitive: values.sensitive,
              required: values.required,
              position: values.position ?? null,
            },
          })
          .toPromise();
    setBusy(false);
    if (!result.error) return onClose(values.labelEn.trim());
    setFormError(showCrmFormError(t, form, result.error, FIELDS));
  }

  const initial: Values = def
    ? { ...def, options: [...def.options], position: def.position }
    : { key: '', labelEn: '', labelZh: '', type: 'TEXT', options: [], sensitive: false, required: false, position: null };

  return (
    <Drawer
      open
      title={def ? t('crm.admin.fields.editTitle', { key: def.key }) : t('crm.admin.fields.createTitle')}
      size="min(520px, 100vw)"
      onClose={() => onClose()}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} data-testid="field-save" onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<Values> form={form} layout="vertical" requiredMark={false} initialValues={initial} onFinish={onFinish}>
        <FormError message={formError} />
        <Form.Item
          label={t('crm.admin.fields.key')}
          name="key"
          extra={def ? t('crm.admin.fields.fixed') : t('crm.admin.fields.keyHelp')}
          rules={def ? [] : [{ required: true, pattern: KEY, max: 40, message: t('crm.admin.fields.keyHelp') }]}
        >
          <Input autoComplete="off" disabled={!!def} data-testid="field-key" />
        </Form.Item>
        <Form.Item label={t('crm.admin.fields.labelEn')} name="labelEn" rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 64 }]}>
          <Input autoComplete="off" data-testid="field-label-en" />
        </Form.Item>
        <Form.Item label={t('crm.admin.fields.labelZh')} name="labelZh" rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 64 }]}>
          <Input autoComplete="off" data-testid="field-label-zh" />
        </Form.Item>
        <Form.Item label={t('crm.admin.fields.type')} name="type" extra={def ? t('crm.admin.fields.fixed') : undefined}>
          <Select
            disabled={!!def}
            data-testid="field-type"
            options={FIELD_TYPES.map((ft) => ({ value: ft, label: t(`crm.admin.types.${ft}`) }))}
          />
        </Form.Item>
        {hasOptions(type) && (
          <Form.Item
            label={t('crm.admin.fields.options')}
            name="options"
            extra={t('crm.admin.fields.optionsHelp')}
            rules={[{ required: true, type: 'array', min: 1, message: t('form.required') }]}
          >
            <Select mode="tags" tokenSeparators={[',', '，']} open={false} data-testid="field-options" />
          </Form.Item>
        )}
        <Form.Item
          label={t('crm.admin.fields.sensitive')}
          name="sensitive"
          valuePropName="checked"
          extra={def ? t('crm.admin.fields.fixed') : t('crm.admin.fields.sensitiveHelp')}
        >
          <Switch disabled={!!def} data-testid="field-sensitive" />
        </Form.Item>
        <Form.Item label={t('crm.admin.fields.required')} name="required" valuePropName="checked">
          <Switch data-testid="field-required" />
        </Form.Item>
        <Form.Item label={t('crm.admin.fields.position')} name="position">
          <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="field-position" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
