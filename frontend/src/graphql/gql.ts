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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;