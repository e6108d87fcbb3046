import type { TFunction } from 'i18next';
import { CUSTOM_PREFIX, IGNORE } from './mapping';

/** An import problem code in the user's language (this module's wording first, then the app's). */
export function problemText(t: TFunction, code: string): string {
  return t([`dataio.problems.${code}`, `crm.problems.${code}`, `problems.${code}`, 'problems.UNKNOWN']);
}

/** A field key of a kind as a label; custom fields by their admin-given label. */
export function fieldLabel(t: TFunction, kind: string, key: string, customLabel: (key: string) => string | null): string {
  if (key === IGNORE) return t('dataio.import.ignore');
  if (key.startsWith(CUSTOM_PREFIX)) return customLabel(key.slice(CUSTOM_PREFIX.length)) ?? key;
  return t(`dataio.fields.${kind}.${key}`, { defaultValue: key });
}

/** The encoding the server detected, as people know it ("GBK / GB18030"). */
export function encodingText(t: TFunction, encoding: string): string {
  return t(`dataio.import.encodings.${encoding}`, { defaultValue: encoding.toUpperCase() });
}
