import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormAlert, FormError } from '../../components/FormAlert';
import { showServerError } from '../../lib/formErrors';
import { ChangePasswordMutation } from '../auth/flowOperations';
import { NewPasswordFields } from '../auth/password/NewPasswordFields';

type Values = { currentPassword: string; newPassword: string; confirm: string };

/** Change your own password. The server ends every other session and rotates this one's cookie. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, changePassword] = useMutation(ChangePasswordMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function onFinish({ currentPassword, newPassword }: Values) {
    setFormError(null);
    setDone(false);
    const result = await changePassword({ input: { currentPassword, newPassword } });
    if (result.data?.changePassword.status === 'SUCCESS') {
      form.resetFields();
      setDone(true);
      onChanged();
      return;
    }
    setFormError(showServerError(t, form, result.error, ['currentPassword', 'newPassword']));
  }

  return (
    <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={onFinish} style={{ maxWidth: 420 }}>
      {done && <FormAlert testId="password-changed" type="success" message={t('security.passwordChanged')} />}
      <FormError message={formError} />
      <Form.Item
        label={t('password.current')}
        name="currentPassword"
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <NewPasswordFields />
      <Button type="primary" htmlType="submit" loading={fetching} data-testid="password-submit">
        {t('security.changePassword')}
      </Button>
    </Form>
  );
}
