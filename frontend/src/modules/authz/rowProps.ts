import type { HTMLAttributes } from 'react';

/** `onRow` props giving a table row a test id (antd's row props type has no data-* attributes). */
export function rowTestId(testId: string): HTMLAttributes<HTMLElement> {
  return { 'data-testid': testId } as HTMLAttributes<HTMLElement>;
}
