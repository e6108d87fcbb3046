import { graphql } from '../../../graphql';

export const CrmPoolQuery = graphql(`
  query CrmPool($first: Int!, $after: String, $search: String) {
    customerPool(first: $first, after: $after, search: $search) {
      edges {
        cursor
        node {
          id
          name
          kind
          industry
          level
          source
          stage
          tags
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const CrmClaimCustomerMutation = graphql(`
  mutation CrmClaimCustomer($id: ID!) {
    claimCustomer(id: $id) {
      id
      name
    }
  }
`);

export const CrmDeletedCustomersQuery = graphql(`
  query CrmDeletedCustomers($first: Int!, $after: String) {
    deletedCustomers(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          name
          kind
          owner {
            id
            displayName
          }
          deletedAt
          deletedBy {
            id
            displayName
          }
          mergedIntoId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const CrmRestoreCustomerMutation = graphql(`
  mutation CrmRestoreCustomer($id: ID!) {
    restoreCustomer(id: $id) {
      id
      name
    }
  }
`);

export const CrmPurgeCustomerMutation = graphql(`
  mutation CrmPurgeCustomer($id: ID!) {
    purgeCustomer(id: $id)
  }
`);
