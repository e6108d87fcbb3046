import { Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { FormError } from '../../../components/FormAlert';
import type { MfaMethod } from '../../../graphql/graphql';
import { errorCode, errorMessage, fieldProblems } from '../../../lib/errors';
import { PublicCard } from '../../auth/PublicCard';
import { rememberedMethods, useBackToLogin, useContinueLogin, type ChallengeState } from '../continueLogin';
import { mfaProblem, passkeyErrorMessage } from '../problems';
import { useCooldown } from '../useCooldown';
import { getAssertion } from '../webauthn';
import { BeginPasskeyAuthenticationMutation, SendMfaCodeMutation, VerifyMfaMutation } from './operations';

/** Without the sign-in's answer (a reload in another tab, a bookmark): offer everything, the server decides. */
export const DEFAULT_METHODS: MfaMethod[] = ['TOTP', 'WEBAUTHN', 'EMAIL', 'SMS', 'RECOVERY_CODE'];

const KNOWN = new Set<MfaMethod>(DEFAULT_METHODS);

function methodsFrom(state: unknown): MfaMethod[] {
  const fromState = (state as Partial<ChallengeState> | null)?.methods;
  const list = (Array.isArray(fromState) && fromState.length > 0 ? fromState : rememberedMethods()) ?? DEFAULT_METHODS;
  const known = list.filter((m) => KNOWN.has(m));
  return known.length > 0 ? known : DEFAULT_METHODS;
}

/** The first method the server listed (it lists the strongest first); a recovery code only as a last resort. */
export function initialMethod(methods: MfaMethod[]): MfaMethod {
  return methods.find((m) => m !== 'RECOVERY_CODE') ?? methods[0];
}

/** Second step of sign-in (the session is partial until a factor is verified). */
export default function ChallengePage() {
  const { t } = useTranslation();
  const { state } = useLocation();
  const [methods] = useState(() => methodsFrom(state));
  const [method, setMethod] = useState<MfaMethod>(() => initialMethod(methods));
  const [form] = Form.useForm<{ code: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [passkeyBusy, setPasskeyBusy] = useState(false);
  const [verifying, verify] = useMutation(VerifyMfaMutation);
  const [sending, sendCode] = useMutation(SendMfaCodeMutation);
  const [, beginPasskey] = useMutation(BeginPasskeyAuthenticationMutation);
  const cooldown = useCooldown(60);
  const continueLogin = useContinueLogin();
  const backToLogin = useBackToLogin();

  function choose(next: MfaMethod) {
    setMethod(next);
    setFormError(null);
    setInfo(null);
    form.resetFields();
  }

  async function submit(code: string) {
    setFormError(null);
    const result = await verify({ input: { method, code } });
    const login = result.data?.verifyMfa;
    if (login) return continueLogin(login);
    // Locked after too many wrong answers, or the partial session ran out: start again.
    if (errorCode(result.error) === 'UNAUTHENTICATED') return backToLogin();
    const problems = fieldProblems(result.error).code ?? [];
    if (problems.length > 0) {
      form.setFieldValue('code', '');
      return setFormError(problems.map((c) => mfaProblem(t, c)).join(' '));
    }
    setFormError(errorMessage(t, result.error));
  }

  async function onSend() {
    setFormError(null);
    const result = await sendCode({ input: { method } });
    if (result.data?.sendMfaCode) {
      cooldown.start();
      return setInfo(t(method === 'EMAIL' ? 'mfa.challenge.emailSent' : 'mfa.challenge.smsSent'));
    }
    if (errorCode(result.error) === 'UNAUTHENTICATED') return backToLogin();
    const problems = Object.values(fieldProblems(result.error)).flat();
    setFormError(problems.length > 0 ? problems.map((c) => mfaProblem(t, c)).join(' ') : errorMessage(t, result.error));
  }

  async function onPasskey() {
    setFormError(null);
    setPasskeyBusy(true);
    try {
      const options = await beginPasskey({});
      if (!options.data) {
        if (errorCode(options.error) === 'UNAUTHENTICATED') return backToLogin();
        return setFormError(errorMessage(t, options.error));
      }
      let assertion: string;
      try {
        assertion = await getAssertion(options.data.beginPasskeyAuthentication);
      } catch (e) {
        return setFormError(passkeyErrorMessage(t, e));
      }
      await submit(assertion);
    } finally {
      setPasskeyBusy(false);
    }
  }

  const isCode = method !== 'WEBAUTHN';
  const numeric = method !== 'RECOVERY_CODE';

  return (
    <PublicCard title={t('mfa.challenge.title')}>
      <Typography.Paragraph type="secondary" data-testid="mfa-intro">
        {t(`mfa.challenge.intro.${method}`)}
      </Typography.Paragraph>
      {methods.length > 1 && (
        <Flex wrap gap={8} style={{ marginBottom: 16 }} role="group" aria-label={t('mfa.challenge.chooser')}>
          {methods.map((m) => (
            <Button
              key={m}
              size="small"
              type={m === method ? 'primary' : 'default'}
              aria-pressed={m === method}
              onClick={() => choose(m)}
              data-testid={`mfa-method-${m}`}
            >
              {t(`mfa.methods.${m}`)}
            </Button>
          ))}
        </Flex>
      )}
      <FormError message={formError} />
      {info && !formError && (
        <Typography.Paragraph type="success" data-testid="mfa-info">
          {info}
        </Typography.Paragraph>
      )}
      {method === 'WEBAUTHN' && (
        <Button type="primary" block loading={passkeyBusy || verifying.fetching} onClick={() => void onPasskey()} data-testid="mfa-passkey">
          {t('mfa.challenge.usePasskey')}
        </Button>
      )}
      {isCode && (
        <Form<{ code: string }>
          key={method}
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={({ code }) => submit(code.trim())}
          data-testid="mfa-form"
        >
          {(method === 'EMAIL' || method === 'SMS') && (
            <Button
              block
              loading={sending.fetching}
              disabled={cooldown.left > 0}
              onClick={() => void onSend()}
              data-testid="mfa-send-code"
              style={{ marginBottom: 16 }}
            >
              {cooldown.left > 0
                ? t('mfa.resendIn', { count: cooldown.left })
                : t(method === 'EMAIL' ? 'mfa.challenge.sendEmail' : 'mfa.challenge.sendSms')}
            </Button>
          )}
          <Form.Item
            label={t(method === 'RECOVERY_CODE' ? 'mfa.challenge.recoveryLabel' : method === 'TOTP' ? 'mfa.challenge.totpLabel' : 'mfa.challenge.codeLabel')}
            name="code"
            rules={[{ required: true, whitespace: true, message: t('mfa.challenge.codeRequired') }]}
          >
            <Input
              autoFocus
              autoComplete={numeric ? 'one-time-code' : 'off'}
              inputMode={numeric ? 'numeric' : 'text'}
              maxLength={numeric ? 7 : 24}
              placeholder={numeric ? '123456' : 'XXXX-XXXX-XXXX-XXXX'}
              spellCheck={false}
              autoCapitalize={numeric ? undefined : 'characters'}
              data-testid="mfa-code"
              style={{ fontSize: 18, letterSpacing: numeric ? 4 : 1 }}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={verifying.fetching} data-testid="mfa-submit">
            {t('mfa.challenge.submit')}
          </Button>
        </Form>
      )}
      <Flex vertical gap={8} style={{ marginTop: 16 }}>
        {method !== 'RECOVERY_CODE' && methods.includes('RECOVERY_CODE') && (
          <Typography.Link onClick={() => choose('RECOVERY_CODE')} data-testid="mfa-use-recovery">
            {t('mfa.challenge.useRecovery')}
          </Typography.Link>
        )}
        <Link to="/login">{t('auth.backToLogin')}</Link>
      </Flex>
    </PublicCard>
  );
}
