import { graphql } from '../../../graphql';

export const StepUpMethodsQuery = graphql(`
  query StepUpMethods {
    myMfa {
      methods
    }
  }
`);

export const ReauthenticateMutation = graphql(`
  mutation Reauthenticate($input: ReauthenticateInput!) {
    reauthenticate(input: $input)
  }
`);
