import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// jsdom lacks these; antd's Grid, Layout.Sider and responsive components call them on mount.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});

// Pages are React.lazy chunks; their first import (antd and all) can take over the 1 s default on a cold run.
// Generous: the first render of a lazy route transforms antd on demand, which takes seconds on a
// busy 2-core machine. Waits end as soon as the element appears, so fast runs stay fast.
configure({ asyncUtilTimeout: 20000 });
