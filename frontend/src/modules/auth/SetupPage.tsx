import { Button, Form, Input, Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormAlert, FormError } from '../../components/FormAlert';
import { currentLanguage, LANGUAGES } from '../../lib/i18n';
import { showServerError } from '../../lib/formErrors';
import { CompleteSetupMutation, SetupStatusQuery } from './flowOperations';
import { useFragmentToken, type LoginNotice } from './fragmentToken';
import { NewPasswordFields } from './password/NewPasswordFields';
import { PublicCard } from './PublicCard';

type Values = { username: string; email: string; displayName: string; password: string; confirm: string; language: string };

const FIELDS = ['username', 'email', 'displayName', 'password', 'language'] as const;

/** First run: the one-time link printed on the server console creates the first admin. */
export default function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const token = useFragmentToken();
  const [form] = Form.useForm<Values>();
  const [{ data, fetching: loading }] = useQuery({ query: SetupStatusQuery, requestPolicy: 'network-only' });
  const [{ fetching }, completeSetup] = useMutation(CompleteSetupMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const username = Form.useWatch('username', form) ?? '';
  const email = Form.useWatch('email', form) ?? '';

  async function onFinish({ confirm: _confirm, ...input }: Values) {
    setFormError(null);
    const result = await completeSetup({ input: { ...input, token } });
    if (result.data?.completeSetup) {
      const notice: LoginNotice = { info: 'auth.info.setupDone' };
      navigate('/login', { replace: true, state: notice });
      return;
    }
    setFormError(showServerError(t, form, result.error, FIELDS));
  }

  let body;
  if (loading && !data) body = <Spin />;
  else if (data && !data.setupStatus.needsSetup)
    body = (
      <>
        <FormAlert testId="setup-done" type="info" message={t('setup.alreadyDone')} />
        <Link to="/login">{t('auth.backToLogin')}</Link>
      </>
    );
  else if (!token) body = <FormError message={t('problems.INVALID_TOKEN')} />;
  else
    body = (
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={{ language: currentLanguage() }}
        data-testid="setup-form"
      >
        <FormError message={formError} />
        <Form.Item label={t('setup.username')} name="username" rules={[{ required: true, message: t('form.required') }]}>
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          label={t('setup.email')}
          name="email"
          rules={[{ required: true, message: t('form.required') }, { type: 'email', message: t('problems.INVALID_EMAIL') }]}
        >
          <Input type="email" autoComplete="email" />
        </Form.Item>
        <Form.Item label={t('setup.displayName')} name="displayName" rules={[{ required: true, message: t('form.required') }]}>
          <Input autoComplete="name" />
        </Form.Item>
        <NewPasswordFields name="password" username={username} email={email} />
        <Form.Item label={t('setup.language')} name="language">
          <Select options={LANGUAGES.map((l) => ({ value: l, label: t(`lang.names.${l}`) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={fetching} data-testid="setup-submit">
          {t('setup.submit')}
        </Button>
      </Form>
    );

  return <PublicCard title={t('setup.title')}>{body}</PublicCard>;
}
