import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/FormAlert';
import type { BeginTotpEnrollmentMutation as Begin } from '../../../graphql/graphql';
import { errorCode, fieldProblems } from '../../../lib/errors';
import { mfaError, mfaProblem } from '../problems';
import { useStepUp } from '../stepup';
import { BeginTotpEnrollmentMutation, ConfirmTotpEnrollmentMutation } from './operations';
import { signInAgain, type Added } from './types';

type Enrollment = Begin['beginTotpEnrollment'];

/** The QR code as an <img>: a data: URL is allowed by the CSP, inline SVG markup would be injected HTML. */
export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').match(/.{1,4}/g)?.join(' ') ?? '';
}

/** Authenticator app: start → scan the QR (or type the key) → confirm with a code from the app. */
export function TotpSetup({ onAdded }: { onAdded: (added: Added) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { withStepUp } = useStepUp();
  const [form] = Form.useForm<{ code: string }>();
  const [enrollment, setEnrollment] = useState<Enrollment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [begin, beginTotp] = useMutation(BeginTotpEnrollmentMutation);
  const [confirm, confirmTotp] = useMutation(ConfirmTotpEnrollmentMutation);

  async function onStart() {
    setError(null);
    const result = await withStepUp(() => beginTotp({}));
    if (result.data) return setEnrollment(result.data.beginTotpEnrollment);
    if (errorCode(result.error) === 'UNAUTHENTICATED') return signInAgain();
    setError(mfaError(t, result.error));
  }

  async function onConfirm({ code }: { code: string }) {
    setError(null);
    const result = await withStepUp(() => confirmTotp({ input: { code: code.replace(/\s+/g, '') } }));
    if (result.data) {
      setEnrollment(null);
      form.resetFields();
      return onAdded(result.data.confirmTotpEnrollment);
    }
    if (errorCode(result.error) === 'UNAUTHENTICATED') return signInAgain();
    const problems = fieldProblems(result.error).code ?? [];
    if (problems.includes('INVALID_CODE')) return form.setFields([{ name: 'code', errors: [mfaProblem(t, 'INVALID_CODE')] }]);
    setError(mfaError(t, result.error));
  }

  async function copySecret(secret: string) {
    try {
      await navigator.clipboard.writeText(secret);
      void message.success(t('mfa.copied'));
    } catch {
      void message.error(t('mfa.copyFailed'));
    }
  }

  if (!enrollment)
    return (
      <>
        <FormError message={error} />
        <Button type="primary" loading={begin.fetching} onClick={() => void onStart()} data-testid="totp-start">
          {t('mfa.totp.start')}
        </Button>
      </>
    );

  const secret = enrollment.secret.replace(/\s+/g, '');
  return (
    <Flex vertical gap={12} data-testid="totp-wizard">
      <FormError message={error} />
      <Typography.Text strong>{t('mfa.totp.step1')}</Typography.Text>
      <img
        src={svgDataUrl(enrollment.qrSvg)}
        alt={t('mfa.totp.qrAlt')}
        data-testid="totp-qr"
        style={{ width: 200, height: 200, maxWidth: '100%', background: '#fff', alignSelf: 'flex-start' }}
      />
      <Typography.Text type="secondary">{t('mfa.totp.manual')}</Typography.Text>
      <Flex align="center" gap={8} wrap>
        <Typography.Text code data-testid="totp-secret" data-secret={secret} style={{ fontSize: 15, wordBreak: 'break-all' }}>
          {groupSecret(secret)}
        </Typography.Text>
        <Button size="small" icon={<CopyOutlined />} onClick={() => void copySecret(secret)} data-testid="totp-copy">
          {t('mfa.copy')}
        </Button>
      </Flex>
      <Typography.Text strong>{t('mfa.totp.step2')}</Typography.Text>
      <Form form={form} layout="inline" requiredMark={false} onFinish={onConfirm} style={{ rowGap: 8 }}>
        <Form.Item name="code" rules={[{ required: true, message: t('mfa.challenge.codeRequired') }]}>
          <Input
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={7}
            placeholder="123456"
            aria-label={t('mfa.challenge.totpLabel')}
            data-testid="totp-code"
            style={{ width: 140 }}
          />
        </Form.Item>
        <Form.Item>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={confirm.fetching} data-testid="totp-confirm">
              {t('mfa.totp.confirm')}
            </Button>
            <Button onClick={() => setEnrollment(null)}>{t('common.cancel')}</Button>
          </Flex>
        </Form.Item>
      </Form>
    </Flex>
  );
}
