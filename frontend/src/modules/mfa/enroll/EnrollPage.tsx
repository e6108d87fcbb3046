import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { PublicCard } from '../../auth/PublicCard';
import { useContinueLogin } from '../continueLogin';
import { EmailSetup, SmsSetup } from '../settings/CodeFactorSetup';
import { PasskeyAdd } from '../settings/PasskeyAdd';
import { RecoveryCodes } from '../settings/RecoveryCodes';
import { TotpSetup } from '../settings/TotpSetup';
import type { Added } from '../settings/types';
import { webauthnSupported } from '../webauthn';

type Choice = 'TOTP' | 'WEBAUTHN' | 'EMAIL' | 'SMS';

/**
 * Enrolment required: the user's role needs a second factor and the grace period is over. The partial
 * session allows nothing but adding one; the factor's confirmation carries the sign-in on.
 */
export default function EnrollPage() {
  const { t } = useTranslation();
  const continueLogin = useContinueLogin();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [done, setDone] = useState<Added | null>(null);
  const [notAccepted, setNotAccepted] = useState(false);

  function onAdded(added: Added) {
    if (!added.login) {
      // Added, but it does not count under the policy (a method the admin has not allowed).
      setNotAccepted(true);
      setChoice(null);
      return;
    }
    if (added.recoveryCodes.length > 0) setDone(added);
    else continueLogin(added.login);
  }

  if (done?.login) {
    const login = done.login;
    return (
      <PublicCard title={t('mfa.recovery.newTitle')}>
        <RecoveryCodes codes={done.recoveryCodes} onDone={() => continueLogin(login)} />
      </PublicCard>
    );
  }

  const choices: Choice[] = ['TOTP', ...(webauthnSupported() ? (['WEBAUTHN'] as const) : []), 'EMAIL', 'SMS'];

  return (
    <PublicCard title={t('mfa.enroll.title')}>
      <FormAlert testId="mfa-enroll-intro" type="info" message={t('mfa.enroll.intro')} />
      <FormAlert testId="form-error" type="error" message={notAccepted ? t('mfa.enroll.notAccepted') : null} />
      <div data-testid="mfa-section">
        {choice === null ? (
          <Flex vertical gap={8}>
            {choices.map((c) => (
              <Button key={c} block onClick={() => setChoice(c)} data-testid={`mfa-enroll-${c}`} style={{ height: 'auto', padding: '8px 12px', textAlign: 'left', whiteSpace: 'normal' }}>
                <Flex vertical align="flex-start" style={{ width: '100%' }}>
                  <Typography.Text strong>{t(`mfa.enroll.choices.${c}.title`)}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`mfa.enroll.choices.${c}.text`)}
                  </Typography.Text>
                </Flex>
              </Button>
            ))}
          </Flex>
        ) : (
          <Flex vertical gap={12}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t(`mfa.enroll.choices.${choice}.title`)}
            </Typography.Title>
            {choice === 'TOTP' && <TotpSetup onAdded={onAdded} />}
            {choice === 'WEBAUTHN' && <PasskeyAdd onAdded={onAdded} />}
            {choice === 'EMAIL' && <EmailSetup onAdded={onAdded} />}
            {choice === 'SMS' && <SmsSetup onAdded={onAdded} />}
            <Typography.Link onClick={() => setChoice(null)} data-testid="mfa-enroll-back">
              {t('mfa.enroll.other')}
            </Typography.Link>
          </Flex>
        )}
      </div>
      <div style={{ marginTop: 16 }}>
        <Link to="/login">{t('auth.backToLogin')}</Link>
      </div>
    </PublicCard>
  );
}
