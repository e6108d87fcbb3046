import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { FieldDef } from '../shared/settings';

type Props = { def: FieldDef; label: string; masked: boolean };

/** One admin-defined field in the customer form, its input chosen by type. A masked value can't be edited. */
export function CustomFieldItem({ def, label, masked }: Props) {
  const { t } = useTranslation();
  const name = ['custom', def.key];
  const testId = `customer-cf-${def.key}`;
  const rules = def.required && !masked ? [{ required: true, message: t('form.required') }] : [];
  const extra = masked ? t('crm.form.maskedHelp') : def.sensitive ? t('crm.form.sensitiveHelp') : undefined;

  if (masked) {
    return (
      <Form.Item label={label} name={name} extra={extra}>
        <Input disabled data-testid={testId} />
      </Form.Item>
    );
  }
  switch (def.type) {
    case 'NUMBER':
      return (
        <Form.Item label={label} name={name} rules={rules} extra={extra}>
          <InputNumber<string> stringMode style={{ width: '100%' }} data-testid={testId} />
        </Form.Item>
      );
    case 'DATE':
      return (
        <Form.Item
          label={label}
          name={name}
          rules={rules}
          extra={extra}
          // The form holds YYYY-MM-DD strings; the picker wants dayjs values.
          getValueProps={(value: string | null) => ({ value: value ? dayjs(value) : null })}
          normalize={(value: dayjs.Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null)}
        >
          <DatePicker style={{ width: '100%' }} data-testid={testId} />
        </Form.Item>
      );
    case 'SELECT':
    case 'MULTISELECT':
      return (
        <Form.Item label={label} name={name} rules={rules} extra={extra}>
          <Select
            mode={def.type === 'MULTISELECT' ? 'multiple' : undefined}
            allowClear
            options={def.options.map((o) => ({ value: o, label: o }))}
            data-testid={testId}
          />
        </Form.Item>
      );
    default:
      return (
        <Form.Item label={label} name={name} rules={rules} extra={extra}>
          <Input autoComplete="off" maxLength={1000} data-testid={testId} />
        </Form.Item>
      );
  }
}
