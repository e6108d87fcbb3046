import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

const MAX_PREFERENCES = 20;

/** Preferences as key/value pairs (preferred channel, best time to call…). */
export function PreferencesInput() {
  const { t } = useTranslation();
  return (
    <Form.List name="preferences">
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={t('crm.fields.preferences')} style={{ marginBottom: 8 }}>
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item name={[field.name, 'key']} style={{ flex: 1, marginBottom: 0 }} rules={[{ max: 64 }]}>
                  <Input placeholder={t('crm.form.prefKey')} autoComplete="off" data-testid={`customer-pref-key-${index}`} />
                </Form.Item>
                <Form.Item name={[field.name, 'value']} style={{ flex: 2, marginBottom: 0 }} rules={[{ max: 500 }]}>
                  <Input placeholder={t('crm.form.prefValue')} autoComplete="off" data-testid={`customer-pref-value-${index}`} />
                </Form.Item>
                <Button icon={<DeleteOutlined />} aria-label={t('crm.form.remove')} onClick={() => remove(field.name)} />
              </Flex>
            ))}
            {fields.length < MAX_PREFERENCES && (
              <Button type="dashed" icon={<PlusOutlined />} data-testid="customer-pref-add" onClick={() => add({ key: '', value: '' })}>
                {t('crm.form.add.preference')}
              </Button>
            )}
            <Form.ErrorList errors={errors} />
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  );
}
