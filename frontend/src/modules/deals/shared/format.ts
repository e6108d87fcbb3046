import { currentLanguage } from '../../../lib/i18n';

/**
 * A calendar date from the server ("2026-03-31") in the user's language. Built from its parts, not
 * parsed as UTC midnight, so it never shows as the day before west of Greenwich.
 */
export function formatDate(value: unknown, language: string = currentLanguage()): string {
  if (typeof value !== 'string') return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

/** A probability as a percentage ("60%"). */
export function formatPercent(value: number, language: string = currentLanguage()): string {
  return new Intl.NumberFormat(language, { style: 'percent' }).format(value / 100);
}
