import { graphql } from '../../../graphql';

export const AuthzMyApiTokensQuery = graphql(`
  query AuthzMyApiTokens {
    myApiTokens {
      id
      name
      prefix
      scopes
      allowedIps
      expiresAt
      createdAt
      lastUsedAt
      lastUsedIp
      revoked
    }
  }
`);

export const AuthzCreateApiTokenMutation = graphql(`
  mutation AuthzCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
        prefix
        scopes
        allowedIps
        expiresAt
        createdAt
        lastUsedAt
        lastUsedIp
        revoked
      }
    }
  }
`);

export const AuthzRevokeApiTokenMutation = graphql(`
  mutation AuthzRevokeApiToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);
