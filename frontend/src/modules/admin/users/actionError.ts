import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { errorMessage, fieldProblems, problemMessage } from '../../../lib/errors';

/** One line for a failed row action: the problem codes when the server gave some (SELF, LAST_ADMIN…). */
export function actionError(t: TFunction, error: CombinedError): string {
  const codes = Object.values(fieldProblems(error)).flat();
  return codes.length > 0 ? codes.map((c) => problemMessage(t, c)).join(' ') : errorMessage(t, error);
}
