import { graphql } from '../../../graphql';

export const MfaBannerQuery = graphql(`
  query MfaBanner {
    me {
      id
      mfaEnabled
      mfaRequired
      mfaGraceEndsAt
    }
  }
`);
