import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PasswordStrength } from './PasswordStrength';
import { usePasswordCheck } from './usePasswordCheck';

type Props = {
  /** Form field of the new password: `newPassword` on most forms, `password` on setup. */
  name?: string;
  /** Judged against these too before the server knows who the user is (setup). */
  username?: string;
  email?: string;
};

/** New password with live strength meter, plus the confirmation field (`confirm`). */
export function NewPasswordFields({ name = 'newPassword', username, email }: Props) {
  const { t } = useTranslation();
  const value = Form.useWatch<string | undefined>(name);
  const check = usePasswordCheck(value, username, email);
  return (
    <>
      <Form.Item
        label={t('password.new')}
        name={name}
        rules={[{ required: true, message: t('password.newRequired') }]}
        extra={<PasswordStrength check={check} />}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('password.confirm')}
        name="confirm"
        dependencies={[name]}
        rules={[
          { required: true, message: t('password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_, v) =>
              !v || v === getFieldValue(name) ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
