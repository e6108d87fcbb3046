import { graphql } from '../../graphql';

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      current
      device
      ip
      createdAt
      lastSeenAt
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const RevokeOtherSessionsMutation = graphql(`
  mutation RevokeOtherSessions {
    revokeOtherSessions
  }
`);
