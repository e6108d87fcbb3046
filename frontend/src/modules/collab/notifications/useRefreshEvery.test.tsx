import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRefreshEvery } from './useRefreshEvery';

function Probe({ onTick }: { onTick: () => void }) {
  useRefreshEvery(onTick, 30_000);
  return null;
}

describe('useRefreshEvery', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('refreshes every interval and when the window regains focus', () => {
    const tick = vi.fn();
    render(<Probe onTick={tick} />);
    expect(tick).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    expect(tick).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('focus'));
    expect(tick).toHaveBeenCalledTimes(2);
  });

  it('skips ticks while the page is hidden', () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const tick = vi.fn();
    render(<Probe onTick={tick} />);
    vi.advanceTimersByTime(90_000);
    expect(tick).not.toHaveBeenCalled();
  });

  it('stops when unmounted', () => {
    const tick = vi.fn();
    const { unmount } = render(<Probe onTick={tick} />);
    unmount();
    vi.advanceTimersByTime(60_000);
    window.dispatchEvent(new Event('focus'));
    expect(tick).not.toHaveBeenCalled();
  });
});
