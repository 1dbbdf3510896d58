import { addDays, addMonths } from '@partner-hub/shared';
import { afterAll, beforeAll } from 'vitest';
import { todayInBrussels } from '../../app/validators.js';
import { type Agent, DEMO, demoIds, startTestHub, type TestHub } from '../../../test/harness.js';
import { Notification } from '../notification/notification.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Partnership, PartnershipMember } from '../partnership/partnership.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';
import { FeedbackRound, FeedbackSchedule } from './feedback.entity.js';

/**
 * What the feedback test files share: the test hub (`useTestHub()`, one per test file), the people,
 * fresh records and the GraphQL documents and helpers the cases use.
 */

export let hub: TestHub;
export let ids: Awaited<ReturnType<typeof demoIds>>;
export const as: Record<string, Agent> = {};

/** Starts the test hub (and signs the people in) before the calling test file's cases, closes it after. */
export function useTestHub(): void {
  beforeAll(async () => {
    hub = await startTestHub();
    ids = await demoIds(hub);
    for (const [k, email] of Object.entries(DEMO)) as[k] = await hub.as(email);
  });
  afterAll(() => hub?.close());
}

export const today = () => todayInBrussels();
let n = 0;

/** A copy of Mechelen (own: same contact person, deputy and member organisations) or of Liège (other). */
export async function partnership(target: 'own' | 'other' = 'own'): Promise<string> {
  const em = hub.orm.em.fork();
  const own = target === 'own';
  const user = (email: string) => em.getReference(User, ids.user[email]);
  const p = em.create(Partnership, {
    name: `Feedback fixture ${++n}`,
    programme: await em.findOneOrFail(Programme, { code: 'RESETTLEMENT' }),
    track: 'COMMUNITY_SPONSORSHIP',
    status: 'ACTIVE',
    contactPerson: user(own ? DEMO.contact : DEMO.otherContact),
    deputy: own ? user(DEMO.deputy) : null,
  });
  const members = own ? ['Samen Thuis vzw', 'Onthaalgroep Mechelen'] : ['CPAS de Liège', "Groupe d'accueil Liège-Centre"];
  members.forEach((m, i) => em.create(PartnershipMember, { partnership: p, organisation: em.getReference(Organisation, ids.org[m]), lead: i === 0 }));
  await em.flush();
  return p.id;
}

/** A round straight in the database, on a fresh partnership. */
export async function round(opts: { target?: 'own' | 'other'; status?: FeedbackRound['status']; dueDate?: string; submittedBy?: string } = {}): Promise<{ id: string; partnershipId: string }> {
  const partnershipId = await partnership(opts.target);
  const em = hub.orm.em.fork();
  const start = addMonths(`${today().slice(0, 7)}-01`, 0);
  const end = addDays(addMonths(start, 1), -1);
  const complete = [
    { objective: 'SUSTAINABLE_HOUSING' as const, status: 'ON_TRACK' as const, text: 'Housing text' },
    { objective: 'GUIDANCE' as const, status: 'ON_TRACK' as const, text: null },
    { objective: 'OPERATIONAL_COOPERATION' as const, status: 'BLOCKED' as const, text: 'Blocked' },
  ];
  const r = em.create(FeedbackRound, {
    partnership: em.getReference(Partnership, partnershipId),
    periodStart: start,
    periodEnd: end,
    dueDate: opts.dueDate ?? end,
    status: opts.status ?? 'OPEN',
    answers: opts.status && opts.status !== 'OPEN' ? complete : [],
    submittedBy: opts.submittedBy ? em.getReference(User, ids.user[opts.submittedBy]) : null,
  });
  await em.flush();
  return { id: r.id, partnershipId };
}

const ROUND_FIELDS = `id status periodStart periodEnd dueDate overdue generalNote reviewNote
  answers { objective status text }
  submittedBy { name } reviewedBy { name }
  history { kind at note generalNote by { name } answers { objective status text } }
  viewerCan { submit review }
  partnership { id name }`;

export const SETTINGS = `query($p: ID!) { feedbackSettings(partnershipId: $p) { partnershipId rhythm startDate viewerCanSet } }`;
export const ROUNDS = `query($p: ID!) { feedbackRounds(partnershipId: $p) { ${ROUND_FIELDS} } }`;
export const ROUND = `query($id: ID!) { feedbackRound(id: $id) { ${ROUND_FIELDS} } }`;
export const MINE = `{ myFeedbackRounds { id status overdue partnership { id } } }`;
export const SET = `mutation($input: SetFeedbackScheduleInput!) { setFeedbackSchedule(input: $input) { partnershipId rhythm startDate viewerCanSet } }`;
export const SAVE = `mutation($input: FeedbackAnswersInput!) { saveFeedbackDraft(input: $input) { ${ROUND_FIELDS} } }`;
export const SUBMIT = `mutation($input: FeedbackAnswersInput!) { submitFeedbackRound(input: $input) { ${ROUND_FIELDS} } }`;
export const ACCEPT = `mutation($id: ID!, $note: String) { acceptFeedbackRound(id: $id, note: $note) { ${ROUND_FIELDS} } }`;
export const SEND_BACK = `mutation($id: ID!, $note: String!) { sendBackFeedbackRound(id: $id, note: $note) { ${ROUND_FIELDS} } }`;

export const ALL_ANSWERS = [
  { objective: 'SUSTAINABLE_HOUSING', status: 'ON_TRACK', text: 'A lease for three years.' },
  { objective: 'GUIDANCE', status: 'CONCERNS', text: 'Waiting for the insurance card.' },
  { objective: 'OPERATIONAL_COOPERATION', status: 'ON_TRACK', text: null },
];

export async function stored(id: string) {
  return hub.orm.em.fork().findOneOrFail(FeedbackRound, { id });
}
export async function notificationsOf(sourceId: string) {
  const rows = await hub.orm.em.fork().find(Notification, { sourceId }, { populate: ['recipient'], orderBy: { createdAt: 'asc' } });
  return rows.map((r) => ({ kind: r.kind, to: r.recipient.email }));
}
export const emails = (...keys: (keyof typeof DEMO)[]) => keys.map((k) => DEMO[k]);

/** A monthly rhythm for the partnership, started on the first of the month `monthsAgo` months back (written straight to the database, as if set then). */
export async function monthlySince(p: string, monthsAgo: number): Promise<string> {
  const em = hub.orm.em.fork();
  const start = addMonths(`${today().slice(0, 7)}-01`, -monthsAgo);
  em.create(FeedbackSchedule, { partnership: em.getReference(Partnership, p), rhythm: 'MONTHLY', startDate: start, activeFrom: start });
  await em.flush();
  return start;
}
