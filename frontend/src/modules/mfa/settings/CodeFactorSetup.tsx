import { Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, type CombinedError } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { errorCode, fieldProblems } from '../../../lib/errors';
import { mfaError, mfaProblem } from '../problems';
import { useStepUp } from '../stepup';
import { useCooldown } from '../useCooldown';
import {
  BeginEmailMfaMutation,
  BeginSmsEnrollmentMutation,
  ConfirmEmailMfaMutation,
  ConfirmSmsEnrollmentMutation,
} from './operations';
import { signInAgain, type Added } from './types';

type Props = { onAdded: (added: Added) => void };

/** Turn on email codes: the server mails a code to the account's address, the user types it back. */
export function EmailSetup({ onAdded }: Props) {
  const [, begin] = useMutation(BeginEmailMfaMutation);
  const [, confirm] = useMutation(ConfirmEmailMfaMutation);
  return (
    <CodeFactorSetup
      ids="email-mfa"
      kind="email"
      onSend={() => begin({})}
      onConfirm={async (code) => {
        const r = await confirm({ input: { code } });
        return { error: r.error, added: r.data?.confirmEmailMfa };
      }}
      onAdded={onAdded}
    />
  );
}

/** Turn on SMS codes: a phone number, a texted code typed back. */
export function SmsSetup({ onAdded }: Props) {
  const [, begin] = useMutation(BeginSmsEnrollmentMutation);
  const [, confirm] = useMutation(ConfirmSmsEnrollmentMutation);
  return (
    <CodeFactorSetup
      ids="sms"
      kind="sms"
      withPhone
      onSend={(phone) => begin({ phone: phone ?? '' })}
      onConfirm={async (code) => {
        const r = await confirm({ input: { code } });
        return { error: r.error, added: r.data?.confirmSmsEnrollment };
      }}
      onAdded={onAdded}
    />
  );
}

type SetupProps = Props & {
  ids: 'email-mfa' | 'sms';
  kind: 'email' | 'sms';
  withPhone?: boolean;
  onSend: (phone?: string) => Promise<{ error?: CombinedError }>;
  onConfirm: (code: string) => Promise<{ error?: CombinedError; added?: Added }>;
};

function CodeFactorSetup({ ids, kind, withPhone, onSend, onConfirm, onAdded }: SetupProps) {
  const { t } = useTranslation();
  const { withStepUp } = useStepUp();
  const [form] = Form.useForm<{ phone?: string; code?: string }>();
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState<'send' | 'confirm' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const cooldown = useCooldown(60);
  // The start button's id is `<ids>-start`; the phone field exists only for SMS.
  const startId = `${ids}-start`;

  async function send() {
    setError(null);
    let phone: string | undefined;
    if (withPhone) {
      try {
        phone = (await form.validateFields(['phone'])).phone?.trim();
      } catch {
        return;
      }
    }
    setBusy('send');
    const result = await withStepUp(() => onSend(phone));
    setBusy(null);
    if (!result.error) {
      setSent(true);
      cooldown.start();
      return;
    }
    if (errorCode(result.error) === 'UNAUTHENTICATED') return signInAgain();
    const phoneProblems = fieldProblems(result.error).phone ?? [];
    if (phoneProblems.length > 0) return form.setFields([{ name: 'phone', errors: phoneProblems.map((c) => mfaProblem(t, c)) }]);
    setError(mfaError(t, result.error));
  }

  async function confirm() {
    setError(null);
    let code: string;
    try {
      code = ((await form.validateFields(['code'])).code ?? '').replace(/\s+/g, '');
    } catch {
      return;
    }
    setBusy('confirm');
    const result = await withStepUp(() => onConfirm(code));
    setBusy(null);
    if (result.added) {
      form.resetFields();
      setSent(false);
      return onAdded(result.added);
    }
    if (errorCode(result.error) === 'UNAUTHENTICATED') return signInAgain();
    const problems = fieldProblems(result.error).code ?? [];
    if (problems.length > 0) return form.setFields([{ name: 'code', errors: problems.map((c) => mfaProblem(t, c)) }]);
    setError(mfaError(t, result.error));
  }

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={() => void (sent ? confirm() : send())}>
      <FormError message={error} />
      {withPhone && (
        <Form.Item
          label={t('mfa.sms.phone')}
          name="phone"
          extra={t('mfa.sms.phoneHelp')}
          rules={[{ required: true, message: t('mfa.sms.phoneRequired') }]}
        >
          <Input type="tel" autoComplete="tel" inputMode="tel" disabled={sent} data-testid="sms-phone" style={{ maxWidth: 260 }} />
        </Form.Item>
      )}
      {!sent ? (
        <Button loading={busy === 'send'} onClick={() => void send()} data-testid={startId}>
          {t(`mfa.${kind}.start`)}
        </Button>
      ) : (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t(`mfa.${kind}.sent`)}</Typography.Text>
          <Form.Item
            label={t('mfa.challenge.codeLabel')}
            name="code"
            rules={[{ required: true, message: t('mfa.challenge.codeRequired') }]}
            style={{ marginBottom: 0 }}
          >
            <Input
              autoFocus
              autoComplete="one-time-code"
              inputMode="numeric"
              maxLength={7}
              data-testid={`${ids}-code`}
              style={{ width: 140 }}
            />
          </Form.Item>
          <Flex gap={8} wrap>
            <Button type="primary" htmlType="submit" loading={busy === 'confirm'} data-testid={`${ids}-confirm`}>
              {t('mfa.turnOn')}
            </Button>
            <Button disabled={cooldown.left > 0} loading={busy === 'send'} onClick={() => void send()} data-testid={`${ids}-resend`}>
              {cooldown.left > 0 ? t('mfa.resendIn', { count: cooldown.left }) : t('mfa.resend')}
            </Button>
            <Button onClick={() => setSent(false)}>{t('common.cancel')}</Button>
          </Flex>
        </Flex>
      )}
    </Form>
  );
}
