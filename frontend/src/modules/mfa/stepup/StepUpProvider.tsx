import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { errorCode } from '../../../lib/errors';
import { StepUpContext, type StepUp, type WithStepUp } from './context';
import { StepUpDialog } from './StepUpDialog';

/**
 * Owns the one step-up dialog of the signed-in app. Several calls refused at once share one dialog:
 * the user confirms once and every waiting call is retried.
 */
export function StepUpProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const waiting = useRef<{ promise: Promise<boolean>; resolve: (ok: boolean) => void } | null>(null);

  const confirm = useCallback((): Promise<boolean> => {
    if (!waiting.current) {
      let resolve!: (ok: boolean) => void;
      const promise = new Promise<boolean>((r) => (resolve = r));
      waiting.current = { promise, resolve };
      setOpen(true);
    }
    return waiting.current.promise;
  }, []);

  const finish = useCallback((ok: boolean) => {
    const current = waiting.current;
    waiting.current = null;
    setOpen(false);
    current?.resolve(ok);
  }, []);

  const withStepUp = useCallback<WithStepUp>(
    async (op) => {
      const first = await op();
      if (errorCode(first.error) !== 'STEP_UP_REQUIRED') return first;
      if (!(await confirm())) return first;
      // Once only: a second refusal is shown to the caller rather than looping on the dialog.
      return op();
    },
    [confirm],
  );

  const value = useMemo<StepUp>(() => ({ withStepUp }), [withStepUp]);

  return (
    <StepUpContext value={value}>
      {children}
      {open && <StepUpDialog onDone={finish} />}
    </StepUpContext>
  );
}
