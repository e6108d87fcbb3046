import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { defaultExpiryDate, expiryInstant, isExpiryDisabled, parseAllowedIps, tokenStatus } from './expiry';

const now = dayjs('2026-03-10T15:30:00');

describe('token expiry', () => {
  it('defaults to 90 days from today', () => {
    expect(defaultExpiryDate(now).format('YYYY-MM-DD')).toBe('2026-06-08');
  });

  it('refuses today and the past', () => {
    expect(isExpiryDisabled(now, now)).toBe(true);
    expect(isExpiryDisabled(now.subtract(1, 'day'), now)).toBe(true);
    expect(isExpiryDisabled(now.add(1, 'day'), now)).toBe(false);
  });

  it('allows up to 365 days ahead and no further', () => {
    expect(isExpiryDisabled(now.add(365, 'day'), now)).toBe(false);
    expect(isExpiryDisabled(now.add(366, 'day'), now)).toBe(true);
  });

  it('sends the end of the chosen day', () => {
    const sent = dayjs(expiryInstant(dayjs('2026-06-08'), now));
    expect(sent.format('YYYY-MM-DD HH:mm')).toBe('2026-06-08 23:59');
  });

  it('keeps the last allowed day within the server limit of 365 days', () => {
    const sent = dayjs(expiryInstant(now.add(365, 'day'), now));
    expect(sent.isBefore(now.add(365, 'day'))).toBe(true);
    expect(sent.isAfter(now.add(364, 'day'))).toBe(true);
  });
});

describe('allowed IPs', () => {
  it('splits on lines, commas and spaces', () => {
    expect(parseAllowedIps('203.0.113.7\n10.0.0.0/8, 192.0.2.1  2001:db8::/32\n')).toEqual([
      '203.0.113.7',
      '10.0.0.0/8',
      '192.0.2.1',
      '2001:db8::/32',
    ]);
  });

  it('is empty (any address) when blank', () => {
    expect(parseAllowedIps('  \n ')).toEqual([]);
    expect(parseAllowedIps(undefined)).toEqual([]);
  });
});

describe('token status', () => {
  it('is revoked, expired or active', () => {
    expect(tokenStatus({ revoked: true, expiresAt: '2027-01-01T00:00:00Z' }, now)).toBe('revoked');
    expect(tokenStatus({ revoked: false, expiresAt: '2026-01-01T00:00:00Z' }, now)).toBe('expired');
    expect(tokenStatus({ revoked: false, expiresAt: '2027-01-01T00:00:00Z' }, now)).toBe('active');
  });
});
