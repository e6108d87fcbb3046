import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { errorMessage, errorReason } from '../../lib/errors';
import type { LoginNotice } from './fragmentToken';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { useContinueLogin } from '../mfa/continueLogin';
import { PasskeyLoginButton } from '../mfa/PasskeyLoginButton';
import { LoginMutation } from './operations';

type Credentials = { username: string; password: string };

export default function LoginPage() {
  const { t } = useTranslation();
  // Set by the flows that end here (setup done, invitation accepted, a failed second step); only our
  // own translation keys.
  const state = useLocation().state as (Partial<LoginNotice> & { error?: string }) | null;
  const notice = state?.info;
  const [{ fetching, error }, login] = useMutation(LoginMutation);
  // Home, the forced password change, the MFA challenge or the required enrolment.
  const continueLogin = useContinueLogin();

  async function onFinish(values: Credentials) {
    const result = await login({ input: values });
    if (result.data) continueLogin(result.data.login);
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
            title={errorMessage(t, error, {
              NOT_IMPLEMENTED: 'auth.notImplemented',
              // One message for unknown user, wrong password, disabled and locked: no account probing.
              ...(errorReason(error) === 'INVALID_CREDENTIALS' ? { UNAUTHENTICATED: 'auth.invalidCredentials' } : {}),
            })}
            style={{ marginBottom: 16 }}
          />
        )}
        {state?.error && !error && (
          <Alert data-testid="login-error" type="error" showIcon title={t(state.error)} style={{ marginBottom: 16 }} />
        )}
        {notice && !error && (
          <Alert data-testid="login-info" type="success" showIcon title={t(notice)} style={{ marginBottom: 16 }} />
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
          <PasskeyLoginButton />
          <div style={{ marginTop: 16, textAlign: 'center' }}>
            <Link to="/forgot-password" data-testid="forgot-link">
              {t('auth.forgot')}
            </Link>
          </div>
        </Form>
      </Card>
    </Flex>
  );
}
