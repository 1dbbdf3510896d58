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
    "\n  mutation ChangeLanguage($language: Locale!) {\n    changeLanguage(language: $language) {\n      id\n      language\n    }\n  }\n": typeof types.ChangeLanguageDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      language\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query AccessLog($first: Int!, $after: String, $householdId: ID, $userId: ID) {\n    accessLog(first: $first, after: $after, householdId: $householdId, userId: $userId) {\n      edges {\n        cursor\n        node {\n          id\n          at\n          what\n          user {\n            id\n            name\n            email\n          }\n          household {\n            id\n            reference\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AccessLogDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  fragment InvitationList_invitations on Invitation {\n    id\n    email\n    name\n    role\n    expiresAt\n    acceptedAt\n    organisation {\n      id\n      name\n    }\n    partnership {\n      id\n      name\n    }\n  }\n": typeof types.InvitationList_InvitationsFragmentDoc,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      role\n      organisationName\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      id\n      name\n      role\n      language\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      ...InvitationList_invitations\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  query InvitePartnerships {\n    partnerships(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          members {\n            lead\n            organisation {\n              id\n              name\n              kind\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.InvitePartnershipsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      ...InvitationList_invitations\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  query PasswordResetValid($token: String!) {\n    passwordResetValid(token: $token)\n  }\n": typeof types.PasswordResetValidDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      id\n      name\n      role\n      language\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      name\n      role\n      language\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query SignInPage {\n    me {\n      id\n    }\n    signInOptions {\n      staffAccount\n      staffAccountStartPath\n    }\n  }\n": typeof types.SignInPageDocument,
    "\n  query UsersPage($role: Role) {\n    users(role: $role) {\n      id\n      name\n      email\n      role\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UsersPageDocument,
    "\n  mutation RemoveUser($id: ID!) {\n    removeUser(id: $id)\n  }\n": typeof types.RemoveUserDocument,
    "\n  query BoardPartnerships {\n    partnerships(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.BoardPartnershipsDocument,
    "\n  subscription BoardUpdated {\n    boardUpdated {\n      id\n      ...BoardRow_household\n    }\n  }\n": typeof types.BoardUpdatedDocument,
    "\n  fragment BoardRow_household on Household {\n    id\n    reference\n    status\n    partnership {\n      id\n      name\n    }\n    head {\n      id\n      firstName\n      lastName\n    }\n    progress {\n      done\n      total\n    }\n    nextStep {\n      id\n      dueDate\n      overdue\n      label {\n        nl\n        fr\n        en\n      }\n      member {\n        id\n        firstName\n      }\n    }\n    flags\n    lastActivityAt\n  }\n": typeof types.BoardRow_HouseholdFragmentDoc,
    "\n  query Board($partnershipId: ID, $flag: HouseholdFlag, $sort: BoardSort) {\n    board(partnershipId: $partnershipId, flag: $flag, sort: $sort) {\n      id\n      ...BoardRow_household\n    }\n  }\n": typeof types.BoardDocument,
    "\n  mutation SetPartnershipBudget($partnershipId: ID!, $year: Int!, $amountCents: Int!) {\n    setPartnershipBudget(partnershipId: $partnershipId, year: $year, amountCents: $amountCents) {\n      partnershipId\n      budgetCents\n    }\n  }\n": typeof types.SetPartnershipBudgetDocument,
    "\n  mutation RecordSpending($input: RecordSpendingInput!) {\n    recordSpending(input: $input) {\n      partnershipId\n      spentCents\n    }\n  }\n": typeof types.RecordSpendingDocument,
    "\n  query PartnershipBudget($partnershipId: ID!, $year: Int!) {\n    partnershipBudget(partnershipId: $partnershipId, year: $year) {\n      partnershipId\n      fundingRule\n      year\n      budgetCents\n      spentCents\n      viewerCan {\n        setBudget\n        recordSpending\n      }\n      spending {\n        id\n        periodStart\n        periodEnd\n        amountCents\n        note\n      }\n      history {\n        id\n        at\n        action\n        subject\n        beforeCents\n        afterCents\n        byName\n      }\n    }\n  }\n": typeof types.PartnershipBudgetDocument,
    "\n  mutation RemoveSpending($id: ID!) {\n    removeSpending(id: $id) {\n      partnershipId\n      spentCents\n    }\n  }\n": typeof types.RemoveSpendingDocument,
    "\n  query ProgrammeBudgetTotals($programme: ProgrammeCode!, $year: Int!) {\n    programmeBudgetTotals(programme: $programme, year: $year) {\n      year\n      budgetCents\n      spentCents\n      partnerships {\n        budgetCents\n        spentCents\n        partnership {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProgrammeBudgetTotalsDocument,
    "\n  query ProgrammeDashboard($programme: ProgrammeCode!, $year: Int!) {\n    programmeDashboard(programme: $programme, year: $year) {\n      year\n      quota\n      personsArrived\n      personsPlanned\n      fundingCommittedCents\n      programme {\n        id\n        code\n        caseKind\n        fundingRule\n      }\n      months {\n        month\n        arrived\n        planned\n      }\n      partnerships {\n        capacityPledged\n        persons\n        partnership {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProgrammeDashboardDocument,
    "\n  query ProgrammeIndicatorTotals($programme: ProgrammeCode!, $year: Int!) {\n    programmeIndicatorTotals(programme: $programme, year: $year) {\n      year\n      acceptedReports\n      programme {\n        id\n        code\n      }\n      indicators {\n        indicator {\n          key\n          type\n          label {\n            nl\n            fr\n            en\n          }\n          choices {\n            key\n            label {\n              nl\n              fr\n              en\n            }\n          }\n        }\n        yearTotal\n        months {\n          month\n          reports\n          total\n          choices {\n            key\n            count\n          }\n        }\n        partnerships {\n          partnershipId\n          name\n          total\n        }\n      }\n    }\n  }\n": typeof types.ProgrammeIndicatorTotalsDocument,
    "\n  query ReturnFileBoard($partnershipId: ID, $overdueOnly: Boolean) {\n    returnFileBoard(partnershipId: $partnershipId, overdueOnly: $overdueOnly) {\n      id\n      ...ReturnFile_file\n      partnership {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReturnFileBoardDocument,
    "\n  mutation SetDeskRotaEntry($input: DeskRotaEntryInput!) {\n    setDeskRotaEntry(input: $input) {\n      id\n      desk\n      weekdays\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SetDeskRotaEntryDocument,
    "\n  query DeskRota($partnershipId: ID!) {\n    deskRota(partnershipId: $partnershipId) {\n      id\n      desk\n      weekdays\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DeskRotaDocument,
    "\n  mutation RemoveDeskRotaEntry($id: ID!) {\n    removeDeskRotaEntry(id: $id)\n  }\n": typeof types.RemoveDeskRotaEntryDocument,
    "\n  mutation OpenReturnFile($input: OpenReturnFileInput!) {\n    openReturnFile(input: $input) {\n      id\n      ...ReturnFile_file\n    }\n  }\n": typeof types.OpenReturnFileDocument,
    "\n  mutation AdvanceReturnFile($id: ID!, $stage: ReturnStage!, $on: String!) {\n    advanceReturnFile(id: $id, stage: $stage, on: $on) {\n      id\n      ...ReturnFile_file\n    }\n  }\n": typeof types.AdvanceReturnFileDocument,
    "\n  mutation AssignReturnFile($id: ID!, $followedByOrganisationId: ID) {\n    assignReturnFile(id: $id, followedByOrganisationId: $followedByOrganisationId) {\n      id\n      ...ReturnFile_file\n    }\n  }\n": typeof types.AssignReturnFileDocument,
    "\n  query ReturnFiles($partnershipId: ID!) {\n    returnFiles(partnershipId: $partnershipId) {\n      id\n      ...ReturnFile_file\n    }\n  }\n": typeof types.ReturnFilesDocument,
    "\n  query DeskOverview($partnershipId: ID!) {\n    deskOverview(partnershipId: $partnershipId) {\n      caseKind\n      members {\n        id\n        name\n      }\n      viewerCan {\n        editRota\n        editReturnFiles\n        viewMedical\n      }\n    }\n  }\n": typeof types.DeskOverviewDocument,
    "\n  fragment ReturnFile_file on ReturnFile {\n    id\n    reference\n    country\n    stage\n    overdue\n    hasMedicalNote\n    medicalNote\n    stages {\n      stage\n      on\n    }\n    followedBy {\n      id\n      name\n    }\n  }\n": typeof types.ReturnFile_FileFragmentDoc,
    "\n  fragment DocumentList_documents on Document {\n    id\n    ...DocumentRow_document\n  }\n": typeof types.DocumentList_DocumentsFragmentDoc,
    "\n  fragment DocumentRow_document on Document {\n    id\n    name\n    category\n    createdAt\n    downloadUrl\n    household {\n      id\n    }\n    createdBy {\n      id\n      name\n    }\n    viewerCan {\n      manage\n      upload\n    }\n    versions {\n      id\n      number\n      size\n      contentType\n      originalName\n      uploadedAt\n      downloadUrl\n      previewUrl\n      uploadedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DocumentRow_DocumentFragmentDoc,
    "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n": typeof types.DeleteDocumentDocument,
    "\n  query DocumentsPanel($partnershipId: ID, $householdId: ID) {\n    documents(partnershipId: $partnershipId, householdId: $householdId) {\n      id\n      ...DocumentList_documents\n    }\n  }\n": typeof types.DocumentsPanelDocument,
    "\n  subscription DocumentAdded($partnershipId: ID!, $householdId: ID) {\n    documentAdded(partnershipId: $partnershipId, householdId: $householdId) {\n      id\n    }\n  }\n": typeof types.DocumentAddedDocument,
    "\n  mutation RenameDocument($id: ID!, $name: String!) {\n    renameDocument(id: $id, name: $name) {\n      id\n      ...DocumentRow_document\n    }\n  }\n": typeof types.RenameDocumentDocument,
    "\n  mutation RecategoriseDocument($id: ID!, $category: DocumentCategory!) {\n    recategoriseDocument(id: $id, category: $category) {\n      id\n      ...DocumentRow_document\n    }\n  }\n": typeof types.RecategoriseDocumentDocument,
    "\n  fragment FeedbackAnswers_answers on FeedbackAnswer {\n    objective\n    status\n    text\n  }\n": typeof types.FeedbackAnswers_AnswersFragmentDoc,
    "\n  fragment FeedbackHistory_round on FeedbackRound {\n    id\n    history {\n      id\n      kind\n      at\n      note\n      generalNote\n      by {\n        id\n        name\n      }\n      answers {\n        ...FeedbackAnswers_answers\n      }\n    }\n  }\n": typeof types.FeedbackHistory_RoundFragmentDoc,
    "\n  query MyFeedbackRounds {\n    myFeedbackRounds {\n      id\n      periodStart\n      periodEnd\n      dueDate\n      status\n      overdue\n      partnership {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyFeedbackRoundsDocument,
    "\n  mutation AcceptFeedbackRound($id: ID!, $note: String) {\n    acceptFeedbackRound(id: $id, note: $note) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n": typeof types.AcceptFeedbackRoundDocument,
    "\n  mutation SendBackFeedbackRound($id: ID!, $note: String!) {\n    sendBackFeedbackRound(id: $id, note: $note) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n": typeof types.SendBackFeedbackRoundDocument,
    "\n  fragment FeedbackRhythm_settings on FeedbackSettings {\n    partnershipId\n    rhythm\n    startDate\n    viewerCanSet\n  }\n": typeof types.FeedbackRhythm_SettingsFragmentDoc,
    "\n  mutation SetFeedbackSchedule($input: SetFeedbackScheduleInput!) {\n    setFeedbackSchedule(input: $input) {\n      partnershipId\n      ...FeedbackRhythm_settings\n    }\n  }\n": typeof types.SetFeedbackScheduleDocument,
    "\n  fragment FeedbackRoundForm_round on FeedbackRound {\n    id\n    status\n    generalNote\n    answers {\n      objective\n      status\n      text\n    }\n    indicatorValues {\n      key\n      number\n      choice\n      text\n    }\n    partnership {\n      id\n      programme {\n        id\n        objectives\n        indicators {\n          ...ProgrammeIndicatorFields\n        }\n      }\n    }\n  }\n": typeof types.FeedbackRoundForm_RoundFragmentDoc,
    "\n  mutation SaveFeedbackDraft($input: FeedbackAnswersInput!) {\n    saveFeedbackDraft(input: $input) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n": typeof types.SaveFeedbackDraftDocument,
    "\n  mutation SubmitFeedbackRound($input: FeedbackAnswersInput!) {\n    submitFeedbackRound(input: $input) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n": typeof types.SubmitFeedbackRoundDocument,
    "\n  fragment FeedbackRoundItem_round on FeedbackRound {\n    id\n    periodStart\n    periodEnd\n    dueDate\n    status\n    overdue\n    late\n    generalNote\n    submittedAt\n    reviewedAt\n    reviewNote\n    updatedAt\n    submittedBy {\n      id\n      name\n    }\n    reviewedBy {\n      id\n      name\n    }\n    answers {\n      ...FeedbackAnswers_answers\n    }\n    indicatorValues {\n      key\n      number\n      choice\n      text\n    }\n    partnership {\n      id\n      programme {\n        id\n        objectives\n        indicators {\n          ...ProgrammeIndicatorFields\n        }\n      }\n    }\n    viewerCan {\n      submit\n      review\n    }\n    ...FeedbackRoundForm_round\n    ...FeedbackHistory_round\n  }\n": typeof types.FeedbackRoundItem_RoundFragmentDoc,
    "\n  query FeedbackSection($partnershipId: ID!) {\n    feedbackSettings(partnershipId: $partnershipId) {\n      partnershipId\n      ...FeedbackRhythm_settings\n    }\n    feedbackRounds(partnershipId: $partnershipId) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n": typeof types.FeedbackSectionDocument,
    "\n  subscription FeedbackRoundChanged($partnershipId: ID!) {\n    feedbackRoundChanged(partnershipId: $partnershipId) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n": typeof types.FeedbackRoundChangedDocument,
    "\n  fragment FundingHistory_household on Household {\n    fundingHistory {\n      id\n      at\n      action\n      reason\n      beforeCents\n      afterCents\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.FundingHistory_HouseholdFragmentDoc,
    "\n  fragment FundingStatementTable_statement on FundingStatement {\n    rows {\n      household {\n        id\n      }\n      reference\n      headName\n      persons\n      baseCents\n      secondYearCents\n      directArrivalHeadCents\n      directArrivalMembersCents\n      totalCents\n    }\n    totals {\n      persons\n      baseCents\n      secondYearCents\n      directArrivalHeadCents\n      directArrivalMembersCents\n      totalCents\n    }\n  }\n": typeof types.FundingStatementTable_StatementFragmentDoc,
    "\n  query FundingStatement($partnershipId: ID!) {\n    fundingStatement(partnershipId: $partnershipId) {\n      csvUrl\n      partnership {\n        id\n        name\n      }\n      ...FundingStatementTable_statement\n    }\n  }\n": typeof types.FundingStatementDocument,
    "\n  fragment FundingTable_funding on Funding {\n    lines {\n      kind\n      quantity\n      unitCents\n      amountCents\n      from\n    }\n    totalCents\n    tariffYear\n  }\n": typeof types.FundingTable_FundingFragmentDoc,
    "\n  query AdminQuota($programme: ProgrammeCode!, $year: Int!) {\n    quotaProgress(programme: $programme, year: $year) {\n      ...QuotaProgressCard_progress\n    }\n  }\n": typeof types.AdminQuotaDocument,
    "\n  query CoordinatorHome {\n    partnerships(first: 50) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          households {\n            id\n            ...HouseholdsTable_households\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.CoordinatorHomeDocument,
    "\n  query VolunteerHome {\n    myHouseholds {\n      id\n      ...HouseholdsTable_households\n    }\n  }\n": typeof types.VolunteerHomeDocument,
    "\n  fragment EditHouseholdForm_household on Household {\n    id\n    arrivalRoute\n    arrivalDate\n    plannedArrivalDate\n    members {\n      id\n      firstName\n      lastName\n      birthYear\n      relationship\n      joined\n      joinedOn\n      leftOn\n    }\n    specificNeeds {\n      needs\n      note\n    }\n  }\n": typeof types.EditHouseholdForm_HouseholdFragmentDoc,
    "\n  mutation UpdateHousehold($id: ID!, $input: UpdateHouseholdInput!) {\n    updateHousehold(id: $id, input: $input) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n": typeof types.UpdateHouseholdDocument,
    "\n  mutation EndGuidanceEarly($input: EndGuidanceInput!) {\n    endGuidanceEarly(input: $input) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n": typeof types.EndGuidanceEarlyDocument,
    "\n  mutation TransferHousehold($input: TransferHouseholdInput!) {\n    transferHousehold(input: $input) {\n      id\n      partnership {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TransferHouseholdDocument,
    "\n  query ReceivingPartnerships($programme: ProgrammeCode!) {\n    partnerships(first: 100, filter: { programme: $programme, status: ACTIVE }) {\n      edges {\n        node {\n          id\n          name\n          viewerCan {\n            registerHousehold\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReceivingPartnershipsDocument,
    "\n  mutation RecordArrival($id: ID!, $arrivalDate: String!, $guidanceStart: String) {\n    recordArrival(id: $id, arrivalDate: $arrivalDate, guidanceStart: $guidanceStart) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n": typeof types.RecordArrivalDocument,
    "\n  mutation ExtendGuidance($id: ID!, $reason: String) {\n    extendGuidance(id: $id, reason: $reason) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n": typeof types.ExtendGuidanceDocument,
    "\n  mutation WithdrawExtension($id: ID!, $reason: String) {\n    withdrawExtension(id: $id, reason: $reason) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n": typeof types.WithdrawExtensionDocument,
    "\n  fragment HouseholdMembersList_household on Household {\n    id\n    members {\n      id\n      firstName\n      lastName\n      birthYear\n      relationship\n      isHead\n      joined\n      joinedOn\n      leftOn\n    }\n  }\n": typeof types.HouseholdMembersList_HouseholdFragmentDoc,
    "\n  fragment HouseholdPage_household on Household {\n    id\n    reference\n    arrivalDate\n    guidanceStart\n    guidanceExtended\n    endedOn\n    partnership {\n      id\n      name\n      personsCount\n      fundingTotalCents\n      programme {\n        id\n        code\n      }\n    }\n    viewerCan {\n      view\n      update\n      recordArrival\n      extendGuidance\n      withdrawExtension\n      endGuidance\n      transfer\n      viewSpecificNeeds\n      updateSpecificNeeds\n      viewFunding\n      uploadDocument\n      uploadSensitiveDocument\n    }\n    funding {\n      ...FundingTable_funding\n    }\n    flags\n    ...HouseholdProgress_household\n    ...GuidancePlan_household\n    ...HousingPanel_household\n    ...HouseholdTimeline_household\n    ...HouseholdSummary_household\n    ...HouseholdMembersList_household\n    ...SpecificNeedsPanel_household\n    ...EditHouseholdForm_household\n    ...FundingHistory_household\n    ...HouseholdsTable_households\n    ...HouseholdPrivacyPanel_household\n  }\n": typeof types.HouseholdPage_HouseholdFragmentDoc,
    "\n  query HouseholdPage($id: ID!) {\n    household(id: $id) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n": typeof types.HouseholdPageDocument,
    "\n  fragment HouseholdSummary_household on Household {\n    id\n    status\n    arrivalRoute\n    plannedArrivalDate\n    arrivalDate\n    guidanceStart\n    guidanceEnd\n    guidanceExtended\n    endedOn\n    endReason\n    endNote\n  }\n": typeof types.HouseholdSummary_HouseholdFragmentDoc,
    "\n  fragment HouseholdsTable_households on Household {\n    id\n    reference\n    status\n    plannedArrivalDate\n    arrivalDate\n    head {\n      id\n      firstName\n      lastName\n    }\n    members {\n      id\n    }\n    partnership {\n      id\n      name\n    }\n    funding {\n      totalCents\n    }\n  }\n": typeof types.HouseholdsTable_HouseholdsFragmentDoc,
    "\n  mutation RegisterHousehold($input: RegisterHouseholdInput!) {\n    registerHousehold(input: $input) {\n      id\n      reference\n      partnership {\n        id\n        ...PartnershipPage_partnership\n      }\n    }\n  }\n": typeof types.RegisterHouseholdDocument,
    "\n  fragment SpecificNeedsPanel_household on Household {\n    id\n    hasSpecificNeeds\n    specificNeeds {\n      needs\n      note\n    }\n  }\n": typeof types.SpecificNeedsPanel_HouseholdFragmentDoc,
    "\n  query HouseholdImportPage($id: ID!) {\n    partnership(id: $id) {\n      id\n      name\n      viewerCan {\n        registerHousehold\n      }\n    }\n  }\n": typeof types.HouseholdImportPageDocument,
    "\n  fragment ActionItemRow_item on ActionItem {\n    id\n    title\n    dueDate\n    status\n    overdue\n    doneAt\n    viewerCanComplete\n    viewerCanEdit\n    assignee {\n      id\n      name\n    }\n    meeting {\n      id\n      title\n    }\n  }\n": typeof types.ActionItemRow_ItemFragmentDoc,
    "\n  mutation UpdateActionItemStatus($id: ID!, $status: ActionItemStatus!) {\n    updateActionItem(id: $id, input: { status: $status }) {\n      id\n      ...ActionItemRow_item\n    }\n  }\n": typeof types.UpdateActionItemStatusDocument,
    "\n  mutation RemoveActionItem($id: ID!) {\n    removeActionItem(id: $id)\n  }\n": typeof types.RemoveActionItemDocument,
    "\n  fragment ActionItemsPanel_meeting on Meeting {\n    id\n    viewerCan {\n      manage\n    }\n    invitees {\n      id\n      user {\n        id\n        name\n      }\n    }\n    actionItems {\n      id\n      ...ActionItemRow_item\n    }\n  }\n": typeof types.ActionItemsPanel_MeetingFragmentDoc,
    "\n  mutation AddActionItem($meetingId: ID!, $input: ActionItemInput!) {\n    addActionItem(meetingId: $meetingId, input: $input) {\n      id\n      ...ActionItemRow_item\n    }\n  }\n": typeof types.AddActionItemDocument,
    "\n  fragment AgendaPanel_meeting on Meeting {\n    id\n    status\n    viewerCan {\n      manage\n      addAgendaItem\n    }\n    agenda {\n      id\n      position\n      title\n      description\n      sourceType\n      sourceUrl\n      viewerCanEdit\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AgendaPanel_MeetingFragmentDoc,
    "\n  fragment AgendaPanel_addedItem on AgendaItem {\n    id\n    position\n    title\n    description\n    notes\n    sourceType\n    sourceUrl\n    viewerCanEdit\n    author {\n      id\n      name\n    }\n  }\n": typeof types.AgendaPanel_AddedItemFragmentDoc,
    "\n  mutation AddAgendaItem($meetingId: ID!, $input: AgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, input: $input) {\n      id\n      ...AgendaPanel_addedItem\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation AddProposedAgendaItem($meetingId: ID!, $key: ID!) {\n    addProposedAgendaItem(meetingId: $meetingId, key: $key) {\n      id\n      ...AgendaPanel_addedItem\n    }\n  }\n": typeof types.AddProposedAgendaItemDocument,
    "\n  mutation ReorderAgendaItems($meetingId: ID!, $itemIds: [ID!]!) {\n    reorderAgendaItems(meetingId: $meetingId, itemIds: $itemIds) {\n      id\n      position\n    }\n  }\n": typeof types.ReorderAgendaItemsDocument,
    "\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id)\n  }\n": typeof types.RemoveAgendaItemDocument,
    "\n  query ProposedAgendaItems($meetingId: ID!) {\n    proposedAgendaItems(meetingId: $meetingId) {\n      key\n      label\n      sourceType\n      sourceUrl\n      date\n      partnership {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProposedAgendaItemsDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n": typeof types.CalendarFeedDocument,
    "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed {\n      url\n      createdAt\n    }\n  }\n": typeof types.RotateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  fragment EvaluationForm_meeting on Meeting {\n    id\n    kind\n    evaluationSignedOffAt\n    evaluationObjectives\n    evaluationSignedOffBy {\n      id\n      name\n    }\n    viewerCan {\n      evaluate\n      signOffEvaluation\n    }\n    evaluation {\n      id\n      objective\n      rating\n      notes\n    }\n  }\n": typeof types.EvaluationForm_MeetingFragmentDoc,
    "\n  mutation SaveEvaluation($meetingId: ID!, $scores: [EvaluationScoreInput!]!) {\n    saveEvaluation(meetingId: $meetingId, scores: $scores) {\n      id\n      ...EvaluationForm_meeting\n    }\n  }\n": typeof types.SaveEvaluationDocument,
    "\n  mutation SignOffEvaluation($meetingId: ID!) {\n    signOffEvaluation(meetingId: $meetingId) {\n      id\n      ...EvaluationForm_meeting\n    }\n  }\n": typeof types.SignOffEvaluationDocument,
    "\n  query MeetingInviteeOptions($partnershipIds: [ID!]!) {\n    meetingInviteeOptions(partnershipIds: $partnershipIds) {\n      id\n      name\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeetingInviteeOptionsDocument,
    "\n  fragment ManageMeeting_meeting on Meeting {\n    id\n    kind\n    status\n    title\n    description\n    startsAtLocal\n    endsAtLocal\n    place\n    onlineUrl\n    partnerships {\n      id\n      contactPerson {\n        id\n      }\n    }\n    createdBy {\n      id\n    }\n    invitees {\n      id\n      user {\n        id\n      }\n    }\n    viewerCan {\n      manage\n    }\n  }\n": typeof types.ManageMeeting_MeetingFragmentDoc,
    "\n  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  mutation CancelMeeting($id: ID!, $reason: String) {\n    cancelMeeting(id: $id, reason: $reason) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  fragment MeetingDetails_meeting on Meeting {\n    id\n    kind\n    status\n    title\n    description\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    cancelReason\n    partnershipNames\n    createdBy {\n      id\n      name\n    }\n  }\n": typeof types.MeetingDetails_MeetingFragmentDoc,
    "\n  fragment MeetingDocuments_meeting on Meeting {\n    id\n    status\n    documents {\n      id\n      ...DocumentList_documents\n    }\n  }\n": typeof types.MeetingDocuments_MeetingFragmentDoc,
    "\n  fragment MeetingList_meetings on Meeting {\n    id\n    kind\n    status\n    title\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    partnershipNames\n    rsvpCounts {\n      yes\n      no\n      maybe\n      pending\n    }\n    viewerInvitation {\n      id\n      response\n    }\n  }\n": typeof types.MeetingList_MeetingsFragmentDoc,
    "\n  fragment MeetingPage_meeting on Meeting {\n    id\n    kind\n    title\n    status\n    sequence\n    inviteUrl\n    invitees {\n      id\n      response\n      user {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    ...MeetingDetails_meeting\n    ...ManageMeeting_meeting\n    ...RsvpPanel_meeting\n    ...AgendaPanel_meeting\n    ...MinutesPanel_meeting\n    ...ActionItemsPanel_meeting\n    ...EvaluationForm_meeting\n    ...MeetingDocuments_meeting\n  }\n": typeof types.MeetingPage_MeetingFragmentDoc,
    "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": typeof types.MeetingPageDocument,
    "\n  subscription MeetingChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": typeof types.MeetingChangedDocument,
    "\n  query Meetings {\n    meetings(includePast: true) {\n      id\n      ...MeetingList_meetings\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  fragment MinutesPanel_meeting on Meeting {\n    id\n    viewerCan {\n      manage\n    }\n    invitees {\n      id\n      attendance\n      response\n      user {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    agenda {\n      id\n      position\n      title\n      notes\n    }\n    decisions {\n      id\n      text\n      agendaItemId\n      createdAt\n    }\n  }\n": typeof types.MinutesPanel_MeetingFragmentDoc,
    "\n  mutation RecordAttendance($meetingId: ID!, $entries: [AttendanceInput!]!) {\n    recordAttendance(meetingId: $meetingId, entries: $entries) {\n      id\n      invitees {\n        id\n        attendance\n      }\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation SaveAgendaNotes($id: ID!, $notes: String!) {\n    updateAgendaItem(id: $id, input: { notes: $notes }) {\n      id\n      notes\n    }\n  }\n": typeof types.SaveAgendaNotesDocument,
    "\n  mutation RemoveDecision($id: ID!) {\n    removeDecision(id: $id)\n  }\n": typeof types.RemoveDecisionDocument,
    "\n  mutation AddDecision($meetingId: ID!, $input: DecisionInput!) {\n    addDecision(meetingId: $meetingId, input: $input) {\n      id\n      text\n      agendaItemId\n      createdAt\n    }\n  }\n": typeof types.AddDecisionDocument,
    "\n  query MyActionItems {\n    myActionItems {\n      id\n      ...ActionItemRow_item\n    }\n  }\n": typeof types.MyActionItemsDocument,
    "\n  query PartnershipMeetings($partnershipId: ID!) {\n    meetings(partnershipId: $partnershipId, includePast: true) {\n      id\n      ...MeetingList_meetings\n    }\n    evaluationHistory(partnershipId: $partnershipId) {\n      date\n      signedOff\n      average\n      meeting {\n        id\n        title\n      }\n      ratings {\n        objective\n        rating\n      }\n    }\n  }\n": typeof types.PartnershipMeetingsDocument,
    "\n  fragment RsvpPanel_meeting on Meeting {\n    id\n    status\n    rsvpCounts {\n      yes\n      no\n      maybe\n      pending\n    }\n    viewerInvitation {\n      id\n      response\n    }\n    viewerCan {\n      respond\n    }\n  }\n": typeof types.RsvpPanel_MeetingFragmentDoc,
    "\n  mutation RespondToMeeting($meetingId: ID!, $response: RsvpResponse!) {\n    respondToMeeting(meetingId: $meetingId, response: $response) {\n      id\n      response\n      respondedAt\n    }\n  }\n": typeof types.RespondToMeetingDocument,
    "\n  query ScheduleOptions {\n    partnerships(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          contactPerson {\n            id\n          }\n          deputy {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ScheduleOptionsDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  subscription MeetingsChanged($partnershipId: ID) {\n    meetingsChanged(partnershipId: $partnershipId) {\n      meetingId\n      meeting {\n        id\n        ...MeetingList_meetings\n        actionItems {\n          id\n          status\n          assignee {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeetingsChangedDocument,
    "\n  fragment ThreadList_thread on Thread {\n    id\n    kind\n    subject\n    unreadCount\n    muted\n    lastActivityAt\n    partnership {\n      id\n      name\n    }\n    household {\n      id\n      reference\n    }\n    lastMessage {\n      id\n      body\n      deleted\n      internal\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ThreadList_ThreadFragmentDoc,
    "\n  query Inbox($first: Int!, $after: String) {\n    threads(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...ThreadList_thread\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.InboxDocument,
    "\n  query StartThreadPartnerships {\n    partnerships(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.StartThreadPartnershipsDocument,
    "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n      ...ThreadList_thread\n    }\n  }\n": typeof types.StartThreadDocument,
    "\n  fragment MessageItem_message on Message {\n    id\n    seq\n    body\n    internal\n    edited\n    deleted\n    removedUnder\n    createdAt\n    editedAt\n    author {\n      id\n      name\n    }\n    replyTo {\n      id\n      body\n      deleted\n      author {\n        id\n        name\n      }\n    }\n    mentions {\n      id\n      name\n    }\n    viewerCan {\n      edit\n      delete\n    }\n    attachments {\n      id\n      name\n      downloadUrl\n      latestVersion {\n        id\n        size\n        contentType\n        previewUrl\n      }\n    }\n  }\n": typeof types.MessageItem_MessageFragmentDoc,
    "\n  query PartnershipThreads($partnershipId: ID!) {\n    threads(partnershipId: $partnershipId, first: 20) {\n      edges {\n        cursor\n        node {\n          id\n          ...ThreadList_thread\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.PartnershipThreadsDocument,
    "\n  mutation OpenPartnershipThread($partnershipId: ID!) {\n    openPartnershipThread(partnershipId: $partnershipId) {\n      id\n    }\n  }\n": typeof types.OpenPartnershipThreadDocument,
    "\n  mutation OpenHouseholdThread($householdId: ID!) {\n    openHouseholdThread(householdId: $householdId) {\n      id\n    }\n  }\n": typeof types.OpenHouseholdThreadDocument,
    "\n  query Outbox($status: OutboxStatus) {\n    outbox(status: $status) {\n      id\n      to\n      subject\n      body\n      createdAt\n      kind\n      status\n      attempts\n      lastError\n      nextAttemptAt\n      sentAt\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      id\n      status\n      attempts\n      lastError\n      nextAttemptAt\n      sentAt\n    }\n  }\n": typeof types.RetryOutboxMessageDocument,
    "\n  fragment ThreadView_message on Message {\n    id\n    seq\n    changeSeq\n    clientId\n    body\n    deleted\n    internal\n    createdAt\n    author {\n      id\n      name\n    }\n    seenBy {\n      id\n      name\n    }\n    ...MessageItem_message\n  }\n": typeof types.ThreadView_MessageFragmentDoc,
    "\n  query ThreadPage($id: ID!) {\n    thread(id: $id) {\n      id\n      kind\n      subject\n      muted\n      viewerLastReadSeq\n      unreadCount\n      partnership {\n        id\n        name\n      }\n      household {\n        id\n        reference\n      }\n      viewerCan {\n        post\n        postInternal\n      }\n    }\n    messagingSettings {\n      sendReadReceipts\n    }\n  }\n": typeof types.ThreadPageDocument,
    "\n  query ThreadMessages($threadId: ID!, $afterSeq: Int, $beforeSeq: Int, $limit: Int) {\n    messages(threadId: $threadId, afterSeq: $afterSeq, beforeSeq: $beforeSeq, limit: $limit) {\n      hasMore\n      messages {\n        id\n        ...ThreadView_message\n      }\n    }\n  }\n": typeof types.ThreadMessagesDocument,
    "\n  query ThreadChanges($threadId: ID!, $afterChangeSeq: Int!) {\n    threadChanges(threadId: $threadId, afterChangeSeq: $afterChangeSeq, limit: 200) {\n      hasMore\n      messages {\n        id\n        ...ThreadView_message\n      }\n    }\n  }\n": typeof types.ThreadChangesDocument,
    "\n  query ThreadPresence($threadId: ID!) {\n    threadPresence(threadId: $threadId) {\n      online\n      lastSeenAt\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.ThreadPresenceDocument,
    "\n  subscription ThreadMessageEvents($threadId: ID!) {\n    messageEvents(threadId: $threadId) {\n      kind\n      threadId\n      message {\n        id\n        ...ThreadView_message\n      }\n    }\n  }\n": typeof types.ThreadMessageEventsDocument,
    "\n  subscription ThreadTyping($threadId: ID!) {\n    typingEvents(threadId: $threadId) {\n      threadId\n      typing\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ThreadTypingDocument,
    "\n  subscription ThreadReadState($threadId: ID!) {\n    readStateEvents(threadId: $threadId) {\n      threadId\n      lastReadSeq\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ThreadReadStateDocument,
    "\n  subscription ThreadPresenceEvents($threadId: ID!) {\n    presenceEvents(threadId: $threadId) {\n      online\n      lastSeenAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ThreadPresenceEventsDocument,
    "\n  mutation EditMessage($input: EditMessageInput!) {\n    editMessage(input: $input) {\n      id\n      ...ThreadView_message\n    }\n  }\n": typeof types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      id\n      ...ThreadView_message\n    }\n  }\n": typeof types.DeleteMessageDocument,
    "\n  mutation MarkThreadRead($threadId: ID!, $seq: Int!) {\n    markThreadRead(threadId: $threadId, seq: $seq) {\n      id\n      unreadCount\n      viewerLastReadSeq\n    }\n  }\n": typeof types.MarkThreadReadDocument,
    "\n  mutation SetTyping($threadId: ID!, $typing: Boolean!, $internal: Boolean) {\n    setTyping(threadId: $threadId, typing: $typing, internal: $internal)\n  }\n": typeof types.SetTypingDocument,
    "\n  mutation MuteThread($threadId: ID!, $muted: Boolean!) {\n    muteThread(threadId: $threadId, muted: $muted) {\n      id\n      muted\n    }\n  }\n": typeof types.MuteThreadDocument,
    "\n  mutation UpdateMessagingSettings($sendReadReceipts: Boolean!) {\n    updateMessagingSettings(sendReadReceipts: $sendReadReceipts) {\n      sendReadReceipts\n    }\n  }\n": typeof types.UpdateMessagingSettingsDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      ...ThreadView_message\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n": typeof types.UnreadMessageCountDocument,
    "\n  subscription InboxMessageEvents {\n    messageEvents {\n      kind\n      threadId\n      message {\n        id\n        seq\n      }\n    }\n  }\n": typeof types.InboxMessageEventsDocument,
    "\n  subscription InboxReadState {\n    readStateEvents {\n      threadId\n      lastReadSeq\n      user {\n        id\n      }\n    }\n  }\n": typeof types.InboxReadStateDocument,
    "\n  mutation Heartbeat($online: Boolean!) {\n    heartbeat(online: $online)\n  }\n": typeof types.HeartbeatDocument,
    "\n  query EmailSettings {\n    emailSettings {\n      id\n      digestTime\n      kinds {\n        kind\n        mode\n        isDefault\n      }\n    }\n  }\n": typeof types.EmailSettingsDocument,
    "\n  mutation SetEmailPreference($kind: NotificationKind!, $mode: EmailMode!) {\n    setEmailPreference(kind: $kind, mode: $mode) {\n      id\n      digestTime\n      kinds {\n        kind\n        mode\n        isDefault\n      }\n    }\n  }\n": typeof types.SetEmailPreferenceDocument,
    "\n  mutation SetDigestTime($time: String!) {\n    setDigestTime(time: $time) {\n      id\n      digestTime\n    }\n  }\n": typeof types.SetDigestTimeDocument,
    "\n  query NotificationBell {\n    unreadNotificationCount\n  }\n": typeof types.NotificationBellDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      ...NotificationItem_notification\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    sourceType\n    sourceId\n    messageId\n    partnershipId\n    excerpt\n    createdAt\n    readAt\n    actor {\n      id\n      name\n    }\n  }\n": typeof types.NotificationItem_NotificationFragmentDoc,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      enabled\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $enabled: Boolean!) {\n    setNotificationPreference(kind: $kind, enabled: $enabled) {\n      kind\n      enabled\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationItem_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  fragment OrganisationForm_organisation on Organisation {\n    id\n    name\n    kind\n    street\n    postalCode\n    city\n    contactName\n    contactEmail\n    contactPhone\n  }\n": typeof types.OrganisationForm_OrganisationFragmentDoc,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      ...OrganisationForm_organisation\n      ...OrganisationsTable_organisations\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      ...OrganisationForm_organisation\n      ...OrganisationsTable_organisations\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  fragment OrganisationsTable_organisations on Organisation {\n    id\n    name\n    kind\n    city\n    contactName\n    contactEmail\n    contactPhone\n  }\n": typeof types.OrganisationsTable_OrganisationsFragmentDoc,
    "\n  query OrganisationsPage {\n    organisations {\n      id\n      ...OrganisationsTable_organisations\n      ...OrganisationForm_organisation\n    }\n  }\n": typeof types.OrganisationsPageDocument,
    "\n  query CreatePartnershipOptions {\n    organisations {\n      id\n      name\n    }\n    users(role: CONTACT_PERSON) {\n      id\n      name\n      email\n    }\n  }\n": typeof types.CreatePartnershipOptionsDocument,
    "\n  mutation CreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      id\n      ...PartnershipPage_partnership\n    }\n  }\n": typeof types.CreatePartnershipDocument,
    "\n  fragment EditPartnershipForm_partnership on Partnership {\n    id\n    name\n    track\n    status\n    agreementStart\n    agreementEnd\n    capacityPledged\n  }\n": typeof types.EditPartnershipForm_PartnershipFragmentDoc,
    "\n  mutation UpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) {\n    updatePartnership(id: $id, input: $input) {\n      id\n      name\n      ...EditPartnershipForm_partnership\n      ...PartnershipDetails_partnership\n      ...PartnershipList_partnerships\n    }\n  }\n": typeof types.UpdatePartnershipDocument,
    "\n  fragment PartnershipContacts_partnership on Partnership {\n    id\n    contactPerson {\n      id\n      name\n      email\n    }\n    deputy {\n      id\n      name\n      email\n    }\n  }\n": typeof types.PartnershipContacts_PartnershipFragmentDoc,
    "\n  query ContactPersons {\n    users(role: CONTACT_PERSON) {\n      id\n      name\n      email\n    }\n  }\n": typeof types.ContactPersonsDocument,
    "\n  mutation AssignContactPerson($partnershipId: ID!, $contactPersonId: ID!, $deputyId: ID) {\n    assignContactPerson(partnershipId: $partnershipId, contactPersonId: $contactPersonId, deputyId: $deputyId) {\n      id\n      ...PartnershipContacts_partnership\n      ...PartnershipList_partnerships\n    }\n  }\n": typeof types.AssignContactPersonDocument,
    "\n  fragment PartnershipDetails_partnership on Partnership {\n    id\n    programme {\n      id\n      code\n    }\n    track\n    status\n    agreementStart\n    agreementEnd\n    capacityPledged\n    personsCount\n  }\n": typeof types.PartnershipDetails_PartnershipFragmentDoc,
    "\n  fragment PartnershipList_partnerships on Partnership {\n    id\n    name\n    programme {\n      id\n      code\n    }\n    track\n    status\n    capacityPledged\n    personsCount\n    contactPerson {\n      id\n      name\n    }\n    members {\n      lead\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PartnershipList_PartnershipsFragmentDoc,
    "\n  fragment PartnershipMembers_partnership on Partnership {\n    id\n    members {\n      lead\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.PartnershipMembers_PartnershipFragmentDoc,
    "\n  query MemberOrganisations {\n    organisations {\n      id\n      name\n    }\n  }\n": typeof types.MemberOrganisationsDocument,
    "\n  mutation AddPartnershipMember($partnershipId: ID!, $organisationId: ID!, $lead: Boolean!) {\n    addPartnershipMember(partnershipId: $partnershipId, organisationId: $organisationId, lead: $lead) {\n      id\n      ...PartnershipMembers_partnership\n      ...PartnershipList_partnerships\n      viewerCan {\n        manageMembers\n        inviteCoordinator\n        inviteVolunteer\n      }\n    }\n  }\n": typeof types.AddPartnershipMemberDocument,
    "\n  mutation RemovePartnershipMember($partnershipId: ID!, $organisationId: ID!) {\n    removePartnershipMember(partnershipId: $partnershipId, organisationId: $organisationId) {\n      id\n      ...PartnershipMembers_partnership\n      ...PartnershipList_partnerships\n    }\n  }\n": typeof types.RemovePartnershipMemberDocument,
    "\n  fragment PartnershipPage_partnership on Partnership {\n    id\n    name\n    fundingTotalCents\n    programme {\n      id\n      caseKind\n      fundingRule\n    }\n    viewerCan {\n      view\n      update\n      manageMembers\n      assignContactPerson\n      registerHousehold\n      recordSpecificNeeds\n      viewFunding\n      inviteCoordinator\n      inviteVolunteer\n      uploadDocument\n    }\n    households {\n      id\n      ...HouseholdsTable_households\n    }\n    ...PartnershipDetails_partnership\n    ...PartnershipMembers_partnership\n    ...PartnershipContacts_partnership\n    ...EditPartnershipForm_partnership\n    ...PartnershipList_partnerships\n  }\n": typeof types.PartnershipPage_PartnershipFragmentDoc,
    "\n  query PartnershipPage($id: ID!) {\n    partnership(id: $id) {\n      id\n      ...PartnershipPage_partnership\n    }\n  }\n": typeof types.PartnershipPageDocument,
    "\n  subscription PartnershipHouseholdChanged($partnershipId: ID!) {\n    householdChanged(partnershipId: $partnershipId) {\n      id\n      ...HouseholdsTable_households\n      partnership {\n        id\n        personsCount\n        fundingTotalCents\n      }\n    }\n  }\n": typeof types.PartnershipHouseholdChangedDocument,
    "\n  query PartnershipsList($first: Int!, $after: String) {\n    partnerships(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PartnershipList_partnerships\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.PartnershipsListDocument,
    "\n  fragment PaymentsPage_statement on PeriodStatement {\n    id\n    year\n    years\n    status\n    approvedTotalCents\n    paidCents\n    balanceCents\n    partnership {\n      id\n      name\n    }\n    lines {\n      householdId\n      reference\n      headName\n      persons\n      baseCents\n      secondYearCents\n      directArrivalHeadCents\n      directArrivalMembersCents\n      totalCents\n    }\n    totals {\n      households\n      persons\n      totalCents\n    }\n    approval {\n      approvedAt\n      approvedBy {\n        id\n        name\n      }\n      totals {\n        households\n        persons\n        totalCents\n      }\n    }\n    differences {\n      householdId\n      reference\n      deltaCents\n      approved {\n        totalCents\n      }\n      current {\n        totalCents\n      }\n    }\n    payments {\n      id\n      paidOn\n      amountCents\n      note\n      recordedBy {\n        id\n        name\n      }\n    }\n    history {\n      id\n      kind\n      at\n      user {\n        id\n        name\n      }\n      approvedTotalCents\n      previousApprovedTotalCents\n      amountCents\n      paidCents\n    }\n    viewerCan {\n      approve\n      recordPayment\n    }\n  }\n": typeof types.PaymentsPage_StatementFragmentDoc,
    "\n  query PeriodStatementPage($partnershipId: ID!, $year: Int!) {\n    periodStatement(partnershipId: $partnershipId, year: $year) {\n      ...PaymentsPage_statement\n    }\n  }\n": typeof types.PeriodStatementPageDocument,
    "\n  mutation ApproveFundingStatement($partnershipId: ID!, $year: Int!, $totalCents: Int!) {\n    approveFundingStatement(partnershipId: $partnershipId, year: $year, totalCents: $totalCents) {\n      ...PaymentsPage_statement\n    }\n  }\n": typeof types.ApproveFundingStatementDocument,
    "\n  mutation RecordFundingPayment($partnershipId: ID!, $year: Int!, $input: FundingPaymentInput!) {\n    recordFundingPayment(partnershipId: $partnershipId, year: $year, input: $input) {\n      ...PaymentsPage_statement\n    }\n  }\n": typeof types.RecordFundingPaymentDocument,
    "\n  query ErasurePreview($subjectType: ErasureSubject!, $id: ID!) {\n    erasurePreview(subjectType: $subjectType, id: $id) {\n      subjectType\n      subjectId\n      label\n      confirmation\n      counts {\n        kind\n        count\n      }\n      erasure {\n        id\n        completedAt\n      }\n    }\n  }\n": typeof types.ErasurePreviewDocument,
    "\n  fragment ErasureRecord_erasure on Erasure {\n    id\n    subjectType\n    subjectId\n    mode\n    reason\n    startedAt\n    completedAt\n    requestedBy {\n      id\n      name\n    }\n    removed {\n      kind\n      count\n    }\n  }\n": typeof types.ErasureRecord_ErasureFragmentDoc,
    "\n  mutation EraseHousehold($id: ID!, $reason: String!, $confirmation: String!) {\n    eraseHousehold(id: $id, reason: $reason, confirmation: $confirmation) {\n      ...ErasureRecord_erasure\n    }\n  }\n": typeof types.EraseHouseholdDocument,
    "\n  mutation EraseUser($id: ID!, $reason: String!, $confirmation: String!) {\n    eraseUser(id: $id, reason: $reason, confirmation: $confirmation) {\n      ...ErasureRecord_erasure\n    }\n  }\n": typeof types.EraseUserDocument,
    "\n  fragment HouseholdPrivacyPanel_household on Household {\n    id\n    members {\n      id\n      firstName\n      lastName\n    }\n    erasure {\n      mode\n      erasedAt\n    }\n  }\n": typeof types.HouseholdPrivacyPanel_HouseholdFragmentDoc,
    "\n  query PrivacyPage {\n    programmes {\n      id\n      ...RetentionRow_programme\n    }\n    myHouseholds {\n      id\n      reference\n      partnership {\n        id\n        name\n      }\n      members {\n        id\n        firstName\n        lastName\n      }\n      erasure {\n        mode\n        erasedAt\n      }\n    }\n    users {\n      id\n      name\n      email\n      role\n    }\n    erasures(first: 100) {\n      id\n      ...ErasureRecord_erasure\n    }\n  }\n": typeof types.PrivacyPageDocument,
    "\n  fragment RetentionRow_programme on Programme {\n    id\n    code\n    retention {\n      id\n      householdMonthsAfterGuidance\n      accessLogMonths\n      updatedAt\n    }\n  }\n": typeof types.RetentionRow_ProgrammeFragmentDoc,
    "\n  mutation SetRetentionPolicy($programme: ProgrammeCode!, $household: Int!, $accessLog: Int!) {\n    setRetentionPolicy(programme: $programme, householdMonthsAfterGuidance: $household, accessLogMonths: $accessLog) {\n      id\n      householdMonthsAfterGuidance\n      accessLogMonths\n      updatedAt\n    }\n  }\n": typeof types.SetRetentionPolicyDocument,
    "\n  query ProgrammeRetention {\n    programmes {\n      id\n      code\n      retention {\n        id\n        householdMonthsAfterGuidance\n        accessLogMonths\n      }\n    }\n  }\n": typeof types.ProgrammeRetentionDocument,
    "\n  query ProgrammeSettings {\n    programmes {\n      id\n      code\n      caseKind\n      fundingRule\n      caseMonths\n      objectives\n      indicators {\n        ...ProgrammeIndicatorFields\n      }\n    }\n  }\n": typeof types.ProgrammeSettingsDocument,
    "\n  mutation UpdateProgrammeConfiguration($input: ProgrammeConfigurationInput!) {\n    updateProgrammeConfiguration(input: $input) {\n      id\n      code\n      caseKind\n      fundingRule\n      caseMonths\n      objectives\n      indicators {\n        ...ProgrammeIndicatorFields\n      }\n    }\n  }\n": typeof types.UpdateProgrammeConfigurationDocument,
    "\n  fragment ProgrammeIndicatorFields on IndicatorType_ {\n    key\n    type\n    required\n    label {\n      nl\n      fr\n      en\n    }\n    choices {\n      key\n      label {\n        nl\n        fr\n        en\n      }\n    }\n  }\n": typeof types.ProgrammeIndicatorFieldsFragmentDoc,
    "\n  fragment GuidancePlan_household on Household {\n    id\n    progress {\n      done\n      total\n    }\n    nextStep {\n      id\n    }\n    viewerCan {\n      updateStep\n    }\n    plan {\n      id\n      ...GuidanceStepItem_step\n    }\n  }\n": typeof types.GuidancePlan_HouseholdFragmentDoc,
    "\n  fragment GuidanceStepItem_step on GuidanceStep {\n    id\n    key\n    version\n    status\n    dueDate\n    overdue\n    owner\n    note\n    notApplicableReason\n    updatedAt\n    label {\n      nl\n      fr\n      en\n    }\n    member {\n      id\n      firstName\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n": typeof types.GuidanceStepItem_StepFragmentDoc,
    "\n  fragment HouseholdTimeline_household on Household {\n    id\n    timeline {\n      id\n      at\n      kind\n      actor {\n        id\n        name\n      }\n      stepKey\n      stepLabel {\n        nl\n        fr\n        en\n      }\n      fromStatus\n      toStatus\n      fields\n      date\n      endReason\n      note\n      memberName\n      joined\n      fromPartnership\n      toPartnership\n    }\n  }\n": typeof types.HouseholdTimeline_HouseholdFragmentDoc,
    "\n  fragment HousingPanel_household on Household {\n    id\n    arrivalDate\n    plannedArrivalDate\n    guidanceStart\n    nextHomeSearchDueFrom\n    flags\n    viewerCan {\n      updateHousing\n    }\n    housing {\n      id\n      version\n      street\n      postalCode\n      city\n      leaseStart\n      leaseEnd\n      monthlyRentCents\n      landlordKind\n      movedInOn\n      coversFirstYear\n      nextHomeSearchStartedOn\n      nextHomeFoundOn\n    }\n  }\n": typeof types.HousingPanel_HouseholdFragmentDoc,
    "\n  mutation StartNextHomeSearch($householdId: ID!, $on: String) {\n    startNextHomeSearch(householdId: $householdId, on: $on) {\n      id\n      ...HouseholdProgress_household\n    }\n  }\n": typeof types.StartNextHomeSearchDocument,
    "\n  mutation RecordNextHomeFound($householdId: ID!, $on: String) {\n    recordNextHomeFound(householdId: $householdId, on: $on) {\n      id\n      ...HouseholdProgress_household\n    }\n  }\n": typeof types.RecordNextHomeFoundDocument,
    "\n  fragment QuotaProgressCard_progress on QuotaProgress {\n    year\n    quota\n    personsArrived\n    personsPlanned\n    programme {\n      id\n      code\n    }\n  }\n": typeof types.QuotaProgressCard_ProgressFragmentDoc,
    "\n  mutation SetQuota($programme: ProgrammeCode!, $year: Int!, $persons: Int!) {\n    setQuota(programme: $programme, year: $year, persons: $persons) {\n      year\n      persons\n    }\n  }\n": typeof types.SetQuotaDocument,
    "\n  fragment HouseholdProgress_household on Household {\n    id\n    flags\n    lastActivityAt\n    ...GuidancePlan_household\n    ...HousingPanel_household\n    ...HouseholdTimeline_household\n    ...BoardRow_household\n  }\n": typeof types.HouseholdProgress_HouseholdFragmentDoc,
    "\n  query HouseholdProgress($id: ID!) {\n    household(id: $id) {\n      id\n      ...HouseholdProgress_household\n    }\n  }\n": typeof types.HouseholdProgressDocument,
    "\n  mutation UpdateGuidanceStep($id: ID!, $input: UpdateGuidanceStepInput!, $guard: WriteGuardInput) {\n    updateGuidanceStep(id: $id, input: $input, guard: $guard) {\n      id\n      version\n      ...GuidanceStepItem_step\n      household {\n        id\n        ...HouseholdProgress_household\n      }\n    }\n  }\n": typeof types.UpdateGuidanceStepDocument,
    "\n  mutation UpdateHousing($householdId: ID!, $input: HousingInput!, $guard: WriteGuardInput) {\n    updateHousing(householdId: $householdId, input: $input, guard: $guard) {\n      id\n      version\n      street\n      postalCode\n      city\n      leaseStart\n      leaseEnd\n      monthlyRentCents\n      landlordKind\n      movedInOn\n      coversFirstYear\n      nextHomeSearchStartedOn\n      nextHomeFoundOn\n    }\n  }\n": typeof types.UpdateHousingDocument,
    "\n  fragment MinutesStatus_status on MinutesStatus {\n    id\n    available\n    pdfUrl\n    viewerCanAcknowledge\n    viewerAcknowledgedAt\n    viewerAcknowledgementCurrent\n    acknowledgements {\n      at\n      current\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MinutesStatus_StatusFragmentDoc,
    "\n  query MeetingMinutes($meetingId: ID!) {\n    meetingMinutes(meetingId: $meetingId) {\n      ...MinutesStatus_status\n    }\n  }\n": typeof types.MeetingMinutesDocument,
    "\n  mutation AcknowledgeMinutes($meetingId: ID!) {\n    acknowledgeMinutes(meetingId: $meetingId) {\n      ...MinutesStatus_status\n    }\n  }\n": typeof types.AcknowledgeMinutesDocument,
    "\n  query YearlyReport($programme: ProgrammeCode!, $year: Int!) {\n    yearlyReport(programme: $programme, year: $year) {\n      year\n      csvUrl\n      monthsCsvUrl\n      programme {\n        id\n        code\n      }\n      months {\n        month\n        arrivalRoute\n        households\n        persons\n        plannedHouseholds\n        plannedPersons\n      }\n      partnerships {\n        partnership {\n          id\n          name\n        }\n        track\n        households\n        persons\n        committedCents\n        approvedCents\n        paidCents\n        statementStatus\n        feedback {\n          rounds\n          accepted\n          submitted\n          open\n          overdue\n        }\n        evaluation {\n          meetingId\n          title\n          startsAt\n          ratings {\n            objective\n            rating\n          }\n        }\n      }\n      objectives {\n        objective\n        average\n        evaluations\n      }\n      totals {\n        households\n        persons\n        committedCents\n        approvedCents\n        paidCents\n        arrivedPersons\n        plannedPersons\n      }\n    }\n  }\n": typeof types.YearlyReportDocument,
    "\n  fragment StepTemplateRow_template on StepTemplate {\n    id\n    key\n    position\n    anchor\n    offsetDays\n    owner\n    perSchoolAgeChild\n    label {\n      nl\n      fr\n      en\n    }\n  }\n": typeof types.StepTemplateRow_TemplateFragmentDoc,
    "\n  query PlanTemplates($programme: ProgrammeCode!) {\n    stepTemplates(programme: $programme) {\n      id\n      ...StepTemplateRow_template\n    }\n    programmes {\n      id\n      code\n      nextHomeSearchMonths\n      staleAfterDays\n    }\n  }\n": typeof types.PlanTemplatesDocument,
    "\n  mutation SaveStepTemplate($programme: ProgrammeCode!, $input: StepTemplateInput!) {\n    saveStepTemplate(programme: $programme, input: $input) {\n      id\n      ...StepTemplateRow_template\n    }\n  }\n": typeof types.SaveStepTemplateDocument,
    "\n  mutation RemoveStepTemplate($id: ID!) {\n    removeStepTemplate(id: $id)\n  }\n": typeof types.RemoveStepTemplateDocument,
    "\n  mutation UpdateProgrammeSettings($programme: ProgrammeCode!, $nextHomeSearchMonths: Int!, $staleAfterDays: Int!) {\n    updateProgrammeSettings(programme: $programme, nextHomeSearchMonths: $nextHomeSearchMonths, staleAfterDays: $staleAfterDays) {\n      id\n      code\n      nextHomeSearchMonths\n      staleAfterDays\n    }\n  }\n": typeof types.UpdateProgrammeSettingsDocument,
    "\n  query SupportTrajectoryBoard($partnershipId: ID, $overdueOnly: Boolean) {\n    supportTrajectoryBoard(partnershipId: $partnershipId, overdueOnly: $overdueOnly) {\n      id\n      ...SupportTrajectory_trajectory\n      partnership {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SupportTrajectoryBoardDocument,
    "\n  mutation OpenSupportTrajectory($input: OpenSupportTrajectoryInput!) {\n    openSupportTrajectory(input: $input) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n": typeof types.OpenSupportTrajectoryDocument,
    "\n  query SupportTrajectories($partnershipId: ID!) {\n    supportTrajectories(partnershipId: $partnershipId) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n": typeof types.SupportTrajectoriesDocument,
    "\n  mutation AdvanceSupportTrajectory($id: ID!, $stage: TrajectoryStage!, $on: String!, $closeReason: TrajectoryCloseReason) {\n    advanceSupportTrajectory(id: $id, stage: $stage, on: $on, closeReason: $closeReason) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n": typeof types.AdvanceSupportTrajectoryDocument,
    "\n  mutation AssignSupportTrajectory($id: ID!, $followedByUserId: ID) {\n    assignSupportTrajectory(id: $id, followedByUserId: $followedByUserId) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n": typeof types.AssignSupportTrajectoryDocument,
    "\n  mutation ExtendSupportTrajectory($id: ID!) {\n    extendSupportTrajectory(id: $id) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n": typeof types.ExtendSupportTrajectoryDocument,
    "\n  fragment SupportTrajectory_trajectory on SupportTrajectory {\n    id\n    reference\n    birthYear\n    targetGroup\n    hasSpecificNeeds\n    needsNote\n    stage\n    startedOn\n    plannedEnd\n    extended\n    closeReason\n    flags\n    stages {\n      stage\n      on\n    }\n    followedBy {\n      id\n      name\n    }\n  }\n": typeof types.SupportTrajectory_TrajectoryFragmentDoc,
    "\n  query TrajectoryOverview($partnershipId: ID!) {\n    trajectoryOverview(partnershipId: $partnershipId) {\n      caseKind\n      caseMonths\n      staff {\n        id\n        name\n      }\n      viewerCan {\n        edit\n        extend\n        viewSensitive\n      }\n    }\n  }\n": typeof types.TrajectoryOverviewDocument,
};
const documents: Documents = {
    "\n  mutation ChangeLanguage($language: Locale!) {\n    changeLanguage(language: $language) {\n      id\n      language\n    }\n  }\n": types.ChangeLanguageDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      language\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query AccessLog($first: Int!, $after: String, $householdId: ID, $userId: ID) {\n    accessLog(first: $first, after: $after, householdId: $householdId, userId: $userId) {\n      edges {\n        cursor\n        node {\n          id\n          at\n          what\n          user {\n            id\n            name\n            email\n          }\n          household {\n            id\n            reference\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AccessLogDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  fragment InvitationList_invitations on Invitation {\n    id\n    email\n    name\n    role\n    expiresAt\n    acceptedAt\n    organisation {\n      id\n      name\n    }\n    partnership {\n      id\n      name\n    }\n  }\n": types.InvitationList_InvitationsFragmentDoc,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      role\n      organisationName\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      id\n      name\n      role\n      language\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      ...InvitationList_invitations\n    }\n  }\n": types.InvitationsDocument,
    "\n  query InvitePartnerships {\n    partnerships(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          members {\n            lead\n            organisation {\n              id\n              name\n              kind\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.InvitePartnershipsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      ...InvitationList_invitations\n    }\n  }\n": types.InviteUserDocument,
    "\n  query PasswordResetValid($token: String!) {\n    passwordResetValid(token: $token)\n  }\n": types.PasswordResetValidDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      id\n      name\n      role\n      language\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      name\n      role\n      language\n    }\n  }\n": types.SignInDocument,
    "\n  query SignInPage {\n    me {\n      id\n    }\n    signInOptions {\n      staffAccount\n      staffAccountStartPath\n    }\n  }\n": types.SignInPageDocument,
    "\n  query UsersPage($role: Role) {\n    users(role: $role) {\n      id\n      name\n      email\n      role\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.UsersPageDocument,
    "\n  mutation RemoveUser($id: ID!) {\n    removeUser(id: $id)\n  }\n": types.RemoveUserDocument,
    "\n  query BoardPartnerships {\n    partnerships(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.BoardPartnershipsDocument,
    "\n  subscription BoardUpdated {\n    boardUpdated {\n      id\n      ...BoardRow_household\n    }\n  }\n": types.BoardUpdatedDocument,
    "\n  fragment BoardRow_household on Household {\n    id\n    reference\n    status\n    partnership {\n      id\n      name\n    }\n    head {\n      id\n      firstName\n      lastName\n    }\n    progress {\n      done\n      total\n    }\n    nextStep {\n      id\n      dueDate\n      overdue\n      label {\n        nl\n        fr\n        en\n      }\n      member {\n        id\n        firstName\n      }\n    }\n    flags\n    lastActivityAt\n  }\n": types.BoardRow_HouseholdFragmentDoc,
    "\n  query Board($partnershipId: ID, $flag: HouseholdFlag, $sort: BoardSort) {\n    board(partnershipId: $partnershipId, flag: $flag, sort: $sort) {\n      id\n      ...BoardRow_household\n    }\n  }\n": types.BoardDocument,
    "\n  mutation SetPartnershipBudget($partnershipId: ID!, $year: Int!, $amountCents: Int!) {\n    setPartnershipBudget(partnershipId: $partnershipId, year: $year, amountCents: $amountCents) {\n      partnershipId\n      budgetCents\n    }\n  }\n": types.SetPartnershipBudgetDocument,
    "\n  mutation RecordSpending($input: RecordSpendingInput!) {\n    recordSpending(input: $input) {\n      partnershipId\n      spentCents\n    }\n  }\n": types.RecordSpendingDocument,
    "\n  query PartnershipBudget($partnershipId: ID!, $year: Int!) {\n    partnershipBudget(partnershipId: $partnershipId, year: $year) {\n      partnershipId\n      fundingRule\n      year\n      budgetCents\n      spentCents\n      viewerCan {\n        setBudget\n        recordSpending\n      }\n      spending {\n        id\n        periodStart\n        periodEnd\n        amountCents\n        note\n      }\n      history {\n        id\n        at\n        action\n        subject\n        beforeCents\n        afterCents\n        byName\n      }\n    }\n  }\n": types.PartnershipBudgetDocument,
    "\n  mutation RemoveSpending($id: ID!) {\n    removeSpending(id: $id) {\n      partnershipId\n      spentCents\n    }\n  }\n": types.RemoveSpendingDocument,
    "\n  query ProgrammeBudgetTotals($programme: ProgrammeCode!, $year: Int!) {\n    programmeBudgetTotals(programme: $programme, year: $year) {\n      year\n      budgetCents\n      spentCents\n      partnerships {\n        budgetCents\n        spentCents\n        partnership {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProgrammeBudgetTotalsDocument,
    "\n  query ProgrammeDashboard($programme: ProgrammeCode!, $year: Int!) {\n    programmeDashboard(programme: $programme, year: $year) {\n      year\n      quota\n      personsArrived\n      personsPlanned\n      fundingCommittedCents\n      programme {\n        id\n        code\n        caseKind\n        fundingRule\n      }\n      months {\n        month\n        arrived\n        planned\n      }\n      partnerships {\n        capacityPledged\n        persons\n        partnership {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProgrammeDashboardDocument,
    "\n  query ProgrammeIndicatorTotals($programme: ProgrammeCode!, $year: Int!) {\n    programmeIndicatorTotals(programme: $programme, year: $year) {\n      year\n      acceptedReports\n      programme {\n        id\n        code\n      }\n      indicators {\n        indicator {\n          key\n          type\n          label {\n            nl\n            fr\n            en\n          }\n          choices {\n            key\n            label {\n              nl\n              fr\n              en\n            }\n          }\n        }\n        yearTotal\n        months {\n          month\n          reports\n          total\n          choices {\n            key\n            count\n          }\n        }\n        partnerships {\n          partnershipId\n          name\n          total\n        }\n      }\n    }\n  }\n": types.ProgrammeIndicatorTotalsDocument,
    "\n  query ReturnFileBoard($partnershipId: ID, $overdueOnly: Boolean) {\n    returnFileBoard(partnershipId: $partnershipId, overdueOnly: $overdueOnly) {\n      id\n      ...ReturnFile_file\n      partnership {\n        id\n        name\n      }\n    }\n  }\n": types.ReturnFileBoardDocument,
    "\n  mutation SetDeskRotaEntry($input: DeskRotaEntryInput!) {\n    setDeskRotaEntry(input: $input) {\n      id\n      desk\n      weekdays\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.SetDeskRotaEntryDocument,
    "\n  query DeskRota($partnershipId: ID!) {\n    deskRota(partnershipId: $partnershipId) {\n      id\n      desk\n      weekdays\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.DeskRotaDocument,
    "\n  mutation RemoveDeskRotaEntry($id: ID!) {\n    removeDeskRotaEntry(id: $id)\n  }\n": types.RemoveDeskRotaEntryDocument,
    "\n  mutation OpenReturnFile($input: OpenReturnFileInput!) {\n    openReturnFile(input: $input) {\n      id\n      ...ReturnFile_file\n    }\n  }\n": types.OpenReturnFileDocument,
    "\n  mutation AdvanceReturnFile($id: ID!, $stage: ReturnStage!, $on: String!) {\n    advanceReturnFile(id: $id, stage: $stage, on: $on) {\n      id\n      ...ReturnFile_file\n    }\n  }\n": types.AdvanceReturnFileDocument,
    "\n  mutation AssignReturnFile($id: ID!, $followedByOrganisationId: ID) {\n    assignReturnFile(id: $id, followedByOrganisationId: $followedByOrganisationId) {\n      id\n      ...ReturnFile_file\n    }\n  }\n": types.AssignReturnFileDocument,
    "\n  query ReturnFiles($partnershipId: ID!) {\n    returnFiles(partnershipId: $partnershipId) {\n      id\n      ...ReturnFile_file\n    }\n  }\n": types.ReturnFilesDocument,
    "\n  query DeskOverview($partnershipId: ID!) {\n    deskOverview(partnershipId: $partnershipId) {\n      caseKind\n      members {\n        id\n        name\n      }\n      viewerCan {\n        editRota\n        editReturnFiles\n        viewMedical\n      }\n    }\n  }\n": types.DeskOverviewDocument,
    "\n  fragment ReturnFile_file on ReturnFile {\n    id\n    reference\n    country\n    stage\n    overdue\n    hasMedicalNote\n    medicalNote\n    stages {\n      stage\n      on\n    }\n    followedBy {\n      id\n      name\n    }\n  }\n": types.ReturnFile_FileFragmentDoc,
    "\n  fragment DocumentList_documents on Document {\n    id\n    ...DocumentRow_document\n  }\n": types.DocumentList_DocumentsFragmentDoc,
    "\n  fragment DocumentRow_document on Document {\n    id\n    name\n    category\n    createdAt\n    downloadUrl\n    household {\n      id\n    }\n    createdBy {\n      id\n      name\n    }\n    viewerCan {\n      manage\n      upload\n    }\n    versions {\n      id\n      number\n      size\n      contentType\n      originalName\n      uploadedAt\n      downloadUrl\n      previewUrl\n      uploadedBy {\n        id\n        name\n      }\n    }\n  }\n": types.DocumentRow_DocumentFragmentDoc,
    "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n": types.DeleteDocumentDocument,
    "\n  query DocumentsPanel($partnershipId: ID, $householdId: ID) {\n    documents(partnershipId: $partnershipId, householdId: $householdId) {\n      id\n      ...DocumentList_documents\n    }\n  }\n": types.DocumentsPanelDocument,
    "\n  subscription DocumentAdded($partnershipId: ID!, $householdId: ID) {\n    documentAdded(partnershipId: $partnershipId, householdId: $householdId) {\n      id\n    }\n  }\n": types.DocumentAddedDocument,
    "\n  mutation RenameDocument($id: ID!, $name: String!) {\n    renameDocument(id: $id, name: $name) {\n      id\n      ...DocumentRow_document\n    }\n  }\n": types.RenameDocumentDocument,
    "\n  mutation RecategoriseDocument($id: ID!, $category: DocumentCategory!) {\n    recategoriseDocument(id: $id, category: $category) {\n      id\n      ...DocumentRow_document\n    }\n  }\n": types.RecategoriseDocumentDocument,
    "\n  fragment FeedbackAnswers_answers on FeedbackAnswer {\n    objective\n    status\n    text\n  }\n": types.FeedbackAnswers_AnswersFragmentDoc,
    "\n  fragment FeedbackHistory_round on FeedbackRound {\n    id\n    history {\n      id\n      kind\n      at\n      note\n      generalNote\n      by {\n        id\n        name\n      }\n      answers {\n        ...FeedbackAnswers_answers\n      }\n    }\n  }\n": types.FeedbackHistory_RoundFragmentDoc,
    "\n  query MyFeedbackRounds {\n    myFeedbackRounds {\n      id\n      periodStart\n      periodEnd\n      dueDate\n      status\n      overdue\n      partnership {\n        id\n        name\n      }\n    }\n  }\n": types.MyFeedbackRoundsDocument,
    "\n  mutation AcceptFeedbackRound($id: ID!, $note: String) {\n    acceptFeedbackRound(id: $id, note: $note) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n": types.AcceptFeedbackRoundDocument,
    "\n  mutation SendBackFeedbackRound($id: ID!, $note: String!) {\n    sendBackFeedbackRound(id: $id, note: $note) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n": types.SendBackFeedbackRoundDocument,
    "\n  fragment FeedbackRhythm_settings on FeedbackSettings {\n    partnershipId\n    rhythm\n    startDate\n    viewerCanSet\n  }\n": types.FeedbackRhythm_SettingsFragmentDoc,
    "\n  mutation SetFeedbackSchedule($input: SetFeedbackScheduleInput!) {\n    setFeedbackSchedule(input: $input) {\n      partnershipId\n      ...FeedbackRhythm_settings\n    }\n  }\n": types.SetFeedbackScheduleDocument,
    "\n  fragment FeedbackRoundForm_round on FeedbackRound {\n    id\n    status\n    generalNote\n    answers {\n      objective\n      status\n      text\n    }\n    indicatorValues {\n      key\n      number\n      choice\n      text\n    }\n    partnership {\n      id\n      programme {\n        id\n        objectives\n        indicators {\n          ...ProgrammeIndicatorFields\n        }\n      }\n    }\n  }\n": types.FeedbackRoundForm_RoundFragmentDoc,
    "\n  mutation SaveFeedbackDraft($input: FeedbackAnswersInput!) {\n    saveFeedbackDraft(input: $input) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n": types.SaveFeedbackDraftDocument,
    "\n  mutation SubmitFeedbackRound($input: FeedbackAnswersInput!) {\n    submitFeedbackRound(input: $input) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n": types.SubmitFeedbackRoundDocument,
    "\n  fragment FeedbackRoundItem_round on FeedbackRound {\n    id\n    periodStart\n    periodEnd\n    dueDate\n    status\n    overdue\n    late\n    generalNote\n    submittedAt\n    reviewedAt\n    reviewNote\n    updatedAt\n    submittedBy {\n      id\n      name\n    }\n    reviewedBy {\n      id\n      name\n    }\n    answers {\n      ...FeedbackAnswers_answers\n    }\n    indicatorValues {\n      key\n      number\n      choice\n      text\n    }\n    partnership {\n      id\n      programme {\n        id\n        objectives\n        indicators {\n          ...ProgrammeIndicatorFields\n        }\n      }\n    }\n    viewerCan {\n      submit\n      review\n    }\n    ...FeedbackRoundForm_round\n    ...FeedbackHistory_round\n  }\n": types.FeedbackRoundItem_RoundFragmentDoc,
    "\n  query FeedbackSection($partnershipId: ID!) {\n    feedbackSettings(partnershipId: $partnershipId) {\n      partnershipId\n      ...FeedbackRhythm_settings\n    }\n    feedbackRounds(partnershipId: $partnershipId) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n": types.FeedbackSectionDocument,
    "\n  subscription FeedbackRoundChanged($partnershipId: ID!) {\n    feedbackRoundChanged(partnershipId: $partnershipId) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n": types.FeedbackRoundChangedDocument,
    "\n  fragment FundingHistory_household on Household {\n    fundingHistory {\n      id\n      at\n      action\n      reason\n      beforeCents\n      afterCents\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.FundingHistory_HouseholdFragmentDoc,
    "\n  fragment FundingStatementTable_statement on FundingStatement {\n    rows {\n      household {\n        id\n      }\n      reference\n      headName\n      persons\n      baseCents\n      secondYearCents\n      directArrivalHeadCents\n      directArrivalMembersCents\n      totalCents\n    }\n    totals {\n      persons\n      baseCents\n      secondYearCents\n      directArrivalHeadCents\n      directArrivalMembersCents\n      totalCents\n    }\n  }\n": types.FundingStatementTable_StatementFragmentDoc,
    "\n  query FundingStatement($partnershipId: ID!) {\n    fundingStatement(partnershipId: $partnershipId) {\n      csvUrl\n      partnership {\n        id\n        name\n      }\n      ...FundingStatementTable_statement\n    }\n  }\n": types.FundingStatementDocument,
    "\n  fragment FundingTable_funding on Funding {\n    lines {\n      kind\n      quantity\n      unitCents\n      amountCents\n      from\n    }\n    totalCents\n    tariffYear\n  }\n": types.FundingTable_FundingFragmentDoc,
    "\n  query AdminQuota($programme: ProgrammeCode!, $year: Int!) {\n    quotaProgress(programme: $programme, year: $year) {\n      ...QuotaProgressCard_progress\n    }\n  }\n": types.AdminQuotaDocument,
    "\n  query CoordinatorHome {\n    partnerships(first: 50) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          households {\n            id\n            ...HouseholdsTable_households\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.CoordinatorHomeDocument,
    "\n  query VolunteerHome {\n    myHouseholds {\n      id\n      ...HouseholdsTable_households\n    }\n  }\n": types.VolunteerHomeDocument,
    "\n  fragment EditHouseholdForm_household on Household {\n    id\n    arrivalRoute\n    arrivalDate\n    plannedArrivalDate\n    members {\n      id\n      firstName\n      lastName\n      birthYear\n      relationship\n      joined\n      joinedOn\n      leftOn\n    }\n    specificNeeds {\n      needs\n      note\n    }\n  }\n": types.EditHouseholdForm_HouseholdFragmentDoc,
    "\n  mutation UpdateHousehold($id: ID!, $input: UpdateHouseholdInput!) {\n    updateHousehold(id: $id, input: $input) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n": types.UpdateHouseholdDocument,
    "\n  mutation EndGuidanceEarly($input: EndGuidanceInput!) {\n    endGuidanceEarly(input: $input) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n": types.EndGuidanceEarlyDocument,
    "\n  mutation TransferHousehold($input: TransferHouseholdInput!) {\n    transferHousehold(input: $input) {\n      id\n      partnership {\n        id\n        name\n      }\n    }\n  }\n": types.TransferHouseholdDocument,
    "\n  query ReceivingPartnerships($programme: ProgrammeCode!) {\n    partnerships(first: 100, filter: { programme: $programme, status: ACTIVE }) {\n      edges {\n        node {\n          id\n          name\n          viewerCan {\n            registerHousehold\n          }\n        }\n      }\n    }\n  }\n": types.ReceivingPartnershipsDocument,
    "\n  mutation RecordArrival($id: ID!, $arrivalDate: String!, $guidanceStart: String) {\n    recordArrival(id: $id, arrivalDate: $arrivalDate, guidanceStart: $guidanceStart) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n": types.RecordArrivalDocument,
    "\n  mutation ExtendGuidance($id: ID!, $reason: String) {\n    extendGuidance(id: $id, reason: $reason) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n": types.ExtendGuidanceDocument,
    "\n  mutation WithdrawExtension($id: ID!, $reason: String) {\n    withdrawExtension(id: $id, reason: $reason) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n": types.WithdrawExtensionDocument,
    "\n  fragment HouseholdMembersList_household on Household {\n    id\n    members {\n      id\n      firstName\n      lastName\n      birthYear\n      relationship\n      isHead\n      joined\n      joinedOn\n      leftOn\n    }\n  }\n": types.HouseholdMembersList_HouseholdFragmentDoc,
    "\n  fragment HouseholdPage_household on Household {\n    id\n    reference\n    arrivalDate\n    guidanceStart\n    guidanceExtended\n    endedOn\n    partnership {\n      id\n      name\n      personsCount\n      fundingTotalCents\n      programme {\n        id\n        code\n      }\n    }\n    viewerCan {\n      view\n      update\n      recordArrival\n      extendGuidance\n      withdrawExtension\n      endGuidance\n      transfer\n      viewSpecificNeeds\n      updateSpecificNeeds\n      viewFunding\n      uploadDocument\n      uploadSensitiveDocument\n    }\n    funding {\n      ...FundingTable_funding\n    }\n    flags\n    ...HouseholdProgress_household\n    ...GuidancePlan_household\n    ...HousingPanel_household\n    ...HouseholdTimeline_household\n    ...HouseholdSummary_household\n    ...HouseholdMembersList_household\n    ...SpecificNeedsPanel_household\n    ...EditHouseholdForm_household\n    ...FundingHistory_household\n    ...HouseholdsTable_households\n    ...HouseholdPrivacyPanel_household\n  }\n": types.HouseholdPage_HouseholdFragmentDoc,
    "\n  query HouseholdPage($id: ID!) {\n    household(id: $id) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n": types.HouseholdPageDocument,
    "\n  fragment HouseholdSummary_household on Household {\n    id\n    status\n    arrivalRoute\n    plannedArrivalDate\n    arrivalDate\n    guidanceStart\n    guidanceEnd\n    guidanceExtended\n    endedOn\n    endReason\n    endNote\n  }\n": types.HouseholdSummary_HouseholdFragmentDoc,
    "\n  fragment HouseholdsTable_households on Household {\n    id\n    reference\n    status\n    plannedArrivalDate\n    arrivalDate\n    head {\n      id\n      firstName\n      lastName\n    }\n    members {\n      id\n    }\n    partnership {\n      id\n      name\n    }\n    funding {\n      totalCents\n    }\n  }\n": types.HouseholdsTable_HouseholdsFragmentDoc,
    "\n  mutation RegisterHousehold($input: RegisterHouseholdInput!) {\n    registerHousehold(input: $input) {\n      id\n      reference\n      partnership {\n        id\n        ...PartnershipPage_partnership\n      }\n    }\n  }\n": types.RegisterHouseholdDocument,
    "\n  fragment SpecificNeedsPanel_household on Household {\n    id\n    hasSpecificNeeds\n    specificNeeds {\n      needs\n      note\n    }\n  }\n": types.SpecificNeedsPanel_HouseholdFragmentDoc,
    "\n  query HouseholdImportPage($id: ID!) {\n    partnership(id: $id) {\n      id\n      name\n      viewerCan {\n        registerHousehold\n      }\n    }\n  }\n": types.HouseholdImportPageDocument,
    "\n  fragment ActionItemRow_item on ActionItem {\n    id\n    title\n    dueDate\n    status\n    overdue\n    doneAt\n    viewerCanComplete\n    viewerCanEdit\n    assignee {\n      id\n      name\n    }\n    meeting {\n      id\n      title\n    }\n  }\n": types.ActionItemRow_ItemFragmentDoc,
    "\n  mutation UpdateActionItemStatus($id: ID!, $status: ActionItemStatus!) {\n    updateActionItem(id: $id, input: { status: $status }) {\n      id\n      ...ActionItemRow_item\n    }\n  }\n": types.UpdateActionItemStatusDocument,
    "\n  mutation RemoveActionItem($id: ID!) {\n    removeActionItem(id: $id)\n  }\n": types.RemoveActionItemDocument,
    "\n  fragment ActionItemsPanel_meeting on Meeting {\n    id\n    viewerCan {\n      manage\n    }\n    invitees {\n      id\n      user {\n        id\n        name\n      }\n    }\n    actionItems {\n      id\n      ...ActionItemRow_item\n    }\n  }\n": types.ActionItemsPanel_MeetingFragmentDoc,
    "\n  mutation AddActionItem($meetingId: ID!, $input: ActionItemInput!) {\n    addActionItem(meetingId: $meetingId, input: $input) {\n      id\n      ...ActionItemRow_item\n    }\n  }\n": types.AddActionItemDocument,
    "\n  fragment AgendaPanel_meeting on Meeting {\n    id\n    status\n    viewerCan {\n      manage\n      addAgendaItem\n    }\n    agenda {\n      id\n      position\n      title\n      description\n      sourceType\n      sourceUrl\n      viewerCanEdit\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.AgendaPanel_MeetingFragmentDoc,
    "\n  fragment AgendaPanel_addedItem on AgendaItem {\n    id\n    position\n    title\n    description\n    notes\n    sourceType\n    sourceUrl\n    viewerCanEdit\n    author {\n      id\n      name\n    }\n  }\n": types.AgendaPanel_AddedItemFragmentDoc,
    "\n  mutation AddAgendaItem($meetingId: ID!, $input: AgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, input: $input) {\n      id\n      ...AgendaPanel_addedItem\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  mutation AddProposedAgendaItem($meetingId: ID!, $key: ID!) {\n    addProposedAgendaItem(meetingId: $meetingId, key: $key) {\n      id\n      ...AgendaPanel_addedItem\n    }\n  }\n": types.AddProposedAgendaItemDocument,
    "\n  mutation ReorderAgendaItems($meetingId: ID!, $itemIds: [ID!]!) {\n    reorderAgendaItems(meetingId: $meetingId, itemIds: $itemIds) {\n      id\n      position\n    }\n  }\n": types.ReorderAgendaItemsDocument,
    "\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id)\n  }\n": types.RemoveAgendaItemDocument,
    "\n  query ProposedAgendaItems($meetingId: ID!) {\n    proposedAgendaItems(meetingId: $meetingId) {\n      key\n      label\n      sourceType\n      sourceUrl\n      date\n      partnership {\n        id\n        name\n      }\n    }\n  }\n": types.ProposedAgendaItemsDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n": types.CalendarFeedDocument,
    "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed {\n      url\n      createdAt\n    }\n  }\n": types.RotateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  fragment EvaluationForm_meeting on Meeting {\n    id\n    kind\n    evaluationSignedOffAt\n    evaluationObjectives\n    evaluationSignedOffBy {\n      id\n      name\n    }\n    viewerCan {\n      evaluate\n      signOffEvaluation\n    }\n    evaluation {\n      id\n      objective\n      rating\n      notes\n    }\n  }\n": types.EvaluationForm_MeetingFragmentDoc,
    "\n  mutation SaveEvaluation($meetingId: ID!, $scores: [EvaluationScoreInput!]!) {\n    saveEvaluation(meetingId: $meetingId, scores: $scores) {\n      id\n      ...EvaluationForm_meeting\n    }\n  }\n": types.SaveEvaluationDocument,
    "\n  mutation SignOffEvaluation($meetingId: ID!) {\n    signOffEvaluation(meetingId: $meetingId) {\n      id\n      ...EvaluationForm_meeting\n    }\n  }\n": types.SignOffEvaluationDocument,
    "\n  query MeetingInviteeOptions($partnershipIds: [ID!]!) {\n    meetingInviteeOptions(partnershipIds: $partnershipIds) {\n      id\n      name\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.MeetingInviteeOptionsDocument,
    "\n  fragment ManageMeeting_meeting on Meeting {\n    id\n    kind\n    status\n    title\n    description\n    startsAtLocal\n    endsAtLocal\n    place\n    onlineUrl\n    partnerships {\n      id\n      contactPerson {\n        id\n      }\n    }\n    createdBy {\n      id\n    }\n    invitees {\n      id\n      user {\n        id\n      }\n    }\n    viewerCan {\n      manage\n    }\n  }\n": types.ManageMeeting_MeetingFragmentDoc,
    "\n  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  mutation CancelMeeting($id: ID!, $reason: String) {\n    cancelMeeting(id: $id, reason: $reason) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  fragment MeetingDetails_meeting on Meeting {\n    id\n    kind\n    status\n    title\n    description\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    cancelReason\n    partnershipNames\n    createdBy {\n      id\n      name\n    }\n  }\n": types.MeetingDetails_MeetingFragmentDoc,
    "\n  fragment MeetingDocuments_meeting on Meeting {\n    id\n    status\n    documents {\n      id\n      ...DocumentList_documents\n    }\n  }\n": types.MeetingDocuments_MeetingFragmentDoc,
    "\n  fragment MeetingList_meetings on Meeting {\n    id\n    kind\n    status\n    title\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    partnershipNames\n    rsvpCounts {\n      yes\n      no\n      maybe\n      pending\n    }\n    viewerInvitation {\n      id\n      response\n    }\n  }\n": types.MeetingList_MeetingsFragmentDoc,
    "\n  fragment MeetingPage_meeting on Meeting {\n    id\n    kind\n    title\n    status\n    sequence\n    inviteUrl\n    invitees {\n      id\n      response\n      user {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    ...MeetingDetails_meeting\n    ...ManageMeeting_meeting\n    ...RsvpPanel_meeting\n    ...AgendaPanel_meeting\n    ...MinutesPanel_meeting\n    ...ActionItemsPanel_meeting\n    ...EvaluationForm_meeting\n    ...MeetingDocuments_meeting\n  }\n": types.MeetingPage_MeetingFragmentDoc,
    "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": types.MeetingPageDocument,
    "\n  subscription MeetingChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": types.MeetingChangedDocument,
    "\n  query Meetings {\n    meetings(includePast: true) {\n      id\n      ...MeetingList_meetings\n    }\n  }\n": types.MeetingsDocument,
    "\n  fragment MinutesPanel_meeting on Meeting {\n    id\n    viewerCan {\n      manage\n    }\n    invitees {\n      id\n      attendance\n      response\n      user {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    agenda {\n      id\n      position\n      title\n      notes\n    }\n    decisions {\n      id\n      text\n      agendaItemId\n      createdAt\n    }\n  }\n": types.MinutesPanel_MeetingFragmentDoc,
    "\n  mutation RecordAttendance($meetingId: ID!, $entries: [AttendanceInput!]!) {\n    recordAttendance(meetingId: $meetingId, entries: $entries) {\n      id\n      invitees {\n        id\n        attendance\n      }\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation SaveAgendaNotes($id: ID!, $notes: String!) {\n    updateAgendaItem(id: $id, input: { notes: $notes }) {\n      id\n      notes\n    }\n  }\n": types.SaveAgendaNotesDocument,
    "\n  mutation RemoveDecision($id: ID!) {\n    removeDecision(id: $id)\n  }\n": types.RemoveDecisionDocument,
    "\n  mutation AddDecision($meetingId: ID!, $input: DecisionInput!) {\n    addDecision(meetingId: $meetingId, input: $input) {\n      id\n      text\n      agendaItemId\n      createdAt\n    }\n  }\n": types.AddDecisionDocument,
    "\n  query MyActionItems {\n    myActionItems {\n      id\n      ...ActionItemRow_item\n    }\n  }\n": types.MyActionItemsDocument,
    "\n  query PartnershipMeetings($partnershipId: ID!) {\n    meetings(partnershipId: $partnershipId, includePast: true) {\n      id\n      ...MeetingList_meetings\n    }\n    evaluationHistory(partnershipId: $partnershipId) {\n      date\n      signedOff\n      average\n      meeting {\n        id\n        title\n      }\n      ratings {\n        objective\n        rating\n      }\n    }\n  }\n": types.PartnershipMeetingsDocument,
    "\n  fragment RsvpPanel_meeting on Meeting {\n    id\n    status\n    rsvpCounts {\n      yes\n      no\n      maybe\n      pending\n    }\n    viewerInvitation {\n      id\n      response\n    }\n    viewerCan {\n      respond\n    }\n  }\n": types.RsvpPanel_MeetingFragmentDoc,
    "\n  mutation RespondToMeeting($meetingId: ID!, $response: RsvpResponse!) {\n    respondToMeeting(meetingId: $meetingId, response: $response) {\n      id\n      response\n      respondedAt\n    }\n  }\n": types.RespondToMeetingDocument,
    "\n  query ScheduleOptions {\n    partnerships(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          contactPerson {\n            id\n          }\n          deputy {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ScheduleOptionsDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      title\n    }\n  }\n": types.ScheduleMeetingDocument,
    "\n  subscription MeetingsChanged($partnershipId: ID) {\n    meetingsChanged(partnershipId: $partnershipId) {\n      meetingId\n      meeting {\n        id\n        ...MeetingList_meetings\n        actionItems {\n          id\n          status\n          assignee {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.MeetingsChangedDocument,
    "\n  fragment ThreadList_thread on Thread {\n    id\n    kind\n    subject\n    unreadCount\n    muted\n    lastActivityAt\n    partnership {\n      id\n      name\n    }\n    household {\n      id\n      reference\n    }\n    lastMessage {\n      id\n      body\n      deleted\n      internal\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.ThreadList_ThreadFragmentDoc,
    "\n  query Inbox($first: Int!, $after: String) {\n    threads(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...ThreadList_thread\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.InboxDocument,
    "\n  query StartThreadPartnerships {\n    partnerships(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.StartThreadPartnershipsDocument,
    "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n      ...ThreadList_thread\n    }\n  }\n": types.StartThreadDocument,
    "\n  fragment MessageItem_message on Message {\n    id\n    seq\n    body\n    internal\n    edited\n    deleted\n    removedUnder\n    createdAt\n    editedAt\n    author {\n      id\n      name\n    }\n    replyTo {\n      id\n      body\n      deleted\n      author {\n        id\n        name\n      }\n    }\n    mentions {\n      id\n      name\n    }\n    viewerCan {\n      edit\n      delete\n    }\n    attachments {\n      id\n      name\n      downloadUrl\n      latestVersion {\n        id\n        size\n        contentType\n        previewUrl\n      }\n    }\n  }\n": types.MessageItem_MessageFragmentDoc,
    "\n  query PartnershipThreads($partnershipId: ID!) {\n    threads(partnershipId: $partnershipId, first: 20) {\n      edges {\n        cursor\n        node {\n          id\n          ...ThreadList_thread\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.PartnershipThreadsDocument,
    "\n  mutation OpenPartnershipThread($partnershipId: ID!) {\n    openPartnershipThread(partnershipId: $partnershipId) {\n      id\n    }\n  }\n": types.OpenPartnershipThreadDocument,
    "\n  mutation OpenHouseholdThread($householdId: ID!) {\n    openHouseholdThread(householdId: $householdId) {\n      id\n    }\n  }\n": types.OpenHouseholdThreadDocument,
    "\n  query Outbox($status: OutboxStatus) {\n    outbox(status: $status) {\n      id\n      to\n      subject\n      body\n      createdAt\n      kind\n      status\n      attempts\n      lastError\n      nextAttemptAt\n      sentAt\n    }\n  }\n": types.OutboxDocument,
    "\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      id\n      status\n      attempts\n      lastError\n      nextAttemptAt\n      sentAt\n    }\n  }\n": types.RetryOutboxMessageDocument,
    "\n  fragment ThreadView_message on Message {\n    id\n    seq\n    changeSeq\n    clientId\n    body\n    deleted\n    internal\n    createdAt\n    author {\n      id\n      name\n    }\n    seenBy {\n      id\n      name\n    }\n    ...MessageItem_message\n  }\n": types.ThreadView_MessageFragmentDoc,
    "\n  query ThreadPage($id: ID!) {\n    thread(id: $id) {\n      id\n      kind\n      subject\n      muted\n      viewerLastReadSeq\n      unreadCount\n      partnership {\n        id\n        name\n      }\n      household {\n        id\n        reference\n      }\n      viewerCan {\n        post\n        postInternal\n      }\n    }\n    messagingSettings {\n      sendReadReceipts\n    }\n  }\n": types.ThreadPageDocument,
    "\n  query ThreadMessages($threadId: ID!, $afterSeq: Int, $beforeSeq: Int, $limit: Int) {\n    messages(threadId: $threadId, afterSeq: $afterSeq, beforeSeq: $beforeSeq, limit: $limit) {\n      hasMore\n      messages {\n        id\n        ...ThreadView_message\n      }\n    }\n  }\n": types.ThreadMessagesDocument,
    "\n  query ThreadChanges($threadId: ID!, $afterChangeSeq: Int!) {\n    threadChanges(threadId: $threadId, afterChangeSeq: $afterChangeSeq, limit: 200) {\n      hasMore\n      messages {\n        id\n        ...ThreadView_message\n      }\n    }\n  }\n": types.ThreadChangesDocument,
    "\n  query ThreadPresence($threadId: ID!) {\n    threadPresence(threadId: $threadId) {\n      online\n      lastSeenAt\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.ThreadPresenceDocument,
    "\n  subscription ThreadMessageEvents($threadId: ID!) {\n    messageEvents(threadId: $threadId) {\n      kind\n      threadId\n      message {\n        id\n        ...ThreadView_message\n      }\n    }\n  }\n": types.ThreadMessageEventsDocument,
    "\n  subscription ThreadTyping($threadId: ID!) {\n    typingEvents(threadId: $threadId) {\n      threadId\n      typing\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.ThreadTypingDocument,
    "\n  subscription ThreadReadState($threadId: ID!) {\n    readStateEvents(threadId: $threadId) {\n      threadId\n      lastReadSeq\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.ThreadReadStateDocument,
    "\n  subscription ThreadPresenceEvents($threadId: ID!) {\n    presenceEvents(threadId: $threadId) {\n      online\n      lastSeenAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.ThreadPresenceEventsDocument,
    "\n  mutation EditMessage($input: EditMessageInput!) {\n    editMessage(input: $input) {\n      id\n      ...ThreadView_message\n    }\n  }\n": types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      id\n      ...ThreadView_message\n    }\n  }\n": types.DeleteMessageDocument,
    "\n  mutation MarkThreadRead($threadId: ID!, $seq: Int!) {\n    markThreadRead(threadId: $threadId, seq: $seq) {\n      id\n      unreadCount\n      viewerLastReadSeq\n    }\n  }\n": types.MarkThreadReadDocument,
    "\n  mutation SetTyping($threadId: ID!, $typing: Boolean!, $internal: Boolean) {\n    setTyping(threadId: $threadId, typing: $typing, internal: $internal)\n  }\n": types.SetTypingDocument,
    "\n  mutation MuteThread($threadId: ID!, $muted: Boolean!) {\n    muteThread(threadId: $threadId, muted: $muted) {\n      id\n      muted\n    }\n  }\n": types.MuteThreadDocument,
    "\n  mutation UpdateMessagingSettings($sendReadReceipts: Boolean!) {\n    updateMessagingSettings(sendReadReceipts: $sendReadReceipts) {\n      sendReadReceipts\n    }\n  }\n": types.UpdateMessagingSettingsDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      ...ThreadView_message\n    }\n  }\n": types.SendMessageDocument,
    "\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n": types.UnreadMessageCountDocument,
    "\n  subscription InboxMessageEvents {\n    messageEvents {\n      kind\n      threadId\n      message {\n        id\n        seq\n      }\n    }\n  }\n": types.InboxMessageEventsDocument,
    "\n  subscription InboxReadState {\n    readStateEvents {\n      threadId\n      lastReadSeq\n      user {\n        id\n      }\n    }\n  }\n": types.InboxReadStateDocument,
    "\n  mutation Heartbeat($online: Boolean!) {\n    heartbeat(online: $online)\n  }\n": types.HeartbeatDocument,
    "\n  query EmailSettings {\n    emailSettings {\n      id\n      digestTime\n      kinds {\n        kind\n        mode\n        isDefault\n      }\n    }\n  }\n": types.EmailSettingsDocument,
    "\n  mutation SetEmailPreference($kind: NotificationKind!, $mode: EmailMode!) {\n    setEmailPreference(kind: $kind, mode: $mode) {\n      id\n      digestTime\n      kinds {\n        kind\n        mode\n        isDefault\n      }\n    }\n  }\n": types.SetEmailPreferenceDocument,
    "\n  mutation SetDigestTime($time: String!) {\n    setDigestTime(time: $time) {\n      id\n      digestTime\n    }\n  }\n": types.SetDigestTimeDocument,
    "\n  query NotificationBell {\n    unreadNotificationCount\n  }\n": types.NotificationBellDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      ...NotificationItem_notification\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    sourceType\n    sourceId\n    messageId\n    partnershipId\n    excerpt\n    createdAt\n    readAt\n    actor {\n      id\n      name\n    }\n  }\n": types.NotificationItem_NotificationFragmentDoc,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      enabled\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $enabled: Boolean!) {\n    setNotificationPreference(kind: $kind, enabled: $enabled) {\n      kind\n      enabled\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationItem_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  fragment OrganisationForm_organisation on Organisation {\n    id\n    name\n    kind\n    street\n    postalCode\n    city\n    contactName\n    contactEmail\n    contactPhone\n  }\n": types.OrganisationForm_OrganisationFragmentDoc,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      ...OrganisationForm_organisation\n      ...OrganisationsTable_organisations\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      ...OrganisationForm_organisation\n      ...OrganisationsTable_organisations\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  fragment OrganisationsTable_organisations on Organisation {\n    id\n    name\n    kind\n    city\n    contactName\n    contactEmail\n    contactPhone\n  }\n": types.OrganisationsTable_OrganisationsFragmentDoc,
    "\n  query OrganisationsPage {\n    organisations {\n      id\n      ...OrganisationsTable_organisations\n      ...OrganisationForm_organisation\n    }\n  }\n": types.OrganisationsPageDocument,
    "\n  query CreatePartnershipOptions {\n    organisations {\n      id\n      name\n    }\n    users(role: CONTACT_PERSON) {\n      id\n      name\n      email\n    }\n  }\n": types.CreatePartnershipOptionsDocument,
    "\n  mutation CreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      id\n      ...PartnershipPage_partnership\n    }\n  }\n": types.CreatePartnershipDocument,
    "\n  fragment EditPartnershipForm_partnership on Partnership {\n    id\n    name\n    track\n    status\n    agreementStart\n    agreementEnd\n    capacityPledged\n  }\n": types.EditPartnershipForm_PartnershipFragmentDoc,
    "\n  mutation UpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) {\n    updatePartnership(id: $id, input: $input) {\n      id\n      name\n      ...EditPartnershipForm_partnership\n      ...PartnershipDetails_partnership\n      ...PartnershipList_partnerships\n    }\n  }\n": types.UpdatePartnershipDocument,
    "\n  fragment PartnershipContacts_partnership on Partnership {\n    id\n    contactPerson {\n      id\n      name\n      email\n    }\n    deputy {\n      id\n      name\n      email\n    }\n  }\n": types.PartnershipContacts_PartnershipFragmentDoc,
    "\n  query ContactPersons {\n    users(role: CONTACT_PERSON) {\n      id\n      name\n      email\n    }\n  }\n": types.ContactPersonsDocument,
    "\n  mutation AssignContactPerson($partnershipId: ID!, $contactPersonId: ID!, $deputyId: ID) {\n    assignContactPerson(partnershipId: $partnershipId, contactPersonId: $contactPersonId, deputyId: $deputyId) {\n      id\n      ...PartnershipContacts_partnership\n      ...PartnershipList_partnerships\n    }\n  }\n": types.AssignContactPersonDocument,
    "\n  fragment PartnershipDetails_partnership on Partnership {\n    id\n    programme {\n      id\n      code\n    }\n    track\n    status\n    agreementStart\n    agreementEnd\n    capacityPledged\n    personsCount\n  }\n": types.PartnershipDetails_PartnershipFragmentDoc,
    "\n  fragment PartnershipList_partnerships on Partnership {\n    id\n    name\n    programme {\n      id\n      code\n    }\n    track\n    status\n    capacityPledged\n    personsCount\n    contactPerson {\n      id\n      name\n    }\n    members {\n      lead\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.PartnershipList_PartnershipsFragmentDoc,
    "\n  fragment PartnershipMembers_partnership on Partnership {\n    id\n    members {\n      lead\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.PartnershipMembers_PartnershipFragmentDoc,
    "\n  query MemberOrganisations {\n    organisations {\n      id\n      name\n    }\n  }\n": types.MemberOrganisationsDocument,
    "\n  mutation AddPartnershipMember($partnershipId: ID!, $organisationId: ID!, $lead: Boolean!) {\n    addPartnershipMember(partnershipId: $partnershipId, organisationId: $organisationId, lead: $lead) {\n      id\n      ...PartnershipMembers_partnership\n      ...PartnershipList_partnerships\n      viewerCan {\n        manageMembers\n        inviteCoordinator\n        inviteVolunteer\n      }\n    }\n  }\n": types.AddPartnershipMemberDocument,
    "\n  mutation RemovePartnershipMember($partnershipId: ID!, $organisationId: ID!) {\n    removePartnershipMember(partnershipId: $partnershipId, organisationId: $organisationId) {\n      id\n      ...PartnershipMembers_partnership\n      ...PartnershipList_partnerships\n    }\n  }\n": types.RemovePartnershipMemberDocument,
    "\n  fragment PartnershipPage_partnership on Partnership {\n    id\n    name\n    fundingTotalCents\n    programme {\n      id\n      caseKind\n      fundingRule\n    }\n    viewerCan {\n      view\n      update\n      manageMembers\n      assignContactPerson\n      registerHousehold\n      recordSpecificNeeds\n      viewFunding\n      inviteCoordinator\n      inviteVolunteer\n      uploadDocument\n    }\n    households {\n      id\n      ...HouseholdsTable_households\n    }\n    ...PartnershipDetails_partnership\n    ...PartnershipMembers_partnership\n    ...PartnershipContacts_partnership\n    ...EditPartnershipForm_partnership\n    ...PartnershipList_partnerships\n  }\n": types.PartnershipPage_PartnershipFragmentDoc,
    "\n  query PartnershipPage($id: ID!) {\n    partnership(id: $id) {\n      id\n      ...PartnershipPage_partnership\n    }\n  }\n": types.PartnershipPageDocument,
    "\n  subscription PartnershipHouseholdChanged($partnershipId: ID!) {\n    householdChanged(partnershipId: $partnershipId) {\n      id\n      ...HouseholdsTable_households\n      partnership {\n        id\n        personsCount\n        fundingTotalCents\n      }\n    }\n  }\n": types.PartnershipHouseholdChangedDocument,
    "\n  query PartnershipsList($first: Int!, $after: String) {\n    partnerships(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PartnershipList_partnerships\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.PartnershipsListDocument,
    "\n  fragment PaymentsPage_statement on PeriodStatement {\n    id\n    year\n    years\n    status\n    approvedTotalCents\n    paidCents\n    balanceCents\n    partnership {\n      id\n      name\n    }\n    lines {\n      householdId\n      reference\n      headName\n      persons\n      baseCents\n      secondYearCents\n      directArrivalHeadCents\n      directArrivalMembersCents\n      totalCents\n    }\n    totals {\n      households\n      persons\n      totalCents\n    }\n    approval {\n      approvedAt\n      approvedBy {\n        id\n        name\n      }\n      totals {\n        households\n        persons\n        totalCents\n      }\n    }\n    differences {\n      householdId\n      reference\n      deltaCents\n      approved {\n        totalCents\n      }\n      current {\n        totalCents\n      }\n    }\n    payments {\n      id\n      paidOn\n      amountCents\n      note\n      recordedBy {\n        id\n        name\n      }\n    }\n    history {\n      id\n      kind\n      at\n      user {\n        id\n        name\n      }\n      approvedTotalCents\n      previousApprovedTotalCents\n      amountCents\n      paidCents\n    }\n    viewerCan {\n      approve\n      recordPayment\n    }\n  }\n": types.PaymentsPage_StatementFragmentDoc,
    "\n  query PeriodStatementPage($partnershipId: ID!, $year: Int!) {\n    periodStatement(partnershipId: $partnershipId, year: $year) {\n      ...PaymentsPage_statement\n    }\n  }\n": types.PeriodStatementPageDocument,
    "\n  mutation ApproveFundingStatement($partnershipId: ID!, $year: Int!, $totalCents: Int!) {\n    approveFundingStatement(partnershipId: $partnershipId, year: $year, totalCents: $totalCents) {\n      ...PaymentsPage_statement\n    }\n  }\n": types.ApproveFundingStatementDocument,
    "\n  mutation RecordFundingPayment($partnershipId: ID!, $year: Int!, $input: FundingPaymentInput!) {\n    recordFundingPayment(partnershipId: $partnershipId, year: $year, input: $input) {\n      ...PaymentsPage_statement\n    }\n  }\n": types.RecordFundingPaymentDocument,
    "\n  query ErasurePreview($subjectType: ErasureSubject!, $id: ID!) {\n    erasurePreview(subjectType: $subjectType, id: $id) {\n      subjectType\n      subjectId\n      label\n      confirmation\n      counts {\n        kind\n        count\n      }\n      erasure {\n        id\n        completedAt\n      }\n    }\n  }\n": types.ErasurePreviewDocument,
    "\n  fragment ErasureRecord_erasure on Erasure {\n    id\n    subjectType\n    subjectId\n    mode\n    reason\n    startedAt\n    completedAt\n    requestedBy {\n      id\n      name\n    }\n    removed {\n      kind\n      count\n    }\n  }\n": types.ErasureRecord_ErasureFragmentDoc,
    "\n  mutation EraseHousehold($id: ID!, $reason: String!, $confirmation: String!) {\n    eraseHousehold(id: $id, reason: $reason, confirmation: $confirmation) {\n      ...ErasureRecord_erasure\n    }\n  }\n": types.EraseHouseholdDocument,
    "\n  mutation EraseUser($id: ID!, $reason: String!, $confirmation: String!) {\n    eraseUser(id: $id, reason: $reason, confirmation: $confirmation) {\n      ...ErasureRecord_erasure\n    }\n  }\n": types.EraseUserDocument,
    "\n  fragment HouseholdPrivacyPanel_household on Household {\n    id\n    members {\n      id\n      firstName\n      lastName\n    }\n    erasure {\n      mode\n      erasedAt\n    }\n  }\n": types.HouseholdPrivacyPanel_HouseholdFragmentDoc,
    "\n  query PrivacyPage {\n    programmes {\n      id\n      ...RetentionRow_programme\n    }\n    myHouseholds {\n      id\n      reference\n      partnership {\n        id\n        name\n      }\n      members {\n        id\n        firstName\n        lastName\n      }\n      erasure {\n        mode\n        erasedAt\n      }\n    }\n    users {\n      id\n      name\n      email\n      role\n    }\n    erasures(first: 100) {\n      id\n      ...ErasureRecord_erasure\n    }\n  }\n": types.PrivacyPageDocument,
    "\n  fragment RetentionRow_programme on Programme {\n    id\n    code\n    retention {\n      id\n      householdMonthsAfterGuidance\n      accessLogMonths\n      updatedAt\n    }\n  }\n": types.RetentionRow_ProgrammeFragmentDoc,
    "\n  mutation SetRetentionPolicy($programme: ProgrammeCode!, $household: Int!, $accessLog: Int!) {\n    setRetentionPolicy(programme: $programme, householdMonthsAfterGuidance: $household, accessLogMonths: $accessLog) {\n      id\n      householdMonthsAfterGuidance\n      accessLogMonths\n      updatedAt\n    }\n  }\n": types.SetRetentionPolicyDocument,
    "\n  query ProgrammeRetention {\n    programmes {\n      id\n      code\n      retention {\n        id\n        householdMonthsAfterGuidance\n        accessLogMonths\n      }\n    }\n  }\n": types.ProgrammeRetentionDocument,
    "\n  query ProgrammeSettings {\n    programmes {\n      id\n      code\n      caseKind\n      fundingRule\n      caseMonths\n      objectives\n      indicators {\n        ...ProgrammeIndicatorFields\n      }\n    }\n  }\n": types.ProgrammeSettingsDocument,
    "\n  mutation UpdateProgrammeConfiguration($input: ProgrammeConfigurationInput!) {\n    updateProgrammeConfiguration(input: $input) {\n      id\n      code\n      caseKind\n      fundingRule\n      caseMonths\n      objectives\n      indicators {\n        ...ProgrammeIndicatorFields\n      }\n    }\n  }\n": types.UpdateProgrammeConfigurationDocument,
    "\n  fragment ProgrammeIndicatorFields on IndicatorType_ {\n    key\n    type\n    required\n    label {\n      nl\n      fr\n      en\n    }\n    choices {\n      key\n      label {\n        nl\n        fr\n        en\n      }\n    }\n  }\n": types.ProgrammeIndicatorFieldsFragmentDoc,
    "\n  fragment GuidancePlan_household on Household {\n    id\n    progress {\n      done\n      total\n    }\n    nextStep {\n      id\n    }\n    viewerCan {\n      updateStep\n    }\n    plan {\n      id\n      ...GuidanceStepItem_step\n    }\n  }\n": types.GuidancePlan_HouseholdFragmentDoc,
    "\n  fragment GuidanceStepItem_step on GuidanceStep {\n    id\n    key\n    version\n    status\n    dueDate\n    overdue\n    owner\n    note\n    notApplicableReason\n    updatedAt\n    label {\n      nl\n      fr\n      en\n    }\n    member {\n      id\n      firstName\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n": types.GuidanceStepItem_StepFragmentDoc,
    "\n  fragment HouseholdTimeline_household on Household {\n    id\n    timeline {\n      id\n      at\n      kind\n      actor {\n        id\n        name\n      }\n      stepKey\n      stepLabel {\n        nl\n        fr\n        en\n      }\n      fromStatus\n      toStatus\n      fields\n      date\n      endReason\n      note\n      memberName\n      joined\n      fromPartnership\n      toPartnership\n    }\n  }\n": types.HouseholdTimeline_HouseholdFragmentDoc,
    "\n  fragment HousingPanel_household on Household {\n    id\n    arrivalDate\n    plannedArrivalDate\n    guidanceStart\n    nextHomeSearchDueFrom\n    flags\n    viewerCan {\n      updateHousing\n    }\n    housing {\n      id\n      version\n      street\n      postalCode\n      city\n      leaseStart\n      leaseEnd\n      monthlyRentCents\n      landlordKind\n      movedInOn\n      coversFirstYear\n      nextHomeSearchStartedOn\n      nextHomeFoundOn\n    }\n  }\n": types.HousingPanel_HouseholdFragmentDoc,
    "\n  mutation StartNextHomeSearch($householdId: ID!, $on: String) {\n    startNextHomeSearch(householdId: $householdId, on: $on) {\n      id\n      ...HouseholdProgress_household\n    }\n  }\n": types.StartNextHomeSearchDocument,
    "\n  mutation RecordNextHomeFound($householdId: ID!, $on: String) {\n    recordNextHomeFound(householdId: $householdId, on: $on) {\n      id\n      ...HouseholdProgress_household\n    }\n  }\n": types.RecordNextHomeFoundDocument,
    "\n  fragment QuotaProgressCard_progress on QuotaProgress {\n    year\n    quota\n    personsArrived\n    personsPlanned\n    programme {\n      id\n      code\n    }\n  }\n": types.QuotaProgressCard_ProgressFragmentDoc,
    "\n  mutation SetQuota($programme: ProgrammeCode!, $year: Int!, $persons: Int!) {\n    setQuota(programme: $programme, year: $year, persons: $persons) {\n      year\n      persons\n    }\n  }\n": types.SetQuotaDocument,
    "\n  fragment HouseholdProgress_household on Household {\n    id\n    flags\n    lastActivityAt\n    ...GuidancePlan_household\n    ...HousingPanel_household\n    ...HouseholdTimeline_household\n    ...BoardRow_household\n  }\n": types.HouseholdProgress_HouseholdFragmentDoc,
    "\n  query HouseholdProgress($id: ID!) {\n    household(id: $id) {\n      id\n      ...HouseholdProgress_household\n    }\n  }\n": types.HouseholdProgressDocument,
    "\n  mutation UpdateGuidanceStep($id: ID!, $input: UpdateGuidanceStepInput!, $guard: WriteGuardInput) {\n    updateGuidanceStep(id: $id, input: $input, guard: $guard) {\n      id\n      version\n      ...GuidanceStepItem_step\n      household {\n        id\n        ...HouseholdProgress_household\n      }\n    }\n  }\n": types.UpdateGuidanceStepDocument,
    "\n  mutation UpdateHousing($householdId: ID!, $input: HousingInput!, $guard: WriteGuardInput) {\n    updateHousing(householdId: $householdId, input: $input, guard: $guard) {\n      id\n      version\n      street\n      postalCode\n      city\n      leaseStart\n      leaseEnd\n      monthlyRentCents\n      landlordKind\n      movedInOn\n      coversFirstYear\n      nextHomeSearchStartedOn\n      nextHomeFoundOn\n    }\n  }\n": types.UpdateHousingDocument,
    "\n  fragment MinutesStatus_status on MinutesStatus {\n    id\n    available\n    pdfUrl\n    viewerCanAcknowledge\n    viewerAcknowledgedAt\n    viewerAcknowledgementCurrent\n    acknowledgements {\n      at\n      current\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.MinutesStatus_StatusFragmentDoc,
    "\n  query MeetingMinutes($meetingId: ID!) {\n    meetingMinutes(meetingId: $meetingId) {\n      ...MinutesStatus_status\n    }\n  }\n": types.MeetingMinutesDocument,
    "\n  mutation AcknowledgeMinutes($meetingId: ID!) {\n    acknowledgeMinutes(meetingId: $meetingId) {\n      ...MinutesStatus_status\n    }\n  }\n": types.AcknowledgeMinutesDocument,
    "\n  query YearlyReport($programme: ProgrammeCode!, $year: Int!) {\n    yearlyReport(programme: $programme, year: $year) {\n      year\n      csvUrl\n      monthsCsvUrl\n      programme {\n        id\n        code\n      }\n      months {\n        month\n        arrivalRoute\n        households\n        persons\n        plannedHouseholds\n        plannedPersons\n      }\n      partnerships {\n        partnership {\n          id\n          name\n        }\n        track\n        households\n        persons\n        committedCents\n        approvedCents\n        paidCents\n        statementStatus\n        feedback {\n          rounds\n          accepted\n          submitted\n          open\n          overdue\n        }\n        evaluation {\n          meetingId\n          title\n          startsAt\n          ratings {\n            objective\n            rating\n          }\n        }\n      }\n      objectives {\n        objective\n        average\n        evaluations\n      }\n      totals {\n        households\n        persons\n        committedCents\n        approvedCents\n        paidCents\n        arrivedPersons\n        plannedPersons\n      }\n    }\n  }\n": types.YearlyReportDocument,
    "\n  fragment StepTemplateRow_template on StepTemplate {\n    id\n    key\n    position\n    anchor\n    offsetDays\n    owner\n    perSchoolAgeChild\n    label {\n      nl\n      fr\n      en\n    }\n  }\n": types.StepTemplateRow_TemplateFragmentDoc,
    "\n  query PlanTemplates($programme: ProgrammeCode!) {\n    stepTemplates(programme: $programme) {\n      id\n      ...StepTemplateRow_template\n    }\n    programmes {\n      id\n      code\n      nextHomeSearchMonths\n      staleAfterDays\n    }\n  }\n": types.PlanTemplatesDocument,
    "\n  mutation SaveStepTemplate($programme: ProgrammeCode!, $input: StepTemplateInput!) {\n    saveStepTemplate(programme: $programme, input: $input) {\n      id\n      ...StepTemplateRow_template\n    }\n  }\n": types.SaveStepTemplateDocument,
    "\n  mutation RemoveStepTemplate($id: ID!) {\n    removeStepTemplate(id: $id)\n  }\n": types.RemoveStepTemplateDocument,
    "\n  mutation UpdateProgrammeSettings($programme: ProgrammeCode!, $nextHomeSearchMonths: Int!, $staleAfterDays: Int!) {\n    updateProgrammeSettings(programme: $programme, nextHomeSearchMonths: $nextHomeSearchMonths, staleAfterDays: $staleAfterDays) {\n      id\n      code\n      nextHomeSearchMonths\n      staleAfterDays\n    }\n  }\n": types.UpdateProgrammeSettingsDocument,
    "\n  query SupportTrajectoryBoard($partnershipId: ID, $overdueOnly: Boolean) {\n    supportTrajectoryBoard(partnershipId: $partnershipId, overdueOnly: $overdueOnly) {\n      id\n      ...SupportTrajectory_trajectory\n      partnership {\n        id\n        name\n      }\n    }\n  }\n": types.SupportTrajectoryBoardDocument,
    "\n  mutation OpenSupportTrajectory($input: OpenSupportTrajectoryInput!) {\n    openSupportTrajectory(input: $input) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n": types.OpenSupportTrajectoryDocument,
    "\n  query SupportTrajectories($partnershipId: ID!) {\n    supportTrajectories(partnershipId: $partnershipId) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n": types.SupportTrajectoriesDocument,
    "\n  mutation AdvanceSupportTrajectory($id: ID!, $stage: TrajectoryStage!, $on: String!, $closeReason: TrajectoryCloseReason) {\n    advanceSupportTrajectory(id: $id, stage: $stage, on: $on, closeReason: $closeReason) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n": types.AdvanceSupportTrajectoryDocument,
    "\n  mutation AssignSupportTrajectory($id: ID!, $followedByUserId: ID) {\n    assignSupportTrajectory(id: $id, followedByUserId: $followedByUserId) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n": types.AssignSupportTrajectoryDocument,
    "\n  mutation ExtendSupportTrajectory($id: ID!) {\n    extendSupportTrajectory(id: $id) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n": types.ExtendSupportTrajectoryDocument,
    "\n  fragment SupportTrajectory_trajectory on SupportTrajectory {\n    id\n    reference\n    birthYear\n    targetGroup\n    hasSpecificNeeds\n    needsNote\n    stage\n    startedOn\n    plannedEnd\n    extended\n    closeReason\n    flags\n    stages {\n      stage\n      on\n    }\n    followedBy {\n      id\n      name\n    }\n  }\n": types.SupportTrajectory_TrajectoryFragmentDoc,
    "\n  query TrajectoryOverview($partnershipId: ID!) {\n    trajectoryOverview(partnershipId: $partnershipId) {\n      caseKind\n      caseMonths\n      staff {\n        id\n        name\n      }\n      viewerCan {\n        edit\n        extend\n        viewSensitive\n      }\n    }\n  }\n": types.TrajectoryOverviewDocument,
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
export function graphql(source: "\n  mutation ChangeLanguage($language: Locale!) {\n    changeLanguage(language: $language) {\n      id\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeLanguage($language: Locale!) {\n    changeLanguage(language: $language) {\n      id\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      language\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      language\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLog($first: Int!, $after: String, $householdId: ID, $userId: ID) {\n    accessLog(first: $first, after: $after, householdId: $householdId, userId: $userId) {\n      edges {\n        cursor\n        node {\n          id\n          at\n          what\n          user {\n            id\n            name\n            email\n          }\n          household {\n            id\n            reference\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AccessLog($first: Int!, $after: String, $householdId: ID, $userId: ID) {\n    accessLog(first: $first, after: $after, householdId: $householdId, userId: $userId) {\n      edges {\n        cursor\n        node {\n          id\n          at\n          what\n          user {\n            id\n            name\n            email\n          }\n          household {\n            id\n            reference\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationList_invitations on Invitation {\n    id\n    email\n    name\n    role\n    expiresAt\n    acceptedAt\n    organisation {\n      id\n      name\n    }\n    partnership {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationList_invitations on Invitation {\n    id\n    email\n    name\n    role\n    expiresAt\n    acceptedAt\n    organisation {\n      id\n      name\n    }\n    partnership {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      role\n      organisationName\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      role\n      organisationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      id\n      name\n      role\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      id\n      name\n      role\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      id\n      ...InvitationList_invitations\n    }\n  }\n"): (typeof documents)["\n  query Invitations {\n    invitations {\n      id\n      ...InvitationList_invitations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitePartnerships {\n    partnerships(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          members {\n            lead\n            organisation {\n              id\n              name\n              kind\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query InvitePartnerships {\n    partnerships(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          members {\n            lead\n            organisation {\n              id\n              name\n              kind\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      ...InvitationList_invitations\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      ...InvitationList_invitations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordResetValid($token: String!) {\n    passwordResetValid(token: $token)\n  }\n"): (typeof documents)["\n  query PasswordResetValid($token: String!) {\n    passwordResetValid(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      id\n      name\n      role\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      id\n      name\n      role\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      name\n      role\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      name\n      role\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInPage {\n    me {\n      id\n    }\n    signInOptions {\n      staffAccount\n      staffAccountStartPath\n    }\n  }\n"): (typeof documents)["\n  query SignInPage {\n    me {\n      id\n    }\n    signInOptions {\n      staffAccount\n      staffAccountStartPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPage($role: Role) {\n    users(role: $role) {\n      id\n      name\n      email\n      role\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsersPage($role: Role) {\n    users(role: $role) {\n      id\n      name\n      email\n      role\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveUser($id: ID!) {\n    removeUser(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveUser($id: ID!) {\n    removeUser(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardPartnerships {\n    partnerships(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query BoardPartnerships {\n    partnerships(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardUpdated {\n    boardUpdated {\n      id\n      ...BoardRow_household\n    }\n  }\n"): (typeof documents)["\n  subscription BoardUpdated {\n    boardUpdated {\n      id\n      ...BoardRow_household\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardRow_household on Household {\n    id\n    reference\n    status\n    partnership {\n      id\n      name\n    }\n    head {\n      id\n      firstName\n      lastName\n    }\n    progress {\n      done\n      total\n    }\n    nextStep {\n      id\n      dueDate\n      overdue\n      label {\n        nl\n        fr\n        en\n      }\n      member {\n        id\n        firstName\n      }\n    }\n    flags\n    lastActivityAt\n  }\n"): (typeof documents)["\n  fragment BoardRow_household on Household {\n    id\n    reference\n    status\n    partnership {\n      id\n      name\n    }\n    head {\n      id\n      firstName\n      lastName\n    }\n    progress {\n      done\n      total\n    }\n    nextStep {\n      id\n      dueDate\n      overdue\n      label {\n        nl\n        fr\n        en\n      }\n      member {\n        id\n        firstName\n      }\n    }\n    flags\n    lastActivityAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board($partnershipId: ID, $flag: HouseholdFlag, $sort: BoardSort) {\n    board(partnershipId: $partnershipId, flag: $flag, sort: $sort) {\n      id\n      ...BoardRow_household\n    }\n  }\n"): (typeof documents)["\n  query Board($partnershipId: ID, $flag: HouseholdFlag, $sort: BoardSort) {\n    board(partnershipId: $partnershipId, flag: $flag, sort: $sort) {\n      id\n      ...BoardRow_household\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPartnershipBudget($partnershipId: ID!, $year: Int!, $amountCents: Int!) {\n    setPartnershipBudget(partnershipId: $partnershipId, year: $year, amountCents: $amountCents) {\n      partnershipId\n      budgetCents\n    }\n  }\n"): (typeof documents)["\n  mutation SetPartnershipBudget($partnershipId: ID!, $year: Int!, $amountCents: Int!) {\n    setPartnershipBudget(partnershipId: $partnershipId, year: $year, amountCents: $amountCents) {\n      partnershipId\n      budgetCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSpending($input: RecordSpendingInput!) {\n    recordSpending(input: $input) {\n      partnershipId\n      spentCents\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSpending($input: RecordSpendingInput!) {\n    recordSpending(input: $input) {\n      partnershipId\n      spentCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipBudget($partnershipId: ID!, $year: Int!) {\n    partnershipBudget(partnershipId: $partnershipId, year: $year) {\n      partnershipId\n      fundingRule\n      year\n      budgetCents\n      spentCents\n      viewerCan {\n        setBudget\n        recordSpending\n      }\n      spending {\n        id\n        periodStart\n        periodEnd\n        amountCents\n        note\n      }\n      history {\n        id\n        at\n        action\n        subject\n        beforeCents\n        afterCents\n        byName\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnershipBudget($partnershipId: ID!, $year: Int!) {\n    partnershipBudget(partnershipId: $partnershipId, year: $year) {\n      partnershipId\n      fundingRule\n      year\n      budgetCents\n      spentCents\n      viewerCan {\n        setBudget\n        recordSpending\n      }\n      spending {\n        id\n        periodStart\n        periodEnd\n        amountCents\n        note\n      }\n      history {\n        id\n        at\n        action\n        subject\n        beforeCents\n        afterCents\n        byName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSpending($id: ID!) {\n    removeSpending(id: $id) {\n      partnershipId\n      spentCents\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveSpending($id: ID!) {\n    removeSpending(id: $id) {\n      partnershipId\n      spentCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeBudgetTotals($programme: ProgrammeCode!, $year: Int!) {\n    programmeBudgetTotals(programme: $programme, year: $year) {\n      year\n      budgetCents\n      spentCents\n      partnerships {\n        budgetCents\n        spentCents\n        partnership {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeBudgetTotals($programme: ProgrammeCode!, $year: Int!) {\n    programmeBudgetTotals(programme: $programme, year: $year) {\n      year\n      budgetCents\n      spentCents\n      partnerships {\n        budgetCents\n        spentCents\n        partnership {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeDashboard($programme: ProgrammeCode!, $year: Int!) {\n    programmeDashboard(programme: $programme, year: $year) {\n      year\n      quota\n      personsArrived\n      personsPlanned\n      fundingCommittedCents\n      programme {\n        id\n        code\n        caseKind\n        fundingRule\n      }\n      months {\n        month\n        arrived\n        planned\n      }\n      partnerships {\n        capacityPledged\n        persons\n        partnership {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeDashboard($programme: ProgrammeCode!, $year: Int!) {\n    programmeDashboard(programme: $programme, year: $year) {\n      year\n      quota\n      personsArrived\n      personsPlanned\n      fundingCommittedCents\n      programme {\n        id\n        code\n        caseKind\n        fundingRule\n      }\n      months {\n        month\n        arrived\n        planned\n      }\n      partnerships {\n        capacityPledged\n        persons\n        partnership {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeIndicatorTotals($programme: ProgrammeCode!, $year: Int!) {\n    programmeIndicatorTotals(programme: $programme, year: $year) {\n      year\n      acceptedReports\n      programme {\n        id\n        code\n      }\n      indicators {\n        indicator {\n          key\n          type\n          label {\n            nl\n            fr\n            en\n          }\n          choices {\n            key\n            label {\n              nl\n              fr\n              en\n            }\n          }\n        }\n        yearTotal\n        months {\n          month\n          reports\n          total\n          choices {\n            key\n            count\n          }\n        }\n        partnerships {\n          partnershipId\n          name\n          total\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeIndicatorTotals($programme: ProgrammeCode!, $year: Int!) {\n    programmeIndicatorTotals(programme: $programme, year: $year) {\n      year\n      acceptedReports\n      programme {\n        id\n        code\n      }\n      indicators {\n        indicator {\n          key\n          type\n          label {\n            nl\n            fr\n            en\n          }\n          choices {\n            key\n            label {\n              nl\n              fr\n              en\n            }\n          }\n        }\n        yearTotal\n        months {\n          month\n          reports\n          total\n          choices {\n            key\n            count\n          }\n        }\n        partnerships {\n          partnershipId\n          name\n          total\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnFileBoard($partnershipId: ID, $overdueOnly: Boolean) {\n    returnFileBoard(partnershipId: $partnershipId, overdueOnly: $overdueOnly) {\n      id\n      ...ReturnFile_file\n      partnership {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReturnFileBoard($partnershipId: ID, $overdueOnly: Boolean) {\n    returnFileBoard(partnershipId: $partnershipId, overdueOnly: $overdueOnly) {\n      id\n      ...ReturnFile_file\n      partnership {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDeskRotaEntry($input: DeskRotaEntryInput!) {\n    setDeskRotaEntry(input: $input) {\n      id\n      desk\n      weekdays\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetDeskRotaEntry($input: DeskRotaEntryInput!) {\n    setDeskRotaEntry(input: $input) {\n      id\n      desk\n      weekdays\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskRota($partnershipId: ID!) {\n    deskRota(partnershipId: $partnershipId) {\n      id\n      desk\n      weekdays\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskRota($partnershipId: ID!) {\n    deskRota(partnershipId: $partnershipId) {\n      id\n      desk\n      weekdays\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDeskRotaEntry($id: ID!) {\n    removeDeskRotaEntry(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveDeskRotaEntry($id: ID!) {\n    removeDeskRotaEntry(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenReturnFile($input: OpenReturnFileInput!) {\n    openReturnFile(input: $input) {\n      id\n      ...ReturnFile_file\n    }\n  }\n"): (typeof documents)["\n  mutation OpenReturnFile($input: OpenReturnFileInput!) {\n    openReturnFile(input: $input) {\n      id\n      ...ReturnFile_file\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceReturnFile($id: ID!, $stage: ReturnStage!, $on: String!) {\n    advanceReturnFile(id: $id, stage: $stage, on: $on) {\n      id\n      ...ReturnFile_file\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceReturnFile($id: ID!, $stage: ReturnStage!, $on: String!) {\n    advanceReturnFile(id: $id, stage: $stage, on: $on) {\n      id\n      ...ReturnFile_file\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignReturnFile($id: ID!, $followedByOrganisationId: ID) {\n    assignReturnFile(id: $id, followedByOrganisationId: $followedByOrganisationId) {\n      id\n      ...ReturnFile_file\n    }\n  }\n"): (typeof documents)["\n  mutation AssignReturnFile($id: ID!, $followedByOrganisationId: ID) {\n    assignReturnFile(id: $id, followedByOrganisationId: $followedByOrganisationId) {\n      id\n      ...ReturnFile_file\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnFiles($partnershipId: ID!) {\n    returnFiles(partnershipId: $partnershipId) {\n      id\n      ...ReturnFile_file\n    }\n  }\n"): (typeof documents)["\n  query ReturnFiles($partnershipId: ID!) {\n    returnFiles(partnershipId: $partnershipId) {\n      id\n      ...ReturnFile_file\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskOverview($partnershipId: ID!) {\n    deskOverview(partnershipId: $partnershipId) {\n      caseKind\n      members {\n        id\n        name\n      }\n      viewerCan {\n        editRota\n        editReturnFiles\n        viewMedical\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskOverview($partnershipId: ID!) {\n    deskOverview(partnershipId: $partnershipId) {\n      caseKind\n      members {\n        id\n        name\n      }\n      viewerCan {\n        editRota\n        editReturnFiles\n        viewMedical\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReturnFile_file on ReturnFile {\n    id\n    reference\n    country\n    stage\n    overdue\n    hasMedicalNote\n    medicalNote\n    stages {\n      stage\n      on\n    }\n    followedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ReturnFile_file on ReturnFile {\n    id\n    reference\n    country\n    stage\n    overdue\n    hasMedicalNote\n    medicalNote\n    stages {\n      stage\n      on\n    }\n    followedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentList_documents on Document {\n    id\n    ...DocumentRow_document\n  }\n"): (typeof documents)["\n  fragment DocumentList_documents on Document {\n    id\n    ...DocumentRow_document\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentRow_document on Document {\n    id\n    name\n    category\n    createdAt\n    downloadUrl\n    household {\n      id\n    }\n    createdBy {\n      id\n      name\n    }\n    viewerCan {\n      manage\n      upload\n    }\n    versions {\n      id\n      number\n      size\n      contentType\n      originalName\n      uploadedAt\n      downloadUrl\n      previewUrl\n      uploadedBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentRow_document on Document {\n    id\n    name\n    category\n    createdAt\n    downloadUrl\n    household {\n      id\n    }\n    createdBy {\n      id\n      name\n    }\n    viewerCan {\n      manage\n      upload\n    }\n    versions {\n      id\n      number\n      size\n      contentType\n      originalName\n      uploadedAt\n      downloadUrl\n      previewUrl\n      uploadedBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsPanel($partnershipId: ID, $householdId: ID) {\n    documents(partnershipId: $partnershipId, householdId: $householdId) {\n      id\n      ...DocumentList_documents\n    }\n  }\n"): (typeof documents)["\n  query DocumentsPanel($partnershipId: ID, $householdId: ID) {\n    documents(partnershipId: $partnershipId, householdId: $householdId) {\n      id\n      ...DocumentList_documents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DocumentAdded($partnershipId: ID!, $householdId: ID) {\n    documentAdded(partnershipId: $partnershipId, householdId: $householdId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription DocumentAdded($partnershipId: ID!, $householdId: ID) {\n    documentAdded(partnershipId: $partnershipId, householdId: $householdId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameDocument($id: ID!, $name: String!) {\n    renameDocument(id: $id, name: $name) {\n      id\n      ...DocumentRow_document\n    }\n  }\n"): (typeof documents)["\n  mutation RenameDocument($id: ID!, $name: String!) {\n    renameDocument(id: $id, name: $name) {\n      id\n      ...DocumentRow_document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecategoriseDocument($id: ID!, $category: DocumentCategory!) {\n    recategoriseDocument(id: $id, category: $category) {\n      id\n      ...DocumentRow_document\n    }\n  }\n"): (typeof documents)["\n  mutation RecategoriseDocument($id: ID!, $category: DocumentCategory!) {\n    recategoriseDocument(id: $id, category: $category) {\n      id\n      ...DocumentRow_document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackAnswers_answers on FeedbackAnswer {\n    objective\n    status\n    text\n  }\n"): (typeof documents)["\n  fragment FeedbackAnswers_answers on FeedbackAnswer {\n    objective\n    status\n    text\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackHistory_round on FeedbackRound {\n    id\n    history {\n      id\n      kind\n      at\n      note\n      generalNote\n      by {\n        id\n        name\n      }\n      answers {\n        ...FeedbackAnswers_answers\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FeedbackHistory_round on FeedbackRound {\n    id\n    history {\n      id\n      kind\n      at\n      note\n      generalNote\n      by {\n        id\n        name\n      }\n      answers {\n        ...FeedbackAnswers_answers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFeedbackRounds {\n    myFeedbackRounds {\n      id\n      periodStart\n      periodEnd\n      dueDate\n      status\n      overdue\n      partnership {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyFeedbackRounds {\n    myFeedbackRounds {\n      id\n      periodStart\n      periodEnd\n      dueDate\n      status\n      overdue\n      partnership {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptFeedbackRound($id: ID!, $note: String) {\n    acceptFeedbackRound(id: $id, note: $note) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptFeedbackRound($id: ID!, $note: String) {\n    acceptFeedbackRound(id: $id, note: $note) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendBackFeedbackRound($id: ID!, $note: String!) {\n    sendBackFeedbackRound(id: $id, note: $note) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n"): (typeof documents)["\n  mutation SendBackFeedbackRound($id: ID!, $note: String!) {\n    sendBackFeedbackRound(id: $id, note: $note) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackRhythm_settings on FeedbackSettings {\n    partnershipId\n    rhythm\n    startDate\n    viewerCanSet\n  }\n"): (typeof documents)["\n  fragment FeedbackRhythm_settings on FeedbackSettings {\n    partnershipId\n    rhythm\n    startDate\n    viewerCanSet\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFeedbackSchedule($input: SetFeedbackScheduleInput!) {\n    setFeedbackSchedule(input: $input) {\n      partnershipId\n      ...FeedbackRhythm_settings\n    }\n  }\n"): (typeof documents)["\n  mutation SetFeedbackSchedule($input: SetFeedbackScheduleInput!) {\n    setFeedbackSchedule(input: $input) {\n      partnershipId\n      ...FeedbackRhythm_settings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackRoundForm_round on FeedbackRound {\n    id\n    status\n    generalNote\n    answers {\n      objective\n      status\n      text\n    }\n    indicatorValues {\n      key\n      number\n      choice\n      text\n    }\n    partnership {\n      id\n      programme {\n        id\n        objectives\n        indicators {\n          ...ProgrammeIndicatorFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FeedbackRoundForm_round on FeedbackRound {\n    id\n    status\n    generalNote\n    answers {\n      objective\n      status\n      text\n    }\n    indicatorValues {\n      key\n      number\n      choice\n      text\n    }\n    partnership {\n      id\n      programme {\n        id\n        objectives\n        indicators {\n          ...ProgrammeIndicatorFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFeedbackDraft($input: FeedbackAnswersInput!) {\n    saveFeedbackDraft(input: $input) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n"): (typeof documents)["\n  mutation SaveFeedbackDraft($input: FeedbackAnswersInput!) {\n    saveFeedbackDraft(input: $input) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFeedbackRound($input: FeedbackAnswersInput!) {\n    submitFeedbackRound(input: $input) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitFeedbackRound($input: FeedbackAnswersInput!) {\n    submitFeedbackRound(input: $input) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackRoundItem_round on FeedbackRound {\n    id\n    periodStart\n    periodEnd\n    dueDate\n    status\n    overdue\n    late\n    generalNote\n    submittedAt\n    reviewedAt\n    reviewNote\n    updatedAt\n    submittedBy {\n      id\n      name\n    }\n    reviewedBy {\n      id\n      name\n    }\n    answers {\n      ...FeedbackAnswers_answers\n    }\n    indicatorValues {\n      key\n      number\n      choice\n      text\n    }\n    partnership {\n      id\n      programme {\n        id\n        objectives\n        indicators {\n          ...ProgrammeIndicatorFields\n        }\n      }\n    }\n    viewerCan {\n      submit\n      review\n    }\n    ...FeedbackRoundForm_round\n    ...FeedbackHistory_round\n  }\n"): (typeof documents)["\n  fragment FeedbackRoundItem_round on FeedbackRound {\n    id\n    periodStart\n    periodEnd\n    dueDate\n    status\n    overdue\n    late\n    generalNote\n    submittedAt\n    reviewedAt\n    reviewNote\n    updatedAt\n    submittedBy {\n      id\n      name\n    }\n    reviewedBy {\n      id\n      name\n    }\n    answers {\n      ...FeedbackAnswers_answers\n    }\n    indicatorValues {\n      key\n      number\n      choice\n      text\n    }\n    partnership {\n      id\n      programme {\n        id\n        objectives\n        indicators {\n          ...ProgrammeIndicatorFields\n        }\n      }\n    }\n    viewerCan {\n      submit\n      review\n    }\n    ...FeedbackRoundForm_round\n    ...FeedbackHistory_round\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackSection($partnershipId: ID!) {\n    feedbackSettings(partnershipId: $partnershipId) {\n      partnershipId\n      ...FeedbackRhythm_settings\n    }\n    feedbackRounds(partnershipId: $partnershipId) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n"): (typeof documents)["\n  query FeedbackSection($partnershipId: ID!) {\n    feedbackSettings(partnershipId: $partnershipId) {\n      partnershipId\n      ...FeedbackRhythm_settings\n    }\n    feedbackRounds(partnershipId: $partnershipId) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FeedbackRoundChanged($partnershipId: ID!) {\n    feedbackRoundChanged(partnershipId: $partnershipId) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n"): (typeof documents)["\n  subscription FeedbackRoundChanged($partnershipId: ID!) {\n    feedbackRoundChanged(partnershipId: $partnershipId) {\n      id\n      ...FeedbackRoundItem_round\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FundingHistory_household on Household {\n    fundingHistory {\n      id\n      at\n      action\n      reason\n      beforeCents\n      afterCents\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FundingHistory_household on Household {\n    fundingHistory {\n      id\n      at\n      action\n      reason\n      beforeCents\n      afterCents\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FundingStatementTable_statement on FundingStatement {\n    rows {\n      household {\n        id\n      }\n      reference\n      headName\n      persons\n      baseCents\n      secondYearCents\n      directArrivalHeadCents\n      directArrivalMembersCents\n      totalCents\n    }\n    totals {\n      persons\n      baseCents\n      secondYearCents\n      directArrivalHeadCents\n      directArrivalMembersCents\n      totalCents\n    }\n  }\n"): (typeof documents)["\n  fragment FundingStatementTable_statement on FundingStatement {\n    rows {\n      household {\n        id\n      }\n      reference\n      headName\n      persons\n      baseCents\n      secondYearCents\n      directArrivalHeadCents\n      directArrivalMembersCents\n      totalCents\n    }\n    totals {\n      persons\n      baseCents\n      secondYearCents\n      directArrivalHeadCents\n      directArrivalMembersCents\n      totalCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundingStatement($partnershipId: ID!) {\n    fundingStatement(partnershipId: $partnershipId) {\n      csvUrl\n      partnership {\n        id\n        name\n      }\n      ...FundingStatementTable_statement\n    }\n  }\n"): (typeof documents)["\n  query FundingStatement($partnershipId: ID!) {\n    fundingStatement(partnershipId: $partnershipId) {\n      csvUrl\n      partnership {\n        id\n        name\n      }\n      ...FundingStatementTable_statement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FundingTable_funding on Funding {\n    lines {\n      kind\n      quantity\n      unitCents\n      amountCents\n      from\n    }\n    totalCents\n    tariffYear\n  }\n"): (typeof documents)["\n  fragment FundingTable_funding on Funding {\n    lines {\n      kind\n      quantity\n      unitCents\n      amountCents\n      from\n    }\n    totalCents\n    tariffYear\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminQuota($programme: ProgrammeCode!, $year: Int!) {\n    quotaProgress(programme: $programme, year: $year) {\n      ...QuotaProgressCard_progress\n    }\n  }\n"): (typeof documents)["\n  query AdminQuota($programme: ProgrammeCode!, $year: Int!) {\n    quotaProgress(programme: $programme, year: $year) {\n      ...QuotaProgressCard_progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorHome {\n    partnerships(first: 50) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          households {\n            id\n            ...HouseholdsTable_households\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorHome {\n    partnerships(first: 50) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          households {\n            id\n            ...HouseholdsTable_households\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerHome {\n    myHouseholds {\n      id\n      ...HouseholdsTable_households\n    }\n  }\n"): (typeof documents)["\n  query VolunteerHome {\n    myHouseholds {\n      id\n      ...HouseholdsTable_households\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditHouseholdForm_household on Household {\n    id\n    arrivalRoute\n    arrivalDate\n    plannedArrivalDate\n    members {\n      id\n      firstName\n      lastName\n      birthYear\n      relationship\n      joined\n      joinedOn\n      leftOn\n    }\n    specificNeeds {\n      needs\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment EditHouseholdForm_household on Household {\n    id\n    arrivalRoute\n    arrivalDate\n    plannedArrivalDate\n    members {\n      id\n      firstName\n      lastName\n      birthYear\n      relationship\n      joined\n      joinedOn\n      leftOn\n    }\n    specificNeeds {\n      needs\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateHousehold($id: ID!, $input: UpdateHouseholdInput!) {\n    updateHousehold(id: $id, input: $input) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateHousehold($id: ID!, $input: UpdateHouseholdInput!) {\n    updateHousehold(id: $id, input: $input) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndGuidanceEarly($input: EndGuidanceInput!) {\n    endGuidanceEarly(input: $input) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n"): (typeof documents)["\n  mutation EndGuidanceEarly($input: EndGuidanceInput!) {\n    endGuidanceEarly(input: $input) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferHousehold($input: TransferHouseholdInput!) {\n    transferHousehold(input: $input) {\n      id\n      partnership {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransferHousehold($input: TransferHouseholdInput!) {\n    transferHousehold(input: $input) {\n      id\n      partnership {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceivingPartnerships($programme: ProgrammeCode!) {\n    partnerships(first: 100, filter: { programme: $programme, status: ACTIVE }) {\n      edges {\n        node {\n          id\n          name\n          viewerCan {\n            registerHousehold\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReceivingPartnerships($programme: ProgrammeCode!) {\n    partnerships(first: 100, filter: { programme: $programme, status: ACTIVE }) {\n      edges {\n        node {\n          id\n          name\n          viewerCan {\n            registerHousehold\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordArrival($id: ID!, $arrivalDate: String!, $guidanceStart: String) {\n    recordArrival(id: $id, arrivalDate: $arrivalDate, guidanceStart: $guidanceStart) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n"): (typeof documents)["\n  mutation RecordArrival($id: ID!, $arrivalDate: String!, $guidanceStart: String) {\n    recordArrival(id: $id, arrivalDate: $arrivalDate, guidanceStart: $guidanceStart) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendGuidance($id: ID!, $reason: String) {\n    extendGuidance(id: $id, reason: $reason) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendGuidance($id: ID!, $reason: String) {\n    extendGuidance(id: $id, reason: $reason) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawExtension($id: ID!, $reason: String) {\n    withdrawExtension(id: $id, reason: $reason) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawExtension($id: ID!, $reason: String) {\n    withdrawExtension(id: $id, reason: $reason) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdMembersList_household on Household {\n    id\n    members {\n      id\n      firstName\n      lastName\n      birthYear\n      relationship\n      isHead\n      joined\n      joinedOn\n      leftOn\n    }\n  }\n"): (typeof documents)["\n  fragment HouseholdMembersList_household on Household {\n    id\n    members {\n      id\n      firstName\n      lastName\n      birthYear\n      relationship\n      isHead\n      joined\n      joinedOn\n      leftOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdPage_household on Household {\n    id\n    reference\n    arrivalDate\n    guidanceStart\n    guidanceExtended\n    endedOn\n    partnership {\n      id\n      name\n      personsCount\n      fundingTotalCents\n      programme {\n        id\n        code\n      }\n    }\n    viewerCan {\n      view\n      update\n      recordArrival\n      extendGuidance\n      withdrawExtension\n      endGuidance\n      transfer\n      viewSpecificNeeds\n      updateSpecificNeeds\n      viewFunding\n      uploadDocument\n      uploadSensitiveDocument\n    }\n    funding {\n      ...FundingTable_funding\n    }\n    flags\n    ...HouseholdProgress_household\n    ...GuidancePlan_household\n    ...HousingPanel_household\n    ...HouseholdTimeline_household\n    ...HouseholdSummary_household\n    ...HouseholdMembersList_household\n    ...SpecificNeedsPanel_household\n    ...EditHouseholdForm_household\n    ...FundingHistory_household\n    ...HouseholdsTable_households\n    ...HouseholdPrivacyPanel_household\n  }\n"): (typeof documents)["\n  fragment HouseholdPage_household on Household {\n    id\n    reference\n    arrivalDate\n    guidanceStart\n    guidanceExtended\n    endedOn\n    partnership {\n      id\n      name\n      personsCount\n      fundingTotalCents\n      programme {\n        id\n        code\n      }\n    }\n    viewerCan {\n      view\n      update\n      recordArrival\n      extendGuidance\n      withdrawExtension\n      endGuidance\n      transfer\n      viewSpecificNeeds\n      updateSpecificNeeds\n      viewFunding\n      uploadDocument\n      uploadSensitiveDocument\n    }\n    funding {\n      ...FundingTable_funding\n    }\n    flags\n    ...HouseholdProgress_household\n    ...GuidancePlan_household\n    ...HousingPanel_household\n    ...HouseholdTimeline_household\n    ...HouseholdSummary_household\n    ...HouseholdMembersList_household\n    ...SpecificNeedsPanel_household\n    ...EditHouseholdForm_household\n    ...FundingHistory_household\n    ...HouseholdsTable_households\n    ...HouseholdPrivacyPanel_household\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdPage($id: ID!) {\n    household(id: $id) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n"): (typeof documents)["\n  query HouseholdPage($id: ID!) {\n    household(id: $id) {\n      id\n      ...HouseholdPage_household\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdSummary_household on Household {\n    id\n    status\n    arrivalRoute\n    plannedArrivalDate\n    arrivalDate\n    guidanceStart\n    guidanceEnd\n    guidanceExtended\n    endedOn\n    endReason\n    endNote\n  }\n"): (typeof documents)["\n  fragment HouseholdSummary_household on Household {\n    id\n    status\n    arrivalRoute\n    plannedArrivalDate\n    arrivalDate\n    guidanceStart\n    guidanceEnd\n    guidanceExtended\n    endedOn\n    endReason\n    endNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdsTable_households on Household {\n    id\n    reference\n    status\n    plannedArrivalDate\n    arrivalDate\n    head {\n      id\n      firstName\n      lastName\n    }\n    members {\n      id\n    }\n    partnership {\n      id\n      name\n    }\n    funding {\n      totalCents\n    }\n  }\n"): (typeof documents)["\n  fragment HouseholdsTable_households on Household {\n    id\n    reference\n    status\n    plannedArrivalDate\n    arrivalDate\n    head {\n      id\n      firstName\n      lastName\n    }\n    members {\n      id\n    }\n    partnership {\n      id\n      name\n    }\n    funding {\n      totalCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterHousehold($input: RegisterHouseholdInput!) {\n    registerHousehold(input: $input) {\n      id\n      reference\n      partnership {\n        id\n        ...PartnershipPage_partnership\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterHousehold($input: RegisterHouseholdInput!) {\n    registerHousehold(input: $input) {\n      id\n      reference\n      partnership {\n        id\n        ...PartnershipPage_partnership\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpecificNeedsPanel_household on Household {\n    id\n    hasSpecificNeeds\n    specificNeeds {\n      needs\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment SpecificNeedsPanel_household on Household {\n    id\n    hasSpecificNeeds\n    specificNeeds {\n      needs\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdImportPage($id: ID!) {\n    partnership(id: $id) {\n      id\n      name\n      viewerCan {\n        registerHousehold\n      }\n    }\n  }\n"): (typeof documents)["\n  query HouseholdImportPage($id: ID!) {\n    partnership(id: $id) {\n      id\n      name\n      viewerCan {\n        registerHousehold\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItemRow_item on ActionItem {\n    id\n    title\n    dueDate\n    status\n    overdue\n    doneAt\n    viewerCanComplete\n    viewerCanEdit\n    assignee {\n      id\n      name\n    }\n    meeting {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment ActionItemRow_item on ActionItem {\n    id\n    title\n    dueDate\n    status\n    overdue\n    doneAt\n    viewerCanComplete\n    viewerCanEdit\n    assignee {\n      id\n      name\n    }\n    meeting {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActionItemStatus($id: ID!, $status: ActionItemStatus!) {\n    updateActionItem(id: $id, input: { status: $status }) {\n      id\n      ...ActionItemRow_item\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActionItemStatus($id: ID!, $status: ActionItemStatus!) {\n    updateActionItem(id: $id, input: { status: $status }) {\n      id\n      ...ActionItemRow_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveActionItem($id: ID!) {\n    removeActionItem(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveActionItem($id: ID!) {\n    removeActionItem(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItemsPanel_meeting on Meeting {\n    id\n    viewerCan {\n      manage\n    }\n    invitees {\n      id\n      user {\n        id\n        name\n      }\n    }\n    actionItems {\n      id\n      ...ActionItemRow_item\n    }\n  }\n"): (typeof documents)["\n  fragment ActionItemsPanel_meeting on Meeting {\n    id\n    viewerCan {\n      manage\n    }\n    invitees {\n      id\n      user {\n        id\n        name\n      }\n    }\n    actionItems {\n      id\n      ...ActionItemRow_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActionItem($meetingId: ID!, $input: ActionItemInput!) {\n    addActionItem(meetingId: $meetingId, input: $input) {\n      id\n      ...ActionItemRow_item\n    }\n  }\n"): (typeof documents)["\n  mutation AddActionItem($meetingId: ID!, $input: ActionItemInput!) {\n    addActionItem(meetingId: $meetingId, input: $input) {\n      id\n      ...ActionItemRow_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaPanel_meeting on Meeting {\n    id\n    status\n    viewerCan {\n      manage\n      addAgendaItem\n    }\n    agenda {\n      id\n      position\n      title\n      description\n      sourceType\n      sourceUrl\n      viewerCanEdit\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaPanel_meeting on Meeting {\n    id\n    status\n    viewerCan {\n      manage\n      addAgendaItem\n    }\n    agenda {\n      id\n      position\n      title\n      description\n      sourceType\n      sourceUrl\n      viewerCanEdit\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaPanel_addedItem on AgendaItem {\n    id\n    position\n    title\n    description\n    notes\n    sourceType\n    sourceUrl\n    viewerCanEdit\n    author {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaPanel_addedItem on AgendaItem {\n    id\n    position\n    title\n    description\n    notes\n    sourceType\n    sourceUrl\n    viewerCanEdit\n    author {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($meetingId: ID!, $input: AgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, input: $input) {\n      id\n      ...AgendaPanel_addedItem\n    }\n  }\n"): (typeof documents)["\n  mutation AddAgendaItem($meetingId: ID!, $input: AgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, input: $input) {\n      id\n      ...AgendaPanel_addedItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProposedAgendaItem($meetingId: ID!, $key: ID!) {\n    addProposedAgendaItem(meetingId: $meetingId, key: $key) {\n      id\n      ...AgendaPanel_addedItem\n    }\n  }\n"): (typeof documents)["\n  mutation AddProposedAgendaItem($meetingId: ID!, $key: ID!) {\n    addProposedAgendaItem(meetingId: $meetingId, key: $key) {\n      id\n      ...AgendaPanel_addedItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderAgendaItems($meetingId: ID!, $itemIds: [ID!]!) {\n    reorderAgendaItems(meetingId: $meetingId, itemIds: $itemIds) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderAgendaItems($meetingId: ID!, $itemIds: [ID!]!) {\n    reorderAgendaItems(meetingId: $meetingId, itemIds: $itemIds) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposedAgendaItems($meetingId: ID!) {\n    proposedAgendaItems(meetingId: $meetingId) {\n      key\n      label\n      sourceType\n      sourceUrl\n      date\n      partnership {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposedAgendaItems($meetingId: ID!) {\n    proposedAgendaItems(meetingId: $meetingId) {\n      key\n      label\n      sourceType\n      sourceUrl\n      date\n      partnership {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeed {\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeed {\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed {\n      url\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed {\n      url\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvaluationForm_meeting on Meeting {\n    id\n    kind\n    evaluationSignedOffAt\n    evaluationObjectives\n    evaluationSignedOffBy {\n      id\n      name\n    }\n    viewerCan {\n      evaluate\n      signOffEvaluation\n    }\n    evaluation {\n      id\n      objective\n      rating\n      notes\n    }\n  }\n"): (typeof documents)["\n  fragment EvaluationForm_meeting on Meeting {\n    id\n    kind\n    evaluationSignedOffAt\n    evaluationObjectives\n    evaluationSignedOffBy {\n      id\n      name\n    }\n    viewerCan {\n      evaluate\n      signOffEvaluation\n    }\n    evaluation {\n      id\n      objective\n      rating\n      notes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveEvaluation($meetingId: ID!, $scores: [EvaluationScoreInput!]!) {\n    saveEvaluation(meetingId: $meetingId, scores: $scores) {\n      id\n      ...EvaluationForm_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation SaveEvaluation($meetingId: ID!, $scores: [EvaluationScoreInput!]!) {\n    saveEvaluation(meetingId: $meetingId, scores: $scores) {\n      id\n      ...EvaluationForm_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffEvaluation($meetingId: ID!) {\n    signOffEvaluation(meetingId: $meetingId) {\n      id\n      ...EvaluationForm_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation SignOffEvaluation($meetingId: ID!) {\n    signOffEvaluation(meetingId: $meetingId) {\n      id\n      ...EvaluationForm_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingInviteeOptions($partnershipIds: [ID!]!) {\n    meetingInviteeOptions(partnershipIds: $partnershipIds) {\n      id\n      name\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingInviteeOptions($partnershipIds: [ID!]!) {\n    meetingInviteeOptions(partnershipIds: $partnershipIds) {\n      id\n      name\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ManageMeeting_meeting on Meeting {\n    id\n    kind\n    status\n    title\n    description\n    startsAtLocal\n    endsAtLocal\n    place\n    onlineUrl\n    partnerships {\n      id\n      contactPerson {\n        id\n      }\n    }\n    createdBy {\n      id\n    }\n    invitees {\n      id\n      user {\n        id\n      }\n    }\n    viewerCan {\n      manage\n    }\n  }\n"): (typeof documents)["\n  fragment ManageMeeting_meeting on Meeting {\n    id\n    kind\n    status\n    title\n    description\n    startsAtLocal\n    endsAtLocal\n    place\n    onlineUrl\n    partnerships {\n      id\n      contactPerson {\n        id\n      }\n    }\n    createdBy {\n      id\n    }\n    invitees {\n      id\n      user {\n        id\n      }\n    }\n    viewerCan {\n      manage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($id: ID!, $reason: String) {\n    cancelMeeting(id: $id, reason: $reason) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeeting($id: ID!, $reason: String) {\n    cancelMeeting(id: $id, reason: $reason) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingDetails_meeting on Meeting {\n    id\n    kind\n    status\n    title\n    description\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    cancelReason\n    partnershipNames\n    createdBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingDetails_meeting on Meeting {\n    id\n    kind\n    status\n    title\n    description\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    cancelReason\n    partnershipNames\n    createdBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingDocuments_meeting on Meeting {\n    id\n    status\n    documents {\n      id\n      ...DocumentList_documents\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingDocuments_meeting on Meeting {\n    id\n    status\n    documents {\n      id\n      ...DocumentList_documents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingList_meetings on Meeting {\n    id\n    kind\n    status\n    title\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    partnershipNames\n    rsvpCounts {\n      yes\n      no\n      maybe\n      pending\n    }\n    viewerInvitation {\n      id\n      response\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingList_meetings on Meeting {\n    id\n    kind\n    status\n    title\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    partnershipNames\n    rsvpCounts {\n      yes\n      no\n      maybe\n      pending\n    }\n    viewerInvitation {\n      id\n      response\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingPage_meeting on Meeting {\n    id\n    kind\n    title\n    status\n    sequence\n    inviteUrl\n    invitees {\n      id\n      response\n      user {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    ...MeetingDetails_meeting\n    ...ManageMeeting_meeting\n    ...RsvpPanel_meeting\n    ...AgendaPanel_meeting\n    ...MinutesPanel_meeting\n    ...ActionItemsPanel_meeting\n    ...EvaluationForm_meeting\n    ...MeetingDocuments_meeting\n  }\n"): (typeof documents)["\n  fragment MeetingPage_meeting on Meeting {\n    id\n    kind\n    title\n    status\n    sequence\n    inviteUrl\n    invitees {\n      id\n      response\n      user {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    ...MeetingDetails_meeting\n    ...ManageMeeting_meeting\n    ...RsvpPanel_meeting\n    ...AgendaPanel_meeting\n    ...MinutesPanel_meeting\n    ...ActionItemsPanel_meeting\n    ...EvaluationForm_meeting\n    ...MeetingDocuments_meeting\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"): (typeof documents)["\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings {\n    meetings(includePast: true) {\n      id\n      ...MeetingList_meetings\n    }\n  }\n"): (typeof documents)["\n  query Meetings {\n    meetings(includePast: true) {\n      id\n      ...MeetingList_meetings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MinutesPanel_meeting on Meeting {\n    id\n    viewerCan {\n      manage\n    }\n    invitees {\n      id\n      attendance\n      response\n      user {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    agenda {\n      id\n      position\n      title\n      notes\n    }\n    decisions {\n      id\n      text\n      agendaItemId\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment MinutesPanel_meeting on Meeting {\n    id\n    viewerCan {\n      manage\n    }\n    invitees {\n      id\n      attendance\n      response\n      user {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    agenda {\n      id\n      position\n      title\n      notes\n    }\n    decisions {\n      id\n      text\n      agendaItemId\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($meetingId: ID!, $entries: [AttendanceInput!]!) {\n    recordAttendance(meetingId: $meetingId, entries: $entries) {\n      id\n      invitees {\n        id\n        attendance\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($meetingId: ID!, $entries: [AttendanceInput!]!) {\n    recordAttendance(meetingId: $meetingId, entries: $entries) {\n      id\n      invitees {\n        id\n        attendance\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAgendaNotes($id: ID!, $notes: String!) {\n    updateAgendaItem(id: $id, input: { notes: $notes }) {\n      id\n      notes\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAgendaNotes($id: ID!, $notes: String!) {\n    updateAgendaItem(id: $id, input: { notes: $notes }) {\n      id\n      notes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDecision($id: ID!) {\n    removeDecision(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveDecision($id: ID!) {\n    removeDecision(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDecision($meetingId: ID!, $input: DecisionInput!) {\n    addDecision(meetingId: $meetingId, input: $input) {\n      id\n      text\n      agendaItemId\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddDecision($meetingId: ID!, $input: DecisionInput!) {\n    addDecision(meetingId: $meetingId, input: $input) {\n      id\n      text\n      agendaItemId\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActionItems {\n    myActionItems {\n      id\n      ...ActionItemRow_item\n    }\n  }\n"): (typeof documents)["\n  query MyActionItems {\n    myActionItems {\n      id\n      ...ActionItemRow_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipMeetings($partnershipId: ID!) {\n    meetings(partnershipId: $partnershipId, includePast: true) {\n      id\n      ...MeetingList_meetings\n    }\n    evaluationHistory(partnershipId: $partnershipId) {\n      date\n      signedOff\n      average\n      meeting {\n        id\n        title\n      }\n      ratings {\n        objective\n        rating\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnershipMeetings($partnershipId: ID!) {\n    meetings(partnershipId: $partnershipId, includePast: true) {\n      id\n      ...MeetingList_meetings\n    }\n    evaluationHistory(partnershipId: $partnershipId) {\n      date\n      signedOff\n      average\n      meeting {\n        id\n        title\n      }\n      ratings {\n        objective\n        rating\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RsvpPanel_meeting on Meeting {\n    id\n    status\n    rsvpCounts {\n      yes\n      no\n      maybe\n      pending\n    }\n    viewerInvitation {\n      id\n      response\n    }\n    viewerCan {\n      respond\n    }\n  }\n"): (typeof documents)["\n  fragment RsvpPanel_meeting on Meeting {\n    id\n    status\n    rsvpCounts {\n      yes\n      no\n      maybe\n      pending\n    }\n    viewerInvitation {\n      id\n      response\n    }\n    viewerCan {\n      respond\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToMeeting($meetingId: ID!, $response: RsvpResponse!) {\n    respondToMeeting(meetingId: $meetingId, response: $response) {\n      id\n      response\n      respondedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToMeeting($meetingId: ID!, $response: RsvpResponse!) {\n    respondToMeeting(meetingId: $meetingId, response: $response) {\n      id\n      response\n      respondedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleOptions {\n    partnerships(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          contactPerson {\n            id\n          }\n          deputy {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ScheduleOptions {\n    partnerships(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          contactPerson {\n            id\n          }\n          deputy {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingsChanged($partnershipId: ID) {\n    meetingsChanged(partnershipId: $partnershipId) {\n      meetingId\n      meeting {\n        id\n        ...MeetingList_meetings\n        actionItems {\n          id\n          status\n          assignee {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingsChanged($partnershipId: ID) {\n    meetingsChanged(partnershipId: $partnershipId) {\n      meetingId\n      meeting {\n        id\n        ...MeetingList_meetings\n        actionItems {\n          id\n          status\n          assignee {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadList_thread on Thread {\n    id\n    kind\n    subject\n    unreadCount\n    muted\n    lastActivityAt\n    partnership {\n      id\n      name\n    }\n    household {\n      id\n      reference\n    }\n    lastMessage {\n      id\n      body\n      deleted\n      internal\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadList_thread on Thread {\n    id\n    kind\n    subject\n    unreadCount\n    muted\n    lastActivityAt\n    partnership {\n      id\n      name\n    }\n    household {\n      id\n      reference\n    }\n    lastMessage {\n      id\n      body\n      deleted\n      internal\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($first: Int!, $after: String) {\n    threads(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...ThreadList_thread\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Inbox($first: Int!, $after: String) {\n    threads(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...ThreadList_thread\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartThreadPartnerships {\n    partnerships(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query StartThreadPartnerships {\n    partnerships(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n      ...ThreadList_thread\n    }\n  }\n"): (typeof documents)["\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n      ...ThreadList_thread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageItem_message on Message {\n    id\n    seq\n    body\n    internal\n    edited\n    deleted\n    removedUnder\n    createdAt\n    editedAt\n    author {\n      id\n      name\n    }\n    replyTo {\n      id\n      body\n      deleted\n      author {\n        id\n        name\n      }\n    }\n    mentions {\n      id\n      name\n    }\n    viewerCan {\n      edit\n      delete\n    }\n    attachments {\n      id\n      name\n      downloadUrl\n      latestVersion {\n        id\n        size\n        contentType\n        previewUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MessageItem_message on Message {\n    id\n    seq\n    body\n    internal\n    edited\n    deleted\n    removedUnder\n    createdAt\n    editedAt\n    author {\n      id\n      name\n    }\n    replyTo {\n      id\n      body\n      deleted\n      author {\n        id\n        name\n      }\n    }\n    mentions {\n      id\n      name\n    }\n    viewerCan {\n      edit\n      delete\n    }\n    attachments {\n      id\n      name\n      downloadUrl\n      latestVersion {\n        id\n        size\n        contentType\n        previewUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipThreads($partnershipId: ID!) {\n    threads(partnershipId: $partnershipId, first: 20) {\n      edges {\n        cursor\n        node {\n          id\n          ...ThreadList_thread\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PartnershipThreads($partnershipId: ID!) {\n    threads(partnershipId: $partnershipId, first: 20) {\n      edges {\n        cursor\n        node {\n          id\n          ...ThreadList_thread\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenPartnershipThread($partnershipId: ID!) {\n    openPartnershipThread(partnershipId: $partnershipId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenPartnershipThread($partnershipId: ID!) {\n    openPartnershipThread(partnershipId: $partnershipId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenHouseholdThread($householdId: ID!) {\n    openHouseholdThread(householdId: $householdId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenHouseholdThread($householdId: ID!) {\n    openHouseholdThread(householdId: $householdId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($status: OutboxStatus) {\n    outbox(status: $status) {\n      id\n      to\n      subject\n      body\n      createdAt\n      kind\n      status\n      attempts\n      lastError\n      nextAttemptAt\n      sentAt\n    }\n  }\n"): (typeof documents)["\n  query Outbox($status: OutboxStatus) {\n    outbox(status: $status) {\n      id\n      to\n      subject\n      body\n      createdAt\n      kind\n      status\n      attempts\n      lastError\n      nextAttemptAt\n      sentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      id\n      status\n      attempts\n      lastError\n      nextAttemptAt\n      sentAt\n    }\n  }\n"): (typeof documents)["\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      id\n      status\n      attempts\n      lastError\n      nextAttemptAt\n      sentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadView_message on Message {\n    id\n    seq\n    changeSeq\n    clientId\n    body\n    deleted\n    internal\n    createdAt\n    author {\n      id\n      name\n    }\n    seenBy {\n      id\n      name\n    }\n    ...MessageItem_message\n  }\n"): (typeof documents)["\n  fragment ThreadView_message on Message {\n    id\n    seq\n    changeSeq\n    clientId\n    body\n    deleted\n    internal\n    createdAt\n    author {\n      id\n      name\n    }\n    seenBy {\n      id\n      name\n    }\n    ...MessageItem_message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadPage($id: ID!) {\n    thread(id: $id) {\n      id\n      kind\n      subject\n      muted\n      viewerLastReadSeq\n      unreadCount\n      partnership {\n        id\n        name\n      }\n      household {\n        id\n        reference\n      }\n      viewerCan {\n        post\n        postInternal\n      }\n    }\n    messagingSettings {\n      sendReadReceipts\n    }\n  }\n"): (typeof documents)["\n  query ThreadPage($id: ID!) {\n    thread(id: $id) {\n      id\n      kind\n      subject\n      muted\n      viewerLastReadSeq\n      unreadCount\n      partnership {\n        id\n        name\n      }\n      household {\n        id\n        reference\n      }\n      viewerCan {\n        post\n        postInternal\n      }\n    }\n    messagingSettings {\n      sendReadReceipts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadMessages($threadId: ID!, $afterSeq: Int, $beforeSeq: Int, $limit: Int) {\n    messages(threadId: $threadId, afterSeq: $afterSeq, beforeSeq: $beforeSeq, limit: $limit) {\n      hasMore\n      messages {\n        id\n        ...ThreadView_message\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadMessages($threadId: ID!, $afterSeq: Int, $beforeSeq: Int, $limit: Int) {\n    messages(threadId: $threadId, afterSeq: $afterSeq, beforeSeq: $beforeSeq, limit: $limit) {\n      hasMore\n      messages {\n        id\n        ...ThreadView_message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadChanges($threadId: ID!, $afterChangeSeq: Int!) {\n    threadChanges(threadId: $threadId, afterChangeSeq: $afterChangeSeq, limit: 200) {\n      hasMore\n      messages {\n        id\n        ...ThreadView_message\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadChanges($threadId: ID!, $afterChangeSeq: Int!) {\n    threadChanges(threadId: $threadId, afterChangeSeq: $afterChangeSeq, limit: 200) {\n      hasMore\n      messages {\n        id\n        ...ThreadView_message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadPresence($threadId: ID!) {\n    threadPresence(threadId: $threadId) {\n      online\n      lastSeenAt\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadPresence($threadId: ID!) {\n    threadPresence(threadId: $threadId) {\n      online\n      lastSeenAt\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadMessageEvents($threadId: ID!) {\n    messageEvents(threadId: $threadId) {\n      kind\n      threadId\n      message {\n        id\n        ...ThreadView_message\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ThreadMessageEvents($threadId: ID!) {\n    messageEvents(threadId: $threadId) {\n      kind\n      threadId\n      message {\n        id\n        ...ThreadView_message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadTyping($threadId: ID!) {\n    typingEvents(threadId: $threadId) {\n      threadId\n      typing\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ThreadTyping($threadId: ID!) {\n    typingEvents(threadId: $threadId) {\n      threadId\n      typing\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadReadState($threadId: ID!) {\n    readStateEvents(threadId: $threadId) {\n      threadId\n      lastReadSeq\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ThreadReadState($threadId: ID!) {\n    readStateEvents(threadId: $threadId) {\n      threadId\n      lastReadSeq\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadPresenceEvents($threadId: ID!) {\n    presenceEvents(threadId: $threadId) {\n      online\n      lastSeenAt\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ThreadPresenceEvents($threadId: ID!) {\n    presenceEvents(threadId: $threadId) {\n      online\n      lastSeenAt\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditMessage($input: EditMessageInput!) {\n    editMessage(input: $input) {\n      id\n      ...ThreadView_message\n    }\n  }\n"): (typeof documents)["\n  mutation EditMessage($input: EditMessageInput!) {\n    editMessage(input: $input) {\n      id\n      ...ThreadView_message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      id\n      ...ThreadView_message\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      id\n      ...ThreadView_message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkThreadRead($threadId: ID!, $seq: Int!) {\n    markThreadRead(threadId: $threadId, seq: $seq) {\n      id\n      unreadCount\n      viewerLastReadSeq\n    }\n  }\n"): (typeof documents)["\n  mutation MarkThreadRead($threadId: ID!, $seq: Int!) {\n    markThreadRead(threadId: $threadId, seq: $seq) {\n      id\n      unreadCount\n      viewerLastReadSeq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTyping($threadId: ID!, $typing: Boolean!, $internal: Boolean) {\n    setTyping(threadId: $threadId, typing: $typing, internal: $internal)\n  }\n"): (typeof documents)["\n  mutation SetTyping($threadId: ID!, $typing: Boolean!, $internal: Boolean) {\n    setTyping(threadId: $threadId, typing: $typing, internal: $internal)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MuteThread($threadId: ID!, $muted: Boolean!) {\n    muteThread(threadId: $threadId, muted: $muted) {\n      id\n      muted\n    }\n  }\n"): (typeof documents)["\n  mutation MuteThread($threadId: ID!, $muted: Boolean!) {\n    muteThread(threadId: $threadId, muted: $muted) {\n      id\n      muted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMessagingSettings($sendReadReceipts: Boolean!) {\n    updateMessagingSettings(sendReadReceipts: $sendReadReceipts) {\n      sendReadReceipts\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMessagingSettings($sendReadReceipts: Boolean!) {\n    updateMessagingSettings(sendReadReceipts: $sendReadReceipts) {\n      sendReadReceipts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      ...ThreadView_message\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      ...ThreadView_message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n"): (typeof documents)["\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InboxMessageEvents {\n    messageEvents {\n      kind\n      threadId\n      message {\n        id\n        seq\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription InboxMessageEvents {\n    messageEvents {\n      kind\n      threadId\n      message {\n        id\n        seq\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InboxReadState {\n    readStateEvents {\n      threadId\n      lastReadSeq\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription InboxReadState {\n    readStateEvents {\n      threadId\n      lastReadSeq\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Heartbeat($online: Boolean!) {\n    heartbeat(online: $online)\n  }\n"): (typeof documents)["\n  mutation Heartbeat($online: Boolean!) {\n    heartbeat(online: $online)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailSettings {\n    emailSettings {\n      id\n      digestTime\n      kinds {\n        kind\n        mode\n        isDefault\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailSettings {\n    emailSettings {\n      id\n      digestTime\n      kinds {\n        kind\n        mode\n        isDefault\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEmailPreference($kind: NotificationKind!, $mode: EmailMode!) {\n    setEmailPreference(kind: $kind, mode: $mode) {\n      id\n      digestTime\n      kinds {\n        kind\n        mode\n        isDefault\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetEmailPreference($kind: NotificationKind!, $mode: EmailMode!) {\n    setEmailPreference(kind: $kind, mode: $mode) {\n      id\n      digestTime\n      kinds {\n        kind\n        mode\n        isDefault\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDigestTime($time: String!) {\n    setDigestTime(time: $time) {\n      id\n      digestTime\n    }\n  }\n"): (typeof documents)["\n  mutation SetDigestTime($time: String!) {\n    setDigestTime(time: $time) {\n      id\n      digestTime\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationBell {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query NotificationBell {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      ...NotificationItem_notification\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      ...NotificationItem_notification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    sourceType\n    sourceId\n    messageId\n    partnershipId\n    excerpt\n    createdAt\n    readAt\n    actor {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    sourceType\n    sourceId\n    messageId\n    partnershipId\n    excerpt\n    createdAt\n    readAt\n    actor {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      enabled\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $enabled: Boolean!) {\n    setNotificationPreference(kind: $kind, enabled: $enabled) {\n      kind\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($kind: NotificationKind!, $enabled: Boolean!) {\n    setNotificationPreference(kind: $kind, enabled: $enabled) {\n      kind\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationItem_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationItem_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationForm_organisation on Organisation {\n    id\n    name\n    kind\n    street\n    postalCode\n    city\n    contactName\n    contactEmail\n    contactPhone\n  }\n"): (typeof documents)["\n  fragment OrganisationForm_organisation on Organisation {\n    id\n    name\n    kind\n    street\n    postalCode\n    city\n    contactName\n    contactEmail\n    contactPhone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      ...OrganisationForm_organisation\n      ...OrganisationsTable_organisations\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      ...OrganisationForm_organisation\n      ...OrganisationsTable_organisations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      ...OrganisationForm_organisation\n      ...OrganisationsTable_organisations\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      ...OrganisationForm_organisation\n      ...OrganisationsTable_organisations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationsTable_organisations on Organisation {\n    id\n    name\n    kind\n    city\n    contactName\n    contactEmail\n    contactPhone\n  }\n"): (typeof documents)["\n  fragment OrganisationsTable_organisations on Organisation {\n    id\n    name\n    kind\n    city\n    contactName\n    contactEmail\n    contactPhone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsPage {\n    organisations {\n      id\n      ...OrganisationsTable_organisations\n      ...OrganisationForm_organisation\n    }\n  }\n"): (typeof documents)["\n  query OrganisationsPage {\n    organisations {\n      id\n      ...OrganisationsTable_organisations\n      ...OrganisationForm_organisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreatePartnershipOptions {\n    organisations {\n      id\n      name\n    }\n    users(role: CONTACT_PERSON) {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query CreatePartnershipOptions {\n    organisations {\n      id\n      name\n    }\n    users(role: CONTACT_PERSON) {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      id\n      ...PartnershipPage_partnership\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      id\n      ...PartnershipPage_partnership\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditPartnershipForm_partnership on Partnership {\n    id\n    name\n    track\n    status\n    agreementStart\n    agreementEnd\n    capacityPledged\n  }\n"): (typeof documents)["\n  fragment EditPartnershipForm_partnership on Partnership {\n    id\n    name\n    track\n    status\n    agreementStart\n    agreementEnd\n    capacityPledged\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) {\n    updatePartnership(id: $id, input: $input) {\n      id\n      name\n      ...EditPartnershipForm_partnership\n      ...PartnershipDetails_partnership\n      ...PartnershipList_partnerships\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) {\n    updatePartnership(id: $id, input: $input) {\n      id\n      name\n      ...EditPartnershipForm_partnership\n      ...PartnershipDetails_partnership\n      ...PartnershipList_partnerships\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnershipContacts_partnership on Partnership {\n    id\n    contactPerson {\n      id\n      name\n      email\n    }\n    deputy {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment PartnershipContacts_partnership on Partnership {\n    id\n    contactPerson {\n      id\n      name\n      email\n    }\n    deputy {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactPersons {\n    users(role: CONTACT_PERSON) {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query ContactPersons {\n    users(role: CONTACT_PERSON) {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignContactPerson($partnershipId: ID!, $contactPersonId: ID!, $deputyId: ID) {\n    assignContactPerson(partnershipId: $partnershipId, contactPersonId: $contactPersonId, deputyId: $deputyId) {\n      id\n      ...PartnershipContacts_partnership\n      ...PartnershipList_partnerships\n    }\n  }\n"): (typeof documents)["\n  mutation AssignContactPerson($partnershipId: ID!, $contactPersonId: ID!, $deputyId: ID) {\n    assignContactPerson(partnershipId: $partnershipId, contactPersonId: $contactPersonId, deputyId: $deputyId) {\n      id\n      ...PartnershipContacts_partnership\n      ...PartnershipList_partnerships\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnershipDetails_partnership on Partnership {\n    id\n    programme {\n      id\n      code\n    }\n    track\n    status\n    agreementStart\n    agreementEnd\n    capacityPledged\n    personsCount\n  }\n"): (typeof documents)["\n  fragment PartnershipDetails_partnership on Partnership {\n    id\n    programme {\n      id\n      code\n    }\n    track\n    status\n    agreementStart\n    agreementEnd\n    capacityPledged\n    personsCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnershipList_partnerships on Partnership {\n    id\n    name\n    programme {\n      id\n      code\n    }\n    track\n    status\n    capacityPledged\n    personsCount\n    contactPerson {\n      id\n      name\n    }\n    members {\n      lead\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PartnershipList_partnerships on Partnership {\n    id\n    name\n    programme {\n      id\n      code\n    }\n    track\n    status\n    capacityPledged\n    personsCount\n    contactPerson {\n      id\n      name\n    }\n    members {\n      lead\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnershipMembers_partnership on Partnership {\n    id\n    members {\n      lead\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PartnershipMembers_partnership on Partnership {\n    id\n    members {\n      lead\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberOrganisations {\n    organisations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MemberOrganisations {\n    organisations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPartnershipMember($partnershipId: ID!, $organisationId: ID!, $lead: Boolean!) {\n    addPartnershipMember(partnershipId: $partnershipId, organisationId: $organisationId, lead: $lead) {\n      id\n      ...PartnershipMembers_partnership\n      ...PartnershipList_partnerships\n      viewerCan {\n        manageMembers\n        inviteCoordinator\n        inviteVolunteer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddPartnershipMember($partnershipId: ID!, $organisationId: ID!, $lead: Boolean!) {\n    addPartnershipMember(partnershipId: $partnershipId, organisationId: $organisationId, lead: $lead) {\n      id\n      ...PartnershipMembers_partnership\n      ...PartnershipList_partnerships\n      viewerCan {\n        manageMembers\n        inviteCoordinator\n        inviteVolunteer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePartnershipMember($partnershipId: ID!, $organisationId: ID!) {\n    removePartnershipMember(partnershipId: $partnershipId, organisationId: $organisationId) {\n      id\n      ...PartnershipMembers_partnership\n      ...PartnershipList_partnerships\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePartnershipMember($partnershipId: ID!, $organisationId: ID!) {\n    removePartnershipMember(partnershipId: $partnershipId, organisationId: $organisationId) {\n      id\n      ...PartnershipMembers_partnership\n      ...PartnershipList_partnerships\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnershipPage_partnership on Partnership {\n    id\n    name\n    fundingTotalCents\n    programme {\n      id\n      caseKind\n      fundingRule\n    }\n    viewerCan {\n      view\n      update\n      manageMembers\n      assignContactPerson\n      registerHousehold\n      recordSpecificNeeds\n      viewFunding\n      inviteCoordinator\n      inviteVolunteer\n      uploadDocument\n    }\n    households {\n      id\n      ...HouseholdsTable_households\n    }\n    ...PartnershipDetails_partnership\n    ...PartnershipMembers_partnership\n    ...PartnershipContacts_partnership\n    ...EditPartnershipForm_partnership\n    ...PartnershipList_partnerships\n  }\n"): (typeof documents)["\n  fragment PartnershipPage_partnership on Partnership {\n    id\n    name\n    fundingTotalCents\n    programme {\n      id\n      caseKind\n      fundingRule\n    }\n    viewerCan {\n      view\n      update\n      manageMembers\n      assignContactPerson\n      registerHousehold\n      recordSpecificNeeds\n      viewFunding\n      inviteCoordinator\n      inviteVolunteer\n      uploadDocument\n    }\n    households {\n      id\n      ...HouseholdsTable_households\n    }\n    ...PartnershipDetails_partnership\n    ...PartnershipMembers_partnership\n    ...PartnershipContacts_partnership\n    ...EditPartnershipForm_partnership\n    ...PartnershipList_partnerships\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipPage($id: ID!) {\n    partnership(id: $id) {\n      id\n      ...PartnershipPage_partnership\n    }\n  }\n"): (typeof documents)["\n  query PartnershipPage($id: ID!) {\n    partnership(id: $id) {\n      id\n      ...PartnershipPage_partnership\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PartnershipHouseholdChanged($partnershipId: ID!) {\n    householdChanged(partnershipId: $partnershipId) {\n      id\n      ...HouseholdsTable_households\n      partnership {\n        id\n        personsCount\n        fundingTotalCents\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PartnershipHouseholdChanged($partnershipId: ID!) {\n    householdChanged(partnershipId: $partnershipId) {\n      id\n      ...HouseholdsTable_households\n      partnership {\n        id\n        personsCount\n        fundingTotalCents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipsList($first: Int!, $after: String) {\n    partnerships(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PartnershipList_partnerships\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PartnershipsList($first: Int!, $after: String) {\n    partnerships(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PartnershipList_partnerships\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentsPage_statement on PeriodStatement {\n    id\n    year\n    years\n    status\n    approvedTotalCents\n    paidCents\n    balanceCents\n    partnership {\n      id\n      name\n    }\n    lines {\n      householdId\n      reference\n      headName\n      persons\n      baseCents\n      secondYearCents\n      directArrivalHeadCents\n      directArrivalMembersCents\n      totalCents\n    }\n    totals {\n      households\n      persons\n      totalCents\n    }\n    approval {\n      approvedAt\n      approvedBy {\n        id\n        name\n      }\n      totals {\n        households\n        persons\n        totalCents\n      }\n    }\n    differences {\n      householdId\n      reference\n      deltaCents\n      approved {\n        totalCents\n      }\n      current {\n        totalCents\n      }\n    }\n    payments {\n      id\n      paidOn\n      amountCents\n      note\n      recordedBy {\n        id\n        name\n      }\n    }\n    history {\n      id\n      kind\n      at\n      user {\n        id\n        name\n      }\n      approvedTotalCents\n      previousApprovedTotalCents\n      amountCents\n      paidCents\n    }\n    viewerCan {\n      approve\n      recordPayment\n    }\n  }\n"): (typeof documents)["\n  fragment PaymentsPage_statement on PeriodStatement {\n    id\n    year\n    years\n    status\n    approvedTotalCents\n    paidCents\n    balanceCents\n    partnership {\n      id\n      name\n    }\n    lines {\n      householdId\n      reference\n      headName\n      persons\n      baseCents\n      secondYearCents\n      directArrivalHeadCents\n      directArrivalMembersCents\n      totalCents\n    }\n    totals {\n      households\n      persons\n      totalCents\n    }\n    approval {\n      approvedAt\n      approvedBy {\n        id\n        name\n      }\n      totals {\n        households\n        persons\n        totalCents\n      }\n    }\n    differences {\n      householdId\n      reference\n      deltaCents\n      approved {\n        totalCents\n      }\n      current {\n        totalCents\n      }\n    }\n    payments {\n      id\n      paidOn\n      amountCents\n      note\n      recordedBy {\n        id\n        name\n      }\n    }\n    history {\n      id\n      kind\n      at\n      user {\n        id\n        name\n      }\n      approvedTotalCents\n      previousApprovedTotalCents\n      amountCents\n      paidCents\n    }\n    viewerCan {\n      approve\n      recordPayment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodStatementPage($partnershipId: ID!, $year: Int!) {\n    periodStatement(partnershipId: $partnershipId, year: $year) {\n      ...PaymentsPage_statement\n    }\n  }\n"): (typeof documents)["\n  query PeriodStatementPage($partnershipId: ID!, $year: Int!) {\n    periodStatement(partnershipId: $partnershipId, year: $year) {\n      ...PaymentsPage_statement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveFundingStatement($partnershipId: ID!, $year: Int!, $totalCents: Int!) {\n    approveFundingStatement(partnershipId: $partnershipId, year: $year, totalCents: $totalCents) {\n      ...PaymentsPage_statement\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveFundingStatement($partnershipId: ID!, $year: Int!, $totalCents: Int!) {\n    approveFundingStatement(partnershipId: $partnershipId, year: $year, totalCents: $totalCents) {\n      ...PaymentsPage_statement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFundingPayment($partnershipId: ID!, $year: Int!, $input: FundingPaymentInput!) {\n    recordFundingPayment(partnershipId: $partnershipId, year: $year, input: $input) {\n      ...PaymentsPage_statement\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFundingPayment($partnershipId: ID!, $year: Int!, $input: FundingPaymentInput!) {\n    recordFundingPayment(partnershipId: $partnershipId, year: $year, input: $input) {\n      ...PaymentsPage_statement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErasurePreview($subjectType: ErasureSubject!, $id: ID!) {\n    erasurePreview(subjectType: $subjectType, id: $id) {\n      subjectType\n      subjectId\n      label\n      confirmation\n      counts {\n        kind\n        count\n      }\n      erasure {\n        id\n        completedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ErasurePreview($subjectType: ErasureSubject!, $id: ID!) {\n    erasurePreview(subjectType: $subjectType, id: $id) {\n      subjectType\n      subjectId\n      label\n      confirmation\n      counts {\n        kind\n        count\n      }\n      erasure {\n        id\n        completedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ErasureRecord_erasure on Erasure {\n    id\n    subjectType\n    subjectId\n    mode\n    reason\n    startedAt\n    completedAt\n    requestedBy {\n      id\n      name\n    }\n    removed {\n      kind\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment ErasureRecord_erasure on Erasure {\n    id\n    subjectType\n    subjectId\n    mode\n    reason\n    startedAt\n    completedAt\n    requestedBy {\n      id\n      name\n    }\n    removed {\n      kind\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseHousehold($id: ID!, $reason: String!, $confirmation: String!) {\n    eraseHousehold(id: $id, reason: $reason, confirmation: $confirmation) {\n      ...ErasureRecord_erasure\n    }\n  }\n"): (typeof documents)["\n  mutation EraseHousehold($id: ID!, $reason: String!, $confirmation: String!) {\n    eraseHousehold(id: $id, reason: $reason, confirmation: $confirmation) {\n      ...ErasureRecord_erasure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseUser($id: ID!, $reason: String!, $confirmation: String!) {\n    eraseUser(id: $id, reason: $reason, confirmation: $confirmation) {\n      ...ErasureRecord_erasure\n    }\n  }\n"): (typeof documents)["\n  mutation EraseUser($id: ID!, $reason: String!, $confirmation: String!) {\n    eraseUser(id: $id, reason: $reason, confirmation: $confirmation) {\n      ...ErasureRecord_erasure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdPrivacyPanel_household on Household {\n    id\n    members {\n      id\n      firstName\n      lastName\n    }\n    erasure {\n      mode\n      erasedAt\n    }\n  }\n"): (typeof documents)["\n  fragment HouseholdPrivacyPanel_household on Household {\n    id\n    members {\n      id\n      firstName\n      lastName\n    }\n    erasure {\n      mode\n      erasedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyPage {\n    programmes {\n      id\n      ...RetentionRow_programme\n    }\n    myHouseholds {\n      id\n      reference\n      partnership {\n        id\n        name\n      }\n      members {\n        id\n        firstName\n        lastName\n      }\n      erasure {\n        mode\n        erasedAt\n      }\n    }\n    users {\n      id\n      name\n      email\n      role\n    }\n    erasures(first: 100) {\n      id\n      ...ErasureRecord_erasure\n    }\n  }\n"): (typeof documents)["\n  query PrivacyPage {\n    programmes {\n      id\n      ...RetentionRow_programme\n    }\n    myHouseholds {\n      id\n      reference\n      partnership {\n        id\n        name\n      }\n      members {\n        id\n        firstName\n        lastName\n      }\n      erasure {\n        mode\n        erasedAt\n      }\n    }\n    users {\n      id\n      name\n      email\n      role\n    }\n    erasures(first: 100) {\n      id\n      ...ErasureRecord_erasure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RetentionRow_programme on Programme {\n    id\n    code\n    retention {\n      id\n      householdMonthsAfterGuidance\n      accessLogMonths\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  fragment RetentionRow_programme on Programme {\n    id\n    code\n    retention {\n      id\n      householdMonthsAfterGuidance\n      accessLogMonths\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRetentionPolicy($programme: ProgrammeCode!, $household: Int!, $accessLog: Int!) {\n    setRetentionPolicy(programme: $programme, householdMonthsAfterGuidance: $household, accessLogMonths: $accessLog) {\n      id\n      householdMonthsAfterGuidance\n      accessLogMonths\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetRetentionPolicy($programme: ProgrammeCode!, $household: Int!, $accessLog: Int!) {\n    setRetentionPolicy(programme: $programme, householdMonthsAfterGuidance: $household, accessLogMonths: $accessLog) {\n      id\n      householdMonthsAfterGuidance\n      accessLogMonths\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeRetention {\n    programmes {\n      id\n      code\n      retention {\n        id\n        householdMonthsAfterGuidance\n        accessLogMonths\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeRetention {\n    programmes {\n      id\n      code\n      retention {\n        id\n        householdMonthsAfterGuidance\n        accessLogMonths\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeSettings {\n    programmes {\n      id\n      code\n      caseKind\n      fundingRule\n      caseMonths\n      objectives\n      indicators {\n        ...ProgrammeIndicatorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeSettings {\n    programmes {\n      id\n      code\n      caseKind\n      fundingRule\n      caseMonths\n      objectives\n      indicators {\n        ...ProgrammeIndicatorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgrammeConfiguration($input: ProgrammeConfigurationInput!) {\n    updateProgrammeConfiguration(input: $input) {\n      id\n      code\n      caseKind\n      fundingRule\n      caseMonths\n      objectives\n      indicators {\n        ...ProgrammeIndicatorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgrammeConfiguration($input: ProgrammeConfigurationInput!) {\n    updateProgrammeConfiguration(input: $input) {\n      id\n      code\n      caseKind\n      fundingRule\n      caseMonths\n      objectives\n      indicators {\n        ...ProgrammeIndicatorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgrammeIndicatorFields on IndicatorType_ {\n    key\n    type\n    required\n    label {\n      nl\n      fr\n      en\n    }\n    choices {\n      key\n      label {\n        nl\n        fr\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProgrammeIndicatorFields on IndicatorType_ {\n    key\n    type\n    required\n    label {\n      nl\n      fr\n      en\n    }\n    choices {\n      key\n      label {\n        nl\n        fr\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GuidancePlan_household on Household {\n    id\n    progress {\n      done\n      total\n    }\n    nextStep {\n      id\n    }\n    viewerCan {\n      updateStep\n    }\n    plan {\n      id\n      ...GuidanceStepItem_step\n    }\n  }\n"): (typeof documents)["\n  fragment GuidancePlan_household on Household {\n    id\n    progress {\n      done\n      total\n    }\n    nextStep {\n      id\n    }\n    viewerCan {\n      updateStep\n    }\n    plan {\n      id\n      ...GuidanceStepItem_step\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GuidanceStepItem_step on GuidanceStep {\n    id\n    key\n    version\n    status\n    dueDate\n    overdue\n    owner\n    note\n    notApplicableReason\n    updatedAt\n    label {\n      nl\n      fr\n      en\n    }\n    member {\n      id\n      firstName\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment GuidanceStepItem_step on GuidanceStep {\n    id\n    key\n    version\n    status\n    dueDate\n    overdue\n    owner\n    note\n    notApplicableReason\n    updatedAt\n    label {\n      nl\n      fr\n      en\n    }\n    member {\n      id\n      firstName\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdTimeline_household on Household {\n    id\n    timeline {\n      id\n      at\n      kind\n      actor {\n        id\n        name\n      }\n      stepKey\n      stepLabel {\n        nl\n        fr\n        en\n      }\n      fromStatus\n      toStatus\n      fields\n      date\n      endReason\n      note\n      memberName\n      joined\n      fromPartnership\n      toPartnership\n    }\n  }\n"): (typeof documents)["\n  fragment HouseholdTimeline_household on Household {\n    id\n    timeline {\n      id\n      at\n      kind\n      actor {\n        id\n        name\n      }\n      stepKey\n      stepLabel {\n        nl\n        fr\n        en\n      }\n      fromStatus\n      toStatus\n      fields\n      date\n      endReason\n      note\n      memberName\n      joined\n      fromPartnership\n      toPartnership\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HousingPanel_household on Household {\n    id\n    arrivalDate\n    plannedArrivalDate\n    guidanceStart\n    nextHomeSearchDueFrom\n    flags\n    viewerCan {\n      updateHousing\n    }\n    housing {\n      id\n      version\n      street\n      postalCode\n      city\n      leaseStart\n      leaseEnd\n      monthlyRentCents\n      landlordKind\n      movedInOn\n      coversFirstYear\n      nextHomeSearchStartedOn\n      nextHomeFoundOn\n    }\n  }\n"): (typeof documents)["\n  fragment HousingPanel_household on Household {\n    id\n    arrivalDate\n    plannedArrivalDate\n    guidanceStart\n    nextHomeSearchDueFrom\n    flags\n    viewerCan {\n      updateHousing\n    }\n    housing {\n      id\n      version\n      street\n      postalCode\n      city\n      leaseStart\n      leaseEnd\n      monthlyRentCents\n      landlordKind\n      movedInOn\n      coversFirstYear\n      nextHomeSearchStartedOn\n      nextHomeFoundOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartNextHomeSearch($householdId: ID!, $on: String) {\n    startNextHomeSearch(householdId: $householdId, on: $on) {\n      id\n      ...HouseholdProgress_household\n    }\n  }\n"): (typeof documents)["\n  mutation StartNextHomeSearch($householdId: ID!, $on: String) {\n    startNextHomeSearch(householdId: $householdId, on: $on) {\n      id\n      ...HouseholdProgress_household\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordNextHomeFound($householdId: ID!, $on: String) {\n    recordNextHomeFound(householdId: $householdId, on: $on) {\n      id\n      ...HouseholdProgress_household\n    }\n  }\n"): (typeof documents)["\n  mutation RecordNextHomeFound($householdId: ID!, $on: String) {\n    recordNextHomeFound(householdId: $householdId, on: $on) {\n      id\n      ...HouseholdProgress_household\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuotaProgressCard_progress on QuotaProgress {\n    year\n    quota\n    personsArrived\n    personsPlanned\n    programme {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment QuotaProgressCard_progress on QuotaProgress {\n    year\n    quota\n    personsArrived\n    personsPlanned\n    programme {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetQuota($programme: ProgrammeCode!, $year: Int!, $persons: Int!) {\n    setQuota(programme: $programme, year: $year, persons: $persons) {\n      year\n      persons\n    }\n  }\n"): (typeof documents)["\n  mutation SetQuota($programme: ProgrammeCode!, $year: Int!, $persons: Int!) {\n    setQuota(programme: $programme, year: $year, persons: $persons) {\n      year\n      persons\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdProgress_household on Household {\n    id\n    flags\n    lastActivityAt\n    ...GuidancePlan_household\n    ...HousingPanel_household\n    ...HouseholdTimeline_household\n    ...BoardRow_household\n  }\n"): (typeof documents)["\n  fragment HouseholdProgress_household on Household {\n    id\n    flags\n    lastActivityAt\n    ...GuidancePlan_household\n    ...HousingPanel_household\n    ...HouseholdTimeline_household\n    ...BoardRow_household\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdProgress($id: ID!) {\n    household(id: $id) {\n      id\n      ...HouseholdProgress_household\n    }\n  }\n"): (typeof documents)["\n  query HouseholdProgress($id: ID!) {\n    household(id: $id) {\n      id\n      ...HouseholdProgress_household\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGuidanceStep($id: ID!, $input: UpdateGuidanceStepInput!, $guard: WriteGuardInput) {\n    updateGuidanceStep(id: $id, input: $input, guard: $guard) {\n      id\n      version\n      ...GuidanceStepItem_step\n      household {\n        id\n        ...HouseholdProgress_household\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGuidanceStep($id: ID!, $input: UpdateGuidanceStepInput!, $guard: WriteGuardInput) {\n    updateGuidanceStep(id: $id, input: $input, guard: $guard) {\n      id\n      version\n      ...GuidanceStepItem_step\n      household {\n        id\n        ...HouseholdProgress_household\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateHousing($householdId: ID!, $input: HousingInput!, $guard: WriteGuardInput) {\n    updateHousing(householdId: $householdId, input: $input, guard: $guard) {\n      id\n      version\n      street\n      postalCode\n      city\n      leaseStart\n      leaseEnd\n      monthlyRentCents\n      landlordKind\n      movedInOn\n      coversFirstYear\n      nextHomeSearchStartedOn\n      nextHomeFoundOn\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateHousing($householdId: ID!, $input: HousingInput!, $guard: WriteGuardInput) {\n    updateHousing(householdId: $householdId, input: $input, guard: $guard) {\n      id\n      version\n      street\n      postalCode\n      city\n      leaseStart\n      leaseEnd\n      monthlyRentCents\n      landlordKind\n      movedInOn\n      coversFirstYear\n      nextHomeSearchStartedOn\n      nextHomeFoundOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MinutesStatus_status on MinutesStatus {\n    id\n    available\n    pdfUrl\n    viewerCanAcknowledge\n    viewerAcknowledgedAt\n    viewerAcknowledgementCurrent\n    acknowledgements {\n      at\n      current\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MinutesStatus_status on MinutesStatus {\n    id\n    available\n    pdfUrl\n    viewerCanAcknowledge\n    viewerAcknowledgedAt\n    viewerAcknowledgementCurrent\n    acknowledgements {\n      at\n      current\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingMinutes($meetingId: ID!) {\n    meetingMinutes(meetingId: $meetingId) {\n      ...MinutesStatus_status\n    }\n  }\n"): (typeof documents)["\n  query MeetingMinutes($meetingId: ID!) {\n    meetingMinutes(meetingId: $meetingId) {\n      ...MinutesStatus_status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeMinutes($meetingId: ID!) {\n    acknowledgeMinutes(meetingId: $meetingId) {\n      ...MinutesStatus_status\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeMinutes($meetingId: ID!) {\n    acknowledgeMinutes(meetingId: $meetingId) {\n      ...MinutesStatus_status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearlyReport($programme: ProgrammeCode!, $year: Int!) {\n    yearlyReport(programme: $programme, year: $year) {\n      year\n      csvUrl\n      monthsCsvUrl\n      programme {\n        id\n        code\n      }\n      months {\n        month\n        arrivalRoute\n        households\n        persons\n        plannedHouseholds\n        plannedPersons\n      }\n      partnerships {\n        partnership {\n          id\n          name\n        }\n        track\n        households\n        persons\n        committedCents\n        approvedCents\n        paidCents\n        statementStatus\n        feedback {\n          rounds\n          accepted\n          submitted\n          open\n          overdue\n        }\n        evaluation {\n          meetingId\n          title\n          startsAt\n          ratings {\n            objective\n            rating\n          }\n        }\n      }\n      objectives {\n        objective\n        average\n        evaluations\n      }\n      totals {\n        households\n        persons\n        committedCents\n        approvedCents\n        paidCents\n        arrivedPersons\n        plannedPersons\n      }\n    }\n  }\n"): (typeof documents)["\n  query YearlyReport($programme: ProgrammeCode!, $year: Int!) {\n    yearlyReport(programme: $programme, year: $year) {\n      year\n      csvUrl\n      monthsCsvUrl\n      programme {\n        id\n        code\n      }\n      months {\n        month\n        arrivalRoute\n        households\n        persons\n        plannedHouseholds\n        plannedPersons\n      }\n      partnerships {\n        partnership {\n          id\n          name\n        }\n        track\n        households\n        persons\n        committedCents\n        approvedCents\n        paidCents\n        statementStatus\n        feedback {\n          rounds\n          accepted\n          submitted\n          open\n          overdue\n        }\n        evaluation {\n          meetingId\n          title\n          startsAt\n          ratings {\n            objective\n            rating\n          }\n        }\n      }\n      objectives {\n        objective\n        average\n        evaluations\n      }\n      totals {\n        households\n        persons\n        committedCents\n        approvedCents\n        paidCents\n        arrivedPersons\n        plannedPersons\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StepTemplateRow_template on StepTemplate {\n    id\n    key\n    position\n    anchor\n    offsetDays\n    owner\n    perSchoolAgeChild\n    label {\n      nl\n      fr\n      en\n    }\n  }\n"): (typeof documents)["\n  fragment StepTemplateRow_template on StepTemplate {\n    id\n    key\n    position\n    anchor\n    offsetDays\n    owner\n    perSchoolAgeChild\n    label {\n      nl\n      fr\n      en\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanTemplates($programme: ProgrammeCode!) {\n    stepTemplates(programme: $programme) {\n      id\n      ...StepTemplateRow_template\n    }\n    programmes {\n      id\n      code\n      nextHomeSearchMonths\n      staleAfterDays\n    }\n  }\n"): (typeof documents)["\n  query PlanTemplates($programme: ProgrammeCode!) {\n    stepTemplates(programme: $programme) {\n      id\n      ...StepTemplateRow_template\n    }\n    programmes {\n      id\n      code\n      nextHomeSearchMonths\n      staleAfterDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveStepTemplate($programme: ProgrammeCode!, $input: StepTemplateInput!) {\n    saveStepTemplate(programme: $programme, input: $input) {\n      id\n      ...StepTemplateRow_template\n    }\n  }\n"): (typeof documents)["\n  mutation SaveStepTemplate($programme: ProgrammeCode!, $input: StepTemplateInput!) {\n    saveStepTemplate(programme: $programme, input: $input) {\n      id\n      ...StepTemplateRow_template\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveStepTemplate($id: ID!) {\n    removeStepTemplate(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveStepTemplate($id: ID!) {\n    removeStepTemplate(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgrammeSettings($programme: ProgrammeCode!, $nextHomeSearchMonths: Int!, $staleAfterDays: Int!) {\n    updateProgrammeSettings(programme: $programme, nextHomeSearchMonths: $nextHomeSearchMonths, staleAfterDays: $staleAfterDays) {\n      id\n      code\n      nextHomeSearchMonths\n      staleAfterDays\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgrammeSettings($programme: ProgrammeCode!, $nextHomeSearchMonths: Int!, $staleAfterDays: Int!) {\n    updateProgrammeSettings(programme: $programme, nextHomeSearchMonths: $nextHomeSearchMonths, staleAfterDays: $staleAfterDays) {\n      id\n      code\n      nextHomeSearchMonths\n      staleAfterDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportTrajectoryBoard($partnershipId: ID, $overdueOnly: Boolean) {\n    supportTrajectoryBoard(partnershipId: $partnershipId, overdueOnly: $overdueOnly) {\n      id\n      ...SupportTrajectory_trajectory\n      partnership {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupportTrajectoryBoard($partnershipId: ID, $overdueOnly: Boolean) {\n    supportTrajectoryBoard(partnershipId: $partnershipId, overdueOnly: $overdueOnly) {\n      id\n      ...SupportTrajectory_trajectory\n      partnership {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSupportTrajectory($input: OpenSupportTrajectoryInput!) {\n    openSupportTrajectory(input: $input) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n"): (typeof documents)["\n  mutation OpenSupportTrajectory($input: OpenSupportTrajectoryInput!) {\n    openSupportTrajectory(input: $input) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportTrajectories($partnershipId: ID!) {\n    supportTrajectories(partnershipId: $partnershipId) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n"): (typeof documents)["\n  query SupportTrajectories($partnershipId: ID!) {\n    supportTrajectories(partnershipId: $partnershipId) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceSupportTrajectory($id: ID!, $stage: TrajectoryStage!, $on: String!, $closeReason: TrajectoryCloseReason) {\n    advanceSupportTrajectory(id: $id, stage: $stage, on: $on, closeReason: $closeReason) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceSupportTrajectory($id: ID!, $stage: TrajectoryStage!, $on: String!, $closeReason: TrajectoryCloseReason) {\n    advanceSupportTrajectory(id: $id, stage: $stage, on: $on, closeReason: $closeReason) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignSupportTrajectory($id: ID!, $followedByUserId: ID) {\n    assignSupportTrajectory(id: $id, followedByUserId: $followedByUserId) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n"): (typeof documents)["\n  mutation AssignSupportTrajectory($id: ID!, $followedByUserId: ID) {\n    assignSupportTrajectory(id: $id, followedByUserId: $followedByUserId) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendSupportTrajectory($id: ID!) {\n    extendSupportTrajectory(id: $id) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendSupportTrajectory($id: ID!) {\n    extendSupportTrajectory(id: $id) {\n      id\n      ...SupportTrajectory_trajectory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupportTrajectory_trajectory on SupportTrajectory {\n    id\n    reference\n    birthYear\n    targetGroup\n    hasSpecificNeeds\n    needsNote\n    stage\n    startedOn\n    plannedEnd\n    extended\n    closeReason\n    flags\n    stages {\n      stage\n      on\n    }\n    followedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SupportTrajectory_trajectory on SupportTrajectory {\n    id\n    reference\n    birthYear\n    targetGroup\n    hasSpecificNeeds\n    needsNote\n    stage\n    startedOn\n    plannedEnd\n    extended\n    closeReason\n    flags\n    stages {\n      stage\n      on\n    }\n    followedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrajectoryOverview($partnershipId: ID!) {\n    trajectoryOverview(partnershipId: $partnershipId) {\n      caseKind\n      caseMonths\n      staff {\n        id\n        name\n      }\n      viewerCan {\n        edit\n        extend\n        viewSensitive\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrajectoryOverview($partnershipId: ID!) {\n    trajectoryOverview(partnershipId: $partnershipId) {\n      caseKind\n      caseMonths\n      staff {\n        id\n        name\n      }\n      viewerCan {\n        edit\n        extend\n        viewSensitive\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;