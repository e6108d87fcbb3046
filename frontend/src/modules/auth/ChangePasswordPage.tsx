import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { FormAlert, FormError } from '../../components/FormAlert';
import { errorCode } from '../../lib/errors';
import { showServerError } from '../../lib/formErrors';
import { ChangePasswordMutation } from './flowOperations';
import { NewPasswordFields } from './password/NewPasswordFields';
import { PublicCard } from './PublicCard';

type Values = { currentPassword: string; newPassword: string; confirm: string };

/**
 * The forced change after sign-in (expired password, or an admin asked for it). The partial session the
 * server gave at sign-in allows nothing but this mutation; success turns it into a full session.
 */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, changePassword] = useMutation(ChangePasswordMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const [signedOut, setSignedOut] = useState(false);

  async function onFinish({ currentPassword, newPassword }: Values) {
    setFormError(null);
    const result = await changePassword({ input: { currentPassword, newPassword } });
    if (result.data?.changePassword.status === 'SUCCESS') {
      navigate('/', { replace: true });
      return;
    }
    if (errorCode(result.error) === 'UNAUTHENTICATED') {
      setSignedOut(true);
      return;
    }
    setFormError(showServerError(t, form, result.error, ['currentPassword', 'newPassword']));
  }

  return (
    <PublicCard title={t('changePassword.title')}>
      <FormAlert testId="change-reason" type="info" message={t('changePassword.reason')} />
      {signedOut && (
        <>
          <FormError message={t('changePassword.sessionGone')} />
          <Link to="/login">{t('auth.backToLogin')}</Link>
        </>
      )}
      <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={onFinish} data-testid="change-form">
        <FormError message={formError} />
        <Form.Item
          label={t('password.current')}
          name="currentPassword"
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <NewPasswordFields />
        <Button type="primary" htmlType="submit" block loading={fetching} data-testid="change-submit">
          {t('changePassword.submit')}
        </Button>
      </Form>
    </PublicCard>
  );
}
