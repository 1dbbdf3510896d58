import { addDays, addMonths } from '@partner-hub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBrussels } from '../../app/validators.js';
import { type Agent, codes, DEMO, demoIds, fewestStatements, startTestHub, type TestHub } from '../../../test/harness.js';
import { subscribe } from '../../../test/live.js';
import { Notification } from '../notification/notification.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Partnership, PartnershipMember } from '../partnership/partnership.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';
import { FeedbackRevision, FeedbackRound, FeedbackSchedule } from './feedback.entity.js';
import { makeDueRounds, periodAt, periodsDue } from './feedback.service.js';
import { createContext } from '../../app/context.js';

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;
const as: Record<string, Agent> = {};

beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
  for (const [k, email] of Object.entries(DEMO)) as[k] = await hub.as(email);
});
afterAll(() => hub?.close());

const today = () => todayInBrussels();
let n = 0;

/** A copy of Mechelen (own: same contact person, deputy and member organisations) or of Liège (other). */
async function partnership(target: 'own' | 'other' = 'own'): Promise<string> {
  const em = hub.orm.em.fork();
  const own = target === 'own';
  const user = (email: string) => em.getReference(User, ids.user[email]!);
  const p = em.create(Partnership, {
    name: `Feedback fixture ${++n}`,
    programme: await em.findOneOrFail(Programme, { code: 'RESETTLEMENT' }),
    track: 'COMMUNITY_SPONSORSHIP',
    status: 'ACTIVE',
    contactPerson: user(own ? DEMO.contact : DEMO.otherContact),
    deputy: own ? user(DEMO.deputy) : null,
  });
  const members = own ? ['Samen Thuis vzw', 'Onthaalgroep Mechelen'] : ['CPAS de Liège', "Groupe d'accueil Liège-Centre"];
  members.forEach((m, i) => em.create(PartnershipMember, { partnership: p, organisation: em.getReference(Organisation, ids.org[m]!), lead: i === 0 }));
  await em.flush();
  return p.id;
}

/** A round straight in the database, on a fresh partnership. */
async function round(opts: { target?: 'own' | 'other'; status?: FeedbackRound['status']; dueDate?: string; submittedBy?: string } = {}): Promise<{ id: string; partnershipId: string }> {
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
    submittedBy: opts.submittedBy ? em.getReference(User, ids.user[opts.submittedBy]!) : null,
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

const SETTINGS = `query($p: ID!) { feedbackSettings(partnershipId: $p) { partnershipId rhythm startDate viewerCanSet } }`;
const ROUNDS = `query($p: ID!) { feedbackRounds(partnershipId: $p) { ${ROUND_FIELDS} } }`;
const ROUND = `query($id: ID!) { feedbackRound(id: $id) { ${ROUND_FIELDS} } }`;
const MINE = `{ myFeedbackRounds { id status overdue partnership { id } } }`;
const SET = `mutation($input: SetFeedbackScheduleInput!) { setFeedbackSchedule(input: $input) { partnershipId rhythm startDate viewerCanSet } }`;
const SAVE = `mutation($input: FeedbackAnswersInput!) { saveFeedbackDraft(input: $input) { ${ROUND_FIELDS} } }`;
const SUBMIT = `mutation($input: FeedbackAnswersInput!) { submitFeedbackRound(input: $input) { ${ROUND_FIELDS} } }`;
const ACCEPT = `mutation($id: ID!, $note: String) { acceptFeedbackRound(id: $id, note: $note) { ${ROUND_FIELDS} } }`;
const SEND_BACK = `mutation($id: ID!, $note: String!) { sendBackFeedbackRound(id: $id, note: $note) { ${ROUND_FIELDS} } }`;

const ALL_ANSWERS = [
  { objective: 'SUSTAINABLE_HOUSING', status: 'ON_TRACK', text: 'A lease for three years.' },
  { objective: 'GUIDANCE', status: 'CONCERNS', text: 'Waiting for the insurance card.' },
  { objective: 'OPERATIONAL_COOPERATION', status: 'ON_TRACK', text: null },
];

async function stored(id: string) {
  return hub.orm.em.fork().findOneOrFail(FeedbackRound, { id });
}
async function notificationsOf(sourceId: string) {
  const rows = await hub.orm.em.fork().find(Notification, { sourceId }, { populate: ['recipient'], orderBy: { createdAt: 'asc' } });
  return rows.map((r) => ({ kind: r.kind, to: r.recipient.email }));
}
const emails = (...keys: (keyof typeof DEMO)[]) => keys.map((k) => DEMO[k]);

/** A monthly rhythm for the partnership, started on the first of the month `monthsAgo` months back (written straight to the database, as if set then). */
async function monthlySince(p: string, monthsAgo: number): Promise<string> {
  const em = hub.orm.em.fork();
  const start = addMonths(`${today().slice(0, 7)}-01`, -monthsAgo);
  em.create(FeedbackSchedule, { partnership: em.getReference(Partnership, p), rhythm: 'MONTHLY', startDate: start, activeFrom: start });
  await em.flush();
  return start;
}

describe('periods', () => {
  it('follow the start date month by month (no drift at month ends), quarter by quarter', () => {
    expect(periodAt({ rhythm: 'MONTHLY', startDate: '2026-01-31' }, 1)).toEqual({ periodStart: '2026-02-28', periodEnd: '2026-03-30', dueDate: '2026-03-30' });
    expect(periodAt({ rhythm: 'MONTHLY', startDate: '2026-01-31' }, 2).periodStart).toBe('2026-03-31');
    expect(periodAt({ rhythm: 'QUARTERLY', startDate: '2026-01-01' }, 1)).toEqual({ periodStart: '2026-04-01', periodEnd: '2026-06-30', dueDate: '2026-06-30' });
  });

  it('are owed from the period the rhythm took effect in, up to today, after the newest round made', () => {
    const s = { rhythm: 'MONTHLY' as const, startDate: '2026-01-01', activeFrom: '2026-05-10', madeUntil: null };
    expect(periodsDue(s, '2026-07-02').map((p) => p.periodStart)).toEqual(['2026-05-01', '2026-06-01', '2026-07-01']);
    expect(periodsDue({ ...s, madeUntil: '2026-06-30' }, '2026-07-02').map((p) => p.periodStart)).toEqual(['2026-07-01']);
    expect(periodsDue({ ...s, madeUntil: '2026-07-31' }, '2026-07-02')).toEqual([]);
    expect(periodsDue({ ...s, startDate: '2026-09-01', activeFrom: '2026-09-01' }, '2026-07-02')).toEqual([]);
  });
});

describe('feedbackSettings', () => {
  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(SETTINGS, { p: ids.partnership.mechelen }))).toEqual(['UNAUTHENTICATED']);
  });

  it('shows the demo rhythm, and who may change it', async () => {
    const month = `${today().slice(0, 7)}-01`;
    for (const [who, can] of [['contact', true], ['deputy', true], ['admin', true], ['coordinator', false], ['volunteer', false]] as const) {
      const { feedbackSettings } = await as[who]!.ok(SETTINGS, { p: ids.partnership.mechelen });
      expect(feedbackSettings, who).toEqual({ partnershipId: ids.partnership.mechelen, rhythm: 'MONTHLY', startDate: addMonths(month, -1), viewerCanSet: can });
    }
  });

  it('another partnership is NOT_FOUND', async () => {
    expect(codes(await as.otherContact!.gql(SETTINGS, { p: ids.partnership.mechelen }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.volunteer!.gql(SETTINGS, { p: ids.partnership.liege }))).toEqual(['NOT_FOUND']);
  });

  it('no rhythm is null', async () => {
    const p = await partnership();
    expect((await as.contact!.ok(SETTINGS, { p })).feedbackSettings).toMatchObject({ rhythm: null, startDate: null });
  });
});

