import { graphql } from '../../../graphql';

export const CrmStagesQuery = graphql(`
  query CrmStages {
    customerStages(includeArchived: true) {
      key
      labelEn
      labelZh
      position
      archived
    }
  }
`);

export const CrmSetStagesMutation = graphql(`
  mutation CrmSetStages($input: SetCustomerStagesInput!) {
    setCustomerStages(input: $input) {
      key
      labelEn
      labelZh
      position
      archived
    }
  }
`);

export const CrmCustomFieldDefsQuery = graphql(`
  query CrmCustomFieldDefs($includeArchived: Boolean! = false) {
    customFieldDefs(includeArchived: $includeArchived) {
      id
      key
      labelEn
      labelZh
      type
      options
      sensitive
      required
      position
      archived
    }
  }
`);

export const CrmCreateCustomFieldDefMutation = graphql(`
  mutation CrmCreateCustomFieldDef($input: CustomFieldDefInput!) {
    createCustomFieldDef(input: $input) {
      id
      key
    }
  }
`);

export const CrmUpdateCustomFieldDefMutation = graphql(`
  mutation CrmUpdateCustomFieldDef($input: CustomFieldDefUpdateInput!) {
    updateCustomFieldDef(input: $input) {
      id
      key
    }
  }
`);

export const CrmArchiveCustomFieldDefMutation = graphql(`
  mutation CrmArchiveCustomFieldDef($id: ID!, $archived: Boolean!) {
    archiveCustomFieldDef(id: $id, archived: $archived) {
      id
      archived
    }
  }
`);

export const CrmTagsQuery = graphql(`
  query CrmTags($search: String) {
    tags(search: $search, first: 50) {
      id
      name
      color
    }
  }
`);

// People and teams to pick from. Both lists need admin rights (users.manage; teams also
// roles.manage); without them the pickers fall back to who can see the customer.
export const CrmUsersQuery = graphql(`
  query CrmUsers($search: String!) {
    users(search: $search, active: true, limit: 20) {
      items {
        id
        username
        displayName
      }
    }
  }
`);

export const CrmTeamsQuery = graphql(`
  query CrmTeams {
    teams {
      id
      name
    }
  }
`);

// The assigners' directory (customers.assign): names and teams of active users, nothing more.
export const CrmAssigneesQuery = graphql(`
  query CrmAssignees($search: String!) {
    assignees(search: $search) {
      id
      displayName
      team {
        id
        name
      }
    }
  }
`);

export const CrmAssignableTeamsQuery = graphql(`
  query CrmAssignableTeams {
    assignableTeams {
      id
      name
    }
  }
`);

export const CrmMentionableUsersQuery = graphql(`
  query CrmMentionableUsers($customerId: ID!, $search: String!) {
    mentionableUsers(customerId: $customerId, search: $search) {
      id
      displayName
    }
  }
`);
