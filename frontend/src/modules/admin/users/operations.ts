import { graphql } from '../../../graphql';

// Every mutation returns the fields the table shows, so urql's cache refreshes the row (and the list).
export const UsersQuery = graphql(`
  query Users($search: String!, $active: Boolean, $locked: Boolean, $role: String, $offset: Int!, $limit: Int!) {
    users(search: $search, active: $active, locked: $locked, role: $role, offset: $offset, limit: $limit) {
      total
      items {
        id
        username
        email
        displayName
        language
        isActive
        roles
        isLocked
        lockedUntil
        hasPassword
        mustChangePassword
        lastLoginAt
        createdAt
      }
    }
  }
`);

export const RolesQuery = graphql(`
  query Roles {
    roles {
      name
      description
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      email
      displayName
      language
    }
  }
`);

export const SetUserRolesMutation = graphql(`
  mutation SetUserRoles($input: SetUserRolesInput!) {
    setUserRoles(input: $input) {
      id
      roles
    }
  }
`);

export const DisableUserMutation = graphql(`
  mutation DisableUser($id: ID!) {
    disableUser(id: $id) {
      id
      isActive
    }
  }
`);

export const EnableUserMutation = graphql(`
  mutation EnableUser($id: ID!) {
    enableUser(id: $id) {
      id
      isActive
    }
  }
`);

export const UnlockUserMutation = graphql(`
  mutation UnlockUser($id: ID!) {
    unlockUser(id: $id) {
      id
      isLocked
      lockedUntil
    }
  }
`);

export const RequirePasswordChangeMutation = graphql(`
  mutation RequirePasswordChange($id: ID!) {
    requirePasswordChange(id: $id) {
      id
      mustChangePassword
    }
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      id
      hasPassword
    }
  }
`);

export const RevokeUserSessionsMutation = graphql(`
  mutation RevokeUserSessions($id: ID!) {
    revokeUserSessions(id: $id)
  }
`);
