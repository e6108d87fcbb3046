/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      device\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": typeof types.RevokeOtherSessionsDocument,
    "\n  query Outbox($limit: Int!) {\n    outbox(limit: $limit) {\n      id\n      createdAt\n      to\n      subject\n      textBody\n      status\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      preset\n      minLength\n      minLengthWithoutMfa\n      requireUpper\n      requireLower\n      requireDigit\n      requireSpecial\n      maxAgeDays\n      history\n      lockoutThreshold\n      lockoutMinutes\n    }\n  }\n": typeof types.PasswordPolicyDocument,
    "\n  mutation UpdatePasswordPolicy($input: PasswordPolicyInput!) {\n    updatePasswordPolicy(input: $input) {\n      preset\n      minLength\n      minLengthWithoutMfa\n      requireUpper\n      requireLower\n      requireDigit\n      requireSpecial\n      maxAgeDays\n      history\n      lockoutThreshold\n      lockoutMinutes\n    }\n  }\n": typeof types.UpdatePasswordPolicyDocument,
    "\n  query Users($search: String!, $active: Boolean, $locked: Boolean, $role: String, $offset: Int!, $limit: Int!) {\n    users(search: $search, active: $active, locked: $locked, role: $role, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        username\n        email\n        displayName\n        language\n        isActive\n        roles\n        isLocked\n        lockedUntil\n        hasPassword\n        mustChangePassword\n        lastLoginAt\n        createdAt\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query Roles {\n    roles {\n      name\n      description\n    }\n  }\n": typeof types.RolesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      email\n      displayName\n      language\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      id\n      roles\n    }\n  }\n": typeof types.SetUserRolesDocument,
    "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      isActive\n    }\n  }\n": typeof types.DisableUserDocument,
    "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      id\n      isActive\n    }\n  }\n": typeof types.EnableUserDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      id\n      isLocked\n      lockedUntil\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  mutation RequirePasswordChange($id: ID!) {\n    requirePasswordChange(id: $id) {\n      id\n      mustChangePassword\n    }\n  }\n": typeof types.RequirePasswordChangeDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      hasPassword\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeUserSessions($id: ID!) {\n    revokeUserSessions(id: $id)\n  }\n": typeof types.RevokeUserSessionsDocument,
    "\n  query SetupStatus {\n    setupStatus {\n      needsSetup\n    }\n  }\n": typeof types.SetupStatusDocument,
    "\n  mutation CompleteSetup($input: CompleteSetupInput!) {\n    completeSetup(input: $input)\n  }\n": typeof types.CompleteSetupDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      status\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input)\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      status\n      mfaMethods\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query PasswordCheck($input: PasswordCheckInput!) {\n    passwordCheck(input: $input) {\n      ok\n      problems\n      score\n    }\n  }\n": typeof types.PasswordCheckDocument,
    "\n  query AuthzCustomers($first: Int!, $after: String, $search: String) {\n    customers(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          stage\n          level\n          owner {\n            id\n            displayName\n          }\n          phone\n          email\n          idNumber\n          address\n          piiMasked\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AuthzCustomersDocument,
    "\n  mutation AuthzCreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      name\n      kind\n      stage\n      level\n      owner {\n        id\n        displayName\n      }\n      phone\n      email\n      idNumber\n      address\n      piiMasked\n    }\n  }\n": typeof types.AuthzCreateCustomerDocument,
    "\n  mutation AuthzRevealCustomerField($customerId: ID!, $field: CustomerPiiField!, $reason: String!) {\n    revealCustomerField(customerId: $customerId, field: $field, reason: $reason)\n  }\n": typeof types.AuthzRevealCustomerFieldDocument,
    "\n  query AuthzPermissionCatalog {\n    permissionCatalog {\n      key\n      name\n      domain\n      description\n    }\n  }\n": typeof types.AuthzPermissionCatalogDocument,
    "\n  query AuthzRoles {\n    roles {\n      name\n      description\n      permissions\n      dataScope\n      builtin\n      users\n      updatedAt\n    }\n  }\n": typeof types.AuthzRolesDocument,
    "\n  mutation AuthzCreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      name\n      description\n      permissions\n      dataScope\n      builtin\n      users\n      updatedAt\n    }\n  }\n": typeof types.AuthzCreateRoleDocument,
    "\n  mutation AuthzUpdateRole($input: RolePatch!) {\n    updateRole(input: $input) {\n      name\n      description\n      permissions\n      dataScope\n      builtin\n      users\n      updatedAt\n    }\n  }\n": typeof types.AuthzUpdateRoleDocument,
    "\n  mutation AuthzDeleteRole($name: String!) {\n    deleteRole(name: $name)\n  }\n": typeof types.AuthzDeleteRoleDocument,
    "\n  query AuthzTeams {\n    teams {\n      id\n      name\n      parentId\n      members\n    }\n  }\n": typeof types.AuthzTeamsDocument,
    "\n  query AuthzUserOptions($search: String!) {\n    users(search: $search, limit: 20) {\n      items {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.AuthzUserOptionsDocument,
    "\n  mutation AuthzCreateTeam($input: TeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      parentId\n      members\n    }\n  }\n": typeof types.AuthzCreateTeamDocument,
    "\n  mutation AuthzUpdateTeam($input: TeamPatch!) {\n    updateTeam(input: $input) {\n      id\n      name\n      parentId\n      members\n    }\n  }\n": typeof types.AuthzUpdateTeamDocument,
    "\n  mutation AuthzDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": typeof types.AuthzDeleteTeamDocument,
    "\n  mutation AuthzSetUserTeam($userId: ID!, $teamId: ID) {\n    setUserTeam(userId: $userId, teamId: $teamId)\n  }\n": typeof types.AuthzSetUserTeamDocument,
    "\n  query AuthzMyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      scopes\n      allowedIps\n      expiresAt\n      createdAt\n      lastUsedAt\n      lastUsedIp\n      revoked\n    }\n  }\n": typeof types.AuthzMyApiTokensDocument,
    "\n  mutation AuthzCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n        scopes\n        allowedIps\n        expiresAt\n        createdAt\n        lastUsedAt\n        lastUsedIp\n        revoked\n      }\n    }\n  }\n": typeof types.AuthzCreateApiTokenDocument,
    "\n  mutation AuthzRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.AuthzRevokeApiTokenDocument,
    "\n  mutation ResetUserMfa($id: ID!) {\n    resetUserMfa(id: $id)\n  }\n": typeof types.ResetUserMfaDocument,
    "\n  query MfaBanner {\n    me {\n      id\n      mfaEnabled\n      mfaRequired\n      mfaGraceEndsAt\n    }\n  }\n": typeof types.MfaBannerDocument,
    "\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      status\n      mfaMethods\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.VerifyMfaDocument,
    "\n  mutation SendMfaCode($input: SendMfaCodeInput!) {\n    sendMfaCode(input: $input)\n  }\n": typeof types.SendMfaCodeDocument,
    "\n  mutation BeginPasskeyAuthentication {\n    beginPasskeyAuthentication\n  }\n": typeof types.BeginPasskeyAuthenticationDocument,
    "\n  mutation BeginPasskeyLogin {\n    beginPasskeyLogin\n  }\n": typeof types.BeginPasskeyLoginDocument,
    "\n  mutation PasskeyLogin($input: PasskeyLoginInput!) {\n    passkeyLogin(input: $input) {\n      status\n      mfaMethods\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.PasskeyLoginDocument,
    "\n  query MfaPolicy {\n    mfaPolicy {\n      requiredRoles\n      allowedMethods\n      graceDays\n      passwordlessAllowed\n    }\n    roles {\n      name\n      description\n    }\n  }\n": typeof types.MfaPolicyDocument,
    "\n  mutation UpdateMfaPolicy($input: MfaPolicyInput!) {\n    updateMfaPolicy(input: $input) {\n      requiredRoles\n      allowedMethods\n      graceDays\n      passwordlessAllowed\n    }\n  }\n": typeof types.UpdateMfaPolicyDocument,
    "\n  query MyMfa {\n    myMfa {\n      methods\n      totpEnabled\n      emailEnabled\n      smsPhone\n      recoveryCodesRemaining\n      required\n      graceEndsAt\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.MyMfaDocument,
    "\n  mutation BeginTotpEnrollment {\n    beginTotpEnrollment {\n      otpauthUri\n      secret\n      qrSvg\n    }\n  }\n": typeof types.BeginTotpEnrollmentDocument,
    "\n  mutation ConfirmTotpEnrollment($input: CodeInput!) {\n    confirmTotpEnrollment(input: $input) {\n      recoveryCodes\n      login {\n        status\n        mfaMethods\n      }\n    }\n  }\n": typeof types.ConfirmTotpEnrollmentDocument,
    "\n  mutation RemoveTotp {\n    removeTotp\n  }\n": typeof types.RemoveTotpDocument,
    "\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation BeginEmailMfa {\n    beginEmailMfa\n  }\n": typeof types.BeginEmailMfaDocument,
    "\n  mutation ConfirmEmailMfa($input: CodeInput!) {\n    confirmEmailMfa(input: $input) {\n      recoveryCodes\n      login {\n        status\n        mfaMethods\n      }\n    }\n  }\n": typeof types.ConfirmEmailMfaDocument,
    "\n  mutation DisableEmailMfa {\n    disableEmailMfa\n  }\n": typeof types.DisableEmailMfaDocument,
    "\n  mutation BeginSmsEnrollment($phone: String!) {\n    beginSmsEnrollment(phone: $phone)\n  }\n": typeof types.BeginSmsEnrollmentDocument,
    "\n  mutation ConfirmSmsEnrollment($input: CodeInput!) {\n    confirmSmsEnrollment(input: $input) {\n      recoveryCodes\n      login {\n        status\n        mfaMethods\n      }\n    }\n  }\n": typeof types.ConfirmSmsEnrollmentDocument,
    "\n  mutation RemoveSms {\n    removeSms\n  }\n": typeof types.RemoveSmsDocument,
    "\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration\n  }\n": typeof types.BeginPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($input: PasskeyInput!) {\n    finishPasskeyRegistration(input: $input) {\n      recoveryCodes\n      login {\n        status\n        mfaMethods\n      }\n    }\n  }\n": typeof types.FinishPasskeyRegistrationDocument,
    "\n  mutation RenamePasskey($id: ID!, $name: String!) {\n    renamePasskey(id: $id, name: $name) {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.RenamePasskeyDocument,
    "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n": typeof types.RemovePasskeyDocument,
    "\n  query StepUpMethods {\n    myMfa {\n      methods\n    }\n  }\n": typeof types.StepUpMethodsDocument,
    "\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input)\n  }\n": typeof types.ReauthenticateDocument,
};
const documents: Documents = {
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      device\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": types.RevokeOtherSessionsDocument,
    "\n  query Outbox($limit: Int!) {\n    outbox(limit: $limit) {\n      id\n      createdAt\n      to\n      subject\n      textBody\n      status\n    }\n  }\n": types.OutboxDocument,
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      preset\n      minLength\n      minLengthWithoutMfa\n      requireUpper\n      requireLower\n      requireDigit\n      requireSpecial\n      maxAgeDays\n      history\n      lockoutThreshold\n      lockoutMinutes\n    }\n  }\n": types.PasswordPolicyDocument,
    "\n  mutation UpdatePasswordPolicy($input: PasswordPolicyInput!) {\n    updatePasswordPolicy(input: $input) {\n      preset\n      minLength\n      minLengthWithoutMfa\n      requireUpper\n      requireLower\n      requireDigit\n      requireSpecial\n      maxAgeDays\n      history\n      lockoutThreshold\n      lockoutMinutes\n    }\n  }\n": types.UpdatePasswordPolicyDocument,
    "\n  query Users($search: String!, $active: Boolean, $locked: Boolean, $role: String, $offset: Int!, $limit: Int!) {\n    users(search: $search, active: $active, locked: $locked, role: $role, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        username\n        email\n        displayName\n        language\n        isActive\n        roles\n        isLocked\n        lockedUntil\n        hasPassword\n        mustChangePassword\n        lastLoginAt\n        createdAt\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query Roles {\n    roles {\n      name\n      description\n    }\n  }\n": types.RolesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      email\n      displayName\n      language\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      id\n      roles\n    }\n  }\n": types.SetUserRolesDocument,
    "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      isActive\n    }\n  }\n": types.DisableUserDocument,
    "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      id\n      isActive\n    }\n  }\n": types.EnableUserDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      id\n      isLocked\n      lockedUntil\n    }\n  }\n": types.UnlockUserDocument,
    "\n  mutation RequirePasswordChange($id: ID!) {\n    requirePasswordChange(id: $id) {\n      id\n      mustChangePassword\n    }\n  }\n": types.RequirePasswordChangeDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      hasPassword\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeUserSessions($id: ID!) {\n    revokeUserSessions(id: $id)\n  }\n": types.RevokeUserSessionsDocument,
    "\n  query SetupStatus {\n    setupStatus {\n      needsSetup\n    }\n  }\n": types.SetupStatusDocument,
    "\n  mutation CompleteSetup($input: CompleteSetupInput!) {\n    completeSetup(input: $input)\n  }\n": types.CompleteSetupDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      status\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input)\n  }\n": types.AcceptInvitationDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      status\n      mfaMethods\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query PasswordCheck($input: PasswordCheckInput!) {\n    passwordCheck(input: $input) {\n      ok\n      problems\n      score\n    }\n  }\n": types.PasswordCheckDocument,
    "\n  query AuthzCustomers($first: Int!, $after: String, $search: String) {\n    customers(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          stage\n          level\n          owner {\n            id\n            displayName\n          }\n          phone\n          email\n          idNumber\n          address\n          piiMasked\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AuthzCustomersDocument,
    "\n  mutation AuthzCreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      name\n      kind\n      stage\n      level\n      owner {\n        id\n        displayName\n      }\n      phone\n      email\n      idNumber\n      address\n      piiMasked\n    }\n  }\n": types.AuthzCreateCustomerDocument,
    "\n  mutation AuthzRevealCustomerField($customerId: ID!, $field: CustomerPiiField!, $reason: String!) {\n    revealCustomerField(customerId: $customerId, field: $field, reason: $reason)\n  }\n": types.AuthzRevealCustomerFieldDocument,
    "\n  query AuthzPermissionCatalog {\n    permissionCatalog {\n      key\n      name\n      domain\n      description\n    }\n  }\n": types.AuthzPermissionCatalogDocument,
    "\n  query AuthzRoles {\n    roles {\n      name\n      description\n      permissions\n      dataScope\n      builtin\n      users\n      updatedAt\n    }\n  }\n": types.AuthzRolesDocument,
    "\n  mutation AuthzCreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      name\n      description\n      permissions\n      dataScope\n      builtin\n      users\n      updatedAt\n    }\n  }\n": types.AuthzCreateRoleDocument,
    "\n  mutation AuthzUpdateRole($input: RolePatch!) {\n    updateRole(input: $input) {\n      name\n      description\n      permissions\n      dataScope\n      builtin\n      users\n      updatedAt\n    }\n  }\n": types.AuthzUpdateRoleDocument,
    "\n  mutation AuthzDeleteRole($name: String!) {\n    deleteRole(name: $name)\n  }\n": types.AuthzDeleteRoleDocument,
    "\n  query AuthzTeams {\n    teams {\n      id\n      name\n      parentId\n      members\n    }\n  }\n": types.AuthzTeamsDocument,
    "\n  query AuthzUserOptions($search: String!) {\n    users(search: $search, limit: 20) {\n      items {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": types.AuthzUserOptionsDocument,
    "\n  mutation AuthzCreateTeam($input: TeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      parentId\n      members\n    }\n  }\n": types.AuthzCreateTeamDocument,
    "\n  mutation AuthzUpdateTeam($input: TeamPatch!) {\n    updateTeam(input: $input) {\n      id\n      name\n      parentId\n      members\n    }\n  }\n": types.AuthzUpdateTeamDocument,
    "\n  mutation AuthzDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": types.AuthzDeleteTeamDocument,
    "\n  mutation AuthzSetUserTeam($userId: ID!, $teamId: ID) {\n    setUserTeam(userId: $userId, teamId: $teamId)\n  }\n": types.AuthzSetUserTeamDocument,
    "\n  query AuthzMyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      scopes\n      allowedIps\n      expiresAt\n      createdAt\n      lastUsedAt\n      lastUsedIp\n      revoked\n    }\n  }\n": types.AuthzMyApiTokensDocument,
    "\n  mutation AuthzCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n        scopes\n        allowedIps\n        expiresAt\n        createdAt\n        lastUsedAt\n        lastUsedIp\n        revoked\n      }\n    }\n  }\n": types.AuthzCreateApiTokenDocument,
    "\n  mutation AuthzRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.AuthzRevokeApiTokenDocument,
    "\n  mutation ResetUserMfa($id: ID!) {\n    resetUserMfa(id: $id)\n  }\n": types.ResetUserMfaDocument,
    "\n  query MfaBanner {\n    me {\n      id\n      mfaEnabled\n      mfaRequired\n      mfaGraceEndsAt\n    }\n  }\n": types.MfaBannerDocument,
    "\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      status\n      mfaMethods\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": types.VerifyMfaDocument,
    "\n  mutation SendMfaCode($input: SendMfaCodeInput!) {\n    sendMfaCode(input: $input)\n  }\n": types.SendMfaCodeDocument,
    "\n  mutation BeginPasskeyAuthentication {\n    beginPasskeyAuthentication\n  }\n": types.BeginPasskeyAuthenticationDocument,
    "\n  mutation BeginPasskeyLogin {\n    beginPasskeyLogin\n  }\n": types.BeginPasskeyLoginDocument,
    "\n  mutation PasskeyLogin($input: PasskeyLoginInput!) {\n    passkeyLogin(input: $input) {\n      status\n      mfaMethods\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": types.PasskeyLoginDocument,
    "\n  query MfaPolicy {\n    mfaPolicy {\n      requiredRoles\n      allowedMethods\n      graceDays\n      passwordlessAllowed\n    }\n    roles {\n      name\n      description\n    }\n  }\n": types.MfaPolicyDocument,
    "\n  mutation UpdateMfaPolicy($input: MfaPolicyInput!) {\n    updateMfaPolicy(input: $input) {\n      requiredRoles\n      allowedMethods\n      graceDays\n      passwordlessAllowed\n    }\n  }\n": types.UpdateMfaPolicyDocument,
    "\n  query MyMfa {\n    myMfa {\n      methods\n      totpEnabled\n      emailEnabled\n      smsPhone\n      recoveryCodesRemaining\n      required\n      graceEndsAt\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": types.MyMfaDocument,
    "\n  mutation BeginTotpEnrollment {\n    beginTotpEnrollment {\n      otpauthUri\n      secret\n      qrSvg\n    }\n  }\n": types.BeginTotpEnrollmentDocument,
    "\n  mutation ConfirmTotpEnrollment($input: CodeInput!) {\n    confirmTotpEnrollment(input: $input) {\n      recoveryCodes\n      login {\n        status\n        mfaMethods\n      }\n    }\n  }\n": types.ConfirmTotpEnrollmentDocument,
    "\n  mutation RemoveTotp {\n    removeTotp\n  }\n": types.RemoveTotpDocument,
    "\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation BeginEmailMfa {\n    beginEmailMfa\n  }\n": types.BeginEmailMfaDocument,
    "\n  mutation ConfirmEmailMfa($input: CodeInput!) {\n    confirmEmailMfa(input: $input) {\n      recoveryCodes\n      login {\n        status\n        mfaMethods\n      }\n    }\n  }\n": types.ConfirmEmailMfaDocument,
    "\n  mutation DisableEmailMfa {\n    disableEmailMfa\n  }\n": types.DisableEmailMfaDocument,
    "\n  mutation BeginSmsEnrollment($phone: String!) {\n    beginSmsEnrollment(phone: $phone)\n  }\n": types.BeginSmsEnrollmentDocument,
    "\n  mutation ConfirmSmsEnrollment($input: CodeInput!) {\n    confirmSmsEnrollment(input: $input) {\n      recoveryCodes\n      login {\n        status\n        mfaMethods\n      }\n    }\n  }\n": types.ConfirmSmsEnrollmentDocument,
    "\n  mutation RemoveSms {\n    removeSms\n  }\n": types.RemoveSmsDocument,
    "\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration\n  }\n": types.BeginPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($input: PasskeyInput!) {\n    finishPasskeyRegistration(input: $input) {\n      recoveryCodes\n      login {\n        status\n        mfaMethods\n      }\n    }\n  }\n": types.FinishPasskeyRegistrationDocument,
    "\n  mutation RenamePasskey($id: ID!, $name: String!) {\n    renamePasskey(id: $id, name: $name) {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.RenamePasskeyDocument,
    "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n": types.RemovePasskeyDocument,
    "\n  query StepUpMethods {\n    myMfa {\n      methods\n    }\n  }\n": types.StepUpMethodsDocument,
    "\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input)\n  }\n": types.ReauthenticateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      current\n      device\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      current\n      device\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"): (typeof documents)["\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($limit: Int!) {\n    outbox(limit: $limit) {\n      id\n      createdAt\n      to\n      subject\n      textBody\n      status\n    }\n  }\n"): (typeof documents)["\n  query Outbox($limit: Int!) {\n    outbox(limit: $limit) {\n      id\n      createdAt\n      to\n      subject\n      textBody\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordPolicy {\n    passwordPolicy {\n      preset\n      minLength\n      minLengthWithoutMfa\n      requireUpper\n      requireLower\n      requireDigit\n      requireSpecial\n      maxAgeDays\n      history\n      lockoutThreshold\n      lockoutMinutes\n    }\n  }\n"): (typeof documents)["\n  query PasswordPolicy {\n    passwordPolicy {\n      preset\n      minLength\n      minLengthWithoutMfa\n      requireUpper\n      requireLower\n      requireDigit\n      requireSpecial\n      maxAgeDays\n      history\n      lockoutThreshold\n      lockoutMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePasswordPolicy($input: PasswordPolicyInput!) {\n    updatePasswordPolicy(input: $input) {\n      preset\n      minLength\n      minLengthWithoutMfa\n      requireUpper\n      requireLower\n      requireDigit\n      requireSpecial\n      maxAgeDays\n      history\n      lockoutThreshold\n      lockoutMinutes\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePasswordPolicy($input: PasswordPolicyInput!) {\n    updatePasswordPolicy(input: $input) {\n      preset\n      minLength\n      minLengthWithoutMfa\n      requireUpper\n      requireLower\n      requireDigit\n      requireSpecial\n      maxAgeDays\n      history\n      lockoutThreshold\n      lockoutMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($search: String!, $active: Boolean, $locked: Boolean, $role: String, $offset: Int!, $limit: Int!) {\n    users(search: $search, active: $active, locked: $locked, role: $role, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        username\n        email\n        displayName\n        language\n        isActive\n        roles\n        isLocked\n        lockedUntil\n        hasPassword\n        mustChangePassword\n        lastLoginAt\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($search: String!, $active: Boolean, $locked: Boolean, $role: String, $offset: Int!, $limit: Int!) {\n    users(search: $search, active: $active, locked: $locked, role: $role, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        username\n        email\n        displayName\n        language\n        isActive\n        roles\n        isLocked\n        lockedUntil\n        hasPassword\n        mustChangePassword\n        lastLoginAt\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles {\n    roles {\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  query Roles {\n    roles {\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      email\n      displayName\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      email\n      displayName\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      id\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      id\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      id\n      isLocked\n      lockedUntil\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      id\n      isLocked\n      lockedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequirePasswordChange($id: ID!) {\n    requirePasswordChange(id: $id) {\n      id\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation RequirePasswordChange($id: ID!) {\n    requirePasswordChange(id: $id) {\n      id\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      hasPassword\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      hasPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeUserSessions($id: ID!) {\n    revokeUserSessions(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeUserSessions($id: ID!) {\n    revokeUserSessions(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupStatus {\n    setupStatus {\n      needsSetup\n    }\n  }\n"): (typeof documents)["\n  query SetupStatus {\n    setupStatus {\n      needsSetup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSetup($input: CompleteSetupInput!) {\n    completeSetup(input: $input)\n  }\n"): (typeof documents)["\n  mutation CompleteSetup($input: CompleteSetupInput!) {\n    completeSetup(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input)\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      status\n      mfaMethods\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      status\n      mfaMethods\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordCheck($input: PasswordCheckInput!) {\n    passwordCheck(input: $input) {\n      ok\n      problems\n      score\n    }\n  }\n"): (typeof documents)["\n  query PasswordCheck($input: PasswordCheckInput!) {\n    passwordCheck(input: $input) {\n      ok\n      problems\n      score\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzCustomers($first: Int!, $after: String, $search: String) {\n    customers(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          stage\n          level\n          owner {\n            id\n            displayName\n          }\n          phone\n          email\n          idNumber\n          address\n          piiMasked\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AuthzCustomers($first: Int!, $after: String, $search: String) {\n    customers(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          stage\n          level\n          owner {\n            id\n            displayName\n          }\n          phone\n          email\n          idNumber\n          address\n          piiMasked\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      name\n      kind\n      stage\n      level\n      owner {\n        id\n        displayName\n      }\n      phone\n      email\n      idNumber\n      address\n      piiMasked\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzCreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      name\n      kind\n      stage\n      level\n      owner {\n        id\n        displayName\n      }\n      phone\n      email\n      idNumber\n      address\n      piiMasked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRevealCustomerField($customerId: ID!, $field: CustomerPiiField!, $reason: String!) {\n    revealCustomerField(customerId: $customerId, field: $field, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation AuthzRevealCustomerField($customerId: ID!, $field: CustomerPiiField!, $reason: String!) {\n    revealCustomerField(customerId: $customerId, field: $field, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzPermissionCatalog {\n    permissionCatalog {\n      key\n      name\n      domain\n      description\n    }\n  }\n"): (typeof documents)["\n  query AuthzPermissionCatalog {\n    permissionCatalog {\n      key\n      name\n      domain\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzRoles {\n    roles {\n      name\n      description\n      permissions\n      dataScope\n      builtin\n      users\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query AuthzRoles {\n    roles {\n      name\n      description\n      permissions\n      dataScope\n      builtin\n      users\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      name\n      description\n      permissions\n      dataScope\n      builtin\n      users\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzCreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      name\n      description\n      permissions\n      dataScope\n      builtin\n      users\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateRole($input: RolePatch!) {\n    updateRole(input: $input) {\n      name\n      description\n      permissions\n      dataScope\n      builtin\n      users\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdateRole($input: RolePatch!) {\n    updateRole(input: $input) {\n      name\n      description\n      permissions\n      dataScope\n      builtin\n      users\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzDeleteRole($name: String!) {\n    deleteRole(name: $name)\n  }\n"): (typeof documents)["\n  mutation AuthzDeleteRole($name: String!) {\n    deleteRole(name: $name)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzTeams {\n    teams {\n      id\n      name\n      parentId\n      members\n    }\n  }\n"): (typeof documents)["\n  query AuthzTeams {\n    teams {\n      id\n      name\n      parentId\n      members\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzUserOptions($search: String!) {\n    users(search: $search, limit: 20) {\n      items {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthzUserOptions($search: String!) {\n    users(search: $search, limit: 20) {\n      items {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateTeam($input: TeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      parentId\n      members\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzCreateTeam($input: TeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      parentId\n      members\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateTeam($input: TeamPatch!) {\n    updateTeam(input: $input) {\n      id\n      name\n      parentId\n      members\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdateTeam($input: TeamPatch!) {\n    updateTeam(input: $input) {\n      id\n      name\n      parentId\n      members\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"): (typeof documents)["\n  mutation AuthzDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSetUserTeam($userId: ID!, $teamId: ID) {\n    setUserTeam(userId: $userId, teamId: $teamId)\n  }\n"): (typeof documents)["\n  mutation AuthzSetUserTeam($userId: ID!, $teamId: ID) {\n    setUserTeam(userId: $userId, teamId: $teamId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzMyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      scopes\n      allowedIps\n      expiresAt\n      createdAt\n      lastUsedAt\n      lastUsedIp\n      revoked\n    }\n  }\n"): (typeof documents)["\n  query AuthzMyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      scopes\n      allowedIps\n      expiresAt\n      createdAt\n      lastUsedAt\n      lastUsedIp\n      revoked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n        scopes\n        allowedIps\n        expiresAt\n        createdAt\n        lastUsedAt\n        lastUsedIp\n        revoked\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n        scopes\n        allowedIps\n        expiresAt\n        createdAt\n        lastUsedAt\n        lastUsedIp\n        revoked\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation AuthzRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserMfa($id: ID!) {\n    resetUserMfa(id: $id)\n  }\n"): (typeof documents)["\n  mutation ResetUserMfa($id: ID!) {\n    resetUserMfa(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MfaBanner {\n    me {\n      id\n      mfaEnabled\n      mfaRequired\n      mfaGraceEndsAt\n    }\n  }\n"): (typeof documents)["\n  query MfaBanner {\n    me {\n      id\n      mfaEnabled\n      mfaRequired\n      mfaGraceEndsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      status\n      mfaMethods\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      status\n      mfaMethods\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMfaCode($input: SendMfaCodeInput!) {\n    sendMfaCode(input: $input)\n  }\n"): (typeof documents)["\n  mutation SendMfaCode($input: SendMfaCodeInput!) {\n    sendMfaCode(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginPasskeyAuthentication {\n    beginPasskeyAuthentication\n  }\n"): (typeof documents)["\n  mutation BeginPasskeyAuthentication {\n    beginPasskeyAuthentication\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginPasskeyLogin {\n    beginPasskeyLogin\n  }\n"): (typeof documents)["\n  mutation BeginPasskeyLogin {\n    beginPasskeyLogin\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasskeyLogin($input: PasskeyLoginInput!) {\n    passkeyLogin(input: $input) {\n      status\n      mfaMethods\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PasskeyLogin($input: PasskeyLoginInput!) {\n    passkeyLogin(input: $input) {\n      status\n      mfaMethods\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MfaPolicy {\n    mfaPolicy {\n      requiredRoles\n      allowedMethods\n      graceDays\n      passwordlessAllowed\n    }\n    roles {\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  query MfaPolicy {\n    mfaPolicy {\n      requiredRoles\n      allowedMethods\n      graceDays\n      passwordlessAllowed\n    }\n    roles {\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMfaPolicy($input: MfaPolicyInput!) {\n    updateMfaPolicy(input: $input) {\n      requiredRoles\n      allowedMethods\n      graceDays\n      passwordlessAllowed\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMfaPolicy($input: MfaPolicyInput!) {\n    updateMfaPolicy(input: $input) {\n      requiredRoles\n      allowedMethods\n      graceDays\n      passwordlessAllowed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMfa {\n    myMfa {\n      methods\n      totpEnabled\n      emailEnabled\n      smsPhone\n      recoveryCodesRemaining\n      required\n      graceEndsAt\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyMfa {\n    myMfa {\n      methods\n      totpEnabled\n      emailEnabled\n      smsPhone\n      recoveryCodesRemaining\n      required\n      graceEndsAt\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginTotpEnrollment {\n    beginTotpEnrollment {\n      otpauthUri\n      secret\n      qrSvg\n    }\n  }\n"): (typeof documents)["\n  mutation BeginTotpEnrollment {\n    beginTotpEnrollment {\n      otpauthUri\n      secret\n      qrSvg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrollment($input: CodeInput!) {\n    confirmTotpEnrollment(input: $input) {\n      recoveryCodes\n      login {\n        status\n        mfaMethods\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrollment($input: CodeInput!) {\n    confirmTotpEnrollment(input: $input) {\n      recoveryCodes\n      login {\n        status\n        mfaMethods\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTotp {\n    removeTotp\n  }\n"): (typeof documents)["\n  mutation RemoveTotp {\n    removeTotp\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginEmailMfa {\n    beginEmailMfa\n  }\n"): (typeof documents)["\n  mutation BeginEmailMfa {\n    beginEmailMfa\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailMfa($input: CodeInput!) {\n    confirmEmailMfa(input: $input) {\n      recoveryCodes\n      login {\n        status\n        mfaMethods\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEmailMfa($input: CodeInput!) {\n    confirmEmailMfa(input: $input) {\n      recoveryCodes\n      login {\n        status\n        mfaMethods\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableEmailMfa {\n    disableEmailMfa\n  }\n"): (typeof documents)["\n  mutation DisableEmailMfa {\n    disableEmailMfa\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginSmsEnrollment($phone: String!) {\n    beginSmsEnrollment(phone: $phone)\n  }\n"): (typeof documents)["\n  mutation BeginSmsEnrollment($phone: String!) {\n    beginSmsEnrollment(phone: $phone)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSmsEnrollment($input: CodeInput!) {\n    confirmSmsEnrollment(input: $input) {\n      recoveryCodes\n      login {\n        status\n        mfaMethods\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmSmsEnrollment($input: CodeInput!) {\n    confirmSmsEnrollment(input: $input) {\n      recoveryCodes\n      login {\n        status\n        mfaMethods\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSms {\n    removeSms\n  }\n"): (typeof documents)["\n  mutation RemoveSms {\n    removeSms\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration\n  }\n"): (typeof documents)["\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeyRegistration($input: PasskeyInput!) {\n    finishPasskeyRegistration(input: $input) {\n      recoveryCodes\n      login {\n        status\n        mfaMethods\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FinishPasskeyRegistration($input: PasskeyInput!) {\n    finishPasskeyRegistration(input: $input) {\n      recoveryCodes\n      login {\n        status\n        mfaMethods\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenamePasskey($id: ID!, $name: String!) {\n    renamePasskey(id: $id, name: $name) {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RenamePasskey($id: ID!, $name: String!) {\n    renamePasskey(id: $id, name: $name) {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StepUpMethods {\n    myMfa {\n      methods\n    }\n  }\n"): (typeof documents)["\n  query StepUpMethods {\n    myMfa {\n      methods\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input)\n  }\n"): (typeof documents)["\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;