import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { errorMessage, type ErrorCode } from '../../../lib/errors';
import { formPath, rawFieldProblems, type FieldPath } from '../../crm/shared/errors';

type Overrides = Partial<Record<ErrorCode, string>>;

/** A problem code in the user's language: this module's wording first, then the app's. */
export function dealProblem(t: TFunction, code: string): string {
  return t([`deals.problems.${code}`, `problems.${code}`, 'problems.UNKNOWN']);
}

/** One line for a failed action (a move, a delete): the problem codes when given, else the error code. */
export function dealError(t: TFunction, error: CombinedError, overrides: Overrides = {}): string {
  const codes = Object.values(rawFieldProblems(error)).flat();
  return codes.length > 0 ? [...new Set(codes)].map((c) => dealProblem(t, c)).join(' ') : errorMessage(t, error, overrides);
}

/**
 * Puts each problem under its form field (`products.2.price` → ['products', 2, 'price']) and returns
 * the rest as one line for the form's alert (null when everything found a field). `lists` are
 * Form.List names: their rows' fields take problems, but a problem of the whole list (TOO_MANY,
 * STAGE_IN_USE) has no field to show under and goes to the alert.
 */
export function showDealFormError(
  t: TFunction,
  form: FormInstance,
  error: CombinedError | undefined,
  known: readonly string[],
  overrides: Overrides = {},
  lists: readonly string[] = [],
): string | null {
  if (!error) return null;
  const problems = rawFieldProblems(error);
  if (Object.keys(problems).length === 0) return errorMessage(t, error, overrides);
  const leftover: string[] = [];
  const placed: { name: FieldPath; errors: string[] }[] = [];
  for (const [field, codes] of Object.entries(problems)) {
    const texts = codes.map((c) => dealProblem(t, c));
    const path = lists.includes(field) ? null : fieldPath(field, known);
    if (path !== null) placed.push({ name: path, errors: texts });
    else leftover.push(...texts);
  }
  if (placed.length > 0) form.setFields(placed);
  return leftover.length > 0 ? leftover.join(' ') : null;
}

/** Where a server field name goes in a form: list rows (`products.1.price`, `stages.0.name_en`) included. */
export function fieldPath(name: string, known: readonly string[]): FieldPath | null {
  const parts = name.split('.');
  if (parts.length === 3 && /^\d+$/.test(parts[1])) {
    const head = formPath(parts[0], known);
    const leaf = parts[2].replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    return typeof head === 'string' ? [head, Number(parts[1]), leaf] : null;
  }
  return formPath(name, known);
}
