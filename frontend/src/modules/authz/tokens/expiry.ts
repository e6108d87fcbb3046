import dayjs, { type Dayjs } from 'dayjs';

// The server's limits (backend/tokens/services.py): a token expires in the future, at most 365 days on.
export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 365;
// Head room against the clock difference between browser and server at the far limit.
const SAFETY_MINUTES = 5;

/** The date the picker starts at: 90 days from today. */
export function defaultExpiryDate(now: Dayjs = dayjs()): Dayjs {
  return now.add(DEFAULT_TOKEN_DAYS, 'day').startOf('day');
}

/** Days the picker refuses: today and earlier (a token would expire at once) and past a year. */
export function isExpiryDisabled(date: Dayjs, now: Dayjs = dayjs()): boolean {
  return !date.isAfter(now, 'day') || date.isAfter(now.add(MAX_TOKEN_DAYS, 'day'), 'day');
}

/** The instant sent to the server: the end of the chosen day, kept within the 365-day limit. */
export function expiryInstant(date: Dayjs, now: Dayjs = dayjs()): string {
  const latest = now.add(MAX_TOKEN_DAYS, 'day').subtract(SAFETY_MINUTES, 'minute');
  const end = date.endOf('day');
  return (end.isAfter(latest) ? latest : end).toISOString();
}

/** Addresses or networks typed one per line (or separated by commas or spaces). */
export function parseAllowedIps(text: string | undefined): string[] {
  return (text ?? '').split(/[\s,]+/).filter((part) => part.length > 0);
}

export type TokenStatus = 'active' | 'expired' | 'revoked';

export function tokenStatus(token: { revoked: boolean; expiresAt: string }, now: Dayjs = dayjs()): TokenStatus {
  if (token.revoked) return 'revoked';
  return dayjs(token.expiresAt).isAfter(now) ? 'active' : 'expired';
}
