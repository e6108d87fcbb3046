import { useNavigate } from 'react-router';
import type { LoginStatus, MfaMethod } from '../../graphql/graphql';

/** What the challenge page gets through router state (and keeps in sessionStorage for a reload). */
export type ChallengeState = { methods: MfaMethod[] };

const METHODS_KEY = 'crm.mfaMethods';

export function nextPath(status: LoginStatus): string {
  switch (status) {
    case 'SUCCESS':
      return '/';
    case 'PASSWORD_CHANGE_REQUIRED':
      return '/change-password';
    case 'MFA_REQUIRED':
      return '/mfa';
    case 'MFA_ENROLLMENT_REQUIRED':
      return '/mfa/enroll';
  }
}

export function rememberMethods(methods: MfaMethod[]): void {
  try {
    sessionStorage.setItem(METHODS_KEY, JSON.stringify(methods));
  } catch {
    // Only a convenience for a reload of the challenge page.
  }
}

export function rememberedMethods(): MfaMethod[] | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(METHODS_KEY) ?? 'null');
    return Array.isArray(value) && value.length > 0 ? (value as MfaMethod[]) : null;
  } catch {
    return null;
  }
}

/** Follows a LoginResult to its next page: home, the forced password change, the challenge or enrolment. */
export function useContinueLogin() {
  const navigate = useNavigate();
  return (result: { status: LoginStatus; mfaMethods: MfaMethod[] }) => {
    if (result.status === 'MFA_REQUIRED') rememberMethods(result.mfaMethods);
    const state: ChallengeState | undefined =
      result.status === 'MFA_REQUIRED' ? { methods: result.mfaMethods } : undefined;
    navigate(nextPath(result.status), { replace: true, state });
  };
}

/** Back to sign-in with the one generic message (locked account, expired partial session). */
export function useBackToLogin() {
  const navigate = useNavigate();
  return (messageKey: string = 'auth.invalidCredentials') =>
    navigate('/login', { replace: true, state: { error: messageKey } });
}
