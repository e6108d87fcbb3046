import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { errorMessage, fieldProblems, problemMessage } from './errors';

/**
 * Puts each validation problem under its form field and returns what is left for a form-level alert
 * (problems of fields not in `fields`, such as an expired link's `token`, or any other error);
 * null when everything found a field. `rename` maps a server field name to the form's.
 */
export function showServerError(
  t: TFunction,
  form: FormInstance,
  error: CombinedError | undefined,
  fields: readonly string[],
  rename: Record<string, string> = {},
): string | null {
  if (!error) return null;
  const problems = fieldProblems(error);
  const shown = new Set(fields);
  const leftover: string[] = [];
  const placed: { name: string; errors: string[] }[] = [];
  for (const [field, codes] of Object.entries(problems)) {
    const name = rename[field] ?? field;
    const texts = codes.map((c) => problemMessage(t, c));
    if (shown.has(name)) placed.push({ name, errors: texts });
    else leftover.push(...texts);
  }
  if (placed.length > 0) form.setFields(placed);
  if (Object.keys(problems).length === 0) return errorMessage(t, error);
  return leftover.length > 0 ? leftover.join(' ') : null;
}
