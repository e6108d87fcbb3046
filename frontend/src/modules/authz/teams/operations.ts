import { graphql } from '../../../graphql';

export const AuthzTeamsQuery = graphql(`
  query AuthzTeams {
    teams {
      id
      name
      parentId
      members
    }
  }
`);

export const AuthzUserOptionsQuery = graphql(`
  query AuthzUserOptions($search: String!) {
    users(search: $search, limit: 20) {
      items {
        id
        username
        displayName
      }
    }
  }
`);

export const AuthzCreateTeamMutation = graphql(`
  mutation AuthzCreateTeam($input: TeamInput!) {
    createTeam(input: $input) {
      id
      name
      parentId
      members
    }
  }
`);

export const AuthzUpdateTeamMutation = graphql(`
  mutation AuthzUpdateTeam($input: TeamPatch!) {
    updateTeam(input: $input) {
      id
      name
      parentId
      members
    }
  }
`);

export const AuthzDeleteTeamMutation = graphql(`
  mutation AuthzDeleteTeam($id: ID!) {
    deleteTeam(id: $id)
  }
`);

export const AuthzSetUserTeamMutation = graphql(`
  mutation AuthzSetUserTeam($userId: ID!, $teamId: ID) {
    setUserTeam(userId: $userId, teamId: $teamId)
  }
`);
