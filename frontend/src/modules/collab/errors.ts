import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { errorMessage, fieldProblems } from '../../lib/errors';

/** A problem code in the user's language: this module's wording (MENTION_OUT_OF_SCOPE…) first, then the app's. */
export function collabProblem(t: TFunction, code: string): string {
  return t([`collab.problems.${code}`, `problems.${code}`, 'problems.UNKNOWN']);
}

/**
 * Problems by field (`subject: ['REQUIRED']`) for a form to place under its fields, and one line for
 * everything else (a problem on a field the form lacks, or an error code such as FORBIDDEN).
 */
export function splitProblems(
  t: TFunction,
  error: CombinedError | undefined,
  fields: readonly string[],
): { byField: Record<string, string[]>; other: string | null } {
  if (!error) return { byField: {}, other: null };
  const problems = fieldProblems(error);
  if (Object.keys(problems).length === 0) return { byField: {}, other: errorMessage(t, error) };
  const byField: Record<string, string[]> = {};
  const rest: string[] = [];
  for (const [field, codes] of Object.entries(problems)) {
    const texts = codes.map((c) => collabProblem(t, c));
    if (fields.includes(field)) byField[field] = texts;
    else rest.push(...texts);
  }
  return { byField, other: rest.length > 0 ? rest.join(' ') : null };
}

/** One line for a failed action (complete, delete…). */
export function actionError(t: TFunction, error: CombinedError): string {
  const { other, byField } = splitProblems(t, error, []);
  return other ?? Object.values(byField).flat().join(' ');
}
