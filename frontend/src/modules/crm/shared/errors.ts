import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { errorMessage, type ErrorCode } from '../../../lib/errors';

/** A form field path as antd names it: `name`, `['phones', 1]`, `['custom', 'vip_level']`. */
export type FieldPath = string | (string | number)[];

/** A problem code in the user's language: this module's wording first, then the app's. */
export function crmProblem(t: TFunction, code: string): string {
  return t([`crm.problems.${code}`, `problems.${code}`, 'problems.UNKNOWN']);
}

/**
 * `extensions.fields` as the server sent it. lib/errors' fieldProblems camel-cases names, which
 * would corrupt custom field keys (`customFields.vip_level`), so this reads them untouched.
 */
export function rawFieldProblems(error: CombinedError | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of error?.graphQLErrors ?? []) {
    const fields = (e.extensions as Record<string, unknown> | undefined)?.fields;
    if (!fields || typeof fields !== 'object') continue;
    for (const [name, codes] of Object.entries(fields as Record<string, unknown>)) {
      if (!Array.isArray(codes)) continue;
      out[name] = [...(out[name] ?? []), ...codes.filter((c): c is string => typeof c === 'string')];
    }
  }
  return out;
}

/**
 * Where a server field name goes in a form: `phones.1` → ['phones', 1], `customFields.key` →
 * ['custom', 'key'], snake_case → camelCase; null when the form has no such field.
 */
export function formPath(name: string, known: readonly string[]): FieldPath | null {
  const [head, ...rest] = name.split('.');
  const camel = head.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  if (camel === 'customFields' && rest.length > 0) return known.includes('custom') ? ['custom', rest.join('.')] : null;
  if (!known.includes(camel)) return null;
  if (rest.length === 1 && /^\d+$/.test(rest[0])) return [camel, Number(rest[0])];
  return camel;
}

type Overrides = Partial<Record<ErrorCode, string>>;

/**
 * Puts each problem under its form field and returns the rest as one line for the form's alert
 * (null when everything found a field).
 */
export function showCrmFormError(
  t: TFunction,
  form: FormInstance,
  error: CombinedError | undefined,
  known: readonly string[],
  overrides: Overrides = {},
): string | null {
  if (!error) return null;
  const problems = rawFieldProblems(error);
  if (Object.keys(problems).length === 0) return errorMessage(t, error, overrides);
  const leftover: string[] = [];
  const placed: { name: FieldPath; errors: string[] }[] = [];
  for (const [field, codes] of Object.entries(problems)) {
    const texts = codes.map((c) => crmProblem(t, c));
    const path = formPath(field, known);
    if (path !== null) placed.push({ name: path, errors: texts });
    else leftover.push(...texts);
  }
  if (placed.length > 0) form.setFields(placed);
  return leftover.length > 0 ? leftover.join(' ') : null;
}

/** One line for a failed action (claim, restore, transfer…): problem codes when given, else the error code. */
export function crmActionMessage(t: TFunction, error: CombinedError, overrides: Overrides = {}): string {
  const codes = Object.values(rawFieldProblems(error)).flat();
  return codes.length > 0 ? [...new Set(codes)].map((c) => crmProblem(t, c)).join(' ') : errorMessage(t, error, overrides);
}
