import { graphql } from '../../../graphql';

export const CrmCustomersQuery = graphql(`
  query CrmCustomers(
    $first: Int!
    $after: String
    $search: String
    $filter: CustomerFilterInput
    $orderBy: CustomerOrderInput
    $withTotal: Boolean! = true
  ) {
    customers(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {
      edges {
        cursor
        node {
          id
          kind
          name
          stage
          level
          industry
          source
          phones
          emails
          tags
          owner {
            id
            displayName
          }
          team {
            id
            name
          }
          primaryContact {
            id
            name
          }
          customFields {
            key
            value
            masked
          }
          piiMasked
          createdAt
          updatedAt
          lastActivityAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount @include(if: $withTotal)
    }
  }
`);

// Small pickers: another customer to merge, a customer to look up by name.
export const CrmCustomerPickQuery = graphql(`
  query CrmCustomerPick($search: String) {
    customers(first: 20, search: $search) {
      edges {
        node {
          id
          name
          owner {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const CrmTransferCustomersMutation = graphql(`
  mutation CrmTransferCustomers($input: TransferCustomersInput!) {
    transferCustomers(input: $input) {
      count
      owner {
        id
        displayName
      }
    }
  }
`);

export const CrmReleaseCustomersMutation = graphql(`
  mutation CrmReleaseCustomers($input: ReleaseCustomersInput!) {
    releaseCustomers(input: $input) {
      count
    }
  }
`);

export const CrmMergeCustomersMutation = graphql(`
  mutation CrmMergeCustomers($input: MergeCustomersInput!) {
    mergeCustomers(input: $input) {
      id
    }
  }
`);

export const CrmTagCustomersMutation = graphql(`
  mutation CrmTagCustomers($input: TagCustomersInput!) {
    tagCustomers(input: $input)
  }
`);
