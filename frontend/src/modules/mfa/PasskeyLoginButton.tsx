import { KeyOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorCode, errorMessage, errorReason } from '../../lib/errors';
import { BeginPasskeyLoginMutation, PasskeyLoginMutation } from './challenge/operations';
import { useContinueLogin } from './continueLogin';
import { passkeyErrorMessage } from './problems';
import { getAssertion, webauthnSupported } from './webauthn';

const OFF_KEY = 'crm.passkeyLoginOff';

function knownOff(): boolean {
  try {
    return sessionStorage.getItem(OFF_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * "Sign in with a passkey" on the sign-in page: passwordless, when the MFA policy allows it. When the
 * server says it is turned off, the button gives way to a note for the rest of the browser session.
 */
export function PasskeyLoginButton() {
  const { t } = useTranslation();
  const continueLogin = useContinueLogin();
  const [off, setOff] = useState(knownOff);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [, begin] = useMutation(BeginPasskeyLoginMutation);
  const [, login] = useMutation(PasskeyLoginMutation);

  if (!webauthnSupported()) return null;

  function turnedOff() {
    try {
      sessionStorage.setItem(OFF_KEY, '1');
    } catch {
      // Shown again after a reload; harmless.
    }
    setOff(true);
  }

  async function onClick() {
    setError(null);
    setBusy(true);
    try {
      const options = await begin({});
      if (!options.data) {
        if (errorCode(options.error) === 'FORBIDDEN') return turnedOff();
        return setError(errorMessage(t, options.error));
      }
      let assertion: string;
      try {
        assertion = await getAssertion(options.data.beginPasskeyLogin);
      } catch (e) {
        return setError(passkeyErrorMessage(t, e));
      }
      const result = await login({ input: { credential: assertion } });
      if (result.data) return continueLogin(result.data.passkeyLogin);
      if (errorCode(result.error) === 'FORBIDDEN') return turnedOff();
      // An unknown passkey gets the same words as a wrong password.
      const generic = errorCode(result.error) === 'BAD_USER_INPUT' || errorReason(result.error) === 'INVALID_CREDENTIALS';
      setError(generic ? t('mfa.passkey.loginFailed') : errorMessage(t, result.error));
    } finally {
      setBusy(false);
    }
  }

  if (off) return <Alert type="info" showIcon title={t('mfa.passkey.loginOff')} data-testid="login-passkey-off" style={{ marginTop: 16 }} />;

  return (
    <>
      {error && <Alert type="error" showIcon title={error} data-testid="login-passkey-error" style={{ marginTop: 16 }} />}
      <Button block icon={<KeyOutlined />} loading={busy} onClick={() => void onClick()} data-testid="login-passkey" style={{ marginTop: 12 }}>
        {t('mfa.passkey.login')}
      </Button>
    </>
  );
}
