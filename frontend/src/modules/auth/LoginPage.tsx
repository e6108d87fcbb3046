import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import type { LoginStatus } from '../../graphql/graphql';
import { errorMessage } from '../../lib/errors';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { LoginMutation } from './operations';

type Credentials = { username: string; password: string };

export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ fetching, error }, login] = useMutation(LoginMutation);
  // A status the SPA cannot continue from yet (MFA, enrollment, password change).
  const [pendingStep, setPendingStep] = useState<LoginStatus | null>(null);

  async function onFinish(values: Credentials) {
    setPendingStep(null);
    const result = await login({ input: values });
    const status = result.data?.login.status;
    if (status === 'SUCCESS') navigate('/', { replace: true });
    else if (status) setPendingStep(status);
  }

  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', padding: 16 }}>
      <Flex justify="flex-end" style={{ width: '100%' }}>
        <LanguageSwitch />
      </Flex>
      <Card style={{ width: '100%', maxWidth: 380, marginTop: '10vh' }}>
        <Typography.Text type="secondary">{t('app.name')}</Typography.Text>
        <Typography.Title level={1} data-testid="page-title" style={{ marginTop: 4 }}>
          {t('auth.title')}
        </Typography.Title>
        {error && (
          <Alert
            data-testid="login-error"
            type="error"
            showIcon
            title={errorMessage(t, error, { NOT_IMPLEMENTED: 'auth.notImplemented' })}
            style={{ marginBottom: 16 }}
          />
        )}
        {pendingStep && (
          <Alert
            data-testid="login-next-step"
            type="info"
            showIcon
            title={t('auth.nextStepUnavailable')}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<Credentials> data-testid="login-form" layout="vertical" requiredMark={false} onFinish={onFinish}>
          <Form.Item
            label={t('auth.username')}
            name="username"
            rules={[{ required: true, message: t('auth.usernameRequired') }]}
          >
            <Input name="username" autoComplete="username" prefix={<UserOutlined />} autoFocus />
          </Form.Item>
          <Form.Item
            label={t('auth.password')}
            name="password"
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password name="password" autoComplete="current-password" prefix={<LockOutlined />} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={fetching} data-testid="login-submit">
            {t('auth.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
