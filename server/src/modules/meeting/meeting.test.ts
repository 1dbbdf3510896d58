import { addDays } from '@partner-hub/shared';
import { describe, expect, it } from 'vitest';
import { todayInBrussels } from '../../app/validators.js';
import { type Agent, type Answer, codes, DEMO, fewestStatements } from '../../../test/harness.js';
import { fromBrusselsLocal, toBrusselsLocal } from './meeting.time.js';
import { MEETING, SCHEDULE, admin, contact, coordinator, count, deputy, evaluationInput, hub, ids, otherContact, schedule, volunteer, useTestHub } from './meeting.test-support.js';

useTestHub();

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
    expect(m.invitees.map((i: Answer) => i.user.email).sort()).toEqual([DEMO.contact, DEMO.coordinator, DEMO.volunteer].sort());
  });

  it('schedules a consultation of several partnerships (contact person of each)', async () => {
    const m = await schedule({ kind: 'CONSULTATION', partnershipIds: [ids.partnership.mechelen, ids.partnership.gent], place: null, onlineUrl: 'https://meet.example/abc' });
    expect(m.partnerships.map((p: Answer) => p.name)).toEqual(['Gent Samen', 'Onthaalgroep Mechelen']);
    expect(m.onlineUrl).toBe('https://meet.example/abc');
  });

  it('does not lead an invitee of a consultation into the other partnerships: they see its name, not its households', async () => {
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
    const titles = async (a: Agent, p?: string) => (await a.ok(`query($p: ID) { meetings(partnershipId: $p) { title } }`, { p })).meetings.map((m: Answer) => m.title);
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
    const list = async (includePast: boolean) => (await contact.ok(`query($i: Boolean) { meetings(includePast: $i) { title } }`, { i: includePast })).meetings.map((m: Answer) => m.title);
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
        await contact.ok(`mutation($id: ID!, $u: ID!) { addActionItem(meetingId: $id, input: { title: "Do", assigneeId: $u, dueDate: "2027-01-01" }) { id } }`, {
          id: m.id,
          u: ids.user[DEMO.contact],
        });
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
    expect(fewer.invitees.map((i: Answer) => i.user.email).sort()).toEqual([DEMO.contact, DEMO.coordinator].sort());
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
    expect(reordered.map((i: Answer) => i.title)).toEqual(['Next steps', 'School enrolment (2 children)', 'Volunteer rota']);

    expect(codes(await coordinator.gql(`mutation($id: ID!) { removeAgendaItem(id: $id) }`, { id: b.id }))).toEqual(['FORBIDDEN']);
    expect((await volunteer.ok(`mutation($id: ID!) { removeAgendaItem(id: $id) }`, { id: b.id })).removeAgendaItem).toBe(true);
    const { agenda } = (await contact.ok(MEETING, { id: m.id })).meeting;
    expect(agenda.map((i: Answer) => [i.position, i.title])).toEqual([
      [1, 'Next steps'],
      [2, 'School enrolment (2 children)'],
    ]);
    expect(codes(await otherContact.gql(ADD, { id: m.id, t: 'x' }))).toEqual(['NOT_FOUND']);
    expect(codes(await deputy.gql(ADD, { id: m.id, t: '' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('proposes open work of the partnership with links to its source; a proposal added keeps its link and is no longer proposed', async () => {
    // A household planned to arrive in ten days, and an overdue guidance step of another.
    const reg = await contact.ok(`mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id reference plan { id } } }`, {
      input: {
        partnershipId: ids.partnership.mechelen,
        arrivalRoute: 'DIRECT',
        plannedArrivalDate: addDays(todayInBrussels(), 10),
        members: [{ firstName: 'Soon', lastName: 'Arriving', birthYear: 1990, relationship: 'HEAD' }],
      },
    });
    const household = reg.registerHousehold;
    const m = await schedule();
    const PROPOSED = `query($id: ID!) { proposedAgendaItems(meetingId: $id) { key label sourceType sourceId sourceUrl date partnership { name } household { reference } } }`;
    const proposals = (await coordinator.ok(PROPOSED, { id: m.id })).proposedAgendaItems;
    const arriving = proposals.find((p: Answer) => p.key === `HOUSEHOLD:${household.id}`);
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
    expect(proposals.some((p: Answer) => p.sourceType === 'GUIDANCE_STEP' && p.household.reference === 'HH-2026-0004')).toBe(true);
    expect(proposals.every((p: Answer) => p.partnership.name === 'Onthaalgroep Mechelen')).toBe(true);

    const ADD_PROPOSED = `mutation($id: ID!, $key: ID!) { addProposedAgendaItem(meetingId: $id, key: $key) { title sourceType sourceId sourceUrl author { email } } }`;
    const added = (await coordinator.ok(ADD_PROPOSED, { id: m.id, key: arriving.key })).addProposedAgendaItem;
    expect(added).toEqual({ title: arriving.label, sourceType: 'HOUSEHOLD', sourceId: household.id, sourceUrl: `/households/${household.id}`, author: { email: DEMO.coordinator } });
    expect((await coordinator.ok(PROPOSED, { id: m.id })).proposedAgendaItems.map((p: Answer) => p.key)).not.toContain(arriving.key);
    expect(codes(await coordinator.gql(ADD_PROPOSED, { id: m.id, key: arriving.key }))).toEqual(['PROPOSAL_NOT_FOUND']);
    expect(codes(await coordinator.gql(ADD_PROPOSED, { id: m.id, key: 'HOUSEHOLD:nope' }))).toEqual(['PROPOSAL_NOT_FOUND']);
    expect(codes(await otherContact.gql(PROPOSED, { id: m.id }))).toEqual(['NOT_FOUND']);
  });

  it('a partner in a consultation only gets proposals from their own partnerships', async () => {
    const m = await schedule({ kind: 'CONSULTATION', partnershipIds: [ids.partnership.mechelen, ids.partnership.gent] });
    const partnerView = (await coordinator.ok(`query($id: ID!) { proposedAgendaItems(meetingId: $id) { partnership { name } } }`, { id: m.id })).proposedAgendaItems;
    expect(new Set(partnerView.map((p: Answer) => p.partnership.name))).toEqual(new Set(['Onthaalgroep Mechelen']));
    const staffView = (await contact.ok(`query($id: ID!) { proposedAgendaItems(meetingId: $id) { partnership { name } } }`, { id: m.id })).proposedAgendaItems;
    expect(staffView.some((p: Answer) => p.partnership.name === 'Gent Samen')).toBe(true);
  });
});