describe('feedbackRounds', () => {
  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(ROUNDS, { p: ids.partnership.mechelen }))).toEqual(['UNAUTHENTICATED']);
  });

  it('lists the demo rounds newest first: this month open, last month accepted with its history', async () => {
    const month = `${today().slice(0, 7)}-01`;
    for (const who of ['admin', 'contact', 'deputy', 'coordinator', 'volunteer']) {
      const { feedbackRounds } = await as[who]!.ok(ROUNDS, { p: ids.partnership.mechelen });
      expect(feedbackRounds.map((r: any) => [r.periodStart, r.status]), who).toEqual([
        [month, 'OPEN'],
        [addMonths(month, -1), 'ACCEPTED'],
      ]);
      const [open, accepted] = feedbackRounds;
      expect(open.overdue).toBe(false);
      expect(open.answers).toEqual([
        { objective: 'SUSTAINABLE_HOUSING', status: null, text: null },
        { objective: 'GUIDANCE', status: null, text: null },
        { objective: 'OPERATIONAL_COOPERATION', status: null, text: null },
      ]);
      expect(accepted.history.map((h: any) => [h.kind, h.by.name])).toEqual([
        ['SUBMITTED', 'Lotte Claes'],
        ['ACCEPTED', 'Koen Janssens'],
      ]);
      expect(accepted.history[0].answers[1]).toEqual({ objective: 'GUIDANCE', status: 'CONCERNS', text: 'Waiting for the health insurance card.' });
    }
  });

  it('another partnership is NOT_FOUND, as is an unknown one', async () => {
    expect(codes(await as.otherContact!.gql(ROUNDS, { p: ids.partnership.mechelen }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.coordinator!.gql(ROUNDS, { p: ids.partnership.liege }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.admin!.gql(ROUNDS, { p: 'no-such-partnership' }))).toEqual(['NOT_FOUND']);
  });

  it('makes the rounds a rhythm owes on demand, once, also under concurrent reads, and tells the coordinators once', async () => {
    const p = await partnership();
    // A rhythm set two months ago, then nobody looked: the periods since are owed.
    const start = await monthlySince(p, 2);
    const results = await Promise.all([as.volunteer!, as.coordinator!, as.contact!, as.deputy!, as.admin!].map((a) => a.gql(ROUNDS, { p })));
    for (const r of results) expect(r.errors ?? []).toEqual([]);
    const rows = await hub.orm.em.fork().find(FeedbackRound, { partnership: p }, { orderBy: { periodStart: 'asc' } });
    expect(rows.map((r) => r.periodStart)).toEqual([start, addMonths(start, 1), addMonths(start, 2)]);
    expect(rows.map((r) => r.status)).toEqual(['OPEN', 'OPEN', 'OPEN']);
    // Past periods are overdue; the current one is not.
    const { feedbackRounds } = await as.contact!.ok(ROUNDS, { p });
    expect(feedbackRounds.map((r: any) => r.overdue)).toEqual([false, true, true]);
    // One FEEDBACK_DUE for the newest round, to the partner's coordinator only.
    expect(await notificationsOf(rows[2]!.id)).toEqual([{ kind: 'FEEDBACK_DUE', to: DEMO.coordinator }]);
    expect(await notificationsOf(rows[0]!.id)).toEqual([]);
    expect(await hub.orm.em.fork().count(FeedbackRound, { partnership: p })).toBe(3);
  });
});

