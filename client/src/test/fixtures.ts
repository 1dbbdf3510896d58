import { MeetingMinutesDocument } from '../features/report/MeetingMinutesPdf';
import { ViewerDocument } from '../app/viewer';
import { DocumentAddedDocument, DocumentsPanelDocument } from '../features/document/DocumentsPanel';
import { DeskRotaDocument } from '../features/desk/DeskRotaSection';
import { ReturnFilesDocument } from '../features/desk/ReturnFilesSection';
import { DeskOverviewDocument } from '../features/desk/deskPartnership';
import { ReturnFileBoardDocument } from '../features/desk/BoardReturnFiles';
import { SupportTrajectoryBoardDocument } from '../features/trajectory/BoardTrajectories';
import { FeedbackRoundChangedDocument, FeedbackSectionDocument } from '../features/feedback/FeedbackSection';
import { MyFeedbackRoundsDocument } from '../features/feedback/FeedbackHomeSection';
import { NotificationAddedDocument, NotificationBellDocument } from '../features/notification/NotificationBell';
import { PartnershipThreadsDocument } from '../features/messaging/MessagesSection';
import type { CaseKind, Role } from '@partner-hub/shared';
import { MyActionItemsDocument } from '../features/meeting/MyActionItems';
import { PartnershipMeetingsDocument } from '../features/meeting/PartnershipMeetings';
import { MeetingsChangedDocument } from '../features/meeting/live';

