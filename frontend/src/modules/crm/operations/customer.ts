import { graphql } from '../../../graphql';

// Everything the detail page and the edit drawer show of one customer.
export const CrmCustomerFieldsFragment = graphql(`
  fragment CrmCustomerFields on Customer {
    id
    kind
    name
    stage
    level
    industry
    source
    website
    address
    phones
    emails
    idNumber
    needs
    preferences {
      key
      value
    }
    tags
    owner {
      id
      displayName
    }
    team {
      id
      name
    }
    contacts {
      id
      customerId
      name
      title
      phone
      email
      im
      birthday
      isPrimary
      piiMasked
    }
    customFields {
      key
      value
      masked
    }
    piiMasked
    createdBy {
      id
      displayName
    }
    updatedBy {
      id
      displayName
    }
    createdAt
    updatedAt
    lastActivityAt
  }
`);

export const CrmCustomerQuery = graphql(`
  query CrmCustomer($id: ID!) {
    customer(id: $id) {
      ...CrmCustomerFields
    }
  }
`);

export const CrmCreateCustomerMutation = graphql(`
  mutation CrmCreateCustomer($input: CustomerInput!) {
    createCustomer(input: $input) {
      id
      name
    }
  }
`);

export const CrmUpdateCustomerMutation = graphql(`
  mutation CrmUpdateCustomer($input: CustomerUpdateInput!) {
    updateCustomer(input: $input) {
      id
      name
      ...CrmCustomerFields
    }
  }
`);

export const CrmDeleteCustomerMutation = graphql(`
  mutation CrmDeleteCustomer($id: ID!) {
    deleteCustomer(id: $id)
  }
`);

export const CrmCustomerDuplicatesQuery = graphql(`
  query CrmCustomerDuplicates($input: CustomerDuplicatesInput!) {
    customerDuplicates(input: $input) {
      reasons
      customer {
        id
        name
        owner {
          id
          displayName
        }
      }
      poolCustomer {
        id
        name
      }
    }
  }
`);

export const CrmRevealCustomerFieldMutation = graphql(`
  mutation CrmRevealCustomerField($customerId: ID!, $field: CustomerPiiField!, $reason: String!, $index: Int! = 0) {
    revealCustomerField(customerId: $customerId, field: $field, reason: $reason, index: $index)
  }
`);

export const CrmRevealContactFieldMutation = graphql(`
  mutation CrmRevealContactField($contactId: ID!, $field: ContactPiiField!, $reason: String!) {
    revealContactField(contactId: $contactId, field: $field, reason: $reason)
  }
`);

export const CrmRevealCustomFieldMutation = graphql(`
  mutation CrmRevealCustomField($customerId: ID!, $key: String!, $reason: String!) {
    revealCustomField(customerId: $customerId, key: $key, reason: $reason)
  }
`);

export const CrmCreateContactMutation = graphql(`
  mutation CrmCreateContact($input: ContactInput!) {
    createContact(input: $input) {
      id
    }
  }
`);

export const CrmUpdateContactMutation = graphql(`
  mutation CrmUpdateContact($input: ContactUpdateInput!) {
    updateContact(input: $input) {
      id
      isPrimary
    }
  }
`);

export const CrmDeleteContactMutation = graphql(`
  mutation CrmDeleteContact($id: ID!) {
    deleteContact(id: $id)
  }
`);
