import type { PasswordPolicyInput } from '../../../graphql/graphql';

/**
 * MLPS 2.0 (GB/T 22239-2019 as customers read it): 8+ characters of all four classes, changed every
 * 90 days, none of the last 5. NIST SP 800-63B: length over composition and no forced expiry.
 * Both lock an account for 15 minutes after 5 failures. Mirrors backend/accounts/policy.py.
 */
export const PRESETS: Record<'MLPS' | 'NIST', PasswordPolicyInput> = {
  MLPS: {
    preset: 'MLPS',
    minLength: 8,
    minLengthWithoutMfa: 8,
    requireUpper: true,
    requireLower: true,
    requireDigit: true,
    requireSpecial: true,
    maxAgeDays: 90,
    history: 5,
    lockoutThreshold: 5,
    lockoutMinutes: 15,
  },
  NIST: {
    preset: 'NIST',
    minLength: 12,
    minLengthWithoutMfa: 15,
    requireUpper: false,
    requireLower: false,
    requireDigit: false,
    requireSpecial: false,
    maxAgeDays: 0,
    history: 0,
    lockoutThreshold: 5,
    lockoutMinutes: 15,
  },
};
