import { addDays } from '@partner-hub/shared';
import { createClient } from 'graphql-ws';
import ICAL from 'ical.js';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBrussels } from '../../app/validators.js';
import { type Agent, codes, DEMO, demoIds, fewestStatements, type TestHub, startTestHub } from '../../../test/harness.js';
import { FeedbackRound } from '../feedback/feedback.entity.js';
import { Message } from '../messaging/messaging.entity.js';
import { Notification } from '../notification/notification.entity.js';
import { CalendarFeed } from './meeting.entity.js';
import { brusselsDay, fromBrusselsLocal, toBrusselsLocal } from './meeting.time.js';
import { THREAD_ANSWER_DAYS } from './proposals.js';

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;
let contact: Agent;
let coordinator: Agent;
let volunteer: Agent;
let deputy: Agent;
let admin: Agent;
let otherContact: Agent;

beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
  [contact, coordinator, volunteer, deputy, admin, otherContact] = await Promise.all([DEMO.contact, DEMO.coordinator, DEMO.volunteer, DEMO.deputy, DEMO.admin, DEMO.otherContact].map((e) => hub.as(e)));
});
afterAll(() => hub?.close());

const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) {
  id kind title startsAt endsAt startsAtLocal endsAtLocal place onlineUrl status sequence
  partnerships { name } invitees { user { email } response } rsvpCounts { yes no maybe pending }
} }`;
const MEETING = `query($id: ID!) { meeting(id: $id) {
  id title status sequence startsAtLocal rsvpCounts { yes no maybe pending }
  invitees { user { email } response attendance }
  agenda { id position title notes sourceType sourceId sourceUrl author { email } viewerCanEdit }
  decisions { text agendaItemId }
  actionItems { id title dueDate status overdue assignee { email } }
  evaluation { objective rating notes } evaluationSignedOffAt
  viewerCan { manage respond addAgendaItem evaluate signOffEvaluation }
} }`;

let n = 0;
const unique = (s: string) => `${s} ${++n}`;

function evaluationInput(over: Record<string, unknown> = {}) {
  return {
    kind: 'EVALUATION',
    title: unique('Evaluation Mechelen'),
    partnershipIds: [ids.partnership.mechelen],
    startsAt: '2026-12-15T10:00',
    endsAt: '2026-12-15T11:30',
    place: 'Bruul 5, Mechelen',
    inviteeIds: [ids.user[DEMO.coordinator], ids.user[DEMO.volunteer]],
    ...over,
  };
}

async function schedule(over: Record<string, unknown> = {}, as: Agent = contact) {
  return (await as.ok(SCHEDULE, { input: evaluationInput(over) })).scheduleMeeting;
}

async function count(table: string, where = '1 = 1'): Promise<number> {
  const [row] = (await hub.orm.em.fork().getConnection().execute(`select count(*) as n from ${table} where ${where}`)) as { n: number }[];
  return Number(row!.n);
}

describe('Brussels time', () => {
  it('turns wall-clock times into instants and back, across summer and winter time', () => {
    expect(fromBrusselsLocal('2026-12-15T10:00')!.toISOString()).toBe('2026-12-15T09:00:00.000Z');
    expect(fromBrusselsLocal('2026-07-01T10:00')!.toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(toBrusselsLocal(new Date('2026-07-01T08:00:00Z'))).toBe('2026-07-01T10:00');
    expect(fromBrusselsLocal('2026-02-30T10:00')).toBeNull();
  });
});

describe('scheduleMeeting', () => {
  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(SCHEDULE, { input: evaluationInput() }))).toEqual(['UNAUTHENTICATED']);
  });

  it('schedules an evaluation: instants in UTC, shown in Brussels time; the organiser and contact person are invited', async () => {
    const m = await schedule();
    expect(m).toMatchObject({
      kind: 'EVALUATION',
      startsAt: '2026-12-15T09:00:00.000Z',
      endsAt: '2026-12-15T10:30:00.000Z',
      startsAtLocal: '2026-12-15T10:00',
      endsAtLocal: '2026-12-15T11:30',
      status: 'SCHEDULED',
      sequence: 0,
      partnerships: [{ name: 'Onthaalgroep Mechelen' }],
      rsvpCounts: { yes: 0, no: 0, maybe: 0, pending: 3 },
    });
    expect(m.invitees.map((i: any) => i.user.email).sort()).toEqual([DEMO.contact, DEMO.coordinator, DEMO.volunteer].sort());
  });

  it('schedules a consultation of several partnerships (contact person of each)', async () => {
    const m = await schedule({ kind: 'CONSULTATION', partnershipIds: [ids.partnership.mechelen, ids.partnership.gent], place: null, onlineUrl: 'https://meet.example/abc' });
    expect(m.partnerships.map((p: any) => p.name)).toEqual(['Gent Samen', 'Onthaalgroep Mechelen']);
    expect(m.onlineUrl).toBe('https://meet.example/abc');
  });

  it("does not lead an invitee of a consultation into the other partnerships: they see its name, not its households", async () => {
    const m = await schedule({ kind: 'CONSULTATION', partnershipIds: [ids.partnership.mechelen, ids.partnership.gent], inviteeIds: [ids.user[DEMO.coordinator]] });
    const SEEN = `query($id: ID!) { meeting(id: $id) { partnershipNames partnerships { name households { reference members { firstName } } } } }`;
    expect(codes(await coordinator.gql(`query($id: ID!) { partnership(id: $id) { name } }`, { id: ids.partnership.gent }))).toEqual(['NOT_FOUND']);
    const seen = (await coordinator.ok(SEEN, { id: m.id })).meeting;
    expect(seen.partnershipNames).toEqual(['Gent Samen', 'Onthaalgroep Mechelen']);
    expect(seen.partnerships.map((p: { name: string }) => p.name)).toEqual(['Onthaalgroep Mechelen']);
    // The contact person of both sees both, households included.
    const staff = (await contact.ok(SEEN, { id: m.id })).meeting;
    expect(staff.partnerships.map((p: { name: string }) => p.name)).toEqual(['Gent Samen', 'Onthaalgroep Mechelen']);
    expect(staff.partnerships[0].households.length).toBeGreaterThan(0);
  });

  it('refuses rule violations and saves nothing', async () => {
    const before = await count('meeting');
    const inviteesBefore = await count('meeting_invitee');
    const code = async (over: Record<string, unknown>, as: Agent = contact) => codes(await as.gql(SCHEDULE, { input: evaluationInput(over) }));
    expect(await code({ endsAt: '2026-12-15T09:00' })).toEqual(['MEETING_ENDS_BEFORE_START']);
    expect(await code({ endsAt: '2026-12-15T10:00' })).toEqual(['MEETING_ENDS_BEFORE_START']);
    expect(await code({ place: ' ', onlineUrl: null })).toEqual(['MEETING_NEEDS_PLACE_OR_LINK']);
    expect(await code({ onlineUrl: 'javascript:alert(1)' })).toEqual(['BAD_USER_INPUT']);
    expect(await code({ startsAt: '15/12/2026 10:00' })).toEqual(['BAD_USER_INPUT']);
    expect(await code({ partnershipIds: [ids.partnership.mechelen, ids.partnership.gent] })).toEqual(['MEETING_PARTNERSHIPS_INVALID']);
    // A partner of another partnership cannot be invited.
    expect(await code({ inviteeIds: [ids.user[DEMO.coordinator], ids.user[DEMO.otherCoordinator]] })).toEqual(['INVITEE_NOT_ALLOWED']);
    expect(await code({ inviteeIds: ['no-such-user'] })).toEqual(['INVITEE_NOT_ALLOWED']);
    // Another partnership's: NOT_FOUND; a partner may not schedule.
    expect(await code({ partnershipIds: [ids.partnership.liege] })).toEqual(['NOT_FOUND']);
    expect(await code({}, coordinator)).toEqual(['FORBIDDEN']);
    expect(await count('meeting')).toBe(before);
    expect(await count('meeting_invitee')).toBe(inviteesBefore);
  });
});

describe('meetings and meeting', () => {
  it('a partner sees only meetings they are invited to; another partnership’s meeting is NOT_FOUND', async () => {
    const invited = await schedule();
    const notInvited = await schedule({ inviteeIds: [] });
    const liege = (await otherContact.ok(SCHEDULE, { input: evaluationInput({ partnershipIds: [ids.partnership.liege], inviteeIds: [], place: 'Liège' }) })).scheduleMeeting;
    const titles = async (a: Agent, p?: string) => (await a.ok(`query($p: ID) { meetings(partnershipId: $p) { title } }`, { p })).meetings.map((m: any) => m.title);
    expect(await titles(volunteer)).toContain(invited.title);
    expect(await titles(volunteer)).not.toContain(notInvited.title);
    expect(await titles(deputy)).toEqual(expect.arrayContaining([invited.title, notInvited.title]));
    expect(await titles(deputy)).not.toContain(liege.title);
    expect(await titles(admin)).toEqual(expect.arrayContaining([invited.title, notInvited.title, liege.title]));
    expect(await titles(contact, ids.partnership.mechelen)).not.toContain(liege.title);
    expect(codes(await contact.gql(`query($p: ID) { meetings(partnershipId: $p) { title } }`, { p: ids.partnership.liege }))).toEqual(['NOT_FOUND']);
    expect(codes(await volunteer.gql(MEETING, { id: notInvited.id }))).toEqual(['NOT_FOUND']);
    expect(codes(await contact.gql(MEETING, { id: liege.id }))).toEqual(['NOT_FOUND']);
    expect(codes(await hub.agent().gql(MEETING, { id: invited.id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('lists past meetings only when asked', async () => {
    const past = await schedule({ startsAt: '2020-01-10T10:00', endsAt: '2020-01-10T11:00' });
    const list = async (includePast: boolean) => (await contact.ok(`query($i: Boolean) { meetings(includePast: $i) { title } }`, { i: includePast })).meetings.map((m: any) => m.title);
    expect(await list(false)).not.toContain(past.title);
    expect(await list(true)).toContain(past.title);
  });

  it('sends the same number of SQL statements for 3 and for 12 meetings with their nested fields', async () => {
    const LIST = `query { meetings(partnershipId: "${ids.partnership.gent}") {
      id title startsAtLocal partnerships { name } rsvpCounts { yes pending } viewerInvitation { response }
      invitees { user { name organisation { name } } response }
      agenda { title author { name } viewerCanEdit } decisions { text } actionItems { title overdue assignee { name } viewerCanEdit }
      evaluation { rating } viewerCan { manage respond } createdBy { name }
    } }`;
    const make = async (k: number) => {
      for (let i = 0; i < k; i++) {
        const m = await schedule({ partnershipIds: [ids.partnership.gent], inviteeIds: [], place: 'Gent' });
        await contact.ok(`mutation($id: ID!) { addAgendaItem(meetingId: $id, input: { title: "Item" }) { id } }`, { id: m.id });
        await contact.ok(`mutation($id: ID!, $u: ID!) { addActionItem(meetingId: $id, input: { title: "Do", assigneeId: $u, dueDate: "2027-01-01" }) { id } }`, { id: m.id, u: ids.user[DEMO.contact] });
      }
    };
    const measure = async () => {
      const { statements, result } = await fewestStatements(hub, () => contact.ok(LIST));
      return { statements, rows: result.meetings.length };
    };
    const base = (await measure()).rows;
    await make(3);
    const small = await measure();
    await make(9);
    const large = await measure();
    expect(small.rows).toBe(base + 3);
    expect(large.rows).toBe(base + 12);
    expect(large.statements).toBe(small.statements);
  });
});

describe('updateMeeting and cancelMeeting', () => {
  it('reschedules, raising the sequence; rule violations change nothing', async () => {
    const m = await schedule();
    const UPDATE = `mutation($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { startsAtLocal endsAtLocal sequence place onlineUrl invitees { user { email } } } }`;
    const moved = (await contact.ok(UPDATE, { id: m.id, input: { startsAt: '2026-12-16T14:00', endsAt: '2026-12-16T15:00' } })).updateMeeting;
    expect(moved).toMatchObject({ startsAtLocal: '2026-12-16T14:00', endsAtLocal: '2026-12-16T15:00', sequence: 1 });
    expect(codes(await contact.gql(UPDATE, { id: m.id, input: { endsAt: '2026-12-16T13:00' } }))).toEqual(['MEETING_ENDS_BEFORE_START']);
    expect(codes(await contact.gql(UPDATE, { id: m.id, input: { place: '' } }))).toEqual(['MEETING_NEEDS_PLACE_OR_LINK']);
    expect(codes(await contact.gql(UPDATE, { id: m.id, input: { inviteeIds: [ids.user[DEMO.otherVolunteer]] } }))).toEqual(['INVITEE_NOT_ALLOWED']);
    expect(codes(await coordinator.gql(UPDATE, { id: m.id, input: { title: 'Mine' } }))).toEqual(['FORBIDDEN']);
    const after = (await contact.ok(MEETING, { id: m.id })).meeting;
    expect(after).toMatchObject({ sequence: 1, startsAtLocal: '2026-12-16T14:00' });
    // Changing the invitees keeps the contact person of an evaluation.
    const fewer = (await contact.ok(UPDATE, { id: m.id, input: { inviteeIds: [ids.user[DEMO.coordinator]] } })).updateMeeting;
    expect(fewer.invitees.map((i: any) => i.user.email).sort()).toEqual([DEMO.contact, DEMO.coordinator].sort());
    expect(fewer.sequence).toBe(2);
  });

  it('cancels once; a cancelled meeting cannot be changed or answered', async () => {
    const m = await schedule();
    const CANCEL = `mutation($id: ID!) { cancelMeeting(id: $id, reason: "Strike") { status sequence cancelReason } }`;
    expect((await deputy.ok(CANCEL, { id: m.id })).cancelMeeting).toEqual({ status: 'CANCELLED', sequence: 1, cancelReason: 'Strike' });
    expect(codes(await contact.gql(CANCEL, { id: m.id }))).toEqual(['MEETING_CANCELLED']);
    expect(codes(await contact.gql(`mutation($id: ID!) { updateMeeting(id: $id, input: { title: "x" }) { id } }`, { id: m.id }))).toEqual(['MEETING_CANCELLED']);
    expect(codes(await coordinator.gql(`mutation($id: ID!) { respondToMeeting(meetingId: $id, response: YES) { response } }`, { id: m.id }))).toEqual(['MEETING_CANCELLED']);
    expect(codes(await volunteer.gql(CANCEL, { id: m.id }))).toEqual(['FORBIDDEN']);
  });
});

describe('respondToMeeting', () => {
  const RESPOND = `mutation($id: ID!, $r: RsvpResponse!) { respondToMeeting(meetingId: $id, response: $r) { response respondedAt } }`;
  it('records answers of invitees with counts; others may not answer', async () => {
    const m = await schedule();
    expect((await coordinator.ok(RESPOND, { id: m.id, r: 'YES' })).respondToMeeting.response).toBe('YES');
    await volunteer.ok(RESPOND, { id: m.id, r: 'MAYBE' });
    await volunteer.ok(RESPOND, { id: m.id, r: 'NO' });
    expect((await contact.ok(MEETING, { id: m.id })).meeting.rsvpCounts).toEqual({ yes: 1, no: 1, maybe: 0, pending: 1 });
    expect(codes(await deputy.gql(RESPOND, { id: m.id, r: 'YES' }))).toEqual(['NOT_INVITED']);
    expect(codes(await otherContact.gql(RESPOND, { id: m.id, r: 'YES' }))).toEqual(['NOT_FOUND']);
    expect(codes(await coordinator.gql(RESPOND, { id: m.id, r: 'PERHAPS' }))).toEqual(['BAD_USER_INPUT']);
    expect((await contact.ok(MEETING, { id: m.id })).meeting.rsvpCounts).toEqual({ yes: 1, no: 1, maybe: 0, pending: 1 });
  });
});

describe('agenda', () => {
  const ADD = `mutation($id: ID!, $t: String!) { addAgendaItem(meetingId: $id, input: { title: $t }) { id position title author { email } } }`;
  const UPDATE = `mutation($id: ID!, $input: UpdateAgendaItemInput!) { updateAgendaItem(id: $id, input: $input) { title notes } }`;

  it('any invitee adds items in order; the author or staff edit; staff reorder and take notes', async () => {
    const m = await schedule();
    const a = (await coordinator.ok(ADD, { id: m.id, t: 'School enrolment' })).addAgendaItem;
    const b = (await volunteer.ok(ADD, { id: m.id, t: 'Volunteer rota' })).addAgendaItem;
    const c = (await contact.ok(ADD, { id: m.id, t: 'Next steps' })).addAgendaItem;
    expect([a.position, b.position, c.position]).toEqual([1, 2, 3]);
    expect(codes(await volunteer.gql(UPDATE, { id: a.id, input: { title: 'Hijack' } }))).toEqual(['FORBIDDEN']);
    expect((await coordinator.ok(UPDATE, { id: a.id, input: { title: 'School enrolment (2 children)' } })).updateAgendaItem.title).toBe('School enrolment (2 children)');
    expect(codes(await coordinator.gql(UPDATE, { id: a.id, input: { notes: 'minutes' } }))).toEqual(['FORBIDDEN']);
    expect((await contact.ok(UPDATE, { id: a.id, input: { notes: 'Both children enrolled.' } })).updateAgendaItem.notes).toBe('Both children enrolled.');
    expect(codes(await contact.gql(UPDATE, { id: a.id, input: { title: '' } }))).toEqual(['BAD_USER_INPUT']);

    const REORDER = `mutation($id: ID!, $items: [ID!]!) { reorderAgendaItems(meetingId: $id, itemIds: $items) { title position } }`;
    expect(codes(await contact.gql(REORDER, { id: m.id, items: [c.id, a.id] }))).toEqual(['AGENDA_ORDER_INVALID']);
    expect(codes(await contact.gql(REORDER, { id: m.id, items: [c.id, a.id, a.id] }))).toEqual(['AGENDA_ORDER_INVALID']);
    expect(codes(await coordinator.gql(REORDER, { id: m.id, items: [c.id, a.id, b.id] }))).toEqual(['FORBIDDEN']);
    const reordered = (await contact.ok(REORDER, { id: m.id, items: [c.id, a.id, b.id] })).reorderAgendaItems;
    expect(reordered.map((i: any) => i.title)).toEqual(['Next steps', 'School enrolment (2 children)', 'Volunteer rota']);

    expect(codes(await coordinator.gql(`mutation($id: ID!) { removeAgendaItem(id: $id) }`, { id: b.id }))).toEqual(['FORBIDDEN']);
    expect((await volunteer.ok(`mutation($id: ID!) { removeAgendaItem(id: $id) }`, { id: b.id })).removeAgendaItem).toBe(true);
    const { agenda } = (await contact.ok(MEETING, { id: m.id })).meeting;
    expect(agenda.map((i: any) => [i.position, i.title])).toEqual([
      [1, 'Next steps'],
      [2, 'School enrolment (2 children)'],
    ]);
    expect(codes(await otherContact.gql(ADD, { id: m.id, t: 'x' }))).toEqual(['NOT_FOUND']);
    expect(codes(await deputy.gql(ADD, { id: m.id, t: '' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('proposes open work of the partnership with links to its source; a proposal added keeps its link and is no longer proposed', async () => {
    // A household planned to arrive in ten days, and an overdue guidance step of another.
    const reg = await contact.ok(`mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id reference plan { id } } }`, {
      input: { partnershipId: ids.partnership.mechelen, arrivalRoute: 'DIRECT', plannedArrivalDate: addDays(todayInBrussels(), 10), members: [{ firstName: 'Soon', lastName: 'Arriving', birthYear: 1990, relationship: 'HEAD' }] },
    });
    const household = reg.registerHousehold;
    const m = await schedule();
    const PROPOSED = `query($id: ID!) { proposedAgendaItems(meetingId: $id) { key label sourceType sourceId sourceUrl date partnership { name } household { reference } } }`;
    const proposals = (await coordinator.ok(PROPOSED, { id: m.id })).proposedAgendaItems;
    const arriving = proposals.find((p: any) => p.key === `HOUSEHOLD:${household.id}`);
    expect(arriving).toEqual({
      key: `HOUSEHOLD:${household.id}`,
      label: `Aankomst op ${addDays(todayInBrussels(), 10)}: ${household.reference}`,
      sourceType: 'HOUSEHOLD',
      sourceId: household.id,
      sourceUrl: `/households/${household.id}`,
      date: addDays(todayInBrussels(), 10),
      partnership: { name: 'Onthaalgroep Mechelen' },
      household: { reference: household.reference },
    });
    // The demo household in guidance in Mechelen has steps past their due date.
    expect(proposals.some((p: any) => p.sourceType === 'GUIDANCE_STEP' && p.household.reference === 'HH-2026-0004')).toBe(true);
    expect(proposals.every((p: any) => p.partnership.name === 'Onthaalgroep Mechelen')).toBe(true);

    const ADD_PROPOSED = `mutation($id: ID!, $key: ID!) { addProposedAgendaItem(meetingId: $id, key: $key) { title sourceType sourceId sourceUrl author { email } } }`;
    const added = (await coordinator.ok(ADD_PROPOSED, { id: m.id, key: arriving.key })).addProposedAgendaItem;
    expect(added).toEqual({ title: arriving.label, sourceType: 'HOUSEHOLD', sourceId: household.id, sourceUrl: `/households/${household.id}`, author: { email: DEMO.coordinator } });
    expect((await coordinator.ok(PROPOSED, { id: m.id })).proposedAgendaItems.map((p: any) => p.key)).not.toContain(arriving.key);
    expect(codes(await coordinator.gql(ADD_PROPOSED, { id: m.id, key: arriving.key }))).toEqual(['PROPOSAL_NOT_FOUND']);
    expect(codes(await coordinator.gql(ADD_PROPOSED, { id: m.id, key: 'HOUSEHOLD:nope' }))).toEqual(['PROPOSAL_NOT_FOUND']);
    expect(codes(await otherContact.gql(PROPOSED, { id: m.id }))).toEqual(['NOT_FOUND']);
  });

  it('a partner in a consultation only gets proposals from their own partnerships', async () => {
    const m = await schedule({ kind: 'CONSULTATION', partnershipIds: [ids.partnership.mechelen, ids.partnership.gent] });
    const partnerView = (await coordinator.ok(`query($id: ID!) { proposedAgendaItems(meetingId: $id) { partnership { name } } }`, { id: m.id })).proposedAgendaItems;
    expect(new Set(partnerView.map((p: any) => p.partnership.name))).toEqual(new Set(['Onthaalgroep Mechelen']));
    const staffView = (await contact.ok(`query($id: ID!) { proposedAgendaItems(meetingId: $id) { partnership { name } } }`, { id: m.id })).proposedAgendaItems;
    expect(staffView.some((p: any) => p.partnership.name === 'Gent Samen')).toBe(true);
  });
});

describe('proposals from feedback and threads', () => {
  const PROPOSED = `query($id: ID!) { proposedAgendaItems(meetingId: $id) { key label sourceType sourceId sourceUrl date partnership { name } household { reference } } }`;
  const proposed = async (as: Agent, meetingId: string) => (await as.ok(PROPOSED, { id: meetingId })).proposedAgendaItems as any[];

  /** A feedback round made directly (its rhythm and review are the feedback module's own tests). */
  async function feedbackRound(partnershipId: string, month: string, status: FeedbackRound['status'], dueDate: string) {
    const em = hub.orm.em.fork();
    const r = em.create(FeedbackRound, { partnership: partnershipId, periodStart: `${month}-01`, periodEnd: `${month}-28`, dueDate, status });
    await em.flush();
    return r.id;
  }

  const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  const START = `mutation($p: ID!, $s: String!) { startThread(input: { partnershipId: $p, subject: $s }) { id } }`;
  const SEND = `mutation($t: ID!, $b: String!, $c: String!, $i: Boolean) { sendMessage(input: { threadId: $t, body: $b, clientId: $c, internal: $i }) { id } }`;
  /** Sends a message, written `days` ago. */
  async function say(as: Agent, threadId: string, body: string, days = 0, internal = false) {
    const { id } = (await as.ok(SEND, { t: threadId, b: body, c: `client-${++n}-${Date.now()}`, i: internal })).sendMessage;
    if (days) await hub.orm.em.fork().nativeUpdate(Message, { id }, { createdAt: daysAgo(days) });
    return id as string;
  }
  const thread = async (subject: string, p = ids.partnership.mechelen) => (await coordinator.ok(START, { p, s: unique(subject) })).startThread.id as string;

  it('proposes feedback rounds sent back or overdue, each linking to the round on the partnership page', async () => {
    const today = todayInBrussels();
    const overdue = await feedbackRound(ids.partnership.mechelen, '2019-01', 'OPEN', '2019-01-28');
    const sentBack = await feedbackRound(ids.partnership.mechelen, '2019-02', 'SENT_BACK', addDays(today, 5));
    const submitted = await feedbackRound(ids.partnership.mechelen, '2019-03', 'SUBMITTED', '2019-03-28');
    const accepted = await feedbackRound(ids.partnership.mechelen, '2019-04', 'ACCEPTED', '2019-04-28');
    const notYetDue = await feedbackRound(ids.partnership.mechelen, '2019-05', 'OPEN', addDays(today, 5));
    const m = await schedule();
    const feedback = (await proposed(coordinator, m.id)).filter((p) => p.sourceType === 'FEEDBACK_ROUND');
    expect(feedback).toEqual([
      {
        key: `FEEDBACK_ROUND:${overdue}`,
        label: 'Feedback 2019-01-01 – 2019-01-28 te laat (ten laatste 2019-01-28)',
        sourceType: 'FEEDBACK_ROUND',
        sourceId: overdue,
        sourceUrl: `/partnerships/${ids.partnership.mechelen}?round=${overdue}#feedback`,
        date: '2019-01-28',
        partnership: { name: 'Onthaalgroep Mechelen' },
        household: null,
      },
      {
        key: `FEEDBACK_ROUND:${sentBack}`,
        label: `Feedback 2019-02-01 – 2019-02-28 teruggestuurd, wacht op herziening (ten laatste ${addDays(today, 5)})`,
        sourceType: 'FEEDBACK_ROUND',
        sourceId: sentBack,
        sourceUrl: `/partnerships/${ids.partnership.mechelen}?round=${sentBack}#feedback`,
        date: addDays(today, 5),
        partnership: { name: 'Onthaalgroep Mechelen' },
        household: null,
      },
    ]);
    const keys = feedback.map((p) => p.sourceId);
    for (const id of [submitted, accepted, notYetDue]) expect(keys).not.toContain(id);

    // Added to the agenda, it keeps its link and is no longer proposed.
    const ADD_PROPOSED = `mutation($id: ID!, $key: ID!) { addProposedAgendaItem(meetingId: $id, key: $key) { title sourceType sourceId sourceUrl } }`;
    const added = (await contact.ok(ADD_PROPOSED, { id: m.id, key: `FEEDBACK_ROUND:${overdue}` })).addProposedAgendaItem;
    expect(added).toEqual({ title: feedback[0].label, sourceType: 'FEEDBACK_ROUND', sourceId: overdue, sourceUrl: feedback[0].sourceUrl });
    expect((await proposed(contact, m.id)).map((p) => p.key)).not.toContain(`FEEDBACK_ROUND:${overdue}`);
    // Once accepted, a round is no longer open work.
    await hub.orm.em.fork().nativeUpdate(FeedbackRound, { id: sentBack }, { status: 'ACCEPTED' });
    expect((await proposed(contact, m.id)).map((p) => p.key)).not.toContain(`FEEDBACK_ROUND:${sentBack}`);
  });

  it(`proposes threads where a partner has waited more than ${THREAD_ANSWER_DAYS} days for an answer of Fedasil staff`, async () => {
    // Waiting: a question four days old, followed only by an internal note of the contact person.
    const waiting = await thread('Huurwaarborg');
    await say(coordinator, waiting, 'Kan het OCMW de waarborg voorschieten?', 4);
    await say(contact, waiting, 'Navragen bij het OCMW.', 0, true);
    // Answered by the contact person.
    const answered = await thread('Schoolinschrijving');
    await say(coordinator, answered, 'Is de inschrijving rond?', 5);
    await say(contact, answered, 'Ja, sinds gisteren.', 1);
    // A reply that was deleted does not count as an answer.
    const deletedReply = await thread('Fietsen');
    await say(volunteer, deletedReply, 'Zijn er nog fietsen over?', 6);
    const reply = await say(contact, deletedReply, 'Ik kijk het na.', 5);
    await contact.ok(`mutation($id: ID!) { deleteMessage(id: $id) { id } }`, { id: reply });
    // Asked too recently.
    const recent = await thread('Taalles');
    await say(volunteer, recent, 'Wanneer start de taalles?', 1);
    // Answered, then a new question today: waiting since today only.
    const followUp = await thread('Huisarts');
    await say(coordinator, followUp, 'Welke huisarts?', 6);
    await say(deputy, followUp, 'Dokter Peeters.', 5);
    await say(coordinator, followUp, 'Dank je, en de tandarts?');
    // A household's thread, waiting for four days.
    const householdThread = (await volunteer.ok(`mutation($h: ID!) { openHouseholdThread(householdId: $h) { id } }`, { h: ids.household.mechelen })).openHouseholdThread.id;
    await say(volunteer, householdThread, 'Hassan zoekt een bijbaan.', 4);

    const m = await schedule();
    const threads = (await proposed(contact, m.id)).filter((p) => p.sourceType === 'THREAD');
    const day = (days: number) => brusselsDay(daysAgo(days));
    const subjectOf = async (id: string) => (await contact.ok(`query($id: ID!) { thread(id: $id) { subject } }`, { id })).thread.subject;
    expect(threads).toEqual([
      {
        key: `THREAD:${deletedReply}`,
        label: `Wacht op antwoord sinds ${day(6)}: ${await subjectOf(deletedReply)} (Pieter Wouters)`,
        sourceType: 'THREAD',
        sourceId: deletedReply,
        sourceUrl: `/messages/${deletedReply}`,
        date: day(6),
        partnership: { name: 'Onthaalgroep Mechelen' },
        household: null,
      },
      {
        key: `THREAD:${waiting}`,
        label: `Wacht op antwoord sinds ${day(4)}: ${await subjectOf(waiting)} (Lotte Claes)`,
        sourceType: 'THREAD',
        sourceId: waiting,
        sourceUrl: `/messages/${waiting}`,
        date: day(4),
        partnership: { name: 'Onthaalgroep Mechelen' },
        household: null,
      },
      {
        key: `THREAD:${householdThread}`,
        label: `Wacht op antwoord sinds ${day(4)}: gesprek over HH-2026-0004 (Pieter Wouters)`,
        sourceType: 'THREAD',
        sourceId: householdThread,
        sourceUrl: `/messages/${householdThread}`,
        date: day(4),
        partnership: { name: 'Onthaalgroep Mechelen' },
        household: { reference: 'HH-2026-0004' },
      },
    ]);
    // The partner sees the same threads (they may see them), labelled in their language.
    expect((await proposed(coordinator, m.id)).filter((p) => p.sourceType === 'THREAD').map((p) => p.key)).toEqual(threads.map((p) => p.key));
    // Once the contact person answers, the thread is no longer proposed.
    await say(contact, waiting, 'Het OCMW schiet de waarborg voor.');
    expect((await proposed(contact, m.id)).map((p) => p.key)).not.toContain(`THREAD:${waiting}`);
    for (const id of [answered, recent, followUp]) expect((await proposed(contact, m.id)).map((p) => p.key)).not.toContain(`THREAD:${id}`);
  });

  it('labels them in the viewer’s language', async () => {
    const round = await feedbackRound(ids.partnership.liege, '2019-07', 'OPEN', '2019-07-28');
    const m = await schedule({ partnershipIds: [ids.partnership.liege], inviteeIds: [], place: 'Liège' }, otherContact);
    // Marc Dubois (contact person of Liège Accueil) reads French.
    expect((await proposed(otherContact, m.id)).find((p) => p.key === `FEEDBACK_ROUND:${round}`)?.label).toBe('Feedback 2019-07-01 – 2019-07-28 en retard (pour le 2019-07-28)');
  });

  it('a partner in a consultation gets no feedback or threads of the other partnerships', async () => {
    const gentRound = await feedbackRound(ids.partnership.gent, '2019-06', 'OPEN', '2019-06-28');
    const m = await schedule({ kind: 'CONSULTATION', partnershipIds: [ids.partnership.mechelen, ids.partnership.gent] });
    expect((await proposed(contact, m.id)).map((p) => p.key)).toContain(`FEEDBACK_ROUND:${gentRound}`);
    const partnerView = await proposed(coordinator, m.id);
    expect(partnerView.map((p) => p.key)).not.toContain(`FEEDBACK_ROUND:${gentRound}`);
    expect(new Set(partnerView.map((p) => p.partnership.name))).toEqual(new Set(['Onthaalgroep Mechelen']));
  });

  it("shows an item added from one partnership's proposal only to those who may see that partnership, numbered without gaps", async () => {
    const gentRound = await feedbackRound(ids.partnership.gent, '2019-05', 'OPEN', '2019-05-28');
    const m = await schedule({ kind: 'CONSULTATION', partnershipIds: [ids.partnership.mechelen, ids.partnership.gent] });
    const ADD = `mutation($id: ID!, $input: AgendaItemInput!) { addAgendaItem(meetingId: $id, input: $input) { id } }`;
    const AGENDA = `query($id: ID!) { meeting(id: $id) { agenda { id title position } } }`;
    const first = (await contact.ok(ADD, { id: m.id, input: { title: 'Welkom' } })).addAgendaItem.id;
    const fromGent = (await contact.ok(`mutation($id: ID!, $key: ID!) { addProposedAgendaItem(meetingId: $id, key: $key) { id position } }`, { id: m.id, key: `FEEDBACK_ROUND:${gentRound}` }))
      .addProposedAgendaItem;
    expect(fromGent.position).toBe(2);
    const last = (await coordinator.ok(ADD, { id: m.id, input: { title: 'Vragen van de vrijwilligers' } })).addAgendaItem.id;

    const agenda = async (as: Agent) => (await as.ok(AGENDA, { id: m.id })).meeting.agenda.map((i: any) => [i.id, i.position]);
    expect(await agenda(contact)).toEqual([[first, 1], [fromGent.id, 2], [last, 3]]);
    // Mechelen's coordinator: not Gent's feedback, and no gap where it stands.
    expect(await agenda(coordinator)).toEqual([[first, 1], [last, 2]]);
    expect(codes(await coordinator.gql(`mutation($id: ID!) { removeAgendaItem(id: $id) }`, { id: fromGent.id }))).toEqual(['NOT_FOUND']);

    // Staff who see both reorder everything; the hidden item keeps its place for the others.
    await contact.ok(`mutation($id: ID!, $items: [ID!]!) { reorderAgendaItems(meetingId: $id, itemIds: $items) { id } }`, { id: m.id, items: [last, fromGent.id, first] });
    expect(await agenda(contact)).toEqual([[last, 1], [fromGent.id, 2], [first, 3]]);
    expect(await agenda(coordinator)).toEqual([[last, 1], [first, 2]]);
  });

  it('costs the same number of SQL statements for few and for many rounds and threads (meetings of one and of two partnerships)', async () => {
    const measure = async (meetingId: string) => {
      const start = hub.statements.count;
      const list = await proposed(admin, meetingId);
      return { statements: hub.statements.count - start, rows: list.length };
    };
    const one = await schedule({ kind: 'CONSULTATION', partnershipIds: [ids.partnership.mechelen], place: 'Mechelen' }, admin);
    const two = await schedule({ kind: 'CONSULTATION', partnershipIds: [ids.partnership.mechelen, ids.partnership.gent], place: 'Brussel' }, admin);
    await measure(one.id);
    const small = await measure(one.id);
    const smallTwo = await measure(two.id);
    for (let i = 0; i < 4; i++) {
      await feedbackRound(ids.partnership.mechelen, `2018-0${i + 1}`, 'OPEN', `2018-0${i + 1}-28`);
      await say(coordinator, await thread('Vraag'), 'Een vraag', 4);
    }
    const large = await measure(one.id);
    const largeTwo = await measure(two.id);
    expect(large.rows).toBe(small.rows + 8);
    expect(large.statements).toBe(small.statements);
    expect(largeTwo.statements).toBe(smallTwo.statements);
  });
});

