import { Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { FormAlert, FormError } from '../../components/FormAlert';
import { showServerError } from '../../lib/formErrors';
import { ResetPasswordMutation } from './flowOperations';
import { useFragmentToken } from './fragmentToken';
import { NewPasswordFields } from './password/NewPasswordFields';
import { PublicCard } from './PublicCard';

type Values = { login?: string; code?: string; newPassword: string; confirm: string };

/** A new password from the mailed link (token in the fragment) or from login + the mailed 6-digit code. */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useFragmentToken();
  const [form] = Form.useForm<Values>();
  const [useCode, setUseCode] = useState(!token);
  const [{ fetching }, resetPassword] = useMutation(ResetPasswordMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function onFinish({ login, code, newPassword }: Values) {
    setFormError(null);
    const input = useCode ? { login: login?.trim(), code: code?.trim(), newPassword } : { token, newPassword };
    const result = await resetPassword({ input });
    if (result.data?.resetPassword) {
      setDone(true);
      return;
    }
    // A wrong code reads as an invalid token: put it under the code field in code mode.
    const fields = useCode ? ['login', 'code', 'newPassword'] : ['newPassword'];
    setFormError(showServerError(t, form, result.error, fields, useCode ? { token: 'code' } : {}));
  }

  if (done)
    return (
      <PublicCard title={t('reset.title')}>
        <FormAlert testId="reset-done" type="success" message={t('reset.done')} />
        <Link to="/login" data-testid="reset-login-link">
          {t('auth.backToLogin')}
        </Link>
      </PublicCard>
    );

  return (
    <PublicCard title={t('reset.title')}>
      <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={onFinish} data-testid="reset-form">
        <FormError message={formError} />
        {useCode && (
          <>
            <Form.Item label={t('forgot.login')} name="login" rules={[{ required: true, message: t('form.required') }]}>
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              label={t('reset.code')}
              name="code"
              rules={[
                { required: true, message: t('form.required') },
                { pattern: /^\s*\d{6}\s*$/, message: t('reset.codeFormat') },
              ]}
            >
              <Input inputMode="numeric" autoComplete="one-time-code" maxLength={8} />
            </Form.Item>
          </>
        )}
        <NewPasswordFields />
        <Button type="primary" htmlType="submit" block loading={fetching} data-testid="reset-submit">
          {t('reset.submit')}
        </Button>
      </Form>
      <Flex vertical gap={8} style={{ marginTop: 16 }}>
        {!useCode && (
          <Button type="link" style={{ padding: 0, alignSelf: 'flex-start' }} data-testid="reset-use-code" onClick={() => setUseCode(true)}>
            {t('reset.useCode')}
          </Button>
        )}
        <Link to="/forgot-password">{t('reset.newLink')}</Link>
        <Link to="/login">{t('auth.backToLogin')}</Link>
      </Flex>
    </PublicCard>
  );
}
