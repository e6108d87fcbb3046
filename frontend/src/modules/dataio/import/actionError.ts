import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { errorMessage, fieldProblems } from '../../../lib/errors';
import { problemText } from './labels';

/** One line for a refused import step: its problem codes when given, else the error code. */
export function actionError(t: TFunction, error: CombinedError | undefined): string {
  const codes = [...new Set(Object.values(fieldProblems(error)).flat())];
  return codes.length > 0 ? codes.map((c) => problemText(t, c)).join(' ') : errorMessage(t, error);
}
