import { App, Button, Card, Checkbox, Flex, Form, InputNumber, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/FormAlert';
import type { PasswordPolicyInput } from '../../../graphql/graphql';
import { errorMessage } from '../../../lib/errors';
import { showServerError } from '../../../lib/formErrors';
import { PasswordPolicyQuery, UpdatePasswordPolicyMutation } from './operations';
import { PRESETS } from './presets';

type Values = PasswordPolicyInput;

// Same bounds as the server (backend/accounts/policy.py LIMITS); the server checks again.
const NUMBERS: { name: keyof Values; min: number; max: number }[] = [
  { name: 'minLength', min: 8, max: 64 },
  { name: 'minLengthWithoutMfa', min: 8, max: 64 },
  { name: 'maxAgeDays', min: 0, max: 3650 },
  { name: 'history', min: 0, max: 24 },
  { name: 'lockoutThreshold', min: 3, max: 100 },
  { name: 'lockoutMinutes', min: 1, max: 1440 },
];
const CLASSES: (keyof Values)[] = ['requireUpper', 'requireLower', 'requireDigit', 'requireSpecial'];
const FIELDS = ['preset', ...NUMBERS.map((n) => n.name), ...CLASSES];

/** Admin → Password policy: every rule, with one-click MLPS 2.0 and NIST 800-63B presets. */
export default function PasswordPolicyPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [{ data, error }] = useQuery({ query: PasswordPolicyQuery, requestPolicy: 'network-only' });
  const [{ fetching: saving }, update] = useMutation(UpdatePasswordPolicyMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const preset = Form.useWatch('preset', form);

  useEffect(() => {
    if (data) form.setFieldsValue(data.passwordPolicy);
  }, [data, form]);

  async function onFinish(values: Values) {
    setFormError(null);
    const result = await update({ input: { ...values } });
    if (result.data) {
      form.setFieldsValue(result.data.updatePasswordPolicy);
      void message.success(t('policy.saved'));
      return;
    }
    setFormError(showServerError(t, form, result.error, FIELDS));
  }

  if (error) return <FormError message={errorMessage(t, error)} />;
  if (!data) return <Spin />;

  return (
    <Flex vertical gap={16} style={{ maxWidth: 640 }}>
      <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
        {t('policy.title')}
      </Typography.Title>
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={data.passwordPolicy}
          // Any hand edit leaves the named standard behind (preset buttons set values without this event).
          onValuesChange={(changed) => {
            if (!('preset' in changed)) form.setFieldValue('preset', 'CUSTOM');
          }}
          onFinish={onFinish}
          data-testid="policy-form"
        >
          <FormError message={formError} />
          <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
            <span>{t('policy.preset')}:</span>
            <Tag color="blue" data-testid="policy-preset">{t(`policy.presets.${preset ?? 'CUSTOM'}`)}</Tag>
            <Button data-testid="preset-mlps" onClick={() => form.setFieldsValue(PRESETS.MLPS)}>
              {t('policy.presets.MLPS')}
            </Button>
            <Button data-testid="preset-nist" onClick={() => form.setFieldsValue(PRESETS.NIST)}>
              {t('policy.presets.NIST')}
            </Button>
          </Flex>
          <Form.Item name="preset" hidden>
            <input />
          </Form.Item>
          <Flex wrap gap={16}>
            {NUMBERS.map(({ name, min, max }) => (
              <Form.Item key={name} name={name} label={t(`policy.fields.${name}`)} extra={t(`policy.help.${name}`)} style={{ width: 280, maxWidth: '100%' }}>
                <InputNumber min={min} max={max} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            ))}
          </Flex>
          <Typography.Text strong>{t('policy.classes')}</Typography.Text>
          <Flex wrap gap={8} style={{ marginTop: 8, marginBottom: 16 }}>
            {CLASSES.map((name) => (
              <Form.Item key={name} name={name} valuePropName="checked" noStyle>
                <Checkbox id={name}>{t(`policy.fields.${name}`)}</Checkbox>
              </Form.Item>
            ))}
          </Flex>
          <Typography.Paragraph type="secondary">{t('policy.alwaysOn')}</Typography.Paragraph>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="policy-submit">
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
