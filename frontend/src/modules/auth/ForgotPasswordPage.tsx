import { Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { FormAlert, FormError } from '../../components/FormAlert';
import { errorMessage } from '../../lib/errors';
import { RequestPasswordResetMutation } from './flowOperations';
import { PublicCard } from './PublicCard';

/** Asks for a reset mail. The answer is the same whether or not the account exists. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [{ fetching, error }, requestReset] = useMutation(RequestPasswordResetMutation);
  const [done, setDone] = useState(false);

  async function onFinish({ login }: { login: string }) {
    const result = await requestReset({ input: { login: login.trim() } });
    if (result.data?.requestPasswordReset) setDone(true);
  }

  return (
    <PublicCard title={t('forgot.title')}>
      {done ? (
        <Flex vertical gap={8}>
          <FormAlert testId="forgot-done" type="success" message={t('forgot.done')} />
          <Link to="/reset-password" data-testid="forgot-have-code">{t('forgot.haveCode')}</Link>
          <Link to="/login">{t('auth.backToLogin')}</Link>
        </Flex>
      ) : (
        <Form layout="vertical" requiredMark={false} onFinish={onFinish} data-testid="forgot-form">
          <FormError message={error ? errorMessage(t, error) : null} />
          <p>{t('forgot.intro')}</p>
          <Form.Item label={t('forgot.login')} name="login" rules={[{ required: true, message: t('form.required') }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={fetching} data-testid="forgot-submit">
            {t('forgot.submit')}
          </Button>
          <div style={{ marginTop: 16 }}>
            <Link to="/login">{t('auth.backToLogin')}</Link>
          </div>
        </Form>
      )}
    </PublicCard>
  );
}
