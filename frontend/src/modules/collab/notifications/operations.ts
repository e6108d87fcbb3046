import { graphql } from '../../../graphql';

export const CollabNotificationFields = graphql(`
  fragment CollabNotificationFields on Notification {
    id
    kind
    actor {
      id
      displayName
    }
    actorName
    customerId
    customerName
    activityId
    commentId
    excerpt
    subject
    dueAt
    count
    note
    read
    createdAt
  }
`);

export const CollabUnreadCountQuery = graphql(`
  query CollabUnreadCount {
    unreadNotificationCount
  }
`);

export const CollabNotificationsQuery = graphql(`
  query CollabNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      edges {
        cursor
        node {
          ...CollabNotificationFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CollabMarkReadMutation = graphql(`
  mutation CollabMarkRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const CollabMarkAllReadMutation = graphql(`
  mutation CollabMarkAllRead {
    markAllNotificationsRead
  }
`);

export const CollabDigestQuery = graphql(`
  query CollabDigest {
    notificationDigestEnabled
  }
`);

export const CollabSetDigestMutation = graphql(`
  mutation CollabSetDigest($enabled: Boolean!) {
    setNotificationDigest(enabled: $enabled)
  }
`);
