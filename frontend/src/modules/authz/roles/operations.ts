import { graphql } from '../../../graphql';

export const AuthzPermissionCatalogQuery = graphql(`
  query AuthzPermissionCatalog {
    permissionCatalog {
      key
      name
      domain
      description
    }
  }
`);

export const AuthzRolesQuery = graphql(`
  query AuthzRoles {
    roles {
      name
      description
      permissions
      dataScope
      builtin
      users
      updatedAt
    }
  }
`);

export const AuthzCreateRoleMutation = graphql(`
  mutation AuthzCreateRole($input: RoleInput!) {
    createRole(input: $input) {
      name
      description
      permissions
      dataScope
      builtin
      users
      updatedAt
    }
  }
`);

export const AuthzUpdateRoleMutation = graphql(`
  mutation AuthzUpdateRole($input: RolePatch!) {
    updateRole(input: $input) {
      name
      description
      permissions
      dataScope
      builtin
      users
      updatedAt
    }
  }
`);

export const AuthzDeleteRoleMutation = graphql(`
  mutation AuthzDeleteRole($name: String!) {
    deleteRole(name: $name)
  }
`);
