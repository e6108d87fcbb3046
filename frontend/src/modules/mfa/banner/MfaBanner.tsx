import { Alert } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDateTime } from '../../../lib/format';
import { MfaBannerQuery } from './operations';

const DISMISSED_KEY = 'crm.mfaBannerDismissed';

function dismissedThisSession(): boolean {
  try {
    return sessionStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * "Set up two-step verification by <date>": shown while the user's role requires a factor they do not
 * have yet. Closing it hides it for this browser session only; after the grace period sign-in itself
 * insists.
 */
export function MfaBanner() {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(dismissedThisSession);
  const [{ data }] = useQuery({ query: MfaBannerQuery, requestPolicy: 'cache-and-network' });
  const me = data?.me;
  if (dismissed || !me || !me.mfaRequired || me.mfaEnabled) return null;

  return (
    <Alert
      data-testid="mfa-banner"
      type="warning"
      showIcon
      closable={{
        'aria-label': t('mfa.banner.dismiss'),
        onClose: () => {
          try {
            sessionStorage.setItem(DISMISSED_KEY, '1');
          } catch {
            // Hidden until the next page load then.
          }
          setDismissed(true);
        },
      }}
      title={me.mfaGraceEndsAt ? t('mfa.banner.text', { date: formatDateTime(me.mfaGraceEndsAt) }) : t('mfa.section.required')}
      action={
        <Link to="/account/security" data-testid="mfa-banner-link">
          {t('mfa.banner.action')}
        </Link>
      }
      style={{ marginBottom: 16, flexWrap: 'wrap', rowGap: 4 }}
    />
  );
}
