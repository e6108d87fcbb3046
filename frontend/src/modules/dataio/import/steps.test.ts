import { describe, expect, it } from 'vitest';
import { isFinished, isRunning, stepOf } from './steps';

describe('import wizard steps', () => {
  it('resumes a job at the step its status calls for', () => {
    expect(stepOf(null)).toBe('upload');
    expect(stepOf({ status: 'uploaded' })).toBe('mapping');
    expect(stepOf({ status: 'validated' })).toBe('check');
    for (const status of ['queued', 'running', 'done', 'failed', 'cancelled']) expect(stepOf({ status })).toBe('run');
  });

  it('tells a running job from a finished one', () => {
    expect(isRunning({ status: 'queued' })).toBe(true);
    expect(isRunning({ status: 'done' })).toBe(false);
    expect(isFinished({ status: 'cancelled' })).toBe(true);
    expect(isFinished({ status: 'running' })).toBe(false);
  });
});
