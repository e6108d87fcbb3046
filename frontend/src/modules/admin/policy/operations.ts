import { graphql } from '../../../graphql';

export const PasswordPolicyQuery = graphql(`
  query PasswordPolicy {
    passwordPolicy {
      preset
      minLength
      minLengthWithoutMfa
      requireUpper
      requireLower
      requireDigit
      requireSpecial
      maxAgeDays
      history
      lockoutThreshold
      lockoutMinutes
    }
  }
`);

export const UpdatePasswordPolicyMutation = graphql(`
  mutation UpdatePasswordPolicy($input: PasswordPolicyInput!) {
    updatePasswordPolicy(input: $input) {
      preset
      minLength
      minLengthWithoutMfa
      requireUpper
      requireLower
      requireDigit
      requireSpecial
      maxAgeDays
      history
      lockoutThreshold
      lockoutMinutes
    }
  }
`);