export function viewerMock(role: Role | null, language: 'nl' | 'fr' | 'en' = 'en') {
  return {
    request: { query: ViewerDocument },
    result: {
      data: {
        me: role
          ? {
              __typename: 'User' as const,
              id: 'u-1',
              name: 'Ann Admin',
              email: 'ann@example.org',
              role,
              language,
              organisation: null,
            }
          : null,
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export const partnershipViewerCan = (overrides: Partial<Record<string, boolean>> = {}) => ({
  __typename: 'PartnershipViewerCan' as const,
  view: true,
  update: false,
  manageMembers: false,
  assignContactPerson: false,
  registerHousehold: false,
  viewFunding: true,
  inviteCoordinator: false,
  inviteVolunteer: false,
  uploadDocument: false,
  ...overrides,
});

export function householdRow(id: string, reference: string, totalCents: number | null) {
  return {
    __typename: 'Household' as const,
    id,
    reference,
    status: 'IN_GUIDANCE' as const,
    plannedArrivalDate: null,
    arrivalDate: '2023-03-01',
    head: { __typename: 'HouseholdMember' as const, id: `${id}-m1`, firstName: 'Amina', lastName: 'Haddad' },
    members: [1, 2, 3, 4, 5].map((n) => ({ __typename: 'HouseholdMember' as const, id: `${id}-m${n}` })),
    partnership: { __typename: 'Partnership' as const, id: 'p-1', name: 'Gent welcomes', personsCount: 6, fundingTotalCents: 2_500_000 },
    funding: totalCents === null ? null : { __typename: 'Funding' as const, totalCents },
  };
}

export function partnershipData(overrides: Record<string, unknown> = {}) {
  const organisation = { __typename: 'Organisation' as const, id: 'o-1', name: 'OCMW Gent', kind: 'OCMW' as const };
  return {
    __typename: 'Partnership' as const,
    id: 'p-1',
    name: 'Gent welcomes',
    fundingTotalCents: 2_500_000,
    personsCount: 6,
    capacityPledged: 10,
    programme: { __typename: 'Programme' as const, id: 'prog-1', code: 'RESETTLEMENT' as const, caseKind: 'RESETTLEMENT_HOUSEHOLD' as const, fundingRule: 'RESETTLEMENT_FLAT' as const },
    track: 'COMMUNITY_SPONSORSHIP' as const,
    status: 'ACTIVE' as const,
    agreementStart: '2023-01-01',
    agreementEnd: '2023-12-31',
    members: [{ __typename: 'PartnershipMember' as const, lead: true, organisation }],
    contactPerson: { __typename: 'User' as const, id: 'u-2', name: 'Carl Contact', email: 'carl@fedasil.be' },
    deputy: null,
    viewerCan: partnershipViewerCan(),
    households: [householdRow('h-1', 'RS-2023-001', 2_200_000), householdRow('h-2', 'RS-2023-002', 300_000)],
    ...overrides,
  };
}

/** A LocalizedText as the API sends it. */
export const localizedText = (en: string, nl = en, fr = en) => ({ __typename: 'LocalizedText' as const, nl, fr, en });

export const BANK_ACCOUNT_LABEL = localizedText('Bank account opened', 'Bankrekening geopend', 'Compte bancaire ouvert');
export const SCHOOL_LABEL = localizedText('School enrolment', 'Inschrijving in een school', 'Inscription dans une école');
export const LANGUAGE_COURSE_LABEL = localizedText('Language course', 'Taalcursus', 'Cours de langue');

export function guidanceStep(id: string, key: string, label: ReturnType<typeof localizedText>, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'GuidanceStep' as const,
    id,
    key,
    version: 1,
    status: 'TODO' as const,
    dueDate: '2026-03-15',
    overdue: false,
    owner: 'VOLUNTEER' as const,
    note: null,
    notApplicableReason: null,
    updatedAt: '2026-03-01T09:00:00.000Z',
    label,
    member: null,
    updatedBy: null,
    ...overrides,
  };
}

export function housingData(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Housing' as const,
    id: 'hs-1',
    version: 1,
    street: 'Bruul 12',
    postalCode: '2800',
    city: 'Mechelen',
    leaseStart: '2026-02-15',
    leaseEnd: '2029-02-14',
    monthlyRentCents: 61_000,
    landlordKind: 'SOCIAL' as const,
    movedInOn: '2026-02-20',
    coversFirstYear: true,
    nextHomeSearchStartedOn: null,
    nextHomeFoundOn: null,
    ...overrides,
  };
}

/**
 * The progress fields of a household (plan, housing, flags, timeline, board row): a bank
 * account step to do, a school step for Lina, and a language course done.
 */
export function progressFields(overrides: Record<string, unknown> = {}) {
  const plan = [
    guidanceStep('s-1', 'BANK_ACCOUNT', BANK_ACCOUNT_LABEL, { overdue: true, dueDate: '2026-03-10' }),
    guidanceStep('s-2', 'SCHOOL_ENROLMENT', SCHOOL_LABEL, {
      dueDate: '2026-03-20',
      member: { __typename: 'HouseholdMember' as const, id: 'm3', firstName: 'Lina' },
    }),
    guidanceStep('s-3', 'LANGUAGE_COURSE', LANGUAGE_COURSE_LABEL, {
      status: 'DONE' as const,
      dueDate: '2026-04-15',
      owner: 'PARTNER' as const,
      updatedAt: '2026-03-02T10:00:00.000Z',
      updatedBy: { __typename: 'User' as const, id: 'u-7', name: 'Pieter Wouters' },
    }),
  ];
  return {
    flags: ['OVERDUE_STEPS'] as string[],
    lastActivityAt: '2026-03-02T10:00:00.000Z',
    progress: { __typename: 'PlanProgress' as const, done: 1, total: 3 },
    nextStep: plan[0],
    plan,
    housing: null as unknown,
    nextHomeSearchDueFrom: '2026-12-01',
    timeline: [
      {
        __typename: 'TimelineEntry' as const,
        id: 'e-1',
        at: '2026-02-01T08:00:00.000Z',
        kind: 'REGISTERED' as const,
        actor: { __typename: 'User' as const, id: 'u-2', name: 'Carl Contact' },
        stepKey: null,
        stepLabel: null,
        fromStatus: null,
        toStatus: null,
        fields: [] as string[],
        date: null,
        endReason: null,
        note: null,
        memberName: null,
        joined: null,
        fromPartnership: null,
        toPartnership: null,
      },
    ],
    ...overrides,
  };
}

export const householdViewerCan = (overrides: Record<string, boolean> = {}) => ({
  __typename: 'HouseholdViewerCan' as const,
  view: true,
  update: false,
  recordArrival: false,
  extendGuidance: false,
  withdrawExtension: false,
  endGuidance: false,
  transfer: false,
  viewSpecificNeeds: false,
  updateSpecificNeeds: false,
  viewFunding: false,
  updateStep: false,
  updateHousing: false,
  uploadDocument: false,
  uploadSensitiveDocument: false,
  ...overrides,
});

const member = (id: string, firstName: string, relationship: string, birthYear: number) => ({
  __typename: 'HouseholdMember' as const,
  id,
  firstName,
  lastName: 'Haddad',
  birthYear,
  relationship,
  isHead: relationship === 'HEAD',
  joined: 'WITH_HOUSEHOLD' as const,
  joinedOn: null,
  leftOn: null,
});

/** A household as the household page selects it (Amina Haddad and four family members), with its progress. */
export function householdData(overrides: Record<string, unknown> = {}) {
  const members = [
    member('m1', 'Amina', 'HEAD', 1985),
    member('m2', 'Omar', 'SPOUSE', 1983),
    member('m3', 'Lina', 'CHILD', 2012),
    member('m4', 'Sami', 'CHILD', 2015),
    member('m5', 'Nour', 'CHILD', 2019),
  ];
  return {
    __typename: 'Household' as const,
    id: 'h-1',
    reference: 'RS-2023-001',
    partnership: {
      __typename: 'Partnership' as const,
      id: 'p-1',
      name: 'Gent welcomes',
      personsCount: 5,
      fundingTotalCents: null,
      programme: { __typename: 'Programme' as const, id: 'prog-1', code: 'RESETTLEMENT' as const },
    },
    viewerCan: householdViewerCan(),
    funding: null,
    fundingHistory: null,
    status: 'IN_GUIDANCE' as const,
    arrivalRoute: 'DIRECT' as const,
    plannedArrivalDate: '2023-02-20',
    arrivalDate: '2023-03-01',
    guidanceStart: '2023-03-01',
    guidanceEnd: '2024-02-29',
    guidanceExtended: false,
    endedOn: null,
    endReason: null,
    endNote: null,
    hasSpecificNeeds: true,
    specificNeeds: null,
    head: { __typename: 'HouseholdMember' as const, id: 'm1', firstName: 'Amina', lastName: 'Haddad' },
    members,
    // Not erased (privacy module).
    erasure: null,
    ...progressFields(),
    ...overrides,
  };
}

/**
 * Household and partnership pages show their documents: unless a test says otherwise, there are
 * none, and no document is added while the test runs. renderPage adds these after a test's mocks.
 */
export const noDocumentsMocks = [
  {
    request: { query: DocumentsPanelDocument, variables: () => true },
    result: { data: { documents: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: DocumentAddedDocument, variables: () => true },
    result: { data: { documentAdded: null } },
    delay: 60_000,
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  // Partnership pages list their message threads: none unless a test says otherwise.
  {
    request: { query: PartnershipThreadsDocument, variables: () => true },
    result: {
      data: {
        threads: { __typename: 'ThreadConnection' as const, edges: [], pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null }, totalCount: 0 },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

// ----- Feedback and notifications ----------------------------------------------------------------

const person = (id: string, name: string) => ({ __typename: 'User' as const, id, name });

export const feedbackAnswer = (objective: string, status: string | null, text: string | null) => ({
  __typename: 'FeedbackAnswer' as const,
  objective,
  status,
  text,
});

const emptyAnswers = () => [feedbackAnswer('SUSTAINABLE_HOUSING', null, null), feedbackAnswer('GUIDANCE', null, null), feedbackAnswer('OPERATIONAL_COOPERATION', null, null)];

export const filledAnswers = () => [
  feedbackAnswer('SUSTAINABLE_HOUSING', 'ON_TRACK', 'A lease for three years.'),
  feedbackAnswer('GUIDANCE', 'CONCERNS', 'Waiting for the health insurance card.'),
  feedbackAnswer('OPERATIONAL_COOPERATION', 'ON_TRACK', null),
];

export function feedbackRevision(id: string, kind: 'SUBMITTED' | 'SENT_BACK' | 'ACCEPTED', overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'FeedbackRevision' as const,
    id,
    kind,
    at: '2026-03-28T10:00:00.000Z',
    note: null,
    generalNote: null,
    by: kind === 'SUBMITTED' ? person('u-3', 'Lotte Claes') : person('u-2', 'Carl Contact'),
    answers: kind === 'SUBMITTED' ? filledAnswers() : null,
    ...overrides,
  };
}

/** A feedback round as the partnership page selects it: March 2026, open, nothing answered. */
export function feedbackRound(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'FeedbackRound' as const,
    id: 'r-1',
    periodStart: '2026-03-01',
    periodEnd: '2026-03-31',
    dueDate: '2026-03-31',
    status: 'OPEN' as string,
    overdue: false,
    late: false,
    generalNote: null as string | null,
    submittedAt: null as string | null,
    reviewedAt: null as string | null,
    reviewNote: null as string | null,
    updatedAt: '2026-03-01T06:00:00.000Z',
    submittedBy: null as unknown,
    reviewedBy: null as unknown,
    answers: emptyAnswers() as unknown[],
    indicatorValues: [] as unknown[],
    partnership: {
      __typename: 'Partnership' as const,
      id: 'p-1',
      programme: {
        __typename: 'Programme' as const,
        id: 'programme-resettlement',
        objectives: ['SUSTAINABLE_HOUSING', 'GUIDANCE', 'OPERATIONAL_COOPERATION'] as string[],
        indicators: [] as unknown[],
      },
    } as unknown,
    viewerCan: { __typename: 'FeedbackRoundViewerCan' as const, submit: false, review: false },
    history: [] as unknown[],
    ...overrides,
  };
}

export function feedbackSettings(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'FeedbackSettings' as const,
    partnershipId: 'p-1',
    rhythm: 'MONTHLY' as string | null,
    startDate: '2026-02-01' as string | null,
    viewerCanSet: false,
    ...overrides,
  };
}

export function notification(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Notification' as const,
    id,
    kind: 'MESSAGE' as string,
    sourceType: 'THREAD' as string,
    sourceId: 't-1',
    messageId: null,
    partnershipId: 'p-1',
    excerpt: null as string | null,
    createdAt: '2026-03-02T10:00:00.000Z',
    readAt: null as string | null,
    actor: person('u-2', 'Carl Contact') as unknown,
    ...overrides,
  };
}

/**
 * Partnership and home pages show feedback: unless a test says otherwise, no rhythm, no rounds,
 * and no round changes while the test runs. renderPage adds these after a test's mocks.
 */
export const noFeedbackMocks = [
  // No desk rota (the partnership page shows none).
  { request: { query: DeskRotaDocument, variables: () => true }, result: { data: { deskRota: [] } }, maxUsageCount: Number.POSITIVE_INFINITY },
  { request: { query: ReturnFilesDocument, variables: () => true }, result: { data: { returnFiles: [] } }, maxUsageCount: Number.POSITIVE_INFINITY },
  {
    request: { query: DeskOverviewDocument, variables: () => true },
    result: { data: { deskOverview: deskOverview('RESETTLEMENT_HOUSEHOLD', [], { editRota: false, editReturnFiles: false, viewMedical: false }) } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  // The board has no return files unless a test says otherwise.
  { request: { query: ReturnFileBoardDocument, variables: () => true }, result: { data: { returnFileBoard: [] } }, maxUsageCount: Number.POSITIVE_INFINITY },
  // Nor support trajectories.
  { request: { query: SupportTrajectoryBoardDocument, variables: () => true }, result: { data: { supportTrajectoryBoard: [] } }, maxUsageCount: Number.POSITIVE_INFINITY },
  {
    request: { query: FeedbackSectionDocument, variables: () => true },
    result: { data: { feedbackSettings: feedbackSettings({ rhythm: null, startDate: null }), feedbackRounds: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: FeedbackRoundChangedDocument, variables: () => true },
    result: { data: { feedbackRoundChanged: null } },
    delay: 60_000,
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: MyFeedbackRoundsDocument },
    result: { data: { myFeedbackRounds: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

/** The header's bell: nothing unread, and nothing arrives while the test runs. */
export const noNotificationMocks = [
  {
    request: { query: NotificationBellDocument },
    result: { data: { unreadNotificationCount: 0 } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: NotificationAddedDocument },
    result: { data: { notificationAdded: null } },
    delay: 60_000,
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

/**
 * Home and partnership pages show action items and meetings: unless a test says otherwise, there
 * are none. renderPage adds these after a test's mocks.
 */
export const noMeetingsMocks = [
  {
    request: { query: MyActionItemsDocument },
    result: { data: { myActionItems: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: PartnershipMeetingsDocument, variables: () => true },
    result: { data: { meetings: [], evaluationHistory: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  // Live meeting lists: no event during a test (one after an hour).
  {
    request: { query: MeetingsChangedDocument, variables: () => true },
    result: { data: { meetingsChanged: null } },
    delay: 3_600_000,
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

/** A meeting's minutes PDF: not available unless a test says otherwise. */
export const noMinutesMocks = [
  {
    request: { query: MeetingMinutesDocument, variables: () => true },
    result: {
      data: {
        meetingMinutes: {
          __typename: 'MinutesStatus',
          id: 'm-none',
          available: false,
          pdfUrl: '',
          viewerCanAcknowledge: false,
          viewerAcknowledgedAt: null,
          viewerAcknowledgementCurrent: false,
          acknowledgements: [],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

/** The desk overview of a partnership: its case kind, member organisations and what the viewer may do. */
export function deskOverview(caseKind: CaseKind, members: [string, string][], viewerCan: { editRota: boolean; editReturnFiles: boolean; viewMedical: boolean }) {
  return {
    __typename: 'DeskOverview' as const,
    caseKind,
    members: members.map(([id, name]) => ({ __typename: 'Organisation' as const, id, name })),
    viewerCan: { __typename: 'DeskViewerCan' as const, ...viewerCan },
  };
}