describe('scheduled job', () => {
  it('makes the rounds every schedule owes and tells the coordinators, with nobody opening the hub; once only', async () => {
    const p = await partnership();
    const start = await monthlySince(p, 1);
    const run = () => makeDueRounds(createContext({ viewer: null, em: hub.orm.em.fork(), ip: 'scheduler', cookies: null, app: hub.server.services }));
    expect(await run()).toBeGreaterThan(0);
    const rows = await hub.orm.em.fork().find(FeedbackRound, { partnership: p }, { orderBy: { periodStart: 'asc' } });
    expect(rows.map((r) => r.periodStart)).toEqual([start, addMonths(start, 1)]);
    expect(await notificationsOf(rows[1]!.id)).toEqual([{ kind: 'FEEDBACK_DUE', to: DEMO.coordinator }]);
    // Again (the next tick, or another server process): nothing more.
    await Promise.all([run(), run()]);
    expect(await hub.orm.em.fork().count(FeedbackRound, { partnership: p })).toBe(2);
    expect(await notificationsOf(rows[1]!.id)).toEqual([{ kind: 'FEEDBACK_DUE', to: DEMO.coordinator }]);
    // The coordinator sees it among what waits for them.
    const { myFeedbackRounds } = await as.coordinator!.ok(MINE);
    expect(myFeedbackRounds.map((r: any) => r.id)).toContain(rows[1]!.id);
  });
});

describe('statement counts', () => {
  /** A partnership with `count` accepted rounds, each with a submission and an acceptance in its history. */
  async function withRounds(count: number): Promise<string> {
    const p = await partnership();
    const em = hub.orm.em.fork();
    for (let i = 0; i < count; i++) {
      const start = addMonths('2020-01-01', i);
      const r = em.create(FeedbackRound, {
        partnership: em.getReference(Partnership, p),
        periodStart: start,
        periodEnd: addDays(addMonths(start, 1), -1),
        dueDate: addDays(addMonths(start, 1), -1),
        status: 'ACCEPTED',
        submittedBy: em.getReference(User, ids.user[i % 2 ? DEMO.volunteer : DEMO.coordinator]!),
        reviewedBy: em.getReference(User, ids.user[i % 2 ? DEMO.contact : DEMO.deputy]!),
      });
      em.create(FeedbackRevision, { round: r, kind: 'SUBMITTED', by: r.submittedBy, answers: [] });
      em.create(FeedbackRevision, { round: r, kind: 'ACCEPTED', by: r.reviewedBy });
    }
    await em.flush();
    return p;
  }

  it('the rounds of a partnership, with their people and history, cost the same for 2 and for 12 rounds', async () => {
    const few = await withRounds(2);
    const many = await withRounds(12);
    const cost = async (p: string) => {
      const { statements, result } = await fewestStatements(hub, () => as.contact!.ok(ROUNDS, { p }));
      expect(result.feedbackRounds.every((r: any) => r.history.length === 2 && r.history.every((h: any) => h.by.name) && r.submittedBy.name && r.partnership.id === p)).toBe(true);
      return statements;
    };
    expect(await cost(many)).toBe(await cost(few));
  });
});

