import type { HTMLAttributes } from 'react';

// Read by screen readers, not drawn: the usual clip pattern (display:none would hide it from them too).
const STYLE = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

export function VisuallyHidden(props: HTMLAttributes<HTMLDivElement>) {
  return <div {...props} style={STYLE} />;
}
