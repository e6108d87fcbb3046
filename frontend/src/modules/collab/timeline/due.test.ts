import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { defaultDue } from './ActivityForm';
import { browserTimeZone, isOverdue } from './due';

describe('task dates', () => {
  const now = new Date('2025-03-01T12:00:00Z');

  it('calls an open task past its due time overdue', () => {
    expect(isOverdue({ dueAt: '2025-03-01T11:59:00Z', done: false }, now)).toBe(true);
    expect(isOverdue({ dueAt: '2025-03-01T12:01:00Z', done: false }, now)).toBe(false);
  });

  it('never calls a done or undated task overdue', () => {
    expect(isOverdue({ dueAt: '2025-02-01T00:00:00Z', done: true }, now)).toBe(false);
    expect(isOverdue({ dueAt: null, done: false }, now)).toBe(false);
  });

  it('makes a new task due at 18:00 on the same local day', () => {
    const due = defaultDue(dayjs('2025-03-01T09:30:00'));
    expect(due.format('YYYY-MM-DD HH:mm:ss')).toBe('2025-03-01 18:00:00');
  });

  it('names an IANA time zone for "today"', () => {
    expect(browserTimeZone()).toMatch(/^[A-Za-z_]+(\/[A-Za-z_+-]+)*$|^UTC$/);
  });
});
