import { graphql } from '../../../graphql';

export const VerifyMfaMutation = graphql(`
  mutation VerifyMfa($input: VerifyMfaInput!) {
    verifyMfa(input: $input) {
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

export const SendMfaCodeMutation = graphql(`
  mutation SendMfaCode($input: SendMfaCodeInput!) {
    sendMfaCode(input: $input)
  }
`);

export const BeginPasskeyAuthenticationMutation = graphql(`
  mutation BeginPasskeyAuthentication {
    beginPasskeyAuthentication
  }
`);

export const BeginPasskeyLoginMutation = graphql(`
  mutation BeginPasskeyLogin {
    beginPasskeyLogin
  }
`);

export const PasskeyLoginMutation = graphql(`
  mutation PasskeyLogin($input: PasskeyLoginInput!) {
    passkeyLogin(input: $input) {
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
