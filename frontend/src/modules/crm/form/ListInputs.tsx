import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = { name: 'phones' | 'emails'; label: string; disabled: boolean; max: number };

/** Several phones or emails: one input each, add and remove. */
export function ListInputs({ name, label, disabled, max }: Props) {
  const { t } = useTranslation();
  const singular = name === 'phones' ? 'phone' : 'email';
  return (
    <Form.List name={name}>
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={label} extra={disabled ? t('crm.form.maskedHelp') : undefined} style={{ marginBottom: 8 }}>
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item
                  name={field.name}
                  noStyle={false}
                  style={{ flex: 1, marginBottom: 0 }}
                  rules={name === 'emails' ? [{ type: 'email', message: t('crm.problems.INVALID_EMAIL') }] : []}
                >
                  <Input
                    type={name === 'phones' ? 'tel' : 'email'}
                    autoComplete="off"
                    disabled={disabled}
                    aria-label={`${label} ${index + 1}`}
                    data-testid={index === 0 ? `customer-${singular}` : `customer-${singular}-${index}`}
                  />
                </Form.Item>
                {!disabled && fields.length > 1 && (
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('crm.form.remove')}
                    data-testid={`customer-${singular}-remove-${index}`}
                    onClick={() => remove(field.name)}
                  />
                )}
              </Flex>
            ))}
            {!disabled && fields.length < max && (
              <Button type="dashed" icon={<PlusOutlined />} data-testid={`customer-${singular}-add`} onClick={() => add('')}>
                {t(`crm.form.add.${singular}`)}
              </Button>
            )}
            <Form.ErrorList errors={errors} />
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  );
}
