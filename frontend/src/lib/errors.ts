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

function extensions(error: CombinedError | undefined): Record<string, unknown> {
  return (error?.graphQLErrors[0]?.extensions ?? {}) as Record<string, unknown>;
}

/** The first server error code, or null for a network failure or an error without a known code. */
export function errorCode(error: CombinedError | undefined): ErrorCode | null {
  const code = extensions(error).code;
  return isErrorCode(code) ? code : null;
}

/** `extensions.reason`, e.g. INVALID_CREDENTIALS on a failed sign-in. */
export function errorReason(error: CombinedError | undefined): string | null {
  const reason = extensions(error).reason;
  return typeof reason === 'string' ? reason : null;
}

/** Seconds to wait after RATE_LIMITED, when the server said so. */
export function retryAfter(error: CombinedError | undefined): number | null {
  const seconds = extensions(error).retryAfter;
  return typeof seconds === 'number' && seconds > 0 ? seconds : null;
}

function camelCase(name: string): string {
  return name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * Validation problems by input field (camelCase; some server checks name fields in snake_case),
 * each a list of problem codes such as TOO_SHORT or TAKEN. Empty when the error has none.
 */
export function fieldProblems(error: CombinedError | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of error?.graphQLErrors ?? []) {
    const fields = (e.extensions as Record<string, unknown> | undefined)?.fields;
    if (!fields || typeof fields !== 'object') continue;
    for (const [name, codes] of Object.entries(fields as Record<string, unknown>)) {
      if (!Array.isArray(codes)) continue;
      const key = camelCase(name);
      out[key] = [...(out[key] ?? []), ...codes.filter((c): c is string => typeof c === 'string')];
    }
  }
  return out;
}

/** A problem code (from `extensions.fields` or `passwordCheck`) in the user's language. */
export function problemMessage(t: TFunction, code: string): string {
  return t(`problems.${code}`, { defaultValue: t('problems.UNKNOWN') });
}

/** A wait in words: seconds below two minutes, minutes above. */
function waitText(t: TFunction, seconds: number): string {
  return seconds < 120
    ? t('errors.seconds', { count: seconds })
    : t('errors.minutes', { count: Math.ceil(seconds / 60) });
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
  if (code === 'RATE_LIMITED' && !overrides.RATE_LIMITED) {
    const seconds = retryAfter(error);
    if (seconds) return t('errors.RATE_LIMITED_RETRY', { wait: waitText(t, seconds) });
  }
  if (code) return t(overrides[code] ?? `errors.${code}`);
  if (error.networkError && error.graphQLErrors.length === 0) return t('errors.NETWORK');
  return t('errors.INTERNAL');
}
