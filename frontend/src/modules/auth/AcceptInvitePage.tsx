import { Button, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { FormAlert, FormError } from '../../components/FormAlert';
import { showServerError } from '../../lib/formErrors';
import { AcceptInvitationMutation } from './flowOperations';
import { useFragmentToken, type LoginNotice } from './fragmentToken';
import { NewPasswordFields } from './password/NewPasswordFields';
import { PublicCard } from './PublicCard';

type Values = { newPassword: string; confirm: string };

/** An invited user chooses their own password; no admin ever knows it. */
export default function AcceptInvitePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const token = useFragmentToken();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, accept] = useMutation(AcceptInvitationMutation);
  const [formError, setFormError] = useState<string | null>(token ? null : t('problems.INVALID_TOKEN'));

  async function onFinish({ newPassword }: Values) {
    setFormError(null);
    const result = await accept({ input: { token, newPassword } });
    if (result.data?.acceptInvitation) {
      const notice: LoginNotice = { info: 'auth.info.inviteAccepted' };
      navigate('/login', { replace: true, state: notice });
      return;
    }
    setFormError(showServerError(t, form, result.error, ['newPassword']));
  }

  return (
    <PublicCard title={t('invite.title')}>
      <FormAlert testId="invite-intro" type="info" message={t('invite.intro')} />
      <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={onFinish} data-testid="invite-form">
        <FormError message={formError} />
        <NewPasswordFields />
        <Button type="primary" htmlType="submit" block loading={fetching} disabled={!token} data-testid="invite-submit">
          {t('invite.submit')}
        </Button>
      </Form>
    </PublicCard>
  );
}
