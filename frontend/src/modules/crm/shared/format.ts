import type { TFunction } from 'i18next';
import { currentLanguage } from '../../../lib/i18n';

/** A server timestamp as a calendar day in the user's language; empty for none. */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium' }).format(date);
}

/** A customer kind (`company` / `person`) in words. */
export function kindText(t: TFunction, kind: string): string {
  return t(`crm.kinds.${kind}`, { defaultValue: kind });
}

/**
 * A custom value for display: multi-select values arrive as a JSON list of options; everything else
 * (text, number, ISO date, option) as is.
 */
export function customValueText(type: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (type === 'MULTISELECT') {
    try {
      const list = JSON.parse(value) as unknown;
      if (Array.isArray(list)) return list.map(String).join(', ');
    } catch {
      // A masked value is not JSON: shown as sent.
    }
  }
  return value;
}

/** Only web links are ever rendered as links (never javascript: or data: URLs). */
export function safeWebsite(url: string): string | null {
  const trimmed = url.trim();
  if (!trimmed) return null;
  const withScheme = /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const parsed = new URL(withScheme);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
