import { addDays } from '@partner-hub/shared';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { todayInBrussels } from '../../app/validators.js';
import { type Agent, type Answer, codes, DEMO } from '../../../test/harness.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { MEETING, admin, contact, coordinator, count, deputy, hub, ids, otherContact, schedule, unique, volunteer, useTestHub } from './meeting.test-support.js';

/**
 * Meetings: minutes and action items, the evaluation, live changes, and meeting documents.
 * (Shared setup and helpers: meeting.test-support.ts.)
 */

useTestHub();

describe('minutes and action items', () => {
  const ACTION = `mutation($id: ID!, $input: ActionItemInput!) { addActionItem(meetingId: $id, input: $input) { id title status overdue dueDate assignee { email } } }`;
  const UPDATE_ACTION = `mutation($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { title status overdue doneAt } }`;

  it('records attendance of invitees only, decisions on agenda items, and removes decisions', async () => {
    const m = await schedule();
    const ATTEND = `mutation($id: ID!, $e: [AttendanceInput!]!) { recordAttendance(meetingId: $id, entries: $e) { invitees { user { email } attendance } } }`;
    const res = await contact.ok(ATTEND, {
      id: m.id,
      e: [
        { userId: ids.user[DEMO.coordinator], attendance: 'PRESENT' },
        { userId: ids.user[DEMO.volunteer], attendance: 'EXCUSED' },
      ],
    });
    expect(res.recordAttendance.invitees.find((i: Answer) => i.user.email === DEMO.volunteer).attendance).toBe('EXCUSED');
    expect(
      codes(
        await contact.gql(ATTEND, {
          id: m.id,
          e: [
            { userId: ids.user[DEMO.coordinator], attendance: 'ABSENT' },
            { userId: ids.user[DEMO.deputy], attendance: 'PRESENT' },
          ],
        }),
      ),
    ).toEqual(['NOT_INVITED']);
    // Nothing half-saved: the coordinator is still PRESENT.
    const after = (await contact.ok(MEETING, { id: m.id })).meeting.invitees.find((i: Answer) => i.user.email === DEMO.coordinator);
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

    const home = async () => (await coordinator.ok(`{ myActionItems { title overdue meeting { title } } }`)).myActionItems.filter((a: Answer) => a.meeting.title === m.title);
    expect(await home()).toEqual([
      { title: late.title, overdue: true, meeting: { title: m.title } },
      { title: later.title, overdue: false, meeting: { title: m.title } },
    ]);
    expect((await volunteer.ok(`{ myActionItems { title } }`)).myActionItems.map((a: Answer) => a.title)).not.toContain(late.title);

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
    expect(
      codes(
        await contact.gql(SAVE, {
          id: m.id,
          s: [
            { objective: 'GUIDANCE', rating: 3 },
            { objective: 'GUIDANCE', rating: 4 },
          ],
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
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
    expect(after.find((s: Answer) => s.objective === 'SUSTAINABLE_HOUSING')).toEqual({ objective: 'SUSTAINABLE_HOUSING', rating: 4, notes: 'Lease for one year' });
  });

  it("rates the objectives of the partnership's programme: the three for resettlement, those configured elsewhere", async () => {
    const OBJECTIVES = `query($id: ID!) { meeting(id: $id) { evaluationObjectives } }`;
    const mechelen = await schedule();
    expect((await contact.ok(OBJECTIVES, { id: mechelen.id })).meeting.evaluationObjectives).toEqual(['SUSTAINABLE_HOUSING', 'GUIDANCE', 'OPERATIONAL_COOPERATION']);
    // A return desk's programme rates no objective (seeded so): its evaluation is in the minutes, signed off as it is.
    const desk = await hub.orm.em.fork().findOneOrFail(Partnership, { name: 'Terugkeerloket Antwerpen' }, { populate: ['programme'] });
    const returns = await schedule({ title: unique('Evaluatie terugkeerloket'), partnershipIds: [desk.id], inviteeIds: [] });
    expect((await contact.ok(OBJECTIVES, { id: returns.id })).meeting.evaluationObjectives).toEqual([]);
    expect(codes(await contact.gql(SAVE, { id: returns.id, s: [{ objective: 'GUIDANCE', rating: 4 }] }))).toEqual(['OBJECTIVE_NOT_IN_PROGRAMME']);
    expect(await count('evaluation_score', `meeting_id = '${returns.id}'`)).toBe(0);
    // An admin gives the programme an objective: it is asked, and asked before the sign-off.
    const setObjectives = (objectives: string[]) => hub.orm.em.fork().nativeUpdate(Programme, { id: desk.programme.id }, { objectives: objectives as Programme['objectives'] });
    await setObjectives(['GUIDANCE']);
    try {
      const another = await schedule({ title: unique('Evaluatie terugkeerloket'), partnershipIds: [desk.id], inviteeIds: [] });
      expect((await contact.ok(OBJECTIVES, { id: another.id })).meeting.evaluationObjectives).toEqual(['GUIDANCE']);
      expect(codes(await contact.gql(SIGN, { id: another.id }))).toEqual(['EVALUATION_INCOMPLETE']);
      expect(codes(await contact.gql(SAVE, { id: another.id, s: scores(4, 4, 4) }))).toEqual(['OBJECTIVE_NOT_IN_PROGRAMME']);
      expect((await contact.ok(SAVE, { id: another.id, s: [{ objective: 'GUIDANCE', rating: 4 }] })).saveEvaluation.evaluation).toEqual([{ objective: 'GUIDANCE', rating: 4, notes: null }]);
      expect((await contact.ok(SIGN, { id: another.id })).signOffEvaluation.evaluationSignedOffBy).toEqual({ email: DEMO.contact });
    } finally {
      await setObjectives([]);
    }
    expect((await contact.ok(SIGN, { id: returns.id })).signOffEvaluation.evaluationSignedOffBy).toEqual({ email: DEMO.contact });
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
    const history = (await deputy.ok(`query($p: ID!) { evaluationHistory(partnershipId: $p) { meeting { title } date signedOff average ratings { objective rating } } }`, { p: ids.partnership.zemst }))
      .evaluationHistory;
    expect(history.map((h: Answer) => [h.meeting.title, h.date, h.average])).toEqual([
      [first.title, '2025-03-01', 3],
      [second.title, '2025-09-01', 4.33],
    ]);
    expect(history[0].ratings.map((r: Answer) => r.objective)).toEqual(['SUSTAINABLE_HOUSING', 'GUIDANCE', 'OPERATIONAL_COOPERATION']);
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
      const seen: Answer[] = [];
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
      expect(event!.data.meetingChanged).toEqual({ id: m.id, rsvpCounts: { yes: 1, no: 0, maybe: 0, pending: 2 } });
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
    const seen: Answer[] = [];
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
      let m: Answer = {};
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
      expect(
        volunteerList
          .events()
          .filter((e) => e.meetingId === m.id)
          .at(-1),
      ).toEqual({ meetingId: m.id, meeting: null });
      const before = volunteerList.events().length;
      await contact.ok(`mutation($id: ID!) { cancelMeeting(id: $id) { id } }`, { id: m.id });
      for (let i = 0; i < 40 && !mechelenPage.events().some((e) => e.meetingId === m.id && e.meeting?.status === 'CANCELLED'); i++) await mechelenPage.next();
      expect(mechelenPage.events().some((e) => e.meetingId === m.id && e.meeting?.status === 'CANCELLED')).toBe(true);
      expect(
        volunteerList
          .events()
          .slice(before)
          .map((e) => e.meetingId),
      ).not.toContain(m.id);

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
  it('delivers a file shared on the meeting live to an open meeting page (Meeting.documents); a partner who is not invited sees neither', async () => {
    const m = await schedule({ inviteeIds: [ids.user[DEMO.coordinator]] });
    const cookieSocket = (cookie: string) =>
      class extends WebSocket {
        constructor(address: string | URL, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie } });
        }
      };
    const client = createClient({ url: `${hub.url.replace('http', 'ws')}/graphql`, webSocketImpl: cookieSocket(deputy.cookie!), lazy: true, retryAttempts: 0 });
    const seen: Answer[] = [];
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
      expect(event!.data.meetingChanged.documents.map((d: { name: string }) => d.name)).toEqual(uploaded.slice(0, event!.data.meetingChanged.documents.length));
      expect(codes(await volunteer.gql(`query($id: ID!) { meeting(id: $id) { documents { name } } }`, { id: m.id }))).toEqual(['NOT_FOUND']);
    } finally {
      stop();
      await client.dispose();
    }
  });
});
