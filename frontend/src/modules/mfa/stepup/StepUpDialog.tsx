import { Button, Form, Input, Modal, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormAlert } from '../../../components/FormAlert';
import type { MfaMethod } from '../../../graphql/graphql';
import { errorCode, errorMessage, fieldProblems } from '../../../lib/errors';
import { BeginPasskeyAuthenticationMutation } from '../challenge/operations';
import { mfaProblem, passkeyErrorMessage } from '../problems';
import { getAssertion, webauthnSupported } from '../webauthn';
import { ReauthenticateMutation, StepUpMethodsQuery } from './operations';

type Way = 'PASSWORD' | 'TOTP' | 'RECOVERY_CODE' | 'WEBAUTHN';
type Values = { password?: string; code?: string };

/** "Confirm it's you": the password, or a code from the authenticator, a recovery code or a passkey. */
export function StepUpDialog({ onDone }: { onDone: (ok: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [way, setWay] = useState<Way>('PASSWORD');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [{ data }] = useQuery({ query: StepUpMethodsQuery, requestPolicy: 'network-only' });
  const [, reauthenticate] = useMutation(ReauthenticateMutation);
  const [, beginPasskey] = useMutation(BeginPasskeyAuthenticationMutation);

  const have = new Set<MfaMethod>(data?.myMfa.methods ?? []);
  const ways: Way[] = ['PASSWORD'];
  if (have.has('TOTP')) ways.push('TOTP');
  if (have.has('WEBAUTHN') && webauthnSupported()) ways.push('WEBAUTHN');
  if (have.has('RECOVERY_CODE')) ways.push('RECOVERY_CODE');

  async function send(input: { password?: string; method?: MfaMethod; code?: string }) {
    setError(null);
    setBusy(true);
    const result = await reauthenticate({ input });
    setBusy(false);
    if (result.data?.reauthenticate) return onDone(true);
    const code = errorCode(result.error);
    // Too many wrong answers lock the account and end this session.
    if (code === 'UNAUTHENTICATED') return void window.location.assign('/login');
    const fields = fieldProblems(result.error);
    const problems = fields.code ?? fields.password ?? [];
    // A passkey's refusal has no field to sit under.
    if (problems.length > 0 && input.method === 'WEBAUTHN') return setError(mfaProblem(t, problems[0]));
    if (problems.length > 0) {
      const field = input.password !== undefined ? 'password' : 'code';
      const key = input.password !== undefined ? 'mfa.stepup.wrongPassword' : null;
      form.setFields([{ name: field, errors: [key ? t(key) : mfaProblem(t, problems[0])] }]);
      return;
    }
    setError(errorMessage(t, result.error));
  }

  async function onFinish(values: Values) {
    if (way === 'PASSWORD') await send({ password: values.password ?? '' });
    else await send({ method: way as MfaMethod, code: (values.code ?? '').trim() });
  }

  async function onPasskey() {
    setError(null);
    setBusy(true);
    const options = await beginPasskey({});
    if (!options.data) {
      setBusy(false);
      return setError(errorMessage(t, options.error));
    }
    let assertion: string;
    try {
      assertion = await getAssertion(options.data.beginPasskeyAuthentication);
    } catch (e) {
      setBusy(false);
      return setError(passkeyErrorMessage(t, e));
    }
    await send({ method: 'WEBAUTHN', code: assertion });
  }

  return (
    <Modal
      open
      title={t('mfa.stepup.title')}
      onCancel={() => onDone(false)}
      okText={t('mfa.stepup.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'stepup-submit', loading: busy, hidden: way === 'WEBAUTHN' }}
      onOk={() => form.submit()}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <div data-testid="stepup-dialog">
        <Typography.Paragraph type="secondary">{t('mfa.stepup.intro')}</Typography.Paragraph>
        {ways.length > 1 && (
          <Segmented<Way>
            block
            value={way}
            onChange={(w) => {
              setWay(w);
              setError(null);
              form.resetFields();
            }}
            options={ways.map((w) => ({
              value: w,
              label: <span data-testid={`stepup-method-${w}`}>{t(`mfa.stepup.ways.${w}`)}</span>,
            }))}
            style={{ marginBottom: 16 }}
          />
        )}
        <FormAlert testId="stepup-error" type="error" message={error} />
        {way === 'WEBAUTHN' ? (
          <Button block type="primary" loading={busy} onClick={() => void onPasskey()} data-testid="stepup-passkey">
            {t('mfa.stepup.usePasskey')}
          </Button>
        ) : (
          <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={onFinish}>
            {way === 'PASSWORD' ? (
              <Form.Item
                label={t('auth.password')}
                name="password"
                rules={[{ required: true, message: t('auth.passwordRequired') }]}
              >
                <Input.Password autoFocus autoComplete="current-password" data-testid="stepup-password" />
              </Form.Item>
            ) : (
              <Form.Item
                label={t(way === 'TOTP' ? 'mfa.challenge.totpLabel' : 'mfa.challenge.recoveryLabel')}
                name="code"
                rules={[{ required: true, message: t('mfa.challenge.codeRequired') }]}
              >
                <Input
                  autoFocus
                  autoComplete={way === 'TOTP' ? 'one-time-code' : 'off'}
                  inputMode={way === 'TOTP' ? 'numeric' : 'text'}
                  data-testid="stepup-code"
                />
              </Form.Item>
            )}
            {/* Enter submits; the visible button is the modal's OK. */}
            <button type="submit" hidden />
          </Form>
        )}
      </div>
    </Modal>
  );
}
