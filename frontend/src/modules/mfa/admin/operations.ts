import { graphql } from '../../../graphql';

export const ResetUserMfaMutation = graphql(`
  mutation ResetUserMfa($id: ID!) {
    resetUserMfa(id: $id)
  }
`);
