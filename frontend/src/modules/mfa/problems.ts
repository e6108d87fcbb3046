import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { errorMessage, fieldProblems, problemMessage } from '../../lib/errors';
import { PasskeyError } from './webauthn';

/** A problem code from an MFA mutation (INVALID_CODE, LAST_REQUIRED_FACTOR…) in the user's language. */
export function mfaProblem(t: TFunction, code: string): string {
  return t(`mfa.problems.${code}`, { defaultValue: problemMessage(t, code) });
}

/** One line for a failed MFA call: its problem codes when it has some, else the error code's message. */
export function mfaError(t: TFunction, error: CombinedError | undefined): string | null {
  if (!error) return null;
  const codes = Object.values(fieldProblems(error)).flat();
  return codes.length > 0 ? codes.map((c) => mfaProblem(t, c)).join(' ') : errorMessage(t, error);
}

/** A browser-side passkey failure, or anything else thrown, as a message. */
export function passkeyErrorMessage(t: TFunction, error: unknown): string {
  const reason = error instanceof PasskeyError ? error.reason : 'failed';
  return t(`mfa.passkey.errors.${reason}`);
}
