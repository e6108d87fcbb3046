import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { errorMessage, fieldProblems, type ErrorCode } from '../../lib/errors';

/** A problem code in the user's language: this module's wording first (CYCLE, IN_USE…), then the app's. */
export function authzProblem(t: TFunction, code: string): string {
  return t([`authz.problems.${code}`, `problems.${code}`, 'problems.UNKNOWN']);
}

type Overrides = Partial<Record<ErrorCode, string>>;

/** One line for a failed row action (delete, revoke…): its problem codes when the server gave some. */
export function actionMessage(t: TFunction, error: CombinedError, overrides: Overrides = {}): string {
  const codes = Object.values(fieldProblems(error)).flat();
  return codes.length > 0 ? codes.map((c) => authzProblem(t, c)).join(' ') : errorMessage(t, error, overrides);
}

type FormErrorOptions = { overrides?: Overrides; rename?: Record<string, string> };

/**
 * Like lib/formErrors' showServerError, with this module's problem wording: puts each problem under
 * its field and returns the rest for the form-level alert (null when everything found a field).
 * `rename` maps a server field name to the form's.
 */
export function showFormError(
  t: TFunction,
  form: FormInstance,
  error: CombinedError | undefined,
  fields: readonly string[],
  { overrides = {}, rename = {} }: FormErrorOptions = {},
): string | null {
  if (!error) return null;
  const problems = fieldProblems(error);
  if (Object.keys(problems).length === 0) return errorMessage(t, error, overrides);
  const leftover: string[] = [];
  const placed: { name: string; errors: string[] }[] = [];
  for (const [field, codes] of Object.entries(problems)) {
    const name = rename[field] ?? field;
    const texts = codes.map((c) => authzProblem(t, c));
    if (fields.includes(name)) placed.push({ name, errors: texts });
    else leftover.push(...texts);
  }
  if (placed.length > 0) form.setFields(placed);
  return leftover.length > 0 ? leftover.join(' ') : null;
}