describe('minutes and action items', () => {
  const ACTION = `mutation($id: ID!, $input: ActionItemInput!) { addActionItem(meetingId: $id, input: $input) { id title status overdue dueDate assignee { email } } }`;
  const UPDATE_ACTION = `mutation($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { title status overdue doneAt } }`;

  it('records attendance of invitees only, decisions on agenda items, and removes decisions', async () => {
    const m = await schedule();
    const ATTEND = `mutation($id: ID!, $e: [AttendanceInput!]!) { recordAttendance(meetingId: $id, entries: $e) { invitees { user { email } attendance } } }`;
    const res = await contact.ok(ATTEND, { id: m.id, e: [{ userId: ids.user[DEMO.coordinator], attendance: 'PRESENT' }, { userId: ids.user[DEMO.volunteer], attendance: 'EXCUSED' }] });
    expect(res.recordAttendance.invitees.find((i: any) => i.user.email === DEMO.volunteer).attendance).toBe('EXCUSED');
    expect(codes(await contact.gql(ATTEND, { id: m.id, e: [{ userId: ids.user[DEMO.coordinator], attendance: 'ABSENT' }, { userId: ids.user[DEMO.deputy], attendance: 'PRESENT' }] }))).toEqual(['NOT_INVITED']);
    // Nothing half-saved: the coordinator is still PRESENT.
    const after = (await contact.ok(MEETING, { id: m.id })).meeting.invitees.find((i: any) => i.user.email === DEMO.coordinator);
    expect(after.attendance).toBe('PRESENT');
    expect(codes(await coordinator.gql(ATTEND, { id: m.id, e: [] }))).toEqual(['FORBIDDEN']);

    const item = (await contact.ok(`mutation($id: ID!) { addAgendaItem(meetingId: $id, input: { title: "Housing" }) { id } }`, { id: m.id })).addAgendaItem;
    const DECIDE = `mutation($id: ID!, $input: DecisionInput!) { addDecision(meetingId: $id, input: $input) { id text agendaItemId } }`;
    const d = (await contact.ok(DECIDE, { id: m.id, input: { text: 'Look for a second home', agendaItemId: item.id } })).addDecision;
    expect(d).toMatchObject({ text: 'Look for a second home', agendaItemId: item.id });
    expect(codes(await contact.gql(DECIDE, { id: m.id, input: { text: 'x', agendaItemId: 'nope' } }))).toEqual(['NOT_FOUND']);
    expect(codes(await contact.gql(DECIDE, { id: m.id, input: { text: '' } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await coordinator.gql(DECIDE, { id: m.id, input: { text: 'x' } }))).toEqual(['FORBIDDEN']);
    expect((await deputy.ok(`mutation($id: ID!) { removeDecision(id: $id) }`, { id: d.id })).removeDecision).toBe(true);
    expect((await contact.ok(MEETING, { id: m.id })).meeting.decisions).toEqual([]);
  });

  it('action items go to invitees, overdue ones are flagged, the assignee sees them at home and marks them done', async () => {
    const m = await schedule();
    const yesterday = addDays(todayInBrussels(), -1);
    const later = (await contact.ok(ACTION, { id: m.id, input: { title: unique('Send lease'), assigneeId: ids.user[DEMO.coordinator], dueDate: '2099-01-31' } })).addActionItem;
    const late = (await contact.ok(ACTION, { id: m.id, input: { title: unique('Call school'), assigneeId: ids.user[DEMO.coordinator], dueDate: yesterday } })).addActionItem;
    expect(later).toMatchObject({ status: 'OPEN', overdue: false, assignee: { email: DEMO.coordinator } });
    expect(late.overdue).toBe(true);
    expect(codes(await contact.gql(ACTION, { id: m.id, input: { title: 'x', assigneeId: ids.user[DEMO.deputy], dueDate: '2099-01-01' } }))).toEqual(['NOT_INVITED']);
    expect(codes(await contact.gql(ACTION, { id: m.id, input: { title: 'x', assigneeId: ids.user[DEMO.coordinator], dueDate: '2099-02-30' } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await coordinator.gql(ACTION, { id: m.id, input: { title: 'x', assigneeId: ids.user[DEMO.coordinator], dueDate: '2099-01-01' } }))).toEqual(['FORBIDDEN']);

    const home = async () => (await coordinator.ok(`{ myActionItems { title overdue meeting { title } } }`)).myActionItems.filter((a: any) => a.meeting.title === m.title);
    expect(await home()).toEqual([
      { title: late.title, overdue: true, meeting: { title: m.title } },
      { title: later.title, overdue: false, meeting: { title: m.title } },
    ]);
    expect((await volunteer.ok(`{ myActionItems { title } }`)).myActionItems.map((a: any) => a.title)).not.toContain(late.title);

    expect(codes(await coordinator.gql(UPDATE_ACTION, { id: late.id, input: { title: 'Mine now' } }))).toEqual(['FORBIDDEN']);
    expect(codes(await volunteer.gql(UPDATE_ACTION, { id: late.id, input: { status: 'DONE' } }))).toEqual(['FORBIDDEN']);
    const done = (await coordinator.ok(UPDATE_ACTION, { id: late.id, input: { status: 'DONE' } })).updateActionItem;
    expect(done).toMatchObject({ status: 'DONE', overdue: false });
    expect(done.doneAt).toBeTruthy();
    expect(await home()).toEqual([{ title: later.title, overdue: false, meeting: { title: m.title } }]);
    expect(codes(await contact.gql(UPDATE_ACTION, { id: later.id, input: { assigneeId: ids.user[DEMO.otherCoordinator] } }))).toEqual(['NOT_INVITED']);
    expect((await contact.ok(UPDATE_ACTION, { id: later.id, input: { title: 'Send the signed lease' } })).updateActionItem.title).toBe('Send the signed lease');
    expect(codes(await coordinator.gql(`mutation($id: ID!) { removeActionItem(id: $id) }`, { id: later.id }))).toEqual(['FORBIDDEN']);
    expect((await contact.ok(`mutation($id: ID!) { removeActionItem(id: $id) }`, { id: later.id })).removeActionItem).toBe(true);
    expect(await home()).toEqual([]);
  });
});

describe('evaluation', () => {
  const SAVE = `mutation($id: ID!, $s: [EvaluationScoreInput!]!) { saveEvaluation(meetingId: $id, scores: $s) { evaluation { objective rating notes } } }`;
  const SIGN = `mutation($id: ID!) { signOffEvaluation(meetingId: $id) { evaluationSignedOffAt evaluationSignedOffBy { email } viewerCan { evaluate signOffEvaluation } } }`;
  const scores = (h: number, g: number, o: number) => [
    { objective: 'SUSTAINABLE_HOUSING', rating: h, notes: 'Lease for one year' },
    { objective: 'GUIDANCE', rating: g },
    { objective: 'OPERATIONAL_COOPERATION', rating: o },
  ];

  it('is filled in by staff, signed off once by the contact person, then read-only', async () => {
    const m = await schedule();
    expect(codes(await contact.gql(SAVE, { id: m.id, s: [{ objective: 'GUIDANCE', rating: 6 }] }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await contact.gql(SAVE, { id: m.id, s: [{ objective: 'GUIDANCE', rating: 3 }, { objective: 'GUIDANCE', rating: 4 }] }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await coordinator.gql(SAVE, { id: m.id, s: scores(3, 3, 3) }))).toEqual(['FORBIDDEN']);
    await contact.ok(SAVE, { id: m.id, s: [{ objective: 'GUIDANCE', rating: 4 }] });
    expect(codes(await contact.gql(SIGN, { id: m.id }))).toEqual(['EVALUATION_INCOMPLETE']);
    const saved = (await deputy.ok(SAVE, { id: m.id, s: scores(4, 3, 5) })).saveEvaluation.evaluation;
    expect(saved).toHaveLength(3);
    expect(codes(await admin.gql(SIGN, { id: m.id }))).toEqual(['FORBIDDEN']);
    expect(codes(await coordinator.gql(SIGN, { id: m.id }))).toEqual(['FORBIDDEN']);
    const signed = (await contact.ok(SIGN, { id: m.id })).signOffEvaluation;
    expect(signed.evaluationSignedOffBy).toEqual({ email: DEMO.contact });
    expect(signed.viewerCan).toEqual({ evaluate: false, signOffEvaluation: false });
    expect(codes(await contact.gql(SIGN, { id: m.id }))).toEqual(['EVALUATION_SIGNED_OFF']);
    expect(codes(await contact.gql(SAVE, { id: m.id, s: scores(1, 1, 1) }))).toEqual(['EVALUATION_SIGNED_OFF']);
    const after = (await contact.ok(MEETING, { id: m.id })).meeting.evaluation;
    expect(after.find((s: any) => s.objective === 'SUSTAINABLE_HOUSING')).toEqual({ objective: 'SUSTAINABLE_HOUSING', rating: 4, notes: 'Lease for one year' });
  });

  it('does not exist for a consultation', async () => {
    const m = await schedule({ kind: 'CONSULTATION' });
    expect(codes(await contact.gql(SAVE, { id: m.id, s: scores(3, 3, 3) }))).toEqual(['NOT_AN_EVALUATION']);
    expect(codes(await contact.gql(SIGN, { id: m.id }))).toEqual(['NOT_AN_EVALUATION']);
    expect((await contact.ok(MEETING, { id: m.id })).meeting.evaluation).toBeNull();
  });

  it('shows the history of a partnership in time order (the trend)', async () => {
    const first = await schedule({ partnershipIds: [ids.partnership.zemst], inviteeIds: [], startsAt: '2025-03-01T10:00', endsAt: '2025-03-01T11:00' }, admin);
    const second = await schedule({ partnershipIds: [ids.partnership.zemst], inviteeIds: [], startsAt: '2025-09-01T10:00', endsAt: '2025-09-01T11:00' }, admin);
    await admin.ok(SAVE, { id: second.id, s: scores(4, 4, 5) });
    await admin.ok(SAVE, { id: first.id, s: scores(2, 3, 4) });
    const history = (await deputy.ok(`query($p: ID!) { evaluationHistory(partnershipId: $p) { meeting { title } date signedOff average ratings { objective rating } } }`, { p: ids.partnership.zemst })).evaluationHistory;
    expect(history.map((h: any) => [h.meeting.title, h.date, h.average])).toEqual([
      [first.title, '2025-03-01', 3],
      [second.title, '2025-09-01', 4.33],
    ]);
    expect(history[0].ratings.map((r: any) => r.objective)).toEqual(['SUSTAINABLE_HOUSING', 'GUIDANCE', 'OPERATIONAL_COOPERATION']);
    expect(codes(await contact.gql(`query($p: ID!) { evaluationHistory(partnershipId: $p) { date } }`, { p: ids.partnership.liege }))).toEqual(['NOT_FOUND']);
  });
});

describe('meetingChanged', () => {
  it('delivers answers live to an open meeting page (with the new counts), and nothing to a stranger', async () => {
    const m = await schedule();
    const cookieSocket = (cookie: string) =>
      class extends WebSocket {
        constructor(address: string | URL, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie } });
        }
      };
    const open = (agent: Agent) => {
      const client = createClient({ url: `${hub.url.replace('http', 'ws')}/graphql`, webSocketImpl: cookieSocket(agent.cookie!), lazy: true, retryAttempts: 0 });
      const seen: any[] = [];
      let wake = () => {};
      const stop = client.subscribe(
        { query: `subscription($id: ID!) { meetingChanged(meetingId: $id) { id rsvpCounts { yes no maybe pending } } }`, variables: { id: m.id } },
        { next: (p) => (seen.push(p), wake()), error: (e) => (seen.push({ errors: Array.isArray(e) ? e : [e] }), wake()), complete: () => wake() },
      );
      const next = () => new Promise<void>((resolve) => ((wake = resolve), setTimeout(resolve, 150)));
      return { seen, next, close: async () => (stop(), await client.dispose()) };
    };
    const page = open(contact);
    const stranger = open(otherContact);
    try {
      // The server registers a subscription a moment after the message: answer until the event arrives (a guard, not an assertion).
      let answer = 'YES';
      for (let i = 0; i < 40 && !page.seen.some((p) => p.data?.meetingChanged?.rsvpCounts.yes === 1); i++) {
        await coordinator.ok(`mutation($id: ID!, $r: RsvpResponse!) { respondToMeeting(meetingId: $id, response: $r) { response } }`, { id: m.id, r: answer });
        answer = answer === 'YES' ? 'NO' : 'YES';
        await page.next();
      }
      const event = page.seen.find((p) => p.data?.meetingChanged?.rsvpCounts.yes === 1);
      expect(event.data.meetingChanged).toEqual({ id: m.id, rsvpCounts: { yes: 1, no: 0, maybe: 0, pending: 2 } });
      for (let i = 0; i < 40 && stranger.seen.length === 0; i++) await stranger.next();
      expect(stranger.seen.map((p) => p.errors?.[0]?.extensions?.code ?? p.errors?.[0]?.message)).toEqual(['NOT_FOUND']);
      expect(stranger.seen.some((p) => p.data)).toBe(false);
    } finally {
      await page.close();
      await stranger.close();
    }
  });
});

describe('meetingsChanged', () => {
  const cookieSocket = (cookie: string) =>
    class extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    };
  const LIST_EVENTS = `subscription($p: ID) { meetingsChanged(partnershipId: $p) { meetingId meeting { title status } } }`;
  const open = (agent: Agent, partnershipId: string | null = null) => {
    const client = createClient({ url: `${hub.url.replace('http', 'ws')}/graphql`, webSocketImpl: cookieSocket(agent.cookie!), lazy: true, retryAttempts: 0 });
    const seen: any[] = [];
    let wake = () => {};
    const stop = client.subscribe(
      { query: LIST_EVENTS, variables: { p: partnershipId } },
      { next: (p) => (seen.push(p), wake()), error: (e) => (seen.push({ errors: Array.isArray(e) ? e : [e] }), wake()), complete: () => wake() },
    );
    const next = () => new Promise<void>((resolve) => ((wake = resolve), setTimeout(resolve, 150)));
    return { seen, next, events: () => seen.filter((p) => p.data).map((p) => p.data.meetingsChanged), close: async () => (stop(), await client.dispose()) };
  };

  it('follows the meetings a viewer sees: new ones, changes, and being uninvited; nothing of others’ meetings', async () => {
    const volunteerList = open(volunteer);
    const mechelenPage = open(coordinator, ids.partnership.mechelen);
    const gentPage = open(contact, ids.partnership.gent);
    const stranger = open(otherContact);
    try {
      // The server registers a subscription a moment after the message: schedule until an event arrives (a guard, not an assertion).
      let m: any;
      for (let i = 0; i < 40 && !volunteerList.events().some((e) => e.meetingId === m?.id); i++) {
        m = await schedule();
        await volunteerList.next();
      }
      expect(volunteerList.events().find((e) => e.meetingId === m.id)).toEqual({ meetingId: m.id, meeting: { title: m.title, status: 'SCHEDULED' } });
      for (let i = 0; i < 40 && !mechelenPage.events().some((e) => e.meetingId === m.id); i++) await mechelenPage.next();
      expect(mechelenPage.events().find((e) => e.meetingId === m.id)?.meeting.title).toBe(m.title);

      // The volunteer is uninvited: their list hears of it (without the meeting), then nothing more of it.
      await contact.ok(`mutation($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { id } }`, { id: m.id, input: { inviteeIds: [ids.user[DEMO.coordinator]] } });
      for (let i = 0; i < 40 && !volunteerList.events().some((e) => e.meetingId === m.id && e.meeting === null); i++) await volunteerList.next();
      expect(volunteerList.events().filter((e) => e.meetingId === m.id).at(-1)).toEqual({ meetingId: m.id, meeting: null });
      const before = volunteerList.events().length;
      await contact.ok(`mutation($id: ID!) { cancelMeeting(id: $id) { id } }`, { id: m.id });
      for (let i = 0; i < 40 && !mechelenPage.events().some((e) => e.meetingId === m.id && e.meeting?.status === 'CANCELLED'); i++) await mechelenPage.next();
      expect(mechelenPage.events().some((e) => e.meetingId === m.id && e.meeting?.status === 'CANCELLED')).toBe(true);
      expect(volunteerList.events().slice(before).map((e) => e.meetingId)).not.toContain(m.id);

      // Another partnership's page and a stranger get nothing of it.
      expect(gentPage.events().map((e) => e.meetingId)).not.toContain(m.id);
      expect(stranger.events().map((e) => e.meetingId)).not.toContain(m.id);
      expect(stranger.seen.some((p) => p.errors)).toBe(false);
      // A partnership the viewer does not see is NOT_FOUND.
      const other = open(otherContact, ids.partnership.mechelen);
      try {
        for (let i = 0; i < 40 && other.seen.length === 0; i++) await other.next();
        expect(other.seen.map((p) => p.errors?.[0]?.extensions?.code ?? p.errors?.[0]?.message)).toEqual(['NOT_FOUND']);
      } finally {
        await other.close();
      }
    } finally {
      await Promise.all([volunteerList, mechelenPage, gentPage, stranger].map((s) => s.close()));
    }
  });
});

describe('meeting documents', () => {
  it("delivers a file shared on the meeting live to an open meeting page (Meeting.documents); a partner who is not invited sees neither", async () => {
    const m = await schedule({ inviteeIds: [ids.user[DEMO.coordinator]] });
    const cookieSocket = (cookie: string) =>
      class extends WebSocket {
        constructor(address: string | URL, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie } });
        }
      };
    const client = createClient({ url: `${hub.url.replace('http', 'ws')}/graphql`, webSocketImpl: cookieSocket(deputy.cookie!), lazy: true, retryAttempts: 0 });
    const seen: any[] = [];
    let wake = () => {};
    const stop = client.subscribe(
      { query: `subscription($id: ID!) { meetingChanged(meetingId: $id) { id documents { name } } }`, variables: { id: m.id } },
      { next: (p) => (seen.push(p), wake()), error: (e) => (seen.push({ errors: Array.isArray(e) ? e : [e] }), wake()), complete: () => wake() },
    );
    const next = () => new Promise<void>((resolve) => ((wake = resolve), setTimeout(resolve, 150)));
    const uploaded: string[] = [];
    try {
      // The server registers a subscription a moment after the message: share files until one arrives (a guard, not an assertion).
      for (let i = 0; i < 20 && !seen.some((p) => p.data?.meetingChanged?.documents.length); i++) {
        const name = `agenda-${i}.pdf`;
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n'))]), name);
        const res = await fetch(`${hub.url}/documents?meetingId=${m.id}&category=OTHER`, { method: 'POST', body: form, headers: { cookie: coordinator.cookie!, 'x-partner-hub-upload': '1' } });
        expect(res.status).toBe(201);
        uploaded.push(name);
        await next();
      }
      const event = seen.find((p) => p.data?.meetingChanged?.documents.length);
      expect(event.data.meetingChanged.documents.map((d: { name: string }) => d.name)).toEqual(uploaded.slice(0, event.data.meetingChanged.documents.length));
      expect(codes(await volunteer.gql(`query($id: ID!) { meeting(id: $id) { documents { name } } }`, { id: m.id }))).toEqual(['NOT_FOUND']);
    } finally {
      stop();
      await client.dispose();
    }
  });
});

