import { graphql } from '../../../graphql';

export const PasswordCheckQuery = graphql(`
  query PasswordCheck($input: PasswordCheckInput!) {
    passwordCheck(input: $input) {
      ok
      problems
      score
    }
  }
`);
