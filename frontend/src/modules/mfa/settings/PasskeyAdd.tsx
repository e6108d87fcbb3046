import { Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { errorCode, fieldProblems } from '../../../lib/errors';
import { mfaError, mfaProblem, passkeyErrorMessage } from '../problems';
import { useStepUp } from '../stepup';
import { createCredential, webauthnSupported } from '../webauthn';
import { BeginPasskeyRegistrationMutation, FinishPasskeyRegistrationMutation } from './operations';
import { signInAgain, type Added } from './types';

/** Add a passkey: name it, let the browser create it, store it. */
export function PasskeyAdd({ onAdded }: { onAdded: (added: Added) => void }) {
  const { t } = useTranslation();
  const { withStepUp } = useStepUp();
  const [form] = Form.useForm<{ name: string }>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [, begin] = useMutation(BeginPasskeyRegistrationMutation);
  const [, finish] = useMutation(FinishPasskeyRegistrationMutation);

  if (!webauthnSupported()) return <FormError message={t('mfa.passkey.errors.unsupported')} />;

  async function onFinish({ name }: { name: string }) {
    setError(null);
    setBusy(true);
    try {
      const options = await withStepUp(() => begin({}));
      if (!options.data) {
        if (errorCode(options.error) === 'UNAUTHENTICATED') return signInAgain();
        return setError(mfaError(t, options.error));
      }
      let credential: string;
      try {
        credential = await createCredential(options.data.beginPasskeyRegistration);
      } catch (e) {
        return setError(passkeyErrorMessage(t, e));
      }
      const result = await withStepUp(() => finish({ input: { name: name.trim(), credential } }));
      if (result.data) {
        form.resetFields();
        setOpen(false);
        return onAdded(result.data.finishPasskeyRegistration);
      }
      if (errorCode(result.error) === 'UNAUTHENTICATED') return signInAgain();
      const nameProblems = fieldProblems(result.error).name ?? [];
      if (nameProblems.length > 0) return form.setFields([{ name: 'name', errors: nameProblems.map((c) => mfaProblem(t, c)) }]);
      setError(mfaError(t, result.error));
    } finally {
      setBusy(false);
    }
  }

  if (!open)
    return (
      <Button onClick={() => setOpen(true)} data-testid="passkey-add">
        {t('mfa.passkey.add')}
      </Button>
    );

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={onFinish} initialValues={{ name: t('mfa.passkey.defaultName') }}>
      <FormError message={error} />
      <Form.Item
        label={t('mfa.passkey.name')}
        name="name"
        extra={t('mfa.passkey.nameHelp')}
        rules={[{ required: true, whitespace: true, max: 64, message: t('mfa.passkey.nameRequired') }]}
      >
        <Input autoFocus maxLength={64} autoComplete="off" data-testid="passkey-name" style={{ maxWidth: 320 }} />
      </Form.Item>
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="passkey-confirm">
          {t('mfa.passkey.create')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}