describe('notifications', () => {
  const notified = async (sourceId: string) => {
    const rows = await hub.orm.em.fork().find(Notification, { sourceId }, { populate: ['recipient'], orderBy: { createdAt: 'asc', id: 'asc' } });
    return rows.map((r) => `${r.kind} ${r.recipient.email}`).sort();
  };

  it('tells invitees in the hub when they are invited, when the meeting changes or is cancelled, and assignees of action items', async () => {
    const m = await schedule();
    // The organiser (the actor) is not notified.
    expect(await notified(m.id)).toEqual([`MEETING_INVITED ${DEMO.coordinator}`, `MEETING_INVITED ${DEMO.volunteer}`]);
    await contact.ok(`mutation($id: ID!) { updateMeeting(id: $id, input: { startsAt: "2026-12-15T13:00", endsAt: "2026-12-15T14:00" }) { id } }`, { id: m.id });
    expect((await notified(m.id)).filter((x) => x.startsWith('MEETING_UPDATED'))).toEqual([`MEETING_UPDATED ${DEMO.coordinator}`, `MEETING_UPDATED ${DEMO.volunteer}`]);
    // A refused change notifies no one.
    await contact.gql(`mutation($id: ID!) { updateMeeting(id: $id, input: { endsAt: "2026-12-15T12:00" }) { id } }`, { id: m.id });
    expect(await notified(m.id)).toHaveLength(4);
    const item = (await contact.ok(`mutation($id: ID!, $u: ID!) { addActionItem(meetingId: $id, input: { title: "Book the room", assigneeId: $u, dueDate: "2027-01-10" }) { id } }`, { id: m.id, u: ids.user[DEMO.coordinator] })).addActionItem;
    // The assignee's notification opens the meeting the item was agreed in.
    expect(await notified(item.id)).toEqual([]);
    expect((await notified(m.id)).filter((x) => x.startsWith('ACTION_ITEM'))).toEqual([`ACTION_ITEM_ASSIGNED ${DEMO.coordinator}`]);
    const [assigned] = await hub.orm.em.fork().find(Notification, { kind: 'ACTION_ITEM_ASSIGNED', sourceId: m.id });
    expect({ sourceType: assigned!.sourceType, sourceId: assigned!.sourceId, excerpt: assigned!.excerpt }).toEqual({ sourceType: 'MEETING', sourceId: m.id, excerpt: `Book the room (2027-01-10) — ${m.title}` });
    const { notifications } = await coordinator.ok(`query { notifications(first: 20) { edges { node { kind sourceType sourceId } } } }`);
    expect(notifications.edges.map((e: any) => e.node)).toContainEqual({ kind: 'ACTION_ITEM_ASSIGNED', sourceType: 'MEETING', sourceId: m.id });
    await deputy.ok(`mutation($id: ID!) { cancelMeeting(id: $id) { id } }`, { id: m.id });
    expect((await notified(m.id)).filter((x) => x.startsWith('MEETING_CANCELLED'))).toEqual([`MEETING_CANCELLED ${DEMO.contact}`, `MEETING_CANCELLED ${DEMO.coordinator}`, `MEETING_CANCELLED ${DEMO.volunteer}`]);
  });
});

