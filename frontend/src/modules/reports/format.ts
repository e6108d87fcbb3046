import { currentLanguage } from '../../lib/i18n';

/**
 * Report figures for people: money in the report's currency, shares as percentages, month buckets
 * ("2026-03") as the user's language writes them. Amounts arrive as decimal strings; charts only
 * draw them, so a float is precise enough here (sums are the server's, in SQL).
 */

/** A decimal string or number as a float for drawing; 0 when unreadable. */
export function toNumber(value: unknown): number {
  const n = typeof value === 'number' ? value : Number.parseFloat(String(value ?? ''));
  return Number.isFinite(n) ? n : 0;
}

export function formatMoney(amount: unknown, currency: string, compact = false, language = currentLanguage()): string {
  const value = toNumber(amount);
  try {
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      ...(compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 2 }),
    }).format(value);
  } catch {
    return `${value.toFixed(2)} ${currency}`;
  }
}

/** A share between 0 and 1 as "42.5%"; an em dash when there is nothing to divide. */
export function formatPercent(share: number | null | undefined, language = currentLanguage()): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

export function formatCount(n: number, language = currentLanguage()): string {
  return new Intl.NumberFormat(language).format(n);
}

/** Days with one decimal ("12.5"); an em dash for none. */
export function formatDays(days: number | null | undefined, language = currentLanguage()): string {
  if (days === null || days === undefined || !Number.isFinite(days)) return '—';
  // A deal won the moment it was created has a cycle of a few negative milliseconds: "0", not "-0".
  const rounded = Math.max(0, Math.round(days * 10) / 10);
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(rounded);
}

const MONTH = /^(\d{4})-(\d{2})/;

/** "2026-03" as "Mar 2026" / "2026年3月"; anything else as given. */
export function monthLabel(month: string, language = currentLanguage()): string {
  const m = MONTH.exec(month);
  if (!m) return month;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
}

/** The first and last day ("YYYY-MM-DD") of a "YYYY-MM" bucket; null for anything else. */
export function monthRange(month: string): { from: string; to: string } | null {
  const m = MONTH.exec(month);
  if (!m) return null;
  const year = Number(m[1]);
  const index = Number(m[2]);
  if (index < 1 || index > 12) return null;
  const last = new Date(Date.UTC(year, index, 0)).getUTCDate();
  return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}` };
}
