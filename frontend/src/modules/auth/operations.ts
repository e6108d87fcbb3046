import { graphql } from '../../graphql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      username
      displayName
      permissions
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      status
      mfaMethods
      user {
        id
        username
        displayName
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
