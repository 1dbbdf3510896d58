/** Meetings as the API sends them, for the meeting feature's tests. */

const user = (id: string, name: string, organisation: { id: string; name: string } | null = null) => ({
  __typename: 'User' as const,
  id,
  name,
  organisation: organisation && { __typename: 'Organisation' as const, ...organisation },
});

export const KOEN = user('u-contact', 'Koen Janssens', { id: 'o-fedasil', name: 'Fedasil' });
export const LOTTE = user('u-coord', 'Lotte Claes', { id: 'o-samen', name: 'Samen Thuis vzw' });

export function invitee(id: string, u: ReturnType<typeof user>, overrides: Record<string, unknown> = {}) {
  return { __typename: 'MeetingInvitee' as const, id, response: null as string | null, attendance: null as string | null, user: u, ...overrides };
}

export function agendaItem(id: string, position: number, title: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'AgendaItem' as const,
    id,
    position,
    title,
    description: null,
    notes: null,
    sourceType: null,
    sourceUrl: null,
    viewerCanEdit: false,
    author: { __typename: 'User' as const, id: KOEN.id, name: KOEN.name },
    ...overrides,
  };
}

export function actionItem(id: string, title: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ActionItem' as const,
    id,
    title,
    dueDate: '2026-12-15',
    status: 'OPEN' as string,
    overdue: false,
    doneAt: null as string | null,
    viewerCanComplete: false,
    viewerCanEdit: false,
    assignee: { __typename: 'User' as const, id: LOTTE.id, name: LOTTE.name },
    meeting: { __typename: 'Meeting' as const, id: 'm-1', title: 'Evaluation Mechelen' },
    ...overrides,
  };
}

export const meetingViewerCan = (overrides: Record<string, boolean> = {}) => ({
  __typename: 'MeetingViewerCan' as const,
  manage: false,
  respond: false,
  addAgendaItem: false,
  evaluate: false,
  signOffEvaluation: false,
  ...overrides,
});

export function score(objective: string, rating: number, notes: string | null = null) {
  return { __typename: 'EvaluationScore' as const, id: `s-${objective}`, objective, rating, notes };
}

/** An evaluation of Onthaalgroep Mechelen on 8 December 2026, 14:00–15:30 Brussels time (13:00–14:30 UTC). */
export function meetingData(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Meeting' as const,
    id: 'm-1',
    kind: 'EVALUATION' as const,
    status: 'SCHEDULED' as const,
    title: 'Evaluation Mechelen',
    description: null as string | null,
    sequence: 0,
    inviteUrl: '/meetings/m-1/invite.ics',
    startsAt: '2026-12-08T13:00:00.000Z',
    endsAt: '2026-12-08T14:30:00.000Z',
    startsAtLocal: '2026-12-08T14:00',
    endsAtLocal: '2026-12-08T15:30',
    place: 'Stadhuis Mechelen',
    onlineUrl: null as string | null,
    cancelReason: null as string | null,
    partnerships: [{ __typename: 'Partnership' as const, id: 'p-1', name: 'Onthaalgroep Mechelen', contactPerson: { __typename: 'User' as const, id: KOEN.id } }],
    partnershipNames: ['Onthaalgroep Mechelen'],
    createdBy: { __typename: 'User' as const, id: KOEN.id, name: KOEN.name },
    invitees: [invitee('i-1', KOEN, { response: 'YES' }), invitee('i-2', LOTTE)],
    rsvpCounts: { __typename: 'RsvpCounts' as const, yes: 1, no: 0, maybe: 0, pending: 1 },
    viewerInvitation: null as unknown,
    viewerCan: meetingViewerCan(),
    agenda: [] as unknown[],
    decisions: [] as unknown[],
    actionItems: [] as unknown[],
    evaluationSignedOffAt: null as string | null,
    evaluationObjectives: ['SUSTAINABLE_HOUSING', 'GUIDANCE', 'OPERATIONAL_COOPERATION'] as string[] | null,
    evaluationSignedOffBy: null as unknown,
    evaluation: [] as unknown[],
    documents: [] as unknown[],
    ...overrides,
  };
}

/** A file shared on the meeting (one PDF version). */
export function meetingDocument(id: string, name: string, overrides: Record<string, unknown> = {}) {
  const uploader = { __typename: 'User' as const, id: LOTTE.id, name: LOTTE.name };
  return {
    __typename: 'Document' as const,
    id,
    name,
    category: 'EVALUATION_REPORT' as const,
    createdAt: '2026-12-01T09:00:00.000Z',
    downloadUrl: `/documents/${id}/download`,
    household: null,
    createdBy: uploader,
    viewerCan: { __typename: 'DocumentViewerCan' as const, manage: false, upload: false },
    versions: [
      {
        __typename: 'DocumentVersion' as const,
        id: `${id}-v1`,
        number: 1,
        size: 2048,
        contentType: 'application/pdf',
        originalName: name,
        uploadedAt: '2026-12-01T09:00:00.000Z',
        downloadUrl: `/documents/${id}/download?version=1`,
        previewUrl: `/documents/${id}/download?version=1&inline=1`,
        uploadedBy: uploader,
      },
    ],
    ...overrides,
  };
}
