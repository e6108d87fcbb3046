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
    "\n  query CollabMentionableUsers($customerId: ID!, $search: String!) {\n    mentionableUsers(customerId: $customerId, search: $search) {\n      id\n      displayName\n    }\n  }\n": typeof types.CollabMentionableUsersDocument,
    "\n  fragment CollabNotificationFields on Notification {\n    id\n    kind\n    actor {\n      id\n      displayName\n    }\n    actorName\n    customerId\n    customerName\n    activityId\n    commentId\n    excerpt\n    subject\n    dueAt\n    count\n    note\n    read\n    createdAt\n  }\n": typeof types.CollabNotificationFieldsFragmentDoc,
    "\n  query CollabUnreadCount {\n    unreadNotificationCount\n  }\n": typeof types.CollabUnreadCountDocument,
    "\n  query CollabNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...CollabNotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CollabNotificationsDocument,
    "\n  mutation CollabMarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.CollabMarkReadDocument,
    "\n  mutation CollabMarkAllRead {\n    markAllNotificationsRead\n  }\n": typeof types.CollabMarkAllReadDocument,
    "\n  query CollabDigest {\n    notificationDigestEnabled\n  }\n": typeof types.CollabDigestDocument,
    "\n  mutation CollabSetDigest($enabled: Boolean!) {\n    setNotificationDigest(enabled: $enabled)\n  }\n": typeof types.CollabSetDigestDocument,
    "\n  query CollabMyTasks($filter: TaskFilter!, $first: Int!, $after: String, $timeZone: String!) {\n    myTasks(filter: $filter, first: $first, after: $after, timeZone: $timeZone) {\n      edges {\n        cursor\n        node {\n          ...CollabActivityFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CollabMyTasksDocument,
    "\n  fragment CollabActivityFields on Activity {\n    id\n    kind\n    customerId\n    customerName\n    subject\n    body\n    occurredAt\n    dueAt\n    remindAt\n    done\n    doneAt\n    assignee {\n      id\n      displayName\n    }\n    createdBy {\n      id\n      displayName\n    }\n    createdAt\n  }\n": typeof types.CollabActivityFieldsFragmentDoc,
    "\n  fragment CollabCommentFields on Comment {\n    id\n    customerId\n    activityId\n    body\n    mentions {\n      id\n      displayName\n    }\n    author {\n      id\n      displayName\n    }\n    mine\n    createdAt\n    editedAt\n  }\n": typeof types.CollabCommentFieldsFragmentDoc,
    "\n  query CollabTimeline($customerId: ID!, $first: Int!, $after: String) {\n    customerTimeline(customerId: $customerId, first: $first, after: $after) {\n      edges {\n        cursor\n        at\n        node {\n          __typename\n          ... on Activity {\n            ...CollabActivityFields\n          }\n          ... on Comment {\n            ...CollabCommentFields\n          }\n          ... on CustomerChange {\n            id\n            action\n            actor {\n              id\n              displayName\n            }\n            actorLabel\n            at\n            fields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CollabTimelineDocument,
    "\n  mutation CollabLogActivity($input: ActivityInput!) {\n    logActivity(input: $input) {\n      ...CollabActivityFields\n    }\n  }\n": typeof types.CollabLogActivityDocument,
    "\n  mutation CollabCompleteTask($id: ID!, $done: Boolean!) {\n    completeTask(id: $id, done: $done) {\n      ...CollabActivityFields\n    }\n  }\n": typeof types.CollabCompleteTaskDocument,
    "\n  mutation CollabDeleteActivity($id: ID!) {\n    deleteActivity(id: $id)\n  }\n": typeof types.CollabDeleteActivityDocument,
    "\n  mutation CollabAddComment($input: CommentInput!) {\n    addComment(input: $input) {\n      ...CollabCommentFields\n    }\n  }\n": typeof types.CollabAddCommentDocument,
    "\n  mutation CollabEditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CollabCommentFields\n    }\n  }\n": typeof types.CollabEditCommentDocument,
    "\n  mutation CollabDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": typeof types.CollabDeleteCommentDocument,
    "\n  fragment CrmCustomerFields on Customer {\n    id\n    kind\n    name\n    stage\n    level\n    industry\n    source\n    website\n    address\n    phones\n    emails\n    idNumber\n    needs\n    preferences {\n      key\n      value\n    }\n    tags\n    owner {\n      id\n      displayName\n    }\n    team {\n      id\n      name\n    }\n    contacts {\n      id\n      customerId\n      name\n      title\n      phone\n      email\n      im\n      birthday\n      isPrimary\n      piiMasked\n    }\n    customFields {\n      key\n      value\n      masked\n    }\n    piiMasked\n    createdBy {\n      id\n      displayName\n    }\n    updatedBy {\n      id\n      displayName\n    }\n    createdAt\n    updatedAt\n    lastActivityAt\n  }\n": typeof types.CrmCustomerFieldsFragmentDoc,
    "\n  query CrmCustomer($id: ID!) {\n    customer(id: $id) {\n      ...CrmCustomerFields\n    }\n  }\n": typeof types.CrmCustomerDocument,
    "\n  mutation CrmCreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CrmCreateCustomerDocument,
    "\n  mutation CrmUpdateCustomer($input: CustomerUpdateInput!) {\n    updateCustomer(input: $input) {\n      id\n      name\n      ...CrmCustomerFields\n    }\n  }\n": typeof types.CrmUpdateCustomerDocument,
    "\n  mutation CrmDeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n": typeof types.CrmDeleteCustomerDocument,
    "\n  query CrmCustomerDuplicates($input: CustomerDuplicatesInput!) {\n    customerDuplicates(input: $input) {\n      reasons\n      customer {\n        id\n        name\n        owner {\n          id\n          displayName\n        }\n      }\n      poolCustomer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CrmCustomerDuplicatesDocument,
    "\n  mutation CrmRevealCustomerField($customerId: ID!, $field: CustomerPiiField!, $reason: String!, $index: Int! = 0) {\n    revealCustomerField(customerId: $customerId, field: $field, reason: $reason, index: $index)\n  }\n": typeof types.CrmRevealCustomerFieldDocument,
    "\n  mutation CrmRevealContactField($contactId: ID!, $field: ContactPiiField!, $reason: String!) {\n    revealContactField(contactId: $contactId, field: $field, reason: $reason)\n  }\n": typeof types.CrmRevealContactFieldDocument,
    "\n  mutation CrmRevealCustomField($customerId: ID!, $key: String!, $reason: String!) {\n    revealCustomField(customerId: $customerId, key: $key, reason: $reason)\n  }\n": typeof types.CrmRevealCustomFieldDocument,
    "\n  mutation CrmCreateContact($input: ContactInput!) {\n    createContact(input: $input) {\n      id\n    }\n  }\n": typeof types.CrmCreateContactDocument,
    "\n  mutation CrmUpdateContact($input: ContactUpdateInput!) {\n    updateContact(input: $input) {\n      id\n      isPrimary\n    }\n  }\n": typeof types.CrmUpdateContactDocument,
    "\n  mutation CrmDeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n": typeof types.CrmDeleteContactDocument,
    "\n  query CrmPool($first: Int!, $after: String, $search: String) {\n    customerPool(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          industry\n          level\n          source\n          stage\n          tags\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.CrmPoolDocument,
    "\n  mutation CrmClaimCustomer($id: ID!) {\n    claimCustomer(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.CrmClaimCustomerDocument,
    "\n  query CrmDeletedCustomers($first: Int!, $after: String) {\n    deletedCustomers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          owner {\n            id\n            displayName\n          }\n          deletedAt\n          deletedBy {\n            id\n            displayName\n          }\n          mergedIntoId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.CrmDeletedCustomersDocument,
    "\n  mutation CrmRestoreCustomer($id: ID!) {\n    restoreCustomer(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.CrmRestoreCustomerDocument,
    "\n  mutation CrmPurgeCustomer($id: ID!) {\n    purgeCustomer(id: $id)\n  }\n": typeof types.CrmPurgeCustomerDocument,
    "\n  query CrmCustomers(\n    $first: Int!\n    $after: String\n    $search: String\n    $filter: CustomerFilterInput\n    $orderBy: CustomerOrderInput\n    $withTotal: Boolean! = true\n  ) {\n    customers(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          name\n          stage\n          level\n          industry\n          source\n          phones\n          emails\n          tags\n          owner {\n            id\n            displayName\n          }\n          team {\n            id\n            name\n          }\n          primaryContact {\n            id\n            name\n          }\n          customFields {\n            key\n            value\n            masked\n          }\n          piiMasked\n          createdAt\n          updatedAt\n          lastActivityAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount @include(if: $withTotal)\n    }\n  }\n": typeof types.CrmCustomersDocument,
    "\n  query CrmCustomerPick($search: String) {\n    customers(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n          owner {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.CrmCustomerPickDocument,
    "\n  mutation CrmTransferCustomers($input: TransferCustomersInput!) {\n    transferCustomers(input: $input) {\n      count\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CrmTransferCustomersDocument,
    "\n  mutation CrmReleaseCustomers($input: ReleaseCustomersInput!) {\n    releaseCustomers(input: $input) {\n      count\n    }\n  }\n": typeof types.CrmReleaseCustomersDocument,
    "\n  mutation CrmMergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      id\n    }\n  }\n": typeof types.CrmMergeCustomersDocument,
    "\n  mutation CrmTagCustomers($input: TagCustomersInput!) {\n    tagCustomers(input: $input)\n  }\n": typeof types.CrmTagCustomersDocument,
    "\n  query CrmStages {\n    customerStages(includeArchived: true) {\n      key\n      labelEn\n      labelZh\n      position\n      archived\n    }\n  }\n": typeof types.CrmStagesDocument,
    "\n  mutation CrmSetStages($input: SetCustomerStagesInput!) {\n    setCustomerStages(input: $input) {\n      key\n      labelEn\n      labelZh\n      position\n      archived\n    }\n  }\n": typeof types.CrmSetStagesDocument,
    "\n  query CrmCustomFieldDefs($includeArchived: Boolean! = false) {\n    customFieldDefs(includeArchived: $includeArchived) {\n      id\n      key\n      labelEn\n      labelZh\n      type\n      options\n      sensitive\n      required\n      position\n      archived\n    }\n  }\n": typeof types.CrmCustomFieldDefsDocument,
    "\n  mutation CrmCreateCustomFieldDef($input: CustomFieldDefInput!) {\n    createCustomFieldDef(input: $input) {\n      id\n      key\n    }\n  }\n": typeof types.CrmCreateCustomFieldDefDocument,
    "\n  mutation CrmUpdateCustomFieldDef($input: CustomFieldDefUpdateInput!) {\n    updateCustomFieldDef(input: $input) {\n      id\n      key\n    }\n  }\n": typeof types.CrmUpdateCustomFieldDefDocument,
    "\n  mutation CrmArchiveCustomFieldDef($id: ID!, $archived: Boolean!) {\n    archiveCustomFieldDef(id: $id, archived: $archived) {\n      id\n      archived\n    }\n  }\n": typeof types.CrmArchiveCustomFieldDefDocument,
    "\n  query CrmTags($search: String) {\n    tags(search: $search, first: 50) {\n      id\n      name\n      color\n    }\n  }\n": typeof types.CrmTagsDocument,
    "\n  query CrmUsers($search: String!) {\n    users(search: $search, active: true, limit: 20) {\n      items {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.CrmUsersDocument,
    "\n  query CrmTeams {\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.CrmTeamsDocument,
    "\n  query CrmAssignees($search: String!) {\n    assignees(search: $search) {\n      id\n      displayName\n      team {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CrmAssigneesDocument,
    "\n  query CrmAssignableTeams {\n    assignableTeams {\n      id\n      name\n    }\n  }\n": typeof types.CrmAssignableTeamsDocument,
    "\n  query CrmMentionableUsers($customerId: ID!, $search: String!) {\n    mentionableUsers(customerId: $customerId, search: $search) {\n      id\n      displayName\n    }\n  }\n": typeof types.CrmMentionableUsersDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id\n    kind\n    status\n    fileName\n    fileFormat\n    encoding\n    headers\n    mapping {\n      column\n      field\n    }\n    duplicateStrategy\n    totalRows\n    processed\n    createdCount\n    updatedCount\n    skippedCount\n    failedCount\n    problemCount\n    error\n    reportUrl\n    progress\n    createdAt\n    finishedAt\n  }\n": typeof types.ImportJobFieldsFragmentDoc,
    "\n  query DataioImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.DataioImportJobDocument,
    "\n  query DataioImportJobs {\n    importJobs(first: 10) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.DataioImportJobsDocument,
    "\n  query DataioImportProblems($id: ID!, $first: Int!, $offset: Int!) {\n    importJob(id: $id) {\n      id\n      problemCount\n      problems(first: $first, offset: $offset) {\n        row\n        column\n        code\n      }\n    }\n  }\n": typeof types.DataioImportProblemsDocument,
    "\n  query DataioImportSetup($kind: ImportKind!) {\n    importFields(kind: $kind) {\n      key\n      required\n      multiple\n    }\n    importTemplates(kind: $kind) {\n      id\n      name\n      mapping {\n        column\n        field\n      }\n    }\n  }\n": typeof types.DataioImportSetupDocument,
    "\n  mutation DataioSetImportMapping(\n    $jobId: ID!\n    $mapping: [ColumnMappingInput!]!\n    $duplicateStrategy: DuplicateStrategy!\n    $saveTemplateAs: String\n  ) {\n    setImportMapping(jobId: $jobId, mapping: $mapping, duplicateStrategy: $duplicateStrategy, saveTemplateAs: $saveTemplateAs) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.DataioSetImportMappingDocument,
    "\n  mutation DataioDryRunImport($jobId: ID!) {\n    dryRunImport(jobId: $jobId) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.DataioDryRunImportDocument,
    "\n  mutation DataioStartImport($jobId: ID!) {\n    startImport(jobId: $jobId) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.DataioStartImportDocument,
    "\n  mutation DataioCancelImport($jobId: ID!) {\n    cancelImport(jobId: $jobId) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.DataioCancelImportDocument,
    "\n  fragment ExportJobFields on ExportJob {\n    id\n    kind\n    format\n    status\n    rowCount\n    masked\n    error\n    createdAt\n    finishedAt\n    expiresAt\n    downloaded\n    downloadUrl\n  }\n": typeof types.ExportJobFieldsFragmentDoc,
    "\n  mutation DataioStartExport($input: StartExportInput!) {\n    startExport(input: $input) {\n      ...ExportJobFields\n    }\n  }\n": typeof types.DataioStartExportDocument,
    "\n  query DataioExportJob($id: ID!) {\n    exportJob(id: $id) {\n      ...ExportJobFields\n    }\n  }\n": typeof types.DataioExportJobDocument,
    "\n  query DataioExportJobs {\n    exportJobs(first: 50) {\n      ...ExportJobFields\n    }\n  }\n": typeof types.DataioExportJobsDocument,
    "\n  query DataioSuggestImportMapping($jobId: ID!) {\n    suggestImportMapping(jobId: $jobId) {\n      template\n    }\n  }\n": typeof types.DataioSuggestImportMappingDocument,
    "\n  query DealsBoard($pipelineId: ID, $filter: DealFilterInput, $perColumn: Int!) {\n    dealBoard(pipelineId: $pipelineId, filter: $filter, perColumn: $perColumn) {\n      currency\n      pipeline {\n        id\n        name\n      }\n      columns {\n        stage {\n          id\n          pipelineId\n          nameEn\n          nameZh\n          position\n          probability\n          kind\n          archived\n        }\n        count\n        amount\n        weightedAmount\n        otherCurrencies {\n          amount\n          currency\n        }\n        hasMore\n        deals {\n          id\n          title\n          customer {\n            id\n            name\n          }\n          amount\n          currency\n          status\n          probability\n          expectedCloseDate\n          owner {\n            id\n            displayName\n          }\n          rank\n        }\n      }\n    }\n  }\n": typeof types.DealsBoardDocument,
    "\n  mutation DealsMoveDeal($input: MoveDealInput!) {\n    moveDeal(input: $input) {\n      id\n      stage {\n        id\n      }\n      status\n      probability\n      rank\n      lostReason\n    }\n  }\n": typeof types.DealsMoveDealDocument,
    "\n  query DealsDefaultCurrency {\n    dealBoard(perColumn: 1) {\n      currency\n    }\n  }\n": typeof types.DealsDefaultCurrencyDocument,
    "\n  query DealsList($first: Int!, $after: String, $filter: DealFilterInput, $orderBy: DealOrderInput) {\n    deals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          customer {\n            id\n            name\n          }\n          amount\n          currency\n          stage {\n            id\n            nameEn\n            nameZh\n            kind\n          }\n          status\n          probability\n          expectedCloseDate\n          owner {\n            id\n            displayName\n          }\n          team {\n            id\n            name\n          }\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.DealsListDocument,
    "\n  query DealsDeal($id: ID!) {\n    deal(id: $id) {\n      id\n      title\n      customer {\n        id\n        name\n      }\n      contact {\n        id\n        name\n      }\n      amount\n      currency\n      pipelineId\n      stage {\n        id\n        pipelineId\n        nameEn\n        nameZh\n        position\n        probability\n        kind\n        archived\n      }\n      status\n      probability\n      expectedCloseDate\n      owner {\n        id\n        displayName\n      }\n      team {\n        id\n        name\n      }\n      source\n      lostReason\n      wonAt\n      lostAt\n      stageEnteredAt\n      notes\n      products {\n        name\n        quantity\n        price\n        total\n      }\n      createdBy {\n        id\n        displayName\n      }\n      createdAt\n      updatedAt\n    }\n  }\n": typeof types.DealsDealDocument,
    "\n  mutation DealsCreateDeal($input: DealInput!) {\n    createDeal(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.DealsCreateDealDocument,
    "\n  mutation DealsUpdateDeal($input: DealUpdateInput!) {\n    updateDeal(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.DealsUpdateDealDocument,
    "\n  mutation DealsDeleteDeal($id: ID!) {\n    deleteDeal(id: $id)\n  }\n": typeof types.DealsDeleteDealDocument,
    "\n  query DealsTimeline($dealId: ID!, $first: Int!, $after: String) {\n    dealTimeline(dealId: $dealId, first: $first, after: $after) {\n      edges {\n        cursor\n        at\n        node {\n          __typename\n          ... on Activity {\n            id\n            kind\n            subject\n            body\n            done\n            dueAt\n            createdBy {\n              id\n              displayName\n            }\n          }\n          ... on DealStageMove {\n            id\n            fromStage {\n              id\n              nameEn\n              nameZh\n              kind\n            }\n            toStage {\n              id\n              nameEn\n              nameZh\n              kind\n            }\n            actor {\n              id\n              displayName\n            }\n          }\n          ... on DealChange {\n            id\n            action\n            actorLabel\n            actor {\n              id\n              displayName\n            }\n            fields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DealsTimelineDocument,
    "\n  query DealsCustomerPick($search: String) {\n    customers(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DealsCustomerPickDocument,
    "\n  query DealsContacts($customerId: ID!) {\n    contacts(customerId: $customerId) {\n      id\n      name\n    }\n  }\n": typeof types.DealsContactsDocument,
    "\n  query DealsCustomerName($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.DealsCustomerNameDocument,
    "\n  query DealsCustomerActivities($customerId: ID!) {\n    activities(customerId: $customerId, first: 50) {\n      edges {\n        node {\n          id\n          kind\n          subject\n          body\n          occurredAt\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.DealsCustomerActivitiesDocument,
    "\n  mutation DealsLinkActivity($activityId: ID!, $dealId: ID) {\n    linkDealActivity(activityId: $activityId, dealId: $dealId)\n  }\n": typeof types.DealsLinkActivityDocument,
    "\n  query DealsPipelines($includeArchived: Boolean! = false) {\n    pipelines(includeArchived: $includeArchived) {\n      id\n      name\n      isDefault\n      archived\n      position\n      stages {\n        id\n        pipelineId\n        nameEn\n        nameZh\n        position\n        probability\n        kind\n        archived\n      }\n    }\n  }\n": typeof types.DealsPipelinesDocument,
    "\n  mutation DealsCreatePipeline($input: PipelineInput!) {\n    createPipeline(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.DealsCreatePipelineDocument,
    "\n  mutation DealsUpdatePipeline($input: PipelineUpdateInput!) {\n    updatePipeline(input: $input) {\n      id\n      name\n      isDefault\n      archived\n      position\n    }\n  }\n": typeof types.DealsUpdatePipelineDocument,
    "\n  mutation DealsSetPipelineStages($input: SetPipelineStagesInput!) {\n    setPipelineStages(input: $input) {\n      id\n      stages {\n        id\n        pipelineId\n        nameEn\n        nameZh\n        position\n        probability\n        kind\n        archived\n      }\n    }\n  }\n": typeof types.DealsSetPipelineStagesDocument,
    "\n  query DealsSalesTargets($fromMonth: String!, $toMonth: String!) {\n    salesTargets(fromMonth: $fromMonth, toMonth: $toMonth) {\n      id\n      month\n      user {\n        id\n        displayName\n      }\n      team {\n        id\n        name\n      }\n      amount\n      currency\n    }\n  }\n": typeof types.DealsSalesTargetsDocument,
    "\n  mutation DealsSetSalesTarget($input: SalesTargetInput!) {\n    setSalesTarget(input: $input) {\n      id\n      amount\n      currency\n    }\n  }\n": typeof types.DealsSetSalesTargetDocument,
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
    "\n  query ReportsDashboard($scope: DashboardScope!, $filter: ReportFilterInput, $atRiskDays: Int!) {\n    dashboard(scope: $scope, filter: $filter, atRiskDays: $atRiskDays) {\n      scope\n      currency\n      range {\n        from\n        to\n      }\n      openDeals\n      openAmount\n      weightedOpenAmount\n      performance {\n        won\n        lost\n        winRate\n        wonAmount\n        averageDealSize\n        averageCycleDays\n        otherCurrencies {\n          amount\n          currency\n        }\n      }\n      revenueByMonth {\n        month\n        count\n        amount\n      }\n      forecast {\n        month\n        count\n        amount\n        weightedAmount\n      }\n      targets {\n        month\n        user {\n          id\n        }\n        team {\n          id\n        }\n        target\n        currency\n      }\n      funnel {\n        pipeline {\n          id\n        }\n        stages {\n          stage {\n            id\n            nameEn\n            nameZh\n            kind\n          }\n          count\n          amount\n          reached\n          conversionRate\n          averageDaysInStage\n        }\n      }\n      atRiskCustomers\n      atRiskDays\n      activity {\n        user {\n          id\n          displayName\n        }\n        calls\n        meetings\n        notes\n        emails\n        tasksDone\n        tasksOverdue\n      }\n    }\n  }\n": typeof types.ReportsDashboardDocument,
    "\n  query ReportsBreakdown($filter: ReportFilterInput) {\n    byOwner: revenue(groupBy: OWNER, filter: $filter) {\n      rows {\n        owner {\n          id\n          displayName\n        }\n        count\n        amount\n      }\n    }\n    byTeam: revenue(groupBy: TEAM, filter: $filter) {\n      rows {\n        team {\n          id\n          name\n        }\n        count\n        amount\n      }\n    }\n    customerGrowth(filter: $filter) {\n      month\n      source\n      count\n    }\n    targetAttainment(filter: $filter) {\n      month\n      user {\n        id\n      }\n      team {\n        id\n      }\n      target\n      currency\n    }\n  }\n": typeof types.ReportsBreakdownDocument,
    "\n  query ReportsAtRisk($days: Int!, $first: Int!, $after: String, $filter: ReportFilterInput) {\n    atRiskCustomers(days: $days, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          owner {\n            id\n            displayName\n          }\n          createdAt\n          lastActivityAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ReportsAtRiskDocument,
    "\n  query ReportsTeams {\n    assignableTeams {\n      id\n      name\n    }\n  }\n": typeof types.ReportsTeamsDocument,
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
    "\n  query CollabMentionableUsers($customerId: ID!, $search: String!) {\n    mentionableUsers(customerId: $customerId, search: $search) {\n      id\n      displayName\n    }\n  }\n": types.CollabMentionableUsersDocument,
    "\n  fragment CollabNotificationFields on Notification {\n    id\n    kind\n    actor {\n      id\n      displayName\n    }\n    actorName\n    customerId\n    customerName\n    activityId\n    commentId\n    excerpt\n    subject\n    dueAt\n    count\n    note\n    read\n    createdAt\n  }\n": types.CollabNotificationFieldsFragmentDoc,
    "\n  query CollabUnreadCount {\n    unreadNotificationCount\n  }\n": types.CollabUnreadCountDocument,
    "\n  query CollabNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...CollabNotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CollabNotificationsDocument,
    "\n  mutation CollabMarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.CollabMarkReadDocument,
    "\n  mutation CollabMarkAllRead {\n    markAllNotificationsRead\n  }\n": types.CollabMarkAllReadDocument,
    "\n  query CollabDigest {\n    notificationDigestEnabled\n  }\n": types.CollabDigestDocument,
    "\n  mutation CollabSetDigest($enabled: Boolean!) {\n    setNotificationDigest(enabled: $enabled)\n  }\n": types.CollabSetDigestDocument,
    "\n  query CollabMyTasks($filter: TaskFilter!, $first: Int!, $after: String, $timeZone: String!) {\n    myTasks(filter: $filter, first: $first, after: $after, timeZone: $timeZone) {\n      edges {\n        cursor\n        node {\n          ...CollabActivityFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CollabMyTasksDocument,
    "\n  fragment CollabActivityFields on Activity {\n    id\n    kind\n    customerId\n    customerName\n    subject\n    body\n    occurredAt\n    dueAt\n    remindAt\n    done\n    doneAt\n    assignee {\n      id\n      displayName\n    }\n    createdBy {\n      id\n      displayName\n    }\n    createdAt\n  }\n": types.CollabActivityFieldsFragmentDoc,
    "\n  fragment CollabCommentFields on Comment {\n    id\n    customerId\n    activityId\n    body\n    mentions {\n      id\n      displayName\n    }\n    author {\n      id\n      displayName\n    }\n    mine\n    createdAt\n    editedAt\n  }\n": types.CollabCommentFieldsFragmentDoc,
    "\n  query CollabTimeline($customerId: ID!, $first: Int!, $after: String) {\n    customerTimeline(customerId: $customerId, first: $first, after: $after) {\n      edges {\n        cursor\n        at\n        node {\n          __typename\n          ... on Activity {\n            ...CollabActivityFields\n          }\n          ... on Comment {\n            ...CollabCommentFields\n          }\n          ... on CustomerChange {\n            id\n            action\n            actor {\n              id\n              displayName\n            }\n            actorLabel\n            at\n            fields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CollabTimelineDocument,
    "\n  mutation CollabLogActivity($input: ActivityInput!) {\n    logActivity(input: $input) {\n      ...CollabActivityFields\n    }\n  }\n": types.CollabLogActivityDocument,
    "\n  mutation CollabCompleteTask($id: ID!, $done: Boolean!) {\n    completeTask(id: $id, done: $done) {\n      ...CollabActivityFields\n    }\n  }\n": types.CollabCompleteTaskDocument,
    "\n  mutation CollabDeleteActivity($id: ID!) {\n    deleteActivity(id: $id)\n  }\n": types.CollabDeleteActivityDocument,
    "\n  mutation CollabAddComment($input: CommentInput!) {\n    addComment(input: $input) {\n      ...CollabCommentFields\n    }\n  }\n": types.CollabAddCommentDocument,
    "\n  mutation CollabEditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CollabCommentFields\n    }\n  }\n": types.CollabEditCommentDocument,
    "\n  mutation CollabDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": types.CollabDeleteCommentDocument,
    "\n  fragment CrmCustomerFields on Customer {\n    id\n    kind\n    name\n    stage\n    level\n    industry\n    source\n    website\n    address\n    phones\n    emails\n    idNumber\n    needs\n    preferences {\n      key\n      value\n    }\n    tags\n    owner {\n      id\n      displayName\n    }\n    team {\n      id\n      name\n    }\n    contacts {\n      id\n      customerId\n      name\n      title\n      phone\n      email\n      im\n      birthday\n      isPrimary\n      piiMasked\n    }\n    customFields {\n      key\n      value\n      masked\n    }\n    piiMasked\n    createdBy {\n      id\n      displayName\n    }\n    updatedBy {\n      id\n      displayName\n    }\n    createdAt\n    updatedAt\n    lastActivityAt\n  }\n": types.CrmCustomerFieldsFragmentDoc,
    "\n  query CrmCustomer($id: ID!) {\n    customer(id: $id) {\n      ...CrmCustomerFields\n    }\n  }\n": types.CrmCustomerDocument,
    "\n  mutation CrmCreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      name\n    }\n  }\n": types.CrmCreateCustomerDocument,
    "\n  mutation CrmUpdateCustomer($input: CustomerUpdateInput!) {\n    updateCustomer(input: $input) {\n      id\n      name\n      ...CrmCustomerFields\n    }\n  }\n": types.CrmUpdateCustomerDocument,
    "\n  mutation CrmDeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n": types.CrmDeleteCustomerDocument,
    "\n  query CrmCustomerDuplicates($input: CustomerDuplicatesInput!) {\n    customerDuplicates(input: $input) {\n      reasons\n      customer {\n        id\n        name\n        owner {\n          id\n          displayName\n        }\n      }\n      poolCustomer {\n        id\n        name\n      }\n    }\n  }\n": types.CrmCustomerDuplicatesDocument,
    "\n  mutation CrmRevealCustomerField($customerId: ID!, $field: CustomerPiiField!, $reason: String!, $index: Int! = 0) {\n    revealCustomerField(customerId: $customerId, field: $field, reason: $reason, index: $index)\n  }\n": types.CrmRevealCustomerFieldDocument,
    "\n  mutation CrmRevealContactField($contactId: ID!, $field: ContactPiiField!, $reason: String!) {\n    revealContactField(contactId: $contactId, field: $field, reason: $reason)\n  }\n": types.CrmRevealContactFieldDocument,
    "\n  mutation CrmRevealCustomField($customerId: ID!, $key: String!, $reason: String!) {\n    revealCustomField(customerId: $customerId, key: $key, reason: $reason)\n  }\n": types.CrmRevealCustomFieldDocument,
    "\n  mutation CrmCreateContact($input: ContactInput!) {\n    createContact(input: $input) {\n      id\n    }\n  }\n": types.CrmCreateContactDocument,
    "\n  mutation CrmUpdateContact($input: ContactUpdateInput!) {\n    updateContact(input: $input) {\n      id\n      isPrimary\n    }\n  }\n": types.CrmUpdateContactDocument,
    "\n  mutation CrmDeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n": types.CrmDeleteContactDocument,
    "\n  query CrmPool($first: Int!, $after: String, $search: String) {\n    customerPool(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          industry\n          level\n          source\n          stage\n          tags\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.CrmPoolDocument,
    "\n  mutation CrmClaimCustomer($id: ID!) {\n    claimCustomer(id: $id) {\n      id\n      name\n    }\n  }\n": types.CrmClaimCustomerDocument,
    "\n  query CrmDeletedCustomers($first: Int!, $after: String) {\n    deletedCustomers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          owner {\n            id\n            displayName\n          }\n          deletedAt\n          deletedBy {\n            id\n            displayName\n          }\n          mergedIntoId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.CrmDeletedCustomersDocument,
    "\n  mutation CrmRestoreCustomer($id: ID!) {\n    restoreCustomer(id: $id) {\n      id\n      name\n    }\n  }\n": types.CrmRestoreCustomerDocument,
    "\n  mutation CrmPurgeCustomer($id: ID!) {\n    purgeCustomer(id: $id)\n  }\n": types.CrmPurgeCustomerDocument,
    "\n  query CrmCustomers(\n    $first: Int!\n    $after: String\n    $search: String\n    $filter: CustomerFilterInput\n    $orderBy: CustomerOrderInput\n    $withTotal: Boolean! = true\n  ) {\n    customers(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          name\n          stage\n          level\n          industry\n          source\n          phones\n          emails\n          tags\n          owner {\n            id\n            displayName\n          }\n          team {\n            id\n            name\n          }\n          primaryContact {\n            id\n            name\n          }\n          customFields {\n            key\n            value\n            masked\n          }\n          piiMasked\n          createdAt\n          updatedAt\n          lastActivityAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount @include(if: $withTotal)\n    }\n  }\n": types.CrmCustomersDocument,
    "\n  query CrmCustomerPick($search: String) {\n    customers(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n          owner {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.CrmCustomerPickDocument,
    "\n  mutation CrmTransferCustomers($input: TransferCustomersInput!) {\n    transferCustomers(input: $input) {\n      count\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": types.CrmTransferCustomersDocument,
    "\n  mutation CrmReleaseCustomers($input: ReleaseCustomersInput!) {\n    releaseCustomers(input: $input) {\n      count\n    }\n  }\n": types.CrmReleaseCustomersDocument,
    "\n  mutation CrmMergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      id\n    }\n  }\n": types.CrmMergeCustomersDocument,
    "\n  mutation CrmTagCustomers($input: TagCustomersInput!) {\n    tagCustomers(input: $input)\n  }\n": types.CrmTagCustomersDocument,
    "\n  query CrmStages {\n    customerStages(includeArchived: true) {\n      key\n      labelEn\n      labelZh\n      position\n      archived\n    }\n  }\n": types.CrmStagesDocument,
    "\n  mutation CrmSetStages($input: SetCustomerStagesInput!) {\n    setCustomerStages(input: $input) {\n      key\n      labelEn\n      labelZh\n      position\n      archived\n    }\n  }\n": types.CrmSetStagesDocument,
    "\n  query CrmCustomFieldDefs($includeArchived: Boolean! = false) {\n    customFieldDefs(includeArchived: $includeArchived) {\n      id\n      key\n      labelEn\n      labelZh\n      type\n      options\n      sensitive\n      required\n      position\n      archived\n    }\n  }\n": types.CrmCustomFieldDefsDocument,
    "\n  mutation CrmCreateCustomFieldDef($input: CustomFieldDefInput!) {\n    createCustomFieldDef(input: $input) {\n      id\n      key\n    }\n  }\n": types.CrmCreateCustomFieldDefDocument,
    "\n  mutation CrmUpdateCustomFieldDef($input: CustomFieldDefUpdateInput!) {\n    updateCustomFieldDef(input: $input) {\n      id\n      key\n    }\n  }\n": types.CrmUpdateCustomFieldDefDocument,
    "\n  mutation CrmArchiveCustomFieldDef($id: ID!, $archived: Boolean!) {\n    archiveCustomFieldDef(id: $id, archived: $archived) {\n      id\n      archived\n    }\n  }\n": types.CrmArchiveCustomFieldDefDocument,
    "\n  query CrmTags($search: String) {\n    tags(search: $search, first: 50) {\n      id\n      name\n      color\n    }\n  }\n": types.CrmTagsDocument,
    "\n  query CrmUsers($search: String!) {\n    users(search: $search, active: true, limit: 20) {\n      items {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": types.CrmUsersDocument,
    "\n  query CrmTeams {\n    teams {\n      id\n      name\n    }\n  }\n": types.CrmTeamsDocument,
    "\n  query CrmAssignees($search: String!) {\n    assignees(search: $search) {\n      id\n      displayName\n      team {\n        id\n        name\n      }\n    }\n  }\n": types.CrmAssigneesDocument,
    "\n  query CrmAssignableTeams {\n    assignableTeams {\n      id\n      name\n    }\n  }\n": types.CrmAssignableTeamsDocument,
    "\n  query CrmMentionableUsers($customerId: ID!, $search: String!) {\n    mentionableUsers(customerId: $customerId, search: $search) {\n      id\n      displayName\n    }\n  }\n": types.CrmMentionableUsersDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id\n    kind\n    status\n    fileName\n    fileFormat\n    encoding\n    headers\n    mapping {\n      column\n      field\n    }\n    duplicateStrategy\n    totalRows\n    processed\n    createdCount\n    updatedCount\n    skippedCount\n    failedCount\n    problemCount\n    error\n    reportUrl\n    progress\n    createdAt\n    finishedAt\n  }\n": types.ImportJobFieldsFragmentDoc,
    "\n  query DataioImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n": types.DataioImportJobDocument,
    "\n  query DataioImportJobs {\n    importJobs(first: 10) {\n      ...ImportJobFields\n    }\n  }\n": types.DataioImportJobsDocument,
    "\n  query DataioImportProblems($id: ID!, $first: Int!, $offset: Int!) {\n    importJob(id: $id) {\n      id\n      problemCount\n      problems(first: $first, offset: $offset) {\n        row\n        column\n        code\n      }\n    }\n  }\n": types.DataioImportProblemsDocument,
    "\n  query DataioImportSetup($kind: ImportKind!) {\n    importFields(kind: $kind) {\n      key\n      required\n      multiple\n    }\n    importTemplates(kind: $kind) {\n      id\n      name\n      mapping {\n        column\n        field\n      }\n    }\n  }\n": types.DataioImportSetupDocument,
    "\n  mutation DataioSetImportMapping(\n    $jobId: ID!\n    $mapping: [ColumnMappingInput!]!\n    $duplicateStrategy: DuplicateStrategy!\n    $saveTemplateAs: String\n  ) {\n    setImportMapping(jobId: $jobId, mapping: $mapping, duplicateStrategy: $duplicateStrategy, saveTemplateAs: $saveTemplateAs) {\n      ...ImportJobFields\n    }\n  }\n": types.DataioSetImportMappingDocument,
    "\n  mutation DataioDryRunImport($jobId: ID!) {\n    dryRunImport(jobId: $jobId) {\n      ...ImportJobFields\n    }\n  }\n": types.DataioDryRunImportDocument,
    "\n  mutation DataioStartImport($jobId: ID!) {\n    startImport(jobId: $jobId) {\n      ...ImportJobFields\n    }\n  }\n": types.DataioStartImportDocument,
    "\n  mutation DataioCancelImport($jobId: ID!) {\n    cancelImport(jobId: $jobId) {\n      ...ImportJobFields\n    }\n  }\n": types.DataioCancelImportDocument,
    "\n  fragment ExportJobFields on ExportJob {\n    id\n    kind\n    format\n    status\n    rowCount\n    masked\n    error\n    createdAt\n    finishedAt\n    expiresAt\n    downloaded\n    downloadUrl\n  }\n": types.ExportJobFieldsFragmentDoc,
    "\n  mutation DataioStartExport($input: StartExportInput!) {\n    startExport(input: $input) {\n      ...ExportJobFields\n    }\n  }\n": types.DataioStartExportDocument,
    "\n  query DataioExportJob($id: ID!) {\n    exportJob(id: $id) {\n      ...ExportJobFields\n    }\n  }\n": types.DataioExportJobDocument,
    "\n  query DataioExportJobs {\n    exportJobs(first: 50) {\n      ...ExportJobFields\n    }\n  }\n": types.DataioExportJobsDocument,
    "\n  query DataioSuggestImportMapping($jobId: ID!) {\n    suggestImportMapping(jobId: $jobId) {\n      template\n    }\n  }\n": types.DataioSuggestImportMappingDocument,
    "\n  query DealsBoard($pipelineId: ID, $filter: DealFilterInput, $perColumn: Int!) {\n    dealBoard(pipelineId: $pipelineId, filter: $filter, perColumn: $perColumn) {\n      currency\n      pipeline {\n        id\n        name\n      }\n      columns {\n        stage {\n          id\n          pipelineId\n          nameEn\n          nameZh\n          position\n          probability\n          kind\n          archived\n        }\n        count\n        amount\n        weightedAmount\n        otherCurrencies {\n          amount\n          currency\n        }\n        hasMore\n        deals {\n          id\n          title\n          customer {\n            id\n            name\n          }\n          amount\n          currency\n          status\n          probability\n          expectedCloseDate\n          owner {\n            id\n            displayName\n          }\n          rank\n        }\n      }\n    }\n  }\n": types.DealsBoardDocument,
    "\n  mutation DealsMoveDeal($input: MoveDealInput!) {\n    moveDeal(input: $input) {\n      id\n      stage {\n        id\n      }\n      status\n      probability\n      rank\n      lostReason\n    }\n  }\n": types.DealsMoveDealDocument,
    "\n  query DealsDefaultCurrency {\n    dealBoard(perColumn: 1) {\n      currency\n    }\n  }\n": types.DealsDefaultCurrencyDocument,
    "\n  query DealsList($first: Int!, $after: String, $filter: DealFilterInput, $orderBy: DealOrderInput) {\n    deals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          customer {\n            id\n            name\n          }\n          amount\n          currency\n          stage {\n            id\n            nameEn\n            nameZh\n            kind\n          }\n          status\n          probability\n          expectedCloseDate\n          owner {\n            id\n            displayName\n          }\n          team {\n            id\n            name\n          }\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.DealsListDocument,
    "\n  query DealsDeal($id: ID!) {\n    deal(id: $id) {\n      id\n      title\n      customer {\n        id\n        name\n      }\n      contact {\n        id\n        name\n      }\n      amount\n      currency\n      pipelineId\n      stage {\n        id\n        pipelineId\n        nameEn\n        nameZh\n        position\n        probability\n        kind\n        archived\n      }\n      status\n      probability\n      expectedCloseDate\n      owner {\n        id\n        displayName\n      }\n      team {\n        id\n        name\n      }\n      source\n      lostReason\n      wonAt\n      lostAt\n      stageEnteredAt\n      notes\n      products {\n        name\n        quantity\n        price\n        total\n      }\n      createdBy {\n        id\n        displayName\n      }\n      createdAt\n      updatedAt\n    }\n  }\n": types.DealsDealDocument,
    "\n  mutation DealsCreateDeal($input: DealInput!) {\n    createDeal(input: $input) {\n      id\n      title\n    }\n  }\n": types.DealsCreateDealDocument,
    "\n  mutation DealsUpdateDeal($input: DealUpdateInput!) {\n    updateDeal(input: $input) {\n      id\n      title\n    }\n  }\n": types.DealsUpdateDealDocument,
    "\n  mutation DealsDeleteDeal($id: ID!) {\n    deleteDeal(id: $id)\n  }\n": types.DealsDeleteDealDocument,
    "\n  query DealsTimeline($dealId: ID!, $first: Int!, $after: String) {\n    dealTimeline(dealId: $dealId, first: $first, after: $after) {\n      edges {\n        cursor\n        at\n        node {\n          __typename\n          ... on Activity {\n            id\n            kind\n            subject\n            body\n            done\n            dueAt\n            createdBy {\n              id\n              displayName\n            }\n          }\n          ... on DealStageMove {\n            id\n            fromStage {\n              id\n              nameEn\n              nameZh\n              kind\n            }\n            toStage {\n              id\n              nameEn\n              nameZh\n              kind\n            }\n            actor {\n              id\n              displayName\n            }\n          }\n          ... on DealChange {\n            id\n            action\n            actorLabel\n            actor {\n              id\n              displayName\n            }\n            fields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DealsTimelineDocument,
    "\n  query DealsCustomerPick($search: String) {\n    customers(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DealsCustomerPickDocument,
    "\n  query DealsContacts($customerId: ID!) {\n    contacts(customerId: $customerId) {\n      id\n      name\n    }\n  }\n": types.DealsContactsDocument,
    "\n  query DealsCustomerName($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n": types.DealsCustomerNameDocument,
    "\n  query DealsCustomerActivities($customerId: ID!) {\n    activities(customerId: $customerId, first: 50) {\n      edges {\n        node {\n          id\n          kind\n          subject\n          body\n          occurredAt\n          createdAt\n        }\n      }\n    }\n  }\n": types.DealsCustomerActivitiesDocument,
    "\n  mutation DealsLinkActivity($activityId: ID!, $dealId: ID) {\n    linkDealActivity(activityId: $activityId, dealId: $dealId)\n  }\n": types.DealsLinkActivityDocument,
    "\n  query DealsPipelines($includeArchived: Boolean! = false) {\n    pipelines(includeArchived: $includeArchived) {\n      id\n      name\n      isDefault\n      archived\n      position\n      stages {\n        id\n        pipelineId\n        nameEn\n        nameZh\n        position\n        probability\n        kind\n        archived\n      }\n    }\n  }\n": types.DealsPipelinesDocument,
    "\n  mutation DealsCreatePipeline($input: PipelineInput!) {\n    createPipeline(input: $input) {\n      id\n      name\n    }\n  }\n": types.DealsCreatePipelineDocument,
    "\n  mutation DealsUpdatePipeline($input: PipelineUpdateInput!) {\n    updatePipeline(input: $input) {\n      id\n      name\n      isDefault\n      archived\n      position\n    }\n  }\n": types.DealsUpdatePipelineDocument,
    "\n  mutation DealsSetPipelineStages($input: SetPipelineStagesInput!) {\n    setPipelineStages(input: $input) {\n      id\n      stages {\n        id\n        pipelineId\n        nameEn\n        nameZh\n        position\n        probability\n        kind\n        archived\n      }\n    }\n  }\n": types.DealsSetPipelineStagesDocument,
    "\n  query DealsSalesTargets($fromMonth: String!, $toMonth: String!) {\n    salesTargets(fromMonth: $fromMonth, toMonth: $toMonth) {\n      id\n      month\n      user {\n        id\n        displayName\n      }\n      team {\n        id\n        name\n      }\n      amount\n      currency\n    }\n  }\n": types.DealsSalesTargetsDocument,
    "\n  mutation DealsSetSalesTarget($input: SalesTargetInput!) {\n    setSalesTarget(input: $input) {\n      id\n      amount\n      currency\n    }\n  }\n": types.DealsSetSalesTargetDocument,
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
    "\n  query ReportsDashboard($scope: DashboardScope!, $filter: ReportFilterInput, $atRiskDays: Int!) {\n    dashboard(scope: $scope, filter: $filter, atRiskDays: $atRiskDays) {\n      scope\n      currency\n      range {\n        from\n        to\n      }\n      openDeals\n      openAmount\n      weightedOpenAmount\n      performance {\n        won\n        lost\n        winRate\n        wonAmount\n        averageDealSize\n        averageCycleDays\n        otherCurrencies {\n          amount\n          currency\n        }\n      }\n      revenueByMonth {\n        month\n        count\n        amount\n      }\n      forecast {\n        month\n        count\n        amount\n        weightedAmount\n      }\n      targets {\n        month\n        user {\n          id\n        }\n        team {\n          id\n        }\n        target\n        currency\n      }\n      funnel {\n        pipeline {\n          id\n        }\n        stages {\n          stage {\n            id\n            nameEn\n            nameZh\n            kind\n          }\n          count\n          amount\n          reached\n          conversionRate\n          averageDaysInStage\n        }\n      }\n      atRiskCustomers\n      atRiskDays\n      activity {\n        user {\n          id\n          displayName\n        }\n        calls\n        meetings\n        notes\n        emails\n        tasksDone\n        tasksOverdue\n      }\n    }\n  }\n": types.ReportsDashboardDocument,
    "\n  query ReportsBreakdown($filter: ReportFilterInput) {\n    byOwner: revenue(groupBy: OWNER, filter: $filter) {\n      rows {\n        owner {\n          id\n          displayName\n        }\n        count\n        amount\n      }\n    }\n    byTeam: revenue(groupBy: TEAM, filter: $filter) {\n      rows {\n        team {\n          id\n          name\n        }\n        count\n        amount\n      }\n    }\n    customerGrowth(filter: $filter) {\n      month\n      source\n      count\n    }\n    targetAttainment(filter: $filter) {\n      month\n      user {\n        id\n      }\n      team {\n        id\n      }\n      target\n      currency\n    }\n  }\n": types.ReportsBreakdownDocument,
    "\n  query ReportsAtRisk($days: Int!, $first: Int!, $after: String, $filter: ReportFilterInput) {\n    atRiskCustomers(days: $days, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          owner {\n            id\n            displayName\n          }\n          createdAt\n          lastActivityAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ReportsAtRiskDocument,
    "\n  query ReportsTeams {\n    assignableTeams {\n      id\n      name\n    }\n  }\n": types.ReportsTeamsDocument,
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
export function graphql(source: "\n  query CollabMentionableUsers($customerId: ID!, $search: String!) {\n    mentionableUsers(customerId: $customerId, search: $search) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query CollabMentionableUsers($customerId: ID!, $search: String!) {\n    mentionableUsers(customerId: $customerId, search: $search) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CollabNotificationFields on Notification {\n    id\n    kind\n    actor {\n      id\n      displayName\n    }\n    actorName\n    customerId\n    customerName\n    activityId\n    commentId\n    excerpt\n    subject\n    dueAt\n    count\n    note\n    read\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CollabNotificationFields on Notification {\n    id\n    kind\n    actor {\n      id\n      displayName\n    }\n    actorName\n    customerId\n    customerName\n    activityId\n    commentId\n    excerpt\n    subject\n    dueAt\n    count\n    note\n    read\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollabUnreadCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query CollabUnreadCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollabNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...CollabNotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CollabNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...CollabNotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CollabMarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation CollabMarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CollabMarkAllRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation CollabMarkAllRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollabDigest {\n    notificationDigestEnabled\n  }\n"): (typeof documents)["\n  query CollabDigest {\n    notificationDigestEnabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CollabSetDigest($enabled: Boolean!) {\n    setNotificationDigest(enabled: $enabled)\n  }\n"): (typeof documents)["\n  mutation CollabSetDigest($enabled: Boolean!) {\n    setNotificationDigest(enabled: $enabled)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollabMyTasks($filter: TaskFilter!, $first: Int!, $after: String, $timeZone: String!) {\n    myTasks(filter: $filter, first: $first, after: $after, timeZone: $timeZone) {\n      edges {\n        cursor\n        node {\n          ...CollabActivityFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CollabMyTasks($filter: TaskFilter!, $first: Int!, $after: String, $timeZone: String!) {\n    myTasks(filter: $filter, first: $first, after: $after, timeZone: $timeZone) {\n      edges {\n        cursor\n        node {\n          ...CollabActivityFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CollabActivityFields on Activity {\n    id\n    kind\n    customerId\n    customerName\n    subject\n    body\n    occurredAt\n    dueAt\n    remindAt\n    done\n    doneAt\n    assignee {\n      id\n      displayName\n    }\n    createdBy {\n      id\n      displayName\n    }\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CollabActivityFields on Activity {\n    id\n    kind\n    customerId\n    customerName\n    subject\n    body\n    occurredAt\n    dueAt\n    remindAt\n    done\n    doneAt\n    assignee {\n      id\n      displayName\n    }\n    createdBy {\n      id\n      displayName\n    }\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CollabCommentFields on Comment {\n    id\n    customerId\n    activityId\n    body\n    mentions {\n      id\n      displayName\n    }\n    author {\n      id\n      displayName\n    }\n    mine\n    createdAt\n    editedAt\n  }\n"): (typeof documents)["\n  fragment CollabCommentFields on Comment {\n    id\n    customerId\n    activityId\n    body\n    mentions {\n      id\n      displayName\n    }\n    author {\n      id\n      displayName\n    }\n    mine\n    createdAt\n    editedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollabTimeline($customerId: ID!, $first: Int!, $after: String) {\n    customerTimeline(customerId: $customerId, first: $first, after: $after) {\n      edges {\n        cursor\n        at\n        node {\n          __typename\n          ... on Activity {\n            ...CollabActivityFields\n          }\n          ... on Comment {\n            ...CollabCommentFields\n          }\n          ... on CustomerChange {\n            id\n            action\n            actor {\n              id\n              displayName\n            }\n            actorLabel\n            at\n            fields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CollabTimeline($customerId: ID!, $first: Int!, $after: String) {\n    customerTimeline(customerId: $customerId, first: $first, after: $after) {\n      edges {\n        cursor\n        at\n        node {\n          __typename\n          ... on Activity {\n            ...CollabActivityFields\n          }\n          ... on Comment {\n            ...CollabCommentFields\n          }\n          ... on CustomerChange {\n            id\n            action\n            actor {\n              id\n              displayName\n            }\n            actorLabel\n            at\n            fields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CollabLogActivity($input: ActivityInput!) {\n    logActivity(input: $input) {\n      ...CollabActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation CollabLogActivity($input: ActivityInput!) {\n    logActivity(input: $input) {\n      ...CollabActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CollabCompleteTask($id: ID!, $done: Boolean!) {\n    completeTask(id: $id, done: $done) {\n      ...CollabActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation CollabCompleteTask($id: ID!, $done: Boolean!) {\n    completeTask(id: $id, done: $done) {\n      ...CollabActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CollabDeleteActivity($id: ID!) {\n    deleteActivity(id: $id)\n  }\n"): (typeof documents)["\n  mutation CollabDeleteActivity($id: ID!) {\n    deleteActivity(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CollabAddComment($input: CommentInput!) {\n    addComment(input: $input) {\n      ...CollabCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CollabAddComment($input: CommentInput!) {\n    addComment(input: $input) {\n      ...CollabCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CollabEditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CollabCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CollabEditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CollabCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CollabDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation CollabDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrmCustomerFields on Customer {\n    id\n    kind\n    name\n    stage\n    level\n    industry\n    source\n    website\n    address\n    phones\n    emails\n    idNumber\n    needs\n    preferences {\n      key\n      value\n    }\n    tags\n    owner {\n      id\n      displayName\n    }\n    team {\n      id\n      name\n    }\n    contacts {\n      id\n      customerId\n      name\n      title\n      phone\n      email\n      im\n      birthday\n      isPrimary\n      piiMasked\n    }\n    customFields {\n      key\n      value\n      masked\n    }\n    piiMasked\n    createdBy {\n      id\n      displayName\n    }\n    updatedBy {\n      id\n      displayName\n    }\n    createdAt\n    updatedAt\n    lastActivityAt\n  }\n"): (typeof documents)["\n  fragment CrmCustomerFields on Customer {\n    id\n    kind\n    name\n    stage\n    level\n    industry\n    source\n    website\n    address\n    phones\n    emails\n    idNumber\n    needs\n    preferences {\n      key\n      value\n    }\n    tags\n    owner {\n      id\n      displayName\n    }\n    team {\n      id\n      name\n    }\n    contacts {\n      id\n      customerId\n      name\n      title\n      phone\n      email\n      im\n      birthday\n      isPrimary\n      piiMasked\n    }\n    customFields {\n      key\n      value\n      masked\n    }\n    piiMasked\n    createdBy {\n      id\n      displayName\n    }\n    updatedBy {\n      id\n      displayName\n    }\n    createdAt\n    updatedAt\n    lastActivityAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmCustomer($id: ID!) {\n    customer(id: $id) {\n      ...CrmCustomerFields\n    }\n  }\n"): (typeof documents)["\n  query CrmCustomer($id: ID!) {\n    customer(id: $id) {\n      ...CrmCustomerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmCreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CrmCreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmUpdateCustomer($input: CustomerUpdateInput!) {\n    updateCustomer(input: $input) {\n      id\n      name\n      ...CrmCustomerFields\n    }\n  }\n"): (typeof documents)["\n  mutation CrmUpdateCustomer($input: CustomerUpdateInput!) {\n    updateCustomer(input: $input) {\n      id\n      name\n      ...CrmCustomerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmDeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n"): (typeof documents)["\n  mutation CrmDeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmCustomerDuplicates($input: CustomerDuplicatesInput!) {\n    customerDuplicates(input: $input) {\n      reasons\n      customer {\n        id\n        name\n        owner {\n          id\n          displayName\n        }\n      }\n      poolCustomer {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmCustomerDuplicates($input: CustomerDuplicatesInput!) {\n    customerDuplicates(input: $input) {\n      reasons\n      customer {\n        id\n        name\n        owner {\n          id\n          displayName\n        }\n      }\n      poolCustomer {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmRevealCustomerField($customerId: ID!, $field: CustomerPiiField!, $reason: String!, $index: Int! = 0) {\n    revealCustomerField(customerId: $customerId, field: $field, reason: $reason, index: $index)\n  }\n"): (typeof documents)["\n  mutation CrmRevealCustomerField($customerId: ID!, $field: CustomerPiiField!, $reason: String!, $index: Int! = 0) {\n    revealCustomerField(customerId: $customerId, field: $field, reason: $reason, index: $index)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmRevealContactField($contactId: ID!, $field: ContactPiiField!, $reason: String!) {\n    revealContactField(contactId: $contactId, field: $field, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation CrmRevealContactField($contactId: ID!, $field: ContactPiiField!, $reason: String!) {\n    revealContactField(contactId: $contactId, field: $field, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmRevealCustomField($customerId: ID!, $key: String!, $reason: String!) {\n    revealCustomField(customerId: $customerId, key: $key, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation CrmRevealCustomField($customerId: ID!, $key: String!, $reason: String!) {\n    revealCustomField(customerId: $customerId, key: $key, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmCreateContact($input: ContactInput!) {\n    createContact(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CrmCreateContact($input: ContactInput!) {\n    createContact(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmUpdateContact($input: ContactUpdateInput!) {\n    updateContact(input: $input) {\n      id\n      isPrimary\n    }\n  }\n"): (typeof documents)["\n  mutation CrmUpdateContact($input: ContactUpdateInput!) {\n    updateContact(input: $input) {\n      id\n      isPrimary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmDeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n"): (typeof documents)["\n  mutation CrmDeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmPool($first: Int!, $after: String, $search: String) {\n    customerPool(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          industry\n          level\n          source\n          stage\n          tags\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CrmPool($first: Int!, $after: String, $search: String) {\n    customerPool(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          industry\n          level\n          source\n          stage\n          tags\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmClaimCustomer($id: ID!) {\n    claimCustomer(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CrmClaimCustomer($id: ID!) {\n    claimCustomer(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmDeletedCustomers($first: Int!, $after: String) {\n    deletedCustomers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          owner {\n            id\n            displayName\n          }\n          deletedAt\n          deletedBy {\n            id\n            displayName\n          }\n          mergedIntoId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CrmDeletedCustomers($first: Int!, $after: String) {\n    deletedCustomers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          owner {\n            id\n            displayName\n          }\n          deletedAt\n          deletedBy {\n            id\n            displayName\n          }\n          mergedIntoId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmRestoreCustomer($id: ID!) {\n    restoreCustomer(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CrmRestoreCustomer($id: ID!) {\n    restoreCustomer(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmPurgeCustomer($id: ID!) {\n    purgeCustomer(id: $id)\n  }\n"): (typeof documents)["\n  mutation CrmPurgeCustomer($id: ID!) {\n    purgeCustomer(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmCustomers(\n    $first: Int!\n    $after: String\n    $search: String\n    $filter: CustomerFilterInput\n    $orderBy: CustomerOrderInput\n    $withTotal: Boolean! = true\n  ) {\n    customers(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          name\n          stage\n          level\n          industry\n          source\n          phones\n          emails\n          tags\n          owner {\n            id\n            displayName\n          }\n          team {\n            id\n            name\n          }\n          primaryContact {\n            id\n            name\n          }\n          customFields {\n            key\n            value\n            masked\n          }\n          piiMasked\n          createdAt\n          updatedAt\n          lastActivityAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount @include(if: $withTotal)\n    }\n  }\n"): (typeof documents)["\n  query CrmCustomers(\n    $first: Int!\n    $after: String\n    $search: String\n    $filter: CustomerFilterInput\n    $orderBy: CustomerOrderInput\n    $withTotal: Boolean! = true\n  ) {\n    customers(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          name\n          stage\n          level\n          industry\n          source\n          phones\n          emails\n          tags\n          owner {\n            id\n            displayName\n          }\n          team {\n            id\n            name\n          }\n          primaryContact {\n            id\n            name\n          }\n          customFields {\n            key\n            value\n            masked\n          }\n          piiMasked\n          createdAt\n          updatedAt\n          lastActivityAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount @include(if: $withTotal)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmCustomerPick($search: String) {\n    customers(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n          owner {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmCustomerPick($search: String) {\n    customers(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n          owner {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmTransferCustomers($input: TransferCustomersInput!) {\n    transferCustomers(input: $input) {\n      count\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrmTransferCustomers($input: TransferCustomersInput!) {\n    transferCustomers(input: $input) {\n      count\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmReleaseCustomers($input: ReleaseCustomersInput!) {\n    releaseCustomers(input: $input) {\n      count\n    }\n  }\n"): (typeof documents)["\n  mutation CrmReleaseCustomers($input: ReleaseCustomersInput!) {\n    releaseCustomers(input: $input) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmMergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CrmMergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmTagCustomers($input: TagCustomersInput!) {\n    tagCustomers(input: $input)\n  }\n"): (typeof documents)["\n  mutation CrmTagCustomers($input: TagCustomersInput!) {\n    tagCustomers(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmStages {\n    customerStages(includeArchived: true) {\n      key\n      labelEn\n      labelZh\n      position\n      archived\n    }\n  }\n"): (typeof documents)["\n  query CrmStages {\n    customerStages(includeArchived: true) {\n      key\n      labelEn\n      labelZh\n      position\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmSetStages($input: SetCustomerStagesInput!) {\n    setCustomerStages(input: $input) {\n      key\n      labelEn\n      labelZh\n      position\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation CrmSetStages($input: SetCustomerStagesInput!) {\n    setCustomerStages(input: $input) {\n      key\n      labelEn\n      labelZh\n      position\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmCustomFieldDefs($includeArchived: Boolean! = false) {\n    customFieldDefs(includeArchived: $includeArchived) {\n      id\n      key\n      labelEn\n      labelZh\n      type\n      options\n      sensitive\n      required\n      position\n      archived\n    }\n  }\n"): (typeof documents)["\n  query CrmCustomFieldDefs($includeArchived: Boolean! = false) {\n    customFieldDefs(includeArchived: $includeArchived) {\n      id\n      key\n      labelEn\n      labelZh\n      type\n      options\n      sensitive\n      required\n      position\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmCreateCustomFieldDef($input: CustomFieldDefInput!) {\n    createCustomFieldDef(input: $input) {\n      id\n      key\n    }\n  }\n"): (typeof documents)["\n  mutation CrmCreateCustomFieldDef($input: CustomFieldDefInput!) {\n    createCustomFieldDef(input: $input) {\n      id\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmUpdateCustomFieldDef($input: CustomFieldDefUpdateInput!) {\n    updateCustomFieldDef(input: $input) {\n      id\n      key\n    }\n  }\n"): (typeof documents)["\n  mutation CrmUpdateCustomFieldDef($input: CustomFieldDefUpdateInput!) {\n    updateCustomFieldDef(input: $input) {\n      id\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmArchiveCustomFieldDef($id: ID!, $archived: Boolean!) {\n    archiveCustomFieldDef(id: $id, archived: $archived) {\n      id\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation CrmArchiveCustomFieldDef($id: ID!, $archived: Boolean!) {\n    archiveCustomFieldDef(id: $id, archived: $archived) {\n      id\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmTags($search: String) {\n    tags(search: $search, first: 50) {\n      id\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  query CrmTags($search: String) {\n    tags(search: $search, first: 50) {\n      id\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmUsers($search: String!) {\n    users(search: $search, active: true, limit: 20) {\n      items {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmUsers($search: String!) {\n    users(search: $search, active: true, limit: 20) {\n      items {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmTeams {\n    teams {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CrmTeams {\n    teams {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmAssignees($search: String!) {\n    assignees(search: $search) {\n      id\n      displayName\n      team {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmAssignees($search: String!) {\n    assignees(search: $search) {\n      id\n      displayName\n      team {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmAssignableTeams {\n    assignableTeams {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CrmAssignableTeams {\n    assignableTeams {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmMentionableUsers($customerId: ID!, $search: String!) {\n    mentionableUsers(customerId: $customerId, search: $search) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query CrmMentionableUsers($customerId: ID!, $search: String!) {\n    mentionableUsers(customerId: $customerId, search: $search) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportJobFields on ImportJob {\n    id\n    kind\n    status\n    fileName\n    fileFormat\n    encoding\n    headers\n    mapping {\n      column\n      field\n    }\n    duplicateStrategy\n    totalRows\n    processed\n    createdCount\n    updatedCount\n    skippedCount\n    failedCount\n    problemCount\n    error\n    reportUrl\n    progress\n    createdAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment ImportJobFields on ImportJob {\n    id\n    kind\n    status\n    fileName\n    fileFormat\n    encoding\n    headers\n    mapping {\n      column\n      field\n    }\n    duplicateStrategy\n    totalRows\n    processed\n    createdCount\n    updatedCount\n    skippedCount\n    failedCount\n    problemCount\n    error\n    reportUrl\n    progress\n    createdAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataioImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  query DataioImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataioImportJobs {\n    importJobs(first: 10) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  query DataioImportJobs {\n    importJobs(first: 10) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataioImportProblems($id: ID!, $first: Int!, $offset: Int!) {\n    importJob(id: $id) {\n      id\n      problemCount\n      problems(first: $first, offset: $offset) {\n        row\n        column\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataioImportProblems($id: ID!, $first: Int!, $offset: Int!) {\n    importJob(id: $id) {\n      id\n      problemCount\n      problems(first: $first, offset: $offset) {\n        row\n        column\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataioImportSetup($kind: ImportKind!) {\n    importFields(kind: $kind) {\n      key\n      required\n      multiple\n    }\n    importTemplates(kind: $kind) {\n      id\n      name\n      mapping {\n        column\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataioImportSetup($kind: ImportKind!) {\n    importFields(kind: $kind) {\n      key\n      required\n      multiple\n    }\n    importTemplates(kind: $kind) {\n      id\n      name\n      mapping {\n        column\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DataioSetImportMapping(\n    $jobId: ID!\n    $mapping: [ColumnMappingInput!]!\n    $duplicateStrategy: DuplicateStrategy!\n    $saveTemplateAs: String\n  ) {\n    setImportMapping(jobId: $jobId, mapping: $mapping, duplicateStrategy: $duplicateStrategy, saveTemplateAs: $saveTemplateAs) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation DataioSetImportMapping(\n    $jobId: ID!\n    $mapping: [ColumnMappingInput!]!\n    $duplicateStrategy: DuplicateStrategy!\n    $saveTemplateAs: String\n  ) {\n    setImportMapping(jobId: $jobId, mapping: $mapping, duplicateStrategy: $duplicateStrategy, saveTemplateAs: $saveTemplateAs) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DataioDryRunImport($jobId: ID!) {\n    dryRunImport(jobId: $jobId) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation DataioDryRunImport($jobId: ID!) {\n    dryRunImport(jobId: $jobId) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DataioStartImport($jobId: ID!) {\n    startImport(jobId: $jobId) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation DataioStartImport($jobId: ID!) {\n    startImport(jobId: $jobId) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DataioCancelImport($jobId: ID!) {\n    cancelImport(jobId: $jobId) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation DataioCancelImport($jobId: ID!) {\n    cancelImport(jobId: $jobId) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExportJobFields on ExportJob {\n    id\n    kind\n    format\n    status\n    rowCount\n    masked\n    error\n    createdAt\n    finishedAt\n    expiresAt\n    downloaded\n    downloadUrl\n  }\n"): (typeof documents)["\n  fragment ExportJobFields on ExportJob {\n    id\n    kind\n    format\n    status\n    rowCount\n    masked\n    error\n    createdAt\n    finishedAt\n    expiresAt\n    downloaded\n    downloadUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DataioStartExport($input: StartExportInput!) {\n    startExport(input: $input) {\n      ...ExportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation DataioStartExport($input: StartExportInput!) {\n    startExport(input: $input) {\n      ...ExportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataioExportJob($id: ID!) {\n    exportJob(id: $id) {\n      ...ExportJobFields\n    }\n  }\n"): (typeof documents)["\n  query DataioExportJob($id: ID!) {\n    exportJob(id: $id) {\n      ...ExportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataioExportJobs {\n    exportJobs(first: 50) {\n      ...ExportJobFields\n    }\n  }\n"): (typeof documents)["\n  query DataioExportJobs {\n    exportJobs(first: 50) {\n      ...ExportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataioSuggestImportMapping($jobId: ID!) {\n    suggestImportMapping(jobId: $jobId) {\n      template\n    }\n  }\n"): (typeof documents)["\n  query DataioSuggestImportMapping($jobId: ID!) {\n    suggestImportMapping(jobId: $jobId) {\n      template\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsBoard($pipelineId: ID, $filter: DealFilterInput, $perColumn: Int!) {\n    dealBoard(pipelineId: $pipelineId, filter: $filter, perColumn: $perColumn) {\n      currency\n      pipeline {\n        id\n        name\n      }\n      columns {\n        stage {\n          id\n          pipelineId\n          nameEn\n          nameZh\n          position\n          probability\n          kind\n          archived\n        }\n        count\n        amount\n        weightedAmount\n        otherCurrencies {\n          amount\n          currency\n        }\n        hasMore\n        deals {\n          id\n          title\n          customer {\n            id\n            name\n          }\n          amount\n          currency\n          status\n          probability\n          expectedCloseDate\n          owner {\n            id\n            displayName\n          }\n          rank\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealsBoard($pipelineId: ID, $filter: DealFilterInput, $perColumn: Int!) {\n    dealBoard(pipelineId: $pipelineId, filter: $filter, perColumn: $perColumn) {\n      currency\n      pipeline {\n        id\n        name\n      }\n      columns {\n        stage {\n          id\n          pipelineId\n          nameEn\n          nameZh\n          position\n          probability\n          kind\n          archived\n        }\n        count\n        amount\n        weightedAmount\n        otherCurrencies {\n          amount\n          currency\n        }\n        hasMore\n        deals {\n          id\n          title\n          customer {\n            id\n            name\n          }\n          amount\n          currency\n          status\n          probability\n          expectedCloseDate\n          owner {\n            id\n            displayName\n          }\n          rank\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealsMoveDeal($input: MoveDealInput!) {\n    moveDeal(input: $input) {\n      id\n      stage {\n        id\n      }\n      status\n      probability\n      rank\n      lostReason\n    }\n  }\n"): (typeof documents)["\n  mutation DealsMoveDeal($input: MoveDealInput!) {\n    moveDeal(input: $input) {\n      id\n      stage {\n        id\n      }\n      status\n      probability\n      rank\n      lostReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsDefaultCurrency {\n    dealBoard(perColumn: 1) {\n      currency\n    }\n  }\n"): (typeof documents)["\n  query DealsDefaultCurrency {\n    dealBoard(perColumn: 1) {\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsList($first: Int!, $after: String, $filter: DealFilterInput, $orderBy: DealOrderInput) {\n    deals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          customer {\n            id\n            name\n          }\n          amount\n          currency\n          stage {\n            id\n            nameEn\n            nameZh\n            kind\n          }\n          status\n          probability\n          expectedCloseDate\n          owner {\n            id\n            displayName\n          }\n          team {\n            id\n            name\n          }\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query DealsList($first: Int!, $after: String, $filter: DealFilterInput, $orderBy: DealOrderInput) {\n    deals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          customer {\n            id\n            name\n          }\n          amount\n          currency\n          stage {\n            id\n            nameEn\n            nameZh\n            kind\n          }\n          status\n          probability\n          expectedCloseDate\n          owner {\n            id\n            displayName\n          }\n          team {\n            id\n            name\n          }\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsDeal($id: ID!) {\n    deal(id: $id) {\n      id\n      title\n      customer {\n        id\n        name\n      }\n      contact {\n        id\n        name\n      }\n      amount\n      currency\n      pipelineId\n      stage {\n        id\n        pipelineId\n        nameEn\n        nameZh\n        position\n        probability\n        kind\n        archived\n      }\n      status\n      probability\n      expectedCloseDate\n      owner {\n        id\n        displayName\n      }\n      team {\n        id\n        name\n      }\n      source\n      lostReason\n      wonAt\n      lostAt\n      stageEnteredAt\n      notes\n      products {\n        name\n        quantity\n        price\n        total\n      }\n      createdBy {\n        id\n        displayName\n      }\n      createdAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query DealsDeal($id: ID!) {\n    deal(id: $id) {\n      id\n      title\n      customer {\n        id\n        name\n      }\n      contact {\n        id\n        name\n      }\n      amount\n      currency\n      pipelineId\n      stage {\n        id\n        pipelineId\n        nameEn\n        nameZh\n        position\n        probability\n        kind\n        archived\n      }\n      status\n      probability\n      expectedCloseDate\n      owner {\n        id\n        displayName\n      }\n      team {\n        id\n        name\n      }\n      source\n      lostReason\n      wonAt\n      lostAt\n      stageEnteredAt\n      notes\n      products {\n        name\n        quantity\n        price\n        total\n      }\n      createdBy {\n        id\n        displayName\n      }\n      createdAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealsCreateDeal($input: DealInput!) {\n    createDeal(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation DealsCreateDeal($input: DealInput!) {\n    createDeal(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealsUpdateDeal($input: DealUpdateInput!) {\n    updateDeal(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation DealsUpdateDeal($input: DealUpdateInput!) {\n    updateDeal(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealsDeleteDeal($id: ID!) {\n    deleteDeal(id: $id)\n  }\n"): (typeof documents)["\n  mutation DealsDeleteDeal($id: ID!) {\n    deleteDeal(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsTimeline($dealId: ID!, $first: Int!, $after: String) {\n    dealTimeline(dealId: $dealId, first: $first, after: $after) {\n      edges {\n        cursor\n        at\n        node {\n          __typename\n          ... on Activity {\n            id\n            kind\n            subject\n            body\n            done\n            dueAt\n            createdBy {\n              id\n              displayName\n            }\n          }\n          ... on DealStageMove {\n            id\n            fromStage {\n              id\n              nameEn\n              nameZh\n              kind\n            }\n            toStage {\n              id\n              nameEn\n              nameZh\n              kind\n            }\n            actor {\n              id\n              displayName\n            }\n          }\n          ... on DealChange {\n            id\n            action\n            actorLabel\n            actor {\n              id\n              displayName\n            }\n            fields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealsTimeline($dealId: ID!, $first: Int!, $after: String) {\n    dealTimeline(dealId: $dealId, first: $first, after: $after) {\n      edges {\n        cursor\n        at\n        node {\n          __typename\n          ... on Activity {\n            id\n            kind\n            subject\n            body\n            done\n            dueAt\n            createdBy {\n              id\n              displayName\n            }\n          }\n          ... on DealStageMove {\n            id\n            fromStage {\n              id\n              nameEn\n              nameZh\n              kind\n            }\n            toStage {\n              id\n              nameEn\n              nameZh\n              kind\n            }\n            actor {\n              id\n              displayName\n            }\n          }\n          ... on DealChange {\n            id\n            action\n            actorLabel\n            actor {\n              id\n              displayName\n            }\n            fields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsCustomerPick($search: String) {\n    customers(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealsCustomerPick($search: String) {\n    customers(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsContacts($customerId: ID!) {\n    contacts(customerId: $customerId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query DealsContacts($customerId: ID!) {\n    contacts(customerId: $customerId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsCustomerName($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query DealsCustomerName($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsCustomerActivities($customerId: ID!) {\n    activities(customerId: $customerId, first: 50) {\n      edges {\n        node {\n          id\n          kind\n          subject\n          body\n          occurredAt\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealsCustomerActivities($customerId: ID!) {\n    activities(customerId: $customerId, first: 50) {\n      edges {\n        node {\n          id\n          kind\n          subject\n          body\n          occurredAt\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealsLinkActivity($activityId: ID!, $dealId: ID) {\n    linkDealActivity(activityId: $activityId, dealId: $dealId)\n  }\n"): (typeof documents)["\n  mutation DealsLinkActivity($activityId: ID!, $dealId: ID) {\n    linkDealActivity(activityId: $activityId, dealId: $dealId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsPipelines($includeArchived: Boolean! = false) {\n    pipelines(includeArchived: $includeArchived) {\n      id\n      name\n      isDefault\n      archived\n      position\n      stages {\n        id\n        pipelineId\n        nameEn\n        nameZh\n        position\n        probability\n        kind\n        archived\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealsPipelines($includeArchived: Boolean! = false) {\n    pipelines(includeArchived: $includeArchived) {\n      id\n      name\n      isDefault\n      archived\n      position\n      stages {\n        id\n        pipelineId\n        nameEn\n        nameZh\n        position\n        probability\n        kind\n        archived\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealsCreatePipeline($input: PipelineInput!) {\n    createPipeline(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation DealsCreatePipeline($input: PipelineInput!) {\n    createPipeline(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealsUpdatePipeline($input: PipelineUpdateInput!) {\n    updatePipeline(input: $input) {\n      id\n      name\n      isDefault\n      archived\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation DealsUpdatePipeline($input: PipelineUpdateInput!) {\n    updatePipeline(input: $input) {\n      id\n      name\n      isDefault\n      archived\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealsSetPipelineStages($input: SetPipelineStagesInput!) {\n    setPipelineStages(input: $input) {\n      id\n      stages {\n        id\n        pipelineId\n        nameEn\n        nameZh\n        position\n        probability\n        kind\n        archived\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DealsSetPipelineStages($input: SetPipelineStagesInput!) {\n    setPipelineStages(input: $input) {\n      id\n      stages {\n        id\n        pipelineId\n        nameEn\n        nameZh\n        position\n        probability\n        kind\n        archived\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsSalesTargets($fromMonth: String!, $toMonth: String!) {\n    salesTargets(fromMonth: $fromMonth, toMonth: $toMonth) {\n      id\n      month\n      user {\n        id\n        displayName\n      }\n      team {\n        id\n        name\n      }\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  query DealsSalesTargets($fromMonth: String!, $toMonth: String!) {\n    salesTargets(fromMonth: $fromMonth, toMonth: $toMonth) {\n      id\n      month\n      user {\n        id\n        displayName\n      }\n      team {\n        id\n        name\n      }\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealsSetSalesTarget($input: SalesTargetInput!) {\n    setSalesTarget(input: $input) {\n      id\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  mutation DealsSetSalesTarget($input: SalesTargetInput!) {\n    setSalesTarget(input: $input) {\n      id\n      amount\n      currency\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsDashboard($scope: DashboardScope!, $filter: ReportFilterInput, $atRiskDays: Int!) {\n    dashboard(scope: $scope, filter: $filter, atRiskDays: $atRiskDays) {\n      scope\n      currency\n      range {\n        from\n        to\n      }\n      openDeals\n      openAmount\n      weightedOpenAmount\n      performance {\n        won\n        lost\n        winRate\n        wonAmount\n        averageDealSize\n        averageCycleDays\n        otherCurrencies {\n          amount\n          currency\n        }\n      }\n      revenueByMonth {\n        month\n        count\n        amount\n      }\n      forecast {\n        month\n        count\n        amount\n        weightedAmount\n      }\n      targets {\n        month\n        user {\n          id\n        }\n        team {\n          id\n        }\n        target\n        currency\n      }\n      funnel {\n        pipeline {\n          id\n        }\n        stages {\n          stage {\n            id\n            nameEn\n            nameZh\n            kind\n          }\n          count\n          amount\n          reached\n          conversionRate\n          averageDaysInStage\n        }\n      }\n      atRiskCustomers\n      atRiskDays\n      activity {\n        user {\n          id\n          displayName\n        }\n        calls\n        meetings\n        notes\n        emails\n        tasksDone\n        tasksOverdue\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsDashboard($scope: DashboardScope!, $filter: ReportFilterInput, $atRiskDays: Int!) {\n    dashboard(scope: $scope, filter: $filter, atRiskDays: $atRiskDays) {\n      scope\n      currency\n      range {\n        from\n        to\n      }\n      openDeals\n      openAmount\n      weightedOpenAmount\n      performance {\n        won\n        lost\n        winRate\n        wonAmount\n        averageDealSize\n        averageCycleDays\n        otherCurrencies {\n          amount\n          currency\n        }\n      }\n      revenueByMonth {\n        month\n        count\n        amount\n      }\n      forecast {\n        month\n        count\n        amount\n        weightedAmount\n      }\n      targets {\n        month\n        user {\n          id\n        }\n        team {\n          id\n        }\n        target\n        currency\n      }\n      funnel {\n        pipeline {\n          id\n        }\n        stages {\n          stage {\n            id\n            nameEn\n            nameZh\n            kind\n          }\n          count\n          amount\n          reached\n          conversionRate\n          averageDaysInStage\n        }\n      }\n      atRiskCustomers\n      atRiskDays\n      activity {\n        user {\n          id\n          displayName\n        }\n        calls\n        meetings\n        notes\n        emails\n        tasksDone\n        tasksOverdue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsBreakdown($filter: ReportFilterInput) {\n    byOwner: revenue(groupBy: OWNER, filter: $filter) {\n      rows {\n        owner {\n          id\n          displayName\n        }\n        count\n        amount\n      }\n    }\n    byTeam: revenue(groupBy: TEAM, filter: $filter) {\n      rows {\n        team {\n          id\n          name\n        }\n        count\n        amount\n      }\n    }\n    customerGrowth(filter: $filter) {\n      month\n      source\n      count\n    }\n    targetAttainment(filter: $filter) {\n      month\n      user {\n        id\n      }\n      team {\n        id\n      }\n      target\n      currency\n    }\n  }\n"): (typeof documents)["\n  query ReportsBreakdown($filter: ReportFilterInput) {\n    byOwner: revenue(groupBy: OWNER, filter: $filter) {\n      rows {\n        owner {\n          id\n          displayName\n        }\n        count\n        amount\n      }\n    }\n    byTeam: revenue(groupBy: TEAM, filter: $filter) {\n      rows {\n        team {\n          id\n          name\n        }\n        count\n        amount\n      }\n    }\n    customerGrowth(filter: $filter) {\n      month\n      source\n      count\n    }\n    targetAttainment(filter: $filter) {\n      month\n      user {\n        id\n      }\n      team {\n        id\n      }\n      target\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsAtRisk($days: Int!, $first: Int!, $after: String, $filter: ReportFilterInput) {\n    atRiskCustomers(days: $days, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          owner {\n            id\n            displayName\n          }\n          createdAt\n          lastActivityAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ReportsAtRisk($days: Int!, $first: Int!, $after: String, $filter: ReportFilterInput) {\n    atRiskCustomers(days: $days, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          owner {\n            id\n            displayName\n          }\n          createdAt\n          lastActivityAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsTeams {\n    assignableTeams {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ReportsTeams {\n    assignableTeams {\n      id\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;