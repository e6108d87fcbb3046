import { graphql } from '../../../graphql';

export const CollabMentionableUsersQuery = graphql(`
  query CollabMentionableUsers($customerId: ID!, $search: String!) {
    mentionableUsers(customerId: $customerId, search: $search) {
      id
      displayName
    }
  }
`);
