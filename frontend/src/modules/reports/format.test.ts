import { describe, expect, it } from 'vitest';
import { formatDays, formatMoney, formatPercent, monthLabel, monthRange, toNumber } from './format';

describe('report formats', () => {
  it('reads decimal strings and treats the unreadable as zero', () => {
    expect(toNumber('1234.50')).toBe(1234.5);
    expect(toNumber(null)).toBe(0);
    expect(toNumber('abc')).toBe(0);
  });

  it('writes money in the currency and language asked for', () => {
    expect(formatMoney('1234.5', 'USD', false, 'en-US')).toBe('$1,234.50');
    expect(formatMoney('1234.5', 'CNY', false, 'zh-CN')).toBe('¥1,234.50');
    expect(formatMoney('1500000', 'USD', true, 'en-US')).toBe('$1.5M');
    expect(formatMoney('10', 'nope', false, 'en-US')).toBe('10.00 nope');
  });

  it('writes shares as percentages and nothing as a dash', () => {
    expect(formatPercent(0.425, 'en-US')).toBe('42.5%');
    expect(formatPercent(null, 'en-US')).toBe('—');
  });

  it('writes days with one decimal, never a negative zero', () => {
    expect(formatDays(12.46, 'en-US')).toBe('12.5');
    expect(formatDays(-0.0001, 'en-US')).toBe('0');
    expect(formatDays(null, 'en-US')).toBe('—');
  });

  it('names months in the user language', () => {
    expect(monthLabel('2026-03', 'en-US')).toBe('Mar 2026');
    expect(monthLabel('2026-03', 'zh-CN')).toBe('2026年3月');
    expect(monthLabel('later', 'en-US')).toBe('later');
  });

  it('turns a month bucket into its first and last day, leap years included', () => {
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthRange('2026-13')).toBeNull();
  });
});
