import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';

// The stable `extensions.code` values the server masks every error into.
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'NOT_FOUND',
  'CONFLICT',
  'STEP_UP_REQUIRED',
  'NOT_IMPLEMENTED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

function isErrorCode(value: unknown): value is ErrorCode {
  return ERROR_CODES.includes(value as ErrorCode);
}

/** The first server error code, or null for a network failure or an error without a known code. */
export function errorCode(error: CombinedError | undefined): ErrorCode | null {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return isErrorCode(code) ? code : null;
}

/**
 * A message for the user in their language. Server messages are never shown as such: they are English,
 * and an unknown one could leak detail, so anything without a known code reads as INTERNAL.
 * `overrides` maps a code to a more specific translation key for the screen at hand.
 */
export function errorMessage(
  t: TFunction,
  error: CombinedError | undefined,
  overrides: Partial<Record<ErrorCode, string>> = {},
): string {
  if (!error) return '';
  const code = errorCode(error);
  if (code) return t(overrides[code] ?? `errors.${code}`);
  if (error.networkError && error.graphQLErrors.length === 0) return t('errors.NETWORK');
  return t('errors.INTERNAL');
}
