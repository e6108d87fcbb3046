import { graphql } from '../../../graphql';

export const CollabMyTasksQuery = graphql(`
  query CollabMyTasks($filter: TaskFilter!, $first: Int!, $after: String, $timeZone: String!) {
    myTasks(filter: $filter, first: $first, after: $after, timeZone: $timeZone) {
      edges {
        cursor
        node {
          ...CollabActivityFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
