import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { mfaError } from '../problems';
import { useStepUp } from '../stepup';
import { ResetUserMfaMutation } from './operations';

/** The Users page's row action (`action-reset-mfa`). */
export const RESET_MFA_ACTION = 'reset-mfa';

/**
 * Admin → Users → "Reset two-step verification": confirm, step up if needed, remove every factor of a
 * user who lost theirs (they are signed out and enrol again at the next sign-in).
 */
export function useResetUserMfa(onDone: () => void) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { withStepUp } = useStepUp();
  const [, reset] = useMutation(ResetUserMfaMutation);

  return (user: { id: string; username: string }) =>
    modal.confirm({
      title: t('mfa.admin.confirmReset', { name: user.username }),
      content: t('mfa.admin.confirmResetBody'),
      okText: t('mfa.admin.reset'),
      okButtonProps: { danger: true, 'data-testid': 'confirm-ok' },
      cancelText: t('common.cancel'),
      // Closes at once: a step-up dialog, if the server asks for one, is not stacked over this one.
      onOk: () => {
        void (async () => {
          const result = await withStepUp(() => reset({ id: user.id }));
          if (result.error) return void message.error(mfaError(t, result.error));
          void message.success(t('mfa.admin.done', { name: user.username }));
          onDone();
        })();
      },
    });
}