describe('feedbackRound', () => {
  it('requires sign-in', async () => {
    const r = await round();
    expect(codes(await hub.agent().gql(ROUND, { id: r.id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('opens one round for everyone in the partnership', async () => {
    const r = await round();
    for (const who of ['admin', 'contact', 'deputy', 'coordinator', 'volunteer']) expect((await as[who]!.ok(ROUND, { id: r.id })).feedbackRound.id, who).toBe(r.id);
  });

  it('another partnership’s round is NOT_FOUND, as is an unknown one', async () => {
    const r = await round({ target: 'other' });
    for (const who of ['contact', 'deputy', 'coordinator', 'volunteer']) expect(codes(await as[who]!.gql(ROUND, { id: r.id })), who).toEqual(['NOT_FOUND']);
    expect(codes(await as.admin!.gql(ROUND, { id: 'nope' }))).toEqual(['NOT_FOUND']);
  });

  it('says what the viewer may do now', async () => {
    const open = await round();
    const submitted = await round({ status: 'SUBMITTED' });
    const can = async (who: string, id: string) => (await as[who]!.ok(ROUND, { id })).feedbackRound.viewerCan;
    expect(await can('volunteer', open.id)).toEqual({ submit: true, review: false });
    expect(await can('coordinator', open.id)).toEqual({ submit: true, review: false });
    expect(await can('contact', open.id)).toEqual({ submit: false, review: false });
    expect(await can('contact', submitted.id)).toEqual({ submit: false, review: true });
    expect(await can('admin', submitted.id)).toEqual({ submit: false, review: true });
    expect(await can('volunteer', submitted.id)).toEqual({ submit: false, review: false });
  });
});

describe('myFeedbackRounds', () => {
  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(MINE))).toEqual(['UNAUTHENTICATED']);
  });

  it('shows each side what waits for them, and overdue rounds to both sides; nothing of other partnerships', async () => {
    const overdue = await round({ dueDate: addDays(today(), -1) });
    const submitted = await round({ status: 'SUBMITTED' });
    const otherOverdue = await round({ target: 'other', dueDate: addDays(today(), -1) });
    const mine = async (who: string) => (await as[who]!.ok(MINE)).myFeedbackRounds.map((r: any) => r.id) as string[];
    const partner = await mine('volunteer');
    expect(partner).toContain(overdue.id);
    expect(partner).not.toContain(submitted.id);
    expect(partner).not.toContain(otherOverdue.id);
    const { myFeedbackRounds } = await as.coordinator!.ok(MINE);
    expect(myFeedbackRounds.find((r: any) => r.id === overdue.id)).toEqual({ id: overdue.id, status: 'OPEN', overdue: true, partnership: { id: overdue.partnershipId } });
    // The demo's open round of this month waits for the partner.
    expect(myFeedbackRounds.some((r: any) => r.partnership.id === ids.partnership.mechelen && r.status === 'OPEN')).toBe(true);
    const contact = await mine('contact');
    expect(contact).toEqual(expect.arrayContaining([overdue.id, submitted.id]));
    expect(contact).not.toContain(otherOverdue.id);
    expect(contact.some((id) => id === undefined)).toBe(false);
    // The contact person does not answer for the partner: an open round that is not overdue does not wait for them.
    const { feedbackRounds } = await as.contact!.ok(ROUNDS, { p: ids.partnership.mechelen });
    expect(contact).not.toContain(feedbackRounds[0].id);
    expect(await mine('otherContact')).toEqual(expect.arrayContaining([otherOverdue.id]));
    expect(await mine('otherContact')).not.toContain(overdue.id);
  });
});

describe('setFeedbackSchedule', () => {
  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(SET, { input: { partnershipId: ids.partnership.mechelen, rhythm: 'MONTHLY', startDate: today() } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('the contact person sets a quarterly rhythm: the current quarter’s round opens, and the coordinators are told', async () => {
    const p = await partnership();
    const start = addMonths(`${today().slice(0, 7)}-01`, -1);
    const { setFeedbackSchedule } = await as.contact!.ok(SET, { input: { partnershipId: p, rhythm: 'QUARTERLY', startDate: start } });
    expect(setFeedbackSchedule).toEqual({ partnershipId: p, rhythm: 'QUARTERLY', startDate: start, viewerCanSet: true });
    const rows = await hub.orm.em.fork().find(FeedbackRound, { partnership: p });
    expect(rows.map((r) => [r.periodStart, r.periodEnd, r.dueDate, r.status])).toEqual([[start, addDays(addMonths(start, 3), -1), addDays(addMonths(start, 3), -1), 'OPEN']]);
    expect(await notificationsOf(rows[0]!.id)).toEqual([{ kind: 'FEEDBACK_DUE', to: DEMO.coordinator }]);
    // The same again changes nothing.
    await as.deputy!.ok(SET, { input: { partnershipId: p, rhythm: 'QUARTERLY', startDate: start } });
    expect(await hub.orm.em.fork().count(FeedbackRound, { partnership: p })).toBe(1);
  });

  it('a rhythm started in the past opens the missed rounds of the past periods, marked late and overdue; the coordinators are told once', async () => {
    const p = await partnership();
    const start = addMonths(`${today().slice(0, 7)}-01`, -9);
    await as.contact!.ok(SET, { input: { partnershipId: p, rhythm: 'QUARTERLY', startDate: start } });
    const { feedbackRounds } = await as.coordinator!.ok(`query($p: ID!) { feedbackRounds(partnershipId: $p) { id periodStart periodEnd status overdue late } }`, { p });
    const quarter = (k: number) => [addMonths(start, 3 * k), addDays(addMonths(start, 3 * (k + 1)), -1)];
    expect(feedbackRounds.map((r: any) => [r.periodStart, r.periodEnd, r.status, r.overdue, r.late])).toEqual([
      [...quarter(3), 'OPEN', false, false],
      [...quarter(2), 'OPEN', true, true],
      [...quarter(1), 'OPEN', true, true],
      [...quarter(0), 'OPEN', true, true],
    ]);
    // The newest round is announced; the missed ones wait on the coordinators' home as overdue.
    expect(await notificationsOf(feedbackRounds[0].id)).toEqual([{ kind: 'FEEDBACK_DUE', to: DEMO.coordinator }]);
    const mine = (await as.coordinator!.ok(MINE)).myFeedbackRounds.filter((r: any) => r.partnership.id === p);
    expect(mine.map((r: any) => r.overdue)).toEqual([true, true, true, false]);
    // Setting it again opens nothing twice.
    await as.contact!.ok(SET, { input: { partnershipId: p, rhythm: 'QUARTERLY', startDate: start } });
    expect(await hub.orm.em.fork().count(FeedbackRound, { partnership: p })).toBe(4);
  });

  it('no rhythm stops new rounds; existing rounds stay; setting it again never makes a round twice for the same days', async () => {
    const p = await partnership();
    const month = `${today().slice(0, 7)}-01`;
    await as.admin!.ok(SET, { input: { partnershipId: p, rhythm: 'MONTHLY', startDate: month } });
    const { setFeedbackSchedule } = await as.contact!.ok(SET, { input: { partnershipId: p, rhythm: null } });
    expect(setFeedbackSchedule).toMatchObject({ rhythm: null, startDate: null });
    expect((await as.contact!.ok(SETTINGS, { p })).feedbackSettings.rhythm).toBeNull();
    expect(await hub.orm.em.fork().count(FeedbackRound, { partnership: p })).toBe(1);
    await as.contact!.ok(SET, { input: { partnershipId: p, rhythm: 'MONTHLY', startDate: month } });
    await as.contact!.ok(ROUNDS, { p });
    expect(await hub.orm.em.fork().count(FeedbackRound, { partnership: p })).toBe(1);
  });

  it('the partner may not set it (FORBIDDEN); another partnership is NOT_FOUND', async () => {
    const p = await partnership();
    for (const who of ['coordinator', 'volunteer']) expect(codes(await as[who]!.gql(SET, { input: { partnershipId: p, rhythm: 'MONTHLY', startDate: today() } })), who).toEqual(['FORBIDDEN']);
    const other = await partnership('other');
    for (const who of ['contact', 'deputy', 'coordinator', 'volunteer']) expect(codes(await as[who]!.gql(SET, { input: { partnershipId: other, rhythm: 'MONTHLY', startDate: today() } })), who).toEqual(['NOT_FOUND']);
    expect(await hub.orm.em.fork().count(FeedbackSchedule, { partnership: { $in: [p, other] } })).toBe(0);
  });

  it('refuses a rhythm without a start date, a date that does not exist, an unknown rhythm', async () => {
    const p = await partnership();
    const bad = async (input: Record<string, unknown>) => as.contact!.gql(SET, { input: { partnershipId: p, ...input } });
    const noStart = await bad({ rhythm: 'MONTHLY' });
    expect(codes(noStart)).toEqual(['BAD_USER_INPUT']);
    expect(noStart.errors![0]!.extensions!.validationErrors).toEqual([{ field: 'startDate', constraints: ['required'] }]);
    const badDate = await bad({ rhythm: 'MONTHLY', startDate: '2026-02-30' });
    expect(codes(badDate)).toEqual(['BAD_USER_INPUT']);
    expect(codes(await bad({ rhythm: 'WEEKLY', startDate: today() }))).toEqual(['BAD_USER_INPUT']);
    expect(await hub.orm.em.fork().count(FeedbackSchedule, { partnership: p })).toBe(0);
  });
});

describe('saveFeedbackDraft', () => {
  it('requires sign-in', async () => {
    const r = await round();
    expect(codes(await hub.agent().gql(SAVE, { input: { roundId: r.id, answers: [] } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('the volunteer and the coordinator draft together; objectives left out keep their draft', async () => {
    const r = await round();
    await as.volunteer!.ok(SAVE, { input: { roundId: r.id, answers: [{ objective: 'GUIDANCE', status: 'CONCERNS', text: '  Slow  ' }], generalNote: 'Draft note' } });
    const { saveFeedbackDraft } = await as.coordinator!.ok(SAVE, { input: { roundId: r.id, answers: [{ objective: 'SUSTAINABLE_HOUSING', status: 'ON_TRACK' }] } });
    expect(saveFeedbackDraft.status).toBe('OPEN');
    expect(saveFeedbackDraft.generalNote).toBe('Draft note');
    expect(saveFeedbackDraft.answers).toEqual([
      { objective: 'SUSTAINABLE_HOUSING', status: 'ON_TRACK', text: null },
      { objective: 'GUIDANCE', status: 'CONCERNS', text: 'Slow' },
      { objective: 'OPERATIONAL_COOPERATION', status: null, text: null },
    ]);
    expect(saveFeedbackDraft.history).toEqual([]);
  });

  it('Fedasil staff do not answer for the partner (FORBIDDEN); another partnership’s round is NOT_FOUND', async () => {
    const r = await round();
    for (const who of ['contact', 'deputy', 'admin']) expect(codes(await as[who]!.gql(SAVE, { input: { roundId: r.id, answers: [] } })), who).toEqual(['FORBIDDEN']);
    const other = await round({ target: 'other' });
    for (const who of ['contact', 'coordinator', 'volunteer']) expect(codes(await as[who]!.gql(SAVE, { input: { roundId: other.id, answers: [] } })), who).toEqual(['NOT_FOUND']);
  });

  it('refuses two answers for one objective, an unknown status, text too long', async () => {
    const r = await round();
    const save = (answers: unknown[]) => as.volunteer!.gql(SAVE, { input: { roundId: r.id, answers } });
    expect(codes(await save([{ objective: 'GUIDANCE', status: 'ON_TRACK' }, { objective: 'GUIDANCE', status: 'BLOCKED' }]))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await save([{ objective: 'GUIDANCE', status: 'GREAT' }]))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await save([{ objective: 'GUIDANCE', text: 'x'.repeat(5001) }]))).toEqual(['BAD_USER_INPUT']);
    expect((await stored(r.id)).answers).toEqual([]);
  });

  it('a submitted or accepted round can no longer be changed', async () => {
    for (const status of ['SUBMITTED', 'ACCEPTED'] as const) {
      const r = await round({ status });
      const res = await as.coordinator!.gql(SAVE, { input: { roundId: r.id, answers: [{ objective: 'GUIDANCE', status: 'BLOCKED' }] } });
      expect(codes(res), status).toEqual(['FEEDBACK_NOT_EDITABLE']);
      expect((await stored(r.id)).answers.find((a) => a.objective === 'GUIDANCE')!.status).toBe('ON_TRACK');
    }
  });
});

describe('submitFeedbackRound', () => {
  it('requires sign-in', async () => {
    const r = await round();
    expect(codes(await hub.agent().gql(SUBMIT, { input: { roundId: r.id, answers: ALL_ANSWERS } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('the volunteer submits: the answers are kept in the history; the contact person and deputy are told', async () => {
    const r = await round({ dueDate: addDays(today(), -3) });
    expect((await as.volunteer!.ok(ROUND, { id: r.id })).feedbackRound.overdue).toBe(true);
    const { submitFeedbackRound: s } = await as.volunteer!.ok(SUBMIT, { input: { roundId: r.id, answers: ALL_ANSWERS, generalNote: 'All in all fine.' } });
    expect(s).toMatchObject({ status: 'SUBMITTED', overdue: false, generalNote: 'All in all fine.', submittedBy: { name: 'Pieter Wouters' }, viewerCan: { submit: false, review: false } });
    expect(s.history).toEqual([{ kind: 'SUBMITTED', at: expect.any(String), note: null, generalNote: 'All in all fine.', by: { name: 'Pieter Wouters' }, answers: ALL_ANSWERS }]);
    expect((await notificationsOf(r.id)).sort((a, b) => a.to.localeCompare(b.to))).toEqual(emails('contact', 'deputy').map((to) => ({ kind: 'FEEDBACK_SUBMITTED', to })));
  });

  it('Fedasil staff may not submit (FORBIDDEN); another partnership’s round is NOT_FOUND', async () => {
    const r = await round();
    expect(codes(await as.contact!.gql(SUBMIT, { input: { roundId: r.id, answers: ALL_ANSWERS } }))).toEqual(['FORBIDDEN']);
    const other = await round({ target: 'other' });
    expect(codes(await as.volunteer!.gql(SUBMIT, { input: { roundId: other.id, answers: ALL_ANSWERS } }))).toEqual(['NOT_FOUND']);
    expect((await stored(other.id)).status).toBe('OPEN');
  });

  it('every objective needs a status; nothing is half-saved', async () => {
    const r = await round();
    const res = await as.coordinator!.gql(SUBMIT, { input: { roundId: r.id, answers: ALL_ANSWERS.slice(0, 2), generalNote: 'x' } });
    expect(codes(res)).toEqual(['FEEDBACK_INCOMPLETE']);
    expect(res.errors![0]!.extensions!.objectives).toEqual(['OPERATIONAL_COOPERATION']);
    const s = await stored(r.id);
    expect([s.status, s.answers, s.generalNote]).toEqual(['OPEN', [], null]);
    expect(await hub.orm.em.fork().count(FeedbackRevision, { round: r.id })).toBe(0);
    expect(await notificationsOf(r.id)).toEqual([]);
  });

  it('submitting again while submitted, or once accepted, is refused', async () => {
    for (const status of ['SUBMITTED', 'ACCEPTED'] as const) {
      const r = await round({ status });
      expect(codes(await as.coordinator!.gql(SUBMIT, { input: { roundId: r.id, answers: ALL_ANSWERS } })), status).toEqual(['FEEDBACK_NOT_EDITABLE']);
      expect((await stored(r.id)).status).toBe(status);
    }
  });
});

describe('acceptFeedbackRound', () => {
  it('requires sign-in', async () => {
    const r = await round({ status: 'SUBMITTED' });
    expect(codes(await hub.agent().gql(ACCEPT, { id: r.id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('the deputy accepts with a note; the submitter and the coordinators are told', async () => {
    const r = await round({ status: 'SUBMITTED', submittedBy: DEMO.volunteer });
    const { acceptFeedbackRound: a } = await as.deputy!.ok(ACCEPT, { id: r.id, note: ' Thanks ' });
    expect(a).toMatchObject({ status: 'ACCEPTED', reviewNote: 'Thanks', reviewedBy: { name: 'Sofie Maes' }, viewerCan: { submit: false, review: false } });
    expect(a.history).toEqual([{ kind: 'ACCEPTED', at: expect.any(String), note: 'Thanks', generalNote: null, by: { name: 'Sofie Maes' }, answers: null }]);
    expect((await notificationsOf(r.id)).sort((x, y) => x.to.localeCompare(y.to))).toEqual(emails('coordinator', 'volunteer').map((to) => ({ kind: 'FEEDBACK_ACCEPTED', to })));
  });

  it('the partner may not accept (FORBIDDEN); another partnership’s round is NOT_FOUND', async () => {
    const r = await round({ status: 'SUBMITTED' });
    for (const who of ['coordinator', 'volunteer']) expect(codes(await as[who]!.gql(ACCEPT, { id: r.id })), who).toEqual(['FORBIDDEN']);
    const other = await round({ target: 'other', status: 'SUBMITTED' });
    for (const who of ['contact', 'deputy']) expect(codes(await as[who]!.gql(ACCEPT, { id: other.id })), who).toEqual(['NOT_FOUND']);
    expect((await stored(other.id)).status).toBe('SUBMITTED');
  });

  it('a draft, a sent-back or an accepted round cannot be accepted', async () => {
    for (const status of ['OPEN', 'SENT_BACK', 'ACCEPTED'] as const) {
      const r = await round({ status });
      expect(codes(await as.contact!.gql(ACCEPT, { id: r.id })), status).toEqual(['FEEDBACK_NOT_SUBMITTED']);
      expect((await stored(r.id)).status).toBe(status);
    }
  });

  it('refuses a note that is too long', async () => {
    const r = await round({ status: 'SUBMITTED' });
    expect(codes(await as.contact!.gql(ACCEPT, { id: r.id, note: 'x'.repeat(5001) }))).toEqual(['BAD_USER_INPUT']);
    expect((await stored(r.id)).status).toBe('SUBMITTED');
  });
});

describe('sendBackFeedbackRound', () => {
  it('requires sign-in', async () => {
    const r = await round({ status: 'SUBMITTED' });
    expect(codes(await hub.agent().gql(SEND_BACK, { id: r.id, note: 'x' }))).toEqual(['UNAUTHENTICATED']);
  });

  it('the admin sends it back with a note; the partner may revise it again', async () => {
    const r = await round({ status: 'SUBMITTED', submittedBy: DEMO.coordinator });
    const { sendBackFeedbackRound: s } = await as.admin!.ok(SEND_BACK, { id: r.id, note: 'More on housing, please.' });
    expect(s).toMatchObject({ status: 'SENT_BACK', reviewNote: 'More on housing, please.', reviewedBy: { name: 'Anna Peeters' } });
    expect((await as.volunteer!.ok(ROUND, { id: r.id })).feedbackRound.viewerCan).toEqual({ submit: true, review: false });
    expect(await notificationsOf(r.id)).toEqual([{ kind: 'FEEDBACK_SENT_BACK', to: DEMO.coordinator }]);
  });

  it('the partner may not send back (FORBIDDEN); another partnership’s round is NOT_FOUND', async () => {
    const r = await round({ status: 'SUBMITTED' });
    expect(codes(await as.coordinator!.gql(SEND_BACK, { id: r.id, note: 'x' }))).toEqual(['FORBIDDEN']);
    const other = await round({ target: 'other', status: 'SUBMITTED' });
    expect(codes(await as.contact!.gql(SEND_BACK, { id: other.id, note: 'x' }))).toEqual(['NOT_FOUND']);
  });

  it('a note is required (blank is none); a draft cannot be sent back; nothing is half-saved', async () => {
    const r = await round({ status: 'SUBMITTED' });
    expect(codes(await as.contact!.gql(SEND_BACK, { id: r.id, note: '   ' }))).toEqual(['FEEDBACK_NOTE_REQUIRED']);
    expect(codes(await as.contact!.gql(`mutation($id: ID!) { sendBackFeedbackRound(id: $id) { id } }`, { id: r.id }))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const s = await stored(r.id);
    expect([s.status, s.reviewNote]).toEqual(['SUBMITTED', null]);
    expect(await hub.orm.em.fork().count(FeedbackRevision, { round: r.id })).toBe(0);
    const draft = await round();
    expect(codes(await as.contact!.gql(SEND_BACK, { id: draft.id, note: 'x' }))).toEqual(['FEEDBACK_NOT_SUBMITTED']);
  });
});

describe('the round trip: submit, send back, resubmit, accept', () => {
  it('keeps every step in the history and tells each side', async () => {
    const r = await round();
    await as.volunteer!.ok(SUBMIT, { input: { roundId: r.id, answers: ALL_ANSWERS, generalNote: 'First' } });
    await as.contact!.ok(SEND_BACK, { id: r.id, note: 'Say more about guidance.' });
    const revised = ALL_ANSWERS.map((a) => (a.objective === 'GUIDANCE' ? { ...a, text: 'The card arrived; the GP is chosen.' } : a));
    await as.coordinator!.ok(SUBMIT, { input: { roundId: r.id, answers: revised, generalNote: 'Second' } });
    const { acceptFeedbackRound: done } = await as.contact!.ok(ACCEPT, { id: r.id });
    expect(done).toMatchObject({ status: 'ACCEPTED', generalNote: 'Second', submittedBy: { name: 'Lotte Claes' }, reviewedBy: { name: 'Koen Janssens' }, reviewNote: null });
    expect(done.history.map((h: any) => [h.kind, h.by.name, h.note, h.generalNote])).toEqual([
      ['SUBMITTED', 'Pieter Wouters', null, 'First'],
      ['SENT_BACK', 'Koen Janssens', 'Say more about guidance.', null],
      ['SUBMITTED', 'Lotte Claes', null, 'Second'],
      ['ACCEPTED', 'Koen Janssens', null, null],
    ]);
    expect(done.history[0].answers).toEqual(ALL_ANSWERS);
    expect(done.history[2].answers).toEqual(revised);
    const ats = done.history.map((h: any) => h.at);
    expect([...ats].sort()).toEqual(ats);
    // Each side is told of the other's step, never of their own.
    const kinds = (await notificationsOf(r.id)).map((x) => `${x.kind}:${x.to}`).sort();
    expect(kinds).toEqual(
      [
        `FEEDBACK_SUBMITTED:${DEMO.contact}`,
        `FEEDBACK_SUBMITTED:${DEMO.deputy}`,
        `FEEDBACK_SENT_BACK:${DEMO.volunteer}`,
        `FEEDBACK_SENT_BACK:${DEMO.coordinator}`,
        `FEEDBACK_SUBMITTED:${DEMO.contact}`,
        `FEEDBACK_SUBMITTED:${DEMO.deputy}`,
        `FEEDBACK_ACCEPTED:${DEMO.coordinator}`,
      ].sort(),
    );
  });
});

describe('concurrent changes of one round', () => {
  it('two reviews at once: one wins, the other is refused, one history row', async () => {
    const r = await round({ status: 'SUBMITTED' });
    const results = await Promise.all([as.contact!.gql(ACCEPT, { id: r.id }), as.deputy!.gql(SEND_BACK, { id: r.id, note: 'Revise' }), as.admin!.gql(ACCEPT, { id: r.id })]);
    const won = results.filter((x) => !x.errors);
    expect(won).toHaveLength(1);
    expect(results.filter((x) => x.errors).map(codes)).toEqual([['FEEDBACK_NOT_SUBMITTED'], ['FEEDBACK_NOT_SUBMITTED']]);
    const final = await stored(r.id);
    expect(final.status).toBe(won[0]!.data!.acceptFeedbackRound?.status ?? won[0]!.data!.sendBackFeedbackRound.status);
    expect(await hub.orm.em.fork().count(FeedbackRevision, { round: r.id })).toBe(1);
  });

  it('two submissions at once: one wins, one history row, the contact person told once', async () => {
    const r = await round();
    const results = await Promise.all([as.coordinator!, as.volunteer!].map((a) => a.gql(SUBMIT, { input: { roundId: r.id, answers: ALL_ANSWERS } })));
    expect(results.filter((x) => !x.errors)).toHaveLength(1);
    expect(results.filter((x) => x.errors).map(codes)).toEqual([['FEEDBACK_NOT_EDITABLE']]);
    expect(await hub.orm.em.fork().count(FeedbackRevision, { round: r.id })).toBe(1);
    expect((await notificationsOf(r.id)).filter((x) => x.to === DEMO.contact)).toHaveLength(1);
  });
});

describe('feedbackRoundChanged', () => {
  const SUB = `subscription($p: ID!) { feedbackRoundChanged(partnershipId: $p) { id status generalNote } }`;

  it('refuses a signed-out socket', async () => {
    const sub = subscribe(hub, hub.agent(), SUB, { p: ids.partnership.mechelen });
    await sub.until(async () => {}, () => false);
    await sub.close();
    expect(sub.closeCode).toBe(4403);
  });

  it('delivers the partnership’s changes live to everyone in it', async () => {
    const r = await round();
    for (const who of ['volunteer', 'contact']) {
      const sub = subscribe(hub, as[who]!, SUB, { p: r.partnershipId });
      let i = 0;
      await sub.until(() => as.coordinator!.ok(SAVE, { input: { roundId: r.id, answers: [], generalNote: `${who} ${++i}` } }), (d) => d.feedbackRoundChanged?.id === r.id);
      await sub.close();
      expect(sub.payloads[0]?.errors ?? []).toEqual([]);
      expect(sub.events('feedbackRoundChanged')[0]).toMatchObject({ id: r.id, status: 'OPEN', generalNote: expect.stringMatching(new RegExp(`^${who} `)) });
    }
  });

  it('another partnership is NOT_FOUND, and its events never arrive', async () => {
    const other = await round({ target: 'other' });
    const refused = subscribe(hub, as.contact!, SUB, { p: other.partnershipId });
    await refused.until(async () => {}, () => false);
    await refused.close();
    expect(codes(refused.payloads[0]!)).toEqual(['NOT_FOUND']);
    // Subscribed to its own partnership, the volunteer sees its own round's change, never the other's made first.
    const mine = await round();
    const sub = subscribe(hub, as.volunteer!, SUB, { p: mine.partnershipId });
    await sub.until(async () => {
      await as.otherCoordinator!.ok(SAVE, { input: { roundId: other.id, answers: [], generalNote: 'other' } });
      await as.coordinator!.ok(SAVE, { input: { roundId: mine.id, answers: [], generalNote: 'mine' } });
    }, (d) => d.feedbackRoundChanged?.id === mine.id);
    await sub.close();
    expect(sub.events('feedbackRoundChanged').every((e: any) => e.id === mine.id)).toBe(true);
    expect(sub.events('feedbackRoundChanged').length).toBeGreaterThan(0);
  });
});