describe('calendar', () => {
  const fetchIcs = async (path: string, agent?: Agent) => {
    const res = await fetch(`${hub.url}${path}`, { headers: agent?.cookie ? { cookie: agent.cookie } : {} });
    return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
  };
  const parse = (body: string) => {
    const cal = new ICAL.Component(ICAL.parse(body));
    for (const vtimezone of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
    return { cal, events: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
  };
  const tzid = (ev: ICAL.Event) => ev.component.getFirstProperty('dtstart')!.getParameter('tzid');

  it('the invite is an iCalendar event in Brussels time with a stable UID and a rising SEQUENCE; a cancellation is METHOD:CANCEL', async () => {
    const m = await schedule({ startsAt: '2027-06-15T10:00', endsAt: '2027-06-15T11:30' });
    const first = await fetchIcs(`/meetings/${m.id}/invite.ics`, coordinator);
    expect(first.status).toBe(200);
    expect(first.type).toMatch(/^text\/calendar/);
    const a = parse(first.body);
    expect(a.cal.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(a.events).toHaveLength(1);
    const ev = a.events[0]!;
    expect(tzid(ev)).toBe('Europe/Brussels');
    expect([ev.startDate.hour, ev.startDate.minute, ev.endDate.hour, ev.endDate.minute]).toEqual([10, 0, 11, 30]);
    expect(ev.startDate.toJSDate().toISOString()).toBe('2027-06-15T08:00:00.000Z');
    expect(ev.sequence).toBe(0);
    expect(first.body).toContain('BEGIN:VTIMEZONE');
    const uid = ev.uid;

    await contact.ok(`mutation($id: ID!) { updateMeeting(id: $id, input: { startsAt: "2027-06-16T09:00", endsAt: "2027-06-16T10:00" }) { id } }`, { id: m.id });
    const moved = parse((await fetchIcs(`/meetings/${m.id}/invite.ics`, coordinator)).body).events[0]!;
    expect(moved.uid).toBe(uid);
    expect(moved.sequence).toBe(1);
    expect([moved.startDate.day, moved.startDate.hour]).toEqual([16, 9]);

    await contact.ok(`mutation($id: ID!) { cancelMeeting(id: $id) { id } }`, { id: m.id });
    const cancelled = parse((await fetchIcs(`/meetings/${m.id}/invite.ics`, coordinator)).body);
    expect(cancelled.cal.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelled.events[0]!.uid).toBe(uid);
    expect(cancelled.events[0]!.sequence).toBe(2);
    expect(cancelled.events[0]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('the invite follows the meeting policy', async () => {
    const m = await schedule({ inviteeIds: [] });
    expect((await fetchIcs(`/meetings/${m.id}/invite.ics`)).status).toBe(401);
    expect((await fetchIcs(`/meetings/${m.id}/invite.ics`, volunteer)).status).toBe(404);
    expect((await fetchIcs(`/meetings/${m.id}/invite.ics`, otherContact)).status).toBe(404);
    expect((await fetchIcs(`/meetings/${m.id}/invite.ics`, deputy)).status).toBe(200);
    expect((await fetchIcs(`/meetings/nope/invite.ics`, admin)).status).toBe(404);
  });

  it('the private feed lists the meetings the user is invited to; only a hash is stored; rotation and revocation end the old URL', async () => {
    const invited = await schedule({ startsAt: '2027-01-20T14:00', endsAt: '2027-01-20T15:00' });
    const notInvited = await schedule({ inviteeIds: [] });
    expect((await volunteer.ok(`{ calendarFeed { active } }`)).calendarFeed.active).toBe(false);
    const { url } = (await volunteer.ok(`mutation { rotateCalendarFeed { url } }`)).rotateCalendarFeed;
    expect((await volunteer.ok(`{ calendarFeed { active } }`)).calendarFeed.active).toBe(true);
    const token = /^\/calendar\/(.+)\.ics$/.exec(url)![1]!;
    const stored = await hub.orm.em.fork().find(CalendarFeed, {});
    expect(stored.every((f) => f.tokenHash !== token && f.tokenHash.length === 64)).toBe(true);

    // No cookie needed: the secret is the credential.
    const feed = await fetchIcs(url);
    expect(feed.status).toBe(200);
    const { events } = parse(feed.body);
    const titles = events.map((e) => e.summary);
    expect(titles).toContain(invited.title);
    expect(titles).not.toContain(notInvited.title);
    const ev = events.find((e) => e.summary === invited.title)!;
    expect([tzid(ev), ev.startDate.hour]).toEqual(['Europe/Brussels', 14]);
    expect(ev.uid).toBe(`meeting-${invited.id}@partner-hub.fedasil`);

    const wrong = await fetchIcs(`/calendar/${token.slice(0, -2)}xx.ics`);
    expect(wrong).toMatchObject({ status: 404, body: 'Not found' });
    expect((await fetchIcs(`/calendar/${token}`)).status).toBe(404);

    const rotated = (await volunteer.ok(`mutation { rotateCalendarFeed { url } }`)).rotateCalendarFeed.url;
    expect(rotated).not.toBe(url);
    expect((await fetchIcs(url)).status).toBe(404);
    expect((await fetchIcs(rotated)).status).toBe(200);
    expect((await volunteer.ok(`mutation { revokeCalendarFeed }`)).revokeCalendarFeed).toBe(true);
    expect((await fetchIcs(rotated)).status).toBe(404);
    expect((await volunteer.ok(`mutation { revokeCalendarFeed }`)).revokeCalendarFeed).toBe(false);
  });

  it('the feed costs the same number of SQL statements for few and for many meetings', async () => {
    const { url } = (await coordinator.ok(`mutation { rotateCalendarFeed { url } }`)).rotateCalendarFeed;
    const measure = async () => {
      const start = hub.statements.count;
      const feed = await fetchIcs(url);
      return { statements: hub.statements.count - start, events: parse(feed.body).events.length };
    };
    const before = await measure();
    for (let i = 0; i < 4; i++) await schedule();
    const after = await measure();
    expect(after.events).toBe(before.events + 4);
    expect(after.statements).toBe(before.statements);
  });
});
