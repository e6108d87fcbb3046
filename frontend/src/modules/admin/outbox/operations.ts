import { graphql } from '../../../graphql';

export const OutboxQuery = graphql(`
  query Outbox($limit: Int!) {
    outbox(limit: $limit) {
      id
      createdAt
      to
      subject
      textBody
      status
    }
  }
`);
