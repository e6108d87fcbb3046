import { graphql } from '../../../graphql';

export const MfaPolicyQuery = graphql(`
  query MfaPolicy {
    mfaPolicy {
      requiredRoles
      allowedMethods
      graceDays
      passwordlessAllowed
    }
    roles {
      name
      description
    }
  }
`);

export const UpdateMfaPolicyMutation = graphql(`
  mutation UpdateMfaPolicy($input: MfaPolicyInput!) {
    updateMfaPolicy(input: $input) {
      requiredRoles
      allowedMethods
      graceDays
      passwordlessAllowed
    }
  }
`);
