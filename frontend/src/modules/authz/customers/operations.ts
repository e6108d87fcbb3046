import { graphql } from '../../../graphql';

export const AuthzCustomersQuery = graphql(`
  query AuthzCustomers($first: Int!, $after: String, $search: String) {
    customers(first: $first, after: $after, search: $search) {
      edges {
        cursor
        node {
          id
          name
          kind
          stage
          level
          owner {
            id
            displayName
          }
          phone
          email
          idNumber
          address
          piiMasked
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

export const AuthzCreateCustomerMutation = graphql(`
  mutation AuthzCreateCustomer($input: CustomerInput!) {
    createCustomer(input: $input) {
      id
      name
      kind
      stage
      level
      owner {
        id
        displayName
      }
      phone
      email
      idNumber
      address
      piiMasked
    }
  }
`);

export const AuthzRevealCustomerFieldMutation = graphql(`
  mutation AuthzRevealCustomerField($customerId: ID!, $field: CustomerPiiField!, $reason: String!) {
    revealCustomerField(customerId: $customerId, field: $field, reason: $reason)
  }
`);
