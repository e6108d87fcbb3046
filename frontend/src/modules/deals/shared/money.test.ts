import { describe, expect, it } from 'vitest';
import { formatMoney, fromUnits, lineTotal, sumAmounts, toUnits } from './money';

describe('decimal amounts', () => {
  it('reads decimal text into cents without float drift, rounding half up', () => {
    expect(toUnits('12345.60')).toBe(1234560n);
    expect(toUnits('0.1')).toBe(10n);
    expect(toUnits('1.005')).toBe(101n);
    expect(toUnits('-2.5')).toBe(-250n);
    expect(toUnits('99999999999999999.99')).toBe(9999999999999999999n);
    expect(toUnits('1e3')).toBeNull();
    expect(toUnits('abc')).toBeNull();
    expect(toUnits(null)).toBeNull();
  });

  it('writes cents back with two places', () => {
    expect(fromUnits(5n)).toBe('0.05');
    expect(fromUnits(-1234n)).toBe('-12.34');
    expect(fromUnits(12345678n, 4)).toBe('1234.5678');
  });

  it('sums exactly where floats would not', () => {
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts(['1.10', 'bad', '2'])).toBe('3.10');
    expect(sumAmounts([])).toBe('0.00');
  });

  it('multiplies a four-place quantity by a price, rounded to cents', () => {
    expect(lineTotal('3', '19.99')).toBe('59.97');
    expect(lineTotal('0.3333', '10.00')).toBe('3.33');
    expect(lineTotal('0.0005', '10.00')).toBe('0.01');
    expect(lineTotal('x', '1')).toBe('0.00');
  });
});

describe('formatMoney', () => {
  it('formats in the deal currency and the user language', () => {
    expect(formatMoney('12345.6', 'CNY', 'zh-CN')).toBe('¥12,345.60');
    expect(formatMoney('1200', 'USD', 'en-US')).toBe('$1,200.00');
    expect(formatMoney('1200', 'EUR', 'en-US')).toBe('€1,200.00');
  });

  it('keeps every digit of large amounts', () => {
    expect(formatMoney('12345678901234.57', 'CNY', 'en-US')).toBe('CN¥12,345,678,901,234.57');
  });

  it('shows an unknown currency code as text and nothing for an unreadable amount', () => {
    expect(formatMoney('5', 'ABCD', 'en-US')).toBe('5.00 ABCD');
    expect(formatMoney(undefined, 'CNY', 'en-US')).toBe('');
  });
});
