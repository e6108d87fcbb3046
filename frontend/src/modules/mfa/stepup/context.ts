import { createContext, useContext } from 'react';
import type { CombinedError } from 'urql';

/**
 * Runs `op` (usually `() => executeMutation(...)`); when the server answers STEP_UP_REQUIRED, asks the
 * user to confirm it's them and runs `op` once more. Resolves with the last result either way, so a
 * cancelled dialog leaves the STEP_UP_REQUIRED error for the caller to show.
 */
export type WithStepUp = <T extends { error?: CombinedError }>(op: () => Promise<T>) => Promise<T>;

export type StepUp = { withStepUp: WithStepUp };

export const StepUpContext = createContext<StepUp | null>(null);

// Outside a provider (public pages, a test rendering one component) nothing can ask: run as is.
const PASS_THROUGH: StepUp = { withStepUp: (op) => op() };

export function useStepUp(): StepUp {
  return useContext(StepUpContext) ?? PASS_THROUGH;
}
