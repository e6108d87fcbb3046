import { currentLanguage } from '../../../lib/i18n';

/**
 * Amounts arrive from the server as decimal strings ("12345.60") and leave as such: they are never
 * turned into floats for arithmetic, which would drift (0.1 + 0.2). Sums are done in integer cents.
 */

const DECIMAL = /^\s*(-)?(\d+)(?:\.(\d*))?\s*$/;

/** A decimal text (or number) as integer units of 10^-places; null when it is not a plain decimal. */
export function toUnits(value: unknown, places = 2): bigint | null {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value ?? '');
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const [, minus, whole, fraction = ''] = m;
  // Round half up on the first dropped digit.
  const kept = (fraction + '0'.repeat(places)).slice(0, places);
  let units = BigInt(whole + kept);
  if ((fraction[places] ?? '0') >= '5') units += 1n;
  return minus ? -units : units;
}

/** Integer units back to a decimal text with `places` digits after the point. */
export function fromUnits(units: bigint, places = 2): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
  const text = places > 0 ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  return negative ? `-${text}` : text;
}

/** Sum of decimal texts, two places. Unreadable values count as zero. */
export function sumAmounts(values: readonly unknown[]): string {
  return fromUnits(values.reduce<bigint>((acc, v) => acc + (toUnits(v) ?? 0n), 0n));
}

/** quantity × price rounded to cents (quantity has up to four places, price two). */
export function lineTotal(quantity: unknown, price: unknown): string {
  const q = toUnits(quantity, 4);
  const p = toUnits(price, 2);
  if (q === null || p === null) return '0.00';
  const raw = q * p; // units of 10^-6
  const cents = (raw + (raw >= 0n ? 5000n : -5000n)) / 10000n;
  return fromUnits(cents);
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: string, currency: string): Intl.NumberFormat | null {
  const key = `${language}|${currency}`;
  let found = formatters.get(key);
  if (!found) {
    try {
      found = new Intl.NumberFormat(language, { style: 'currency', currency });
    } catch {
      return null; // not an ISO 4217 code the browser knows
    }
    formatters.set(key, found);
  }
  return found;
}

/**
 * An amount in its currency for the user's language ("¥12,345.60", "US$1,200.00"). The decimal text
 * is handed to Intl as is (no float rounding); an unknown currency shows as "1200.00 XYZ".
 */
export function formatMoney(amount: unknown, currency: string, language: string = currentLanguage()): string {
  const units = toUnits(amount);
  if (units === null) return '';
  const text = fromUnits(units);
  const f = formatter(language, currency);
  return f ? f.format(text as `${number}`) : `${text} ${currency}`;
}

/** A short form for tight places (column headers on a phone): "¥1.2M", "¥12万". */
export function formatCompact(amount: unknown, currency: string, language: string = currentLanguage()): string {
  const units = toUnits(amount);
  if (units === null) return '';
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(
      fromUnits(units) as `${number}`,
    );
  } catch {
    return `${fromUnits(units)} ${currency}`;
  }
}

/** Currencies offered in pickers; any other ISO 4217 code may be typed. */
export const COMMON_CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP', 'SGD', 'TWD', 'KRW', 'AUD', 'CAD'] as const;

/** Whether `code` looks like an ISO 4217 code (the server checks the same shape). */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code);
}
