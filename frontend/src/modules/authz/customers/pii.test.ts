import { describe, expect, it } from 'vitest';
import { canReveal } from './pii';

const masked = { piiMasked: true };
const clear = { piiMasked: false };

describe('reveal button gating', () => {
  it('shows for a masked value to holders of customers.pii.reveal', () => {
    expect(canReveal(['customers.read', 'customers.pii.reveal'], masked, '138****5678')).toBe(true);
  });

  it('shows for a masked value to holders of customers.pii.read (outside their PII scope)', () => {
    expect(canReveal(['customers.read', 'customers.pii.read'], masked, '138****5678')).toBe(true);
  });

  it('hides without a right to reveal', () => {
    expect(canReveal(['customers.read'], masked, '138****5678')).toBe(false);
  });

  it('hides when the value is already clear or empty', () => {
    expect(canReveal(['customers.pii.reveal'], clear, '13812345678')).toBe(false);
    expect(canReveal(['customers.pii.reveal'], masked, null)).toBe(false);
    expect(canReveal(['customers.pii.reveal'], masked, '')).toBe(false);
  });
});
