import type { LoginStatus, MfaMethod, MyMfaQuery } from '../../../graphql/graphql';

/** What every enrolment mutation answers (FactorAdded). */
export type Added = {
  recoveryCodes: string[];
  login?: { status: LoginStatus; mfaMethods: MfaMethod[] } | null;
};

export type MfaStatus = MyMfaQuery['myMfa'];
export type PasskeyRow = MfaStatus['passkeys'][number];

/** A partial or expired session cannot go on: sign in again (a full load drops everything cached). */
export function signInAgain(): void {
  window.location.assign('/login');
}
