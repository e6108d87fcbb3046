import { App, Button, Card, Divider, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { FormAlert, FormError } from '../../../components/FormAlert';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { MfaBannerQuery } from '../banner/operations';
import { mfaError } from '../problems';
import { useStepUp } from '../stepup';
import { EmailSetup, SmsSetup } from './CodeFactorSetup';
import {
  DisableEmailMfaMutation,
  MyMfaQuery,
  RegenerateRecoveryCodesMutation,
  RemoveSmsMutation,
  RemoveTotpMutation,
} from './operations';
import { PasskeyAdd } from './PasskeyAdd';
import { PasskeyList } from './PasskeyList';
import { RecoveryCodes } from './RecoveryCodes';
import { TotpSetup } from './TotpSetup';
import type { Added } from './types';

function Part({ title, status, children }: { title: string; status?: ReactNode; children: ReactNode }) {
  return (
    <section>
      <Flex align="center" gap={8} wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {status}
      </Flex>
      {children}
    </section>
  );
}

/** My account → Security → Two-step verification: every factor, and the recovery codes. */
export function MfaSection({ account }: { account?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useClient();
  const { withStepUp } = useStepUp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyMfaQuery, requestPolicy: 'network-only' });
  const [codes, setCodes] = useState<string[] | null>(null);
  const [, removeTotp] = useMutation(RemoveTotpMutation);
  const [, disableEmail] = useMutation(DisableEmailMfaMutation);
  const [, removeSms] = useMutation(RemoveSmsMutation);
  const [regen, regenerate] = useMutation(RegenerateRecoveryCodesMutation);

  function refresh() {
    refetch({ requestPolicy: 'network-only' });
    // The layout's banner asks the same question about `me`.
    void client.query(MfaBannerQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  }

  function onAdded(added: Added) {
    void message.success(t('mfa.added'));
    if (added.recoveryCodes.length > 0) setCodes(added.recoveryCodes);
    refresh();
  }

  async function turnOff(run: () => Promise<{ error?: CombinedError }>, done: string) {
    const result = await withStepUp(run);
    if (result.error) return void message.error(mfaError(t, result.error));
    void message.success(t(done));
    refresh();
  }

  async function onRegenerate() {
    const result = await withStepUp(() => regenerate({}));
    if (result.data) {
      setCodes(result.data.regenerateRecoveryCodes);
      refresh();
      return;
    }
    void message.error(mfaError(t, result.error));
  }

  const mfa = data?.myMfa;
  const on = <Tag color="green">{t('mfa.on')}</Tag>;
  const off = <Tag>{t('mfa.off')}</Tag>;

  function removeButton(testId: string, confirmKey: string, run: () => Promise<{ error?: CombinedError }>, done: string) {
    return (
      <Popconfirm title={t(confirmKey)} onConfirm={() => turnOff(run, done)} okText={t('common.yes')} cancelText={t('common.no')}>
        <Button danger size="small" data-testid={testId}>
          {t('mfa.turnOff')}
        </Button>
      </Popconfirm>
    );
  }

  return (
    <Card
      title={t('mfa.section.title')}
      data-testid="mfa-section"
      loading={fetching && !data}
      extra={mfa && (mfa.methods.length > 0 ? <Tag color="green" data-testid="mfa-status-on">{t('mfa.section.enabled')}</Tag> : <Tag color="orange" data-testid="mfa-status-off">{t('mfa.section.disabled')}</Tag>)}
    >
      <FormError message={error ? errorMessage(t, error) : null} />
      {mfa?.required && mfa.methods.length === 0 && (
        <FormAlert
          testId="mfa-required"
          type="warning"
          message={mfa.graceEndsAt ? t('mfa.banner.text', { date: formatDateTime(mfa.graceEndsAt) }) : t('mfa.section.required')}
        />
      )}
      <Typography.Paragraph type="secondary">{t('mfa.section.intro')}</Typography.Paragraph>
      {codes && (
        <Card size="small" title={t('mfa.recovery.newTitle')} style={{ marginBottom: 16 }}>
          <RecoveryCodes codes={codes} account={account} onDone={() => setCodes(null)} />
        </Card>
      )}
      {mfa && (
        <Flex vertical>
          <Part title={t('mfa.totp.title')} status={mfa.totpEnabled ? on : off}>
            <Typography.Paragraph type="secondary">{t('mfa.totp.intro')}</Typography.Paragraph>
            {mfa.totpEnabled
              ? removeButton('totp-remove', 'mfa.totp.removeConfirm', () => removeTotp({}), 'mfa.totp.removed')
              : <TotpSetup onAdded={onAdded} />}
          </Part>
          <Divider />
          <Part title={t('mfa.passkey.title')} status={mfa.passkeys.length > 0 ? on : off}>
            <Typography.Paragraph type="secondary">{t('mfa.passkey.intro')}</Typography.Paragraph>
            <PasskeyList passkeys={mfa.passkeys} onChanged={refresh} />
            <div style={{ marginTop: 12 }}>
              <PasskeyAdd onAdded={onAdded} />
            </div>
          </Part>
          <Divider />
          <Part title={t('mfa.email.title')} status={mfa.emailEnabled ? on : off}>
            <Typography.Paragraph type="secondary">{t('mfa.email.intro')}</Typography.Paragraph>
            {mfa.emailEnabled
              ? removeButton('email-mfa-remove', 'mfa.email.removeConfirm', () => disableEmail({}), 'mfa.email.removed')
              : <EmailSetup onAdded={onAdded} />}
          </Part>
          <Divider />
          <Part title={t('mfa.sms.title')} status={mfa.smsPhone ? on : off}>
            <Typography.Paragraph type="secondary">
              {mfa.smsPhone ? t('mfa.sms.current', { phone: mfa.smsPhone }) : t('mfa.sms.intro')}
            </Typography.Paragraph>
            {mfa.smsPhone
              ? removeButton('sms-remove', 'mfa.sms.removeConfirm', () => removeSms({}), 'mfa.sms.removed')
              : <SmsSetup onAdded={onAdded} />}
          </Part>
          <Divider />
          <Part title={t('mfa.recovery.title')}>
            <Typography.Paragraph type="secondary" data-testid="recovery-remaining">
              {t('mfa.recovery.remaining', { count: mfa.recoveryCodesRemaining })}
            </Typography.Paragraph>
            <Popconfirm
              title={t('mfa.recovery.regenerateConfirm')}
              onConfirm={() => onRegenerate()}
              okText={t('common.yes')}
              cancelText={t('common.no')}
              disabled={mfa.methods.length === 0}
            >
              <Button loading={regen.fetching} disabled={mfa.methods.length === 0} data-testid="recovery-regenerate">
                {t('mfa.recovery.regenerate')}
              </Button>
            </Popconfirm>
          </Part>
        </Flex>
      )}
    </Card>
  );
}
