import { App, Button, Card, Checkbox, Flex, Form, InputNumber, Select, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/FormAlert';
import type { MfaMethod } from '../../../graphql/graphql';
import { errorMessage, fieldProblems } from '../../../lib/errors';
import { mfaProblem } from '../problems';
import { useStepUp } from '../stepup';
import { MfaPolicyQuery, UpdateMfaPolicyMutation } from './operations';

type Values = { requiredRoles: string[]; allowedMethods: MfaMethod[]; graceDays: number; passwordlessAllowed: boolean };

const METHODS: MfaMethod[] = ['TOTP', 'WEBAUTHN', 'EMAIL', 'SMS', 'RECOVERY_CODE'];
const FIELDS = ['requiredRoles', 'allowedMethods', 'graceDays', 'passwordlessAllowed'] as const;

/** Admin → MFA policy: which roles must use a second factor, which factors count, the grace period. */
export default function MfaPolicyPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { withStepUp } = useStepUp();
  const [form] = Form.useForm<Values>();
  const [{ data, fetching, error }] = useQuery({ query: MfaPolicyQuery, requestPolicy: 'network-only' });
  const [saving, update] = useMutation(UpdateMfaPolicyMutation);
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (data) form.setFieldsValue({ ...data.mfaPolicy });
  }, [data, form]);

  async function onFinish(values: Values) {
    setFormError(null);
    const result = await withStepUp(() => update({ input: values }));
    if (result.data) {
      form.setFieldsValue({ ...result.data.updateMfaPolicy });
      void message.success(t('mfa.policy.saved'));
      return;
    }
    const problems = fieldProblems(result.error);
    const placed = FIELDS.filter((f) => problems[f]?.length);
    form.setFields(placed.map((name) => ({ name, errors: problems[name].map((c) => mfaProblem(t, c)) })));
    if (placed.length === 0) setFormError(errorMessage(t, result.error));
  }

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
        {t('mfa.policy.title')}
      </Typography.Title>
      <Card loading={fetching && !data}>
        <FormError message={error ? errorMessage(t, error) : formError} />
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={onFinish}
          data-testid="mfa-policy-form"
          style={{ maxWidth: 560 }}
        >
          <Form.Item label={t('mfa.policy.requiredRoles')} name="requiredRoles" extra={t('mfa.policy.requiredRolesHelp')}>
            <Select
              mode="multiple"
              allowClear
              data-testid="mfa-policy-roles"
              options={(data?.roles ?? []).map((r) => ({ value: r.name, label: r.name, title: r.description }))}
            />
          </Form.Item>
          <Form.Item
            label={t('mfa.policy.allowedMethods')}
            name="allowedMethods"
            extra={t('mfa.policy.allowedMethodsHelp')}
            rules={[
              {
                validator: (_, v: MfaMethod[] | undefined) =>
                  v && v.some((m) => m !== 'RECOVERY_CODE')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('mfa.problems.INVALID_METHODS'))),
              },
            ]}
          >
            <Checkbox.Group>
              <Flex vertical gap={4}>
                {METHODS.map((m) => (
                  <Checkbox key={m} value={m} data-testid={`mfa-policy-method-${m}`}>
                    {t(`mfa.methods.${m}`)}
                  </Checkbox>
                ))}
              </Flex>
            </Checkbox.Group>
          </Form.Item>
          <Form.Item
            label={t('mfa.policy.graceDays')}
            name="graceDays"
            extra={t('mfa.policy.graceDaysHelp')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <InputNumber min={0} max={90} precision={0} data-testid="mfa-policy-grace" />
          </Form.Item>
          <Form.Item
            label={t('mfa.policy.passwordless')}
            name="passwordlessAllowed"
            valuePropName="checked"
            extra={t('mfa.policy.passwordlessHelp')}
          >
            <Switch data-testid="mfa-policy-passwordless" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving.fetching} data-testid="mfa-policy-submit">
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
