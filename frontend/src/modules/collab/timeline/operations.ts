import { graphql } from '../../../graphql';

export const CollabActivityFields = graphql(`
  fragment CollabActivityFields on Activity {
    id
    kind
    customerId
    customerName
    subject
    body
    occurredAt
    dueAt
    remindAt
    done
    doneAt
    assignee {
      id
      displayName
    }
    createdBy {
      id
      displayName
    }
    createdAt
  }
`);

export const CollabCommentFields = graphql(`
  fragment CollabCommentFields on Comment {
    id
    customerId
    activityId
    body
    mentions {
      id
      displayName
    }
    author {
      id
      displayName
    }
    mine
    createdAt
    editedAt
  }
`);

export const CollabTimelineQuery = graphql(`
  query CollabTimeline($customerId: ID!, $first: Int!, $after: String) {
    customerTimeline(customerId: $customerId, first: $first, after: $after) {
      edges {
        cursor
        at
        node {
          __typename
          ... on Activity {
            ...CollabActivityFields
          }
          ... on Comment {
            ...CollabCommentFields
          }
          ... on CustomerChange {
            id
            action
            actor {
              id
              displayName
            }
            actorLabel
            at
            fields
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CollabLogActivityMutation = graphql(`
  mutation CollabLogActivity($input: ActivityInput!) {
    logActivity(input: $input) {
      ...CollabActivityFields
    }
  }
`);

export const CollabCompleteTaskMutation = graphql(`
  mutation CollabCompleteTask($id: ID!, $done: Boolean!) {
    completeTask(id: $id, done: $done) {
      ...CollabActivityFields
    }
  }
`);

export const CollabDeleteActivityMutation = graphql(`
  mutation CollabDeleteActivity($id: ID!) {
    deleteActivity(id: $id)
  }
`);

export const CollabAddCommentMutation = graphql(`
  mutation CollabAddComment($input: CommentInput!) {
    addComment(input: $input) {
      ...CollabCommentFields
    }
  }
`);

export const CollabEditCommentMutation = graphql(`
  mutation CollabEditComment($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      ...CollabCommentFields
    }
  }
`);

export const CollabDeleteCommentMutation = graphql(`
  mutation CollabDeleteComment($id: ID!) {
    deleteComment(id: $id)
  }
`);
