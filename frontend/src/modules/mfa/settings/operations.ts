import { graphql } from '../../../graphql';

export const MyMfaQuery = graphql(`
  query MyMfa {
    myMfa {
      methods
      totpEnabled
      emailEnabled
      smsPhone
      recoveryCodesRemaining
      required
      graceEndsAt
      passkeys {
        id
        name
        createdAt
        lastUsedAt
      }
    }
  }
`);

// Every enrolment ends in FactorAdded: new recovery codes (once) and, in an enrolment-only
// session, where the sign-in goes next.
export const BeginTotpEnrollmentMutation = graphql(`
  mutation BeginTotpEnrollment {
    beginTotpEnrollment {
      otpauthUri
      secret
      qrSvg
    }
  }
`);

export const ConfirmTotpEnrollmentMutation = graphql(`
  mutation ConfirmTotpEnrollment($input: CodeInput!) {
    confirmTotpEnrollment(input: $input) {
      recoveryCodes
      login {
        status
        mfaMethods
      }
    }
  }
`);

export const RemoveTotpMutation = graphql(`
  mutation RemoveTotp {
    removeTotp
  }
`);

export const RegenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes {
    regenerateRecoveryCodes
  }
`);

export const BeginEmailMfaMutation = graphql(`
  mutation BeginEmailMfa {
    beginEmailMfa
  }
`);

export const ConfirmEmailMfaMutation = graphql(`
  mutation ConfirmEmailMfa($input: CodeInput!) {
    confirmEmailMfa(input: $input) {
      recoveryCodes
      login {
        status
        mfaMethods
      }
    }
  }
`);

export const DisableEmailMfaMutation = graphql(`
  mutation DisableEmailMfa {
    disableEmailMfa
  }
`);

export const BeginSmsEnrollmentMutation = graphql(`
  mutation BeginSmsEnrollment($phone: String!) {
    beginSmsEnrollment(phone: $phone)
  }
`);

export const ConfirmSmsEnrollmentMutation = graphql(`
  mutation ConfirmSmsEnrollment($input: CodeInput!) {
    confirmSmsEnrollment(input: $input) {
      recoveryCodes
      login {
        status
        mfaMethods
      }
    }
  }
`);

export const RemoveSmsMutation = graphql(`
  mutation RemoveSms {
    removeSms
  }
`);

export const BeginPasskeyRegistrationMutation = graphql(`
  mutation BeginPasskeyRegistration {
    beginPasskeyRegistration
  }
`);

export const FinishPasskeyRegistrationMutation = graphql(`
  mutation FinishPasskeyRegistration($input: PasskeyInput!) {
    finishPasskeyRegistration(input: $input) {
      recoveryCodes
      login {
        status
        mfaMethods
      }
    }
  }
`);

export const RenamePasskeyMutation = graphql(`
  mutation RenamePasskey($id: ID!, $name: String!) {
    renamePasskey(id: $id, name: $name) {
      id
      name
      createdAt
      lastUsedAt
    }
  }
`);

export const RemovePasskeyMutation = graphql(`
  mutation RemovePasskey($id: ID!) {
    removePasskey(id: $id)
  }
`);
