/** The authorization matrix's rows for the meeting module's root operations. */
import { expect } from 'vitest';
import { type Answer, DEMO } from '../harness.js';
import { type SignedIn, ok, error, UNAUTHENTICATED, NOT_FOUND, FORBIDDEN, SOCKET_REFUSED, type OperationSpec, observeSubscription } from './table.js';
import { partnershipMatrix } from './expected.js';
import { meetingFixture, arrivingSoonFixture } from './fixtures.js';
import { own, demoPartnershipId, emailOf } from './cases.js';

export const MEETING_ROWS: Record<string, OperationSpec> = {
  // "own": an evaluation of Onthaalgroep Mechelen scheduled by contact@, with coordinator@ and
  // volunteer@ invited (deputy@ is Fedasil staff of the partnership, not invited); "other": one of
  // Liège Accueil by contact.wallonie@ with its own partners; "ownNotInvited": Mechelen, partners not invited.
  'Query.meetings': {
    targets: ['own', 'other'],
    query: `query($p: ID) { meetings(partnershipId: $p) { title } }`,
    vars: async (c) => {
      c.fixture.meeting = await meetingFixture(c, c.target!);
      return { p: demoPartnershipId(c) };
    },
    expect: (() => {
      const listed = ok((ms, c) => expect(ms.map((m: Answer) => m.title)).toContain(c.fixture.meeting.title));
      return partnershipMatrix({ admin: listed, contact: listed, deputy: listed, coordinator: listed, volunteer: listed });
    })(),
  },

  'Query.meeting': {
    targets: ['own', 'ownNotInvited', 'other'],
    query: `query($id: ID!) { meeting(id: $id) { title kind } }`,
    vars: async (c) => {
      c.fixture.meeting = await meetingFixture(c, c.target === 'other' ? 'other' : 'own', { invitePartners: c.target !== 'ownNotInvited' });
      return { id: c.fixture.meeting.id };
    },
    expect: (() => {
      const seen = ok((m, c) => expect(m).toEqual({ title: c.fixture.meeting.title, kind: 'EVALUATION' }));
      const staff = { own: seen, ownNotInvited: seen, other: NOT_FOUND };
      const partner = { own: seen, ownNotInvited: NOT_FOUND, other: NOT_FOUND };
      return { anonymous: UNAUTHENTICATED, admin: seen, contact: staff, deputy: staff, coordinator: partner, volunteer: partner };
    })(),
  },

  'Query.meetingInviteeOptions': {
    targets: ['own', 'other'],
    query: `query($p: [ID!]!) { meetingInviteeOptions(partnershipIds: $p) { email } }`,
    vars: (c) => ({ p: [demoPartnershipId(c)] }),
    expect: (() => {
      const people = ok((us, c) => {
        const emails = us.map((u: Answer) => u.email);
        expect(emails).toEqual(
          expect.arrayContaining(own(c) ? [DEMO.admin, DEMO.contact, DEMO.coordinator, DEMO.volunteer] : [DEMO.admin, DEMO.otherContact, DEMO.otherCoordinator, DEMO.otherVolunteer]),
        );
        expect(emails).not.toContain(own(c) ? DEMO.otherCoordinator : DEMO.coordinator);
      });
      return partnershipMatrix({ admin: people, contact: people, deputy: people, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Query.proposedAgendaItems': {
    targets: ['own', 'other'],
    query: `query($id: ID!) { proposedAgendaItems(meetingId: $id) { key sourceUrl } }`,
    vars: async (c) => {
      c.fixture.meeting = await meetingFixture(c, c.target!);
      c.fixture.household = await arrivingSoonFixture(c, c.target!);
      return { id: c.fixture.meeting.id };
    },
    expect: (() => {
      const proposed = ok((ps, c) => expect(ps).toContainEqual({ key: `HOUSEHOLD:${c.fixture.household.id}`, sourceUrl: `/households/${c.fixture.household.id}` }));
      return partnershipMatrix({ admin: proposed, contact: proposed, deputy: proposed, coordinator: proposed, volunteer: proposed });
    })(),
  },

  'Query.myActionItems': {
    query: `query { myActionItems { title overdue } }`,
    vars: async (c) => {
      if (c.actor === 'anonymous') return {};
      const me = emailOf(c.actor);
      c.fixture.meeting = await meetingFixture(c, 'own', { extraInvitees: [me], actionFor: me });
      return {};
    },
    expect: (() => {
      const mine = ok((items, c) => expect(items).toContainEqual({ title: c.fixture.meeting.actionTitle, overdue: false }));
      return { anonymous: UNAUTHENTICATED, admin: mine, contact: mine, deputy: mine, coordinator: mine, volunteer: mine };
    })(),
  },

  'Query.evaluationHistory': {
    targets: ['own', 'other'],
    query: `query($p: ID!) { evaluationHistory(partnershipId: $p) { meeting { title } ratings { objective rating } } }`,
    vars: async (c) => {
      c.fixture.meeting = await meetingFixture(c, c.target!, { scores: true });
      return { p: demoPartnershipId(c) };
    },
    expect: (() => {
      const history = ok((entries, c) =>
        expect(entries).toContainEqual({
          meeting: { title: c.fixture.meeting.title },
          ratings: [
            { objective: 'SUSTAINABLE_HOUSING', rating: 4 },
            { objective: 'GUIDANCE', rating: 3 },
            { objective: 'OPERATIONAL_COOPERATION', rating: 5 },
          ],
        }),
      );
      return partnershipMatrix({ admin: history, contact: history, deputy: history, coordinator: history, volunteer: history });
    })(),
  },

  'Query.calendarFeed': {
    query: `query { calendarFeed { active } }`,
    expect: (() => {
      const status = ok((s) => expect(s).toEqual({ active: expect.any(Boolean) }));
      return { anonymous: UNAUTHENTICATED, admin: status, contact: status, deputy: status, coordinator: status, volunteer: status };
    })(),
  },

  'Mutation.scheduleMeeting': {
    targets: ['own', 'other'],
    query: `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { title startsAtLocal } }`,
    vars: (c) => {
      c.fixture.title = c.env.fx.unique('Evaluation');
      return {
        input: {
          kind: 'EVALUATION',
          title: c.fixture.title,
          partnershipIds: [demoPartnershipId(c)],
          startsAt: '2027-02-10T14:00',
          endsAt: '2027-02-10T15:30',
          place: 'Bruul 5, Mechelen',
          inviteeIds: [],
        },
      };
    },
    expect: (() => {
      const scheduled = ok((m, c) => expect(m).toEqual({ title: c.fixture.title, startsAtLocal: '2027-02-10T14:00' }));
      return partnershipMatrix({ admin: scheduled, contact: scheduled, deputy: scheduled, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.updateMeeting': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { updateMeeting(id: $id, input: { startsAt: "2027-03-01T09:00", endsAt: "2027-03-01T10:00" }) { startsAtLocal sequence } }`,
    vars: async (c) => ({ id: (c.fixture.meeting = await meetingFixture(c, c.target!)).id }),
    expect: (() => {
      const moved = ok((m) => expect(m).toEqual({ startsAtLocal: '2027-03-01T09:00', sequence: 1 }));
      return partnershipMatrix({ admin: moved, contact: moved, deputy: moved, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.cancelMeeting': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { cancelMeeting(id: $id, reason: "Illness") { status cancelReason } }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!)).id }),
    expect: (() => {
      const cancelled = ok((m) => expect(m).toEqual({ status: 'CANCELLED', cancelReason: 'Illness' }));
      return partnershipMatrix({ admin: cancelled, contact: cancelled, deputy: cancelled, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.respondToMeeting': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { respondToMeeting(meetingId: $id, response: MAYBE) { response } }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!)).id }),
    expect: (() => {
      const answered = ok((i) => expect(i).toEqual({ response: 'MAYBE' }));
      // Admins and deputy@ see the meeting but are not invited.
      const NOT_INVITED = error('NOT_INVITED');
      return partnershipMatrix({ admin: NOT_INVITED, contact: answered, deputy: NOT_INVITED, coordinator: answered, volunteer: answered });
    })(),
  },

  'Mutation.addAgendaItem': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { addAgendaItem(meetingId: $id, input: { title: "Housing market" }) { title position author { email } } }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!)).id }),
    expect: (() => {
      const added = ok((a, c) => expect(a).toEqual({ title: 'Housing market', position: 1, author: { email: emailOf(c.actor as SignedIn) } }));
      return partnershipMatrix({ admin: added, contact: added, deputy: added, coordinator: added, volunteer: added });
    })(),
  },

  'Mutation.addProposedAgendaItem': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!, $key: ID!) { addProposedAgendaItem(meetingId: $id, key: $key) { sourceType sourceId sourceUrl } }`,
    vars: async (c) => {
      const m = await meetingFixture(c, c.target!);
      c.fixture.household = await arrivingSoonFixture(c, c.target!);
      return { id: m.id, key: `HOUSEHOLD:${c.fixture.household.id}` };
    },
    expect: (() => {
      const added = ok((a, c) => expect(a).toEqual({ sourceType: 'HOUSEHOLD', sourceId: c.fixture.household.id, sourceUrl: `/households/${c.fixture.household.id}` }));
      return partnershipMatrix({ admin: added, contact: added, deputy: added, coordinator: added, volunteer: added });
    })(),
  },

  'Mutation.updateAgendaItem': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { updateAgendaItem(id: $id, input: { title: "Renamed item" }) { title } }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!, { agendaByPartner: true })).agendaItemId }),
    expect: (() => {
      const changed = ok((a) => expect(a).toEqual({ title: 'Renamed item' }));
      // The item is coordinator@'s (own): its author and the Fedasil staff may change it.
      return partnershipMatrix({ admin: changed, contact: changed, deputy: changed, coordinator: changed, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.removeAgendaItem': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { removeAgendaItem(id: $id) }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!, { agendaByPartner: true })).agendaItemId }),
    expect: (() => {
      const removed = ok((v) => expect(v).toBe(true));
      return partnershipMatrix({ admin: removed, contact: removed, deputy: removed, coordinator: removed, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.reorderAgendaItems': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!, $items: [ID!]!) { reorderAgendaItems(meetingId: $id, itemIds: $items) { id position } }`,
    vars: async (c) => {
      const m = await meetingFixture(c, c.target!, { agendaByPartner: true, secondAgendaItem: true });
      c.fixture.items = [m.secondAgendaItemId, m.agendaItemId];
      return { id: m.id, items: c.fixture.items };
    },
    expect: (() => {
      const reordered = ok((items, c) =>
        expect(items).toEqual([
          { id: c.fixture.items[0], position: 1 },
          { id: c.fixture.items[1], position: 2 },
        ]),
      );
      return partnershipMatrix({ admin: reordered, contact: reordered, deputy: reordered, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.recordAttendance': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!, $u: ID!) { recordAttendance(meetingId: $id, entries: [{ userId: $u, attendance: EXCUSED }]) { invitees { user { id } attendance } } }`,
    vars: async (c) => {
      const m = await meetingFixture(c, c.target!);
      c.fixture.userId = c.env.ids.user[own(c) ? DEMO.coordinator : DEMO.otherCoordinator];
      return { id: m.id, u: c.fixture.userId };
    },
    expect: (() => {
      const recorded = ok((m, c) => expect(m.invitees).toContainEqual({ user: { id: c.fixture.userId }, attendance: 'EXCUSED' }));
      return partnershipMatrix({ admin: recorded, contact: recorded, deputy: recorded, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.addDecision': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { addDecision(meetingId: $id, input: { text: "Quarterly meetings" }) { text } }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!)).id }),
    expect: (() => {
      const added = ok((d) => expect(d).toEqual({ text: 'Quarterly meetings' }));
      return partnershipMatrix({ admin: added, contact: added, deputy: added, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.removeDecision': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { removeDecision(id: $id) }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!, { decision: true })).decisionId }),
    expect: (() => {
      const removed = ok((v) => expect(v).toBe(true));
      return partnershipMatrix({ admin: removed, contact: removed, deputy: removed, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.addActionItem': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!, $u: ID!) { addActionItem(meetingId: $id, input: { title: "Send the lease", assigneeId: $u, dueDate: "2027-01-15" }) { title status assignee { id } } }`,
    vars: async (c) => {
      const m = await meetingFixture(c, c.target!);
      c.fixture.userId = c.env.ids.user[own(c) ? DEMO.coordinator : DEMO.otherCoordinator];
      return { id: m.id, u: c.fixture.userId };
    },
    expect: (() => {
      const added = ok((a, c) => expect(a).toEqual({ title: 'Send the lease', status: 'OPEN', assignee: { id: c.fixture.userId } }));
      return partnershipMatrix({ admin: added, contact: added, deputy: added, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.updateActionItem': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { updateActionItem(id: $id, input: { status: DONE }) { status overdue } }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!, { actionFor: own(c) ? DEMO.coordinator : DEMO.otherCoordinator })).actionItemId }),
    expect: (() => {
      const done = ok((a) => expect(a).toEqual({ status: 'DONE', overdue: false }));
      // The assignee (coordinator@ on own) and the Fedasil staff may mark it done.
      return partnershipMatrix({ admin: done, contact: done, deputy: done, coordinator: done, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.removeActionItem': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { removeActionItem(id: $id) }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!, { actionFor: own(c) ? DEMO.coordinator : DEMO.otherCoordinator })).actionItemId }),
    expect: (() => {
      const removed = ok((v) => expect(v).toBe(true));
      return partnershipMatrix({ admin: removed, contact: removed, deputy: removed, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.saveEvaluation': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { saveEvaluation(meetingId: $id, scores: [{ objective: GUIDANCE, rating: 4, notes: "Good follow-up" }]) { evaluation { objective rating notes } } }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!)).id }),
    expect: (() => {
      const saved = ok((m) => expect(m.evaluation).toEqual([{ objective: 'GUIDANCE', rating: 4, notes: 'Good follow-up' }]));
      return partnershipMatrix({ admin: saved, contact: saved, deputy: saved, coordinator: FORBIDDEN, volunteer: FORBIDDEN });
    })(),
  },

  'Mutation.signOffEvaluation': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { signOffEvaluation(meetingId: $id) { evaluationSignedOffBy { email } } }`,
    vars: async (c) => ({ id: (await meetingFixture(c, c.target!, { scores: true, signedOff: false })).id }),
    expect: (() => {
      const signed = ok((m, c) => expect(m).toEqual({ evaluationSignedOffBy: { email: emailOf(c.actor as SignedIn) } }));
      // The contact person (or deputy) of the partnership signs off; not an admin who is neither.
      return {
        anonymous: UNAUTHENTICATED,
        admin: FORBIDDEN,
        contact: { own: signed, other: NOT_FOUND },
        deputy: { own: signed, other: NOT_FOUND },
        coordinator: { own: FORBIDDEN, other: NOT_FOUND },
        volunteer: { own: FORBIDDEN, other: NOT_FOUND },
      };
    })(),
  },

  'Mutation.rotateCalendarFeed': {
    query: `mutation { rotateCalendarFeed { url } }`,
    expect: (() => {
      const made = ok((f) => expect(f.url).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/));
      return { anonymous: UNAUTHENTICATED, admin: made, contact: made, deputy: made, coordinator: made, volunteer: made };
    })(),
  },

  'Mutation.revokeCalendarFeed': {
    query: `mutation { revokeCalendarFeed }`,
    vars: async (c) => {
      if (c.actor !== 'anonymous') await c.agent.ok(`mutation { rotateCalendarFeed { url } }`);
      return {};
    },
    expect: (() => {
      const revoked = ok((v) => expect(v).toBe(true));
      return { anonymous: UNAUTHENTICATED, admin: revoked, contact: revoked, deputy: revoked, coordinator: revoked, volunteer: revoked };
    })(),
  },

  'Subscription.meetingChanged': {
    targets: ['own', 'other'],
    query: `subscription($id: ID!) { meetingChanged(meetingId: $id) { title agenda { title } } }`,
    vars: async (c) => {
      c.fixture.meeting = await meetingFixture(c, c.target!);
      return { id: c.fixture.meeting.id };
    },
    // The change: an agenda item added by an admin (Fedasil staff of every meeting).
    run: (c, vars) =>
      observeSubscription(
        c,
        MEETING_ROWS['Subscription.meetingChanged'].query,
        vars,
        () => c.env.agents.admin.ok(`mutation($id: ID!) { addAgendaItem(meetingId: $id, input: { title: "Live item" }) { id } }`, { id: c.fixture.meeting.id }),
        (data) => data.meetingChanged?.title === c.fixture.meeting.title,
      ),
    expect: (() => {
      const received = ok((m, c) => {
        expect(m.title).toBe(c.fixture.meeting.title);
        expect(m.agenda[0]).toEqual({ title: 'Live item' });
      });
      return { ...partnershipMatrix({ admin: received, contact: received, deputy: received, coordinator: received, volunteer: received }), anonymous: SOCKET_REFUSED };
    })(),
  },

  'Subscription.meetingsChanged': {
    targets: ['own', 'other'],
    query: `subscription($p: ID) { meetingsChanged(partnershipId: $p) { meetingId meeting { title agenda { title } } } }`,
    vars: async (c) => {
      c.fixture.meeting = await meetingFixture(c, c.target!);
      return { p: demoPartnershipId(c) };
    },
    // The change: an agenda item added by an admin (Fedasil staff of every meeting) to a fresh meeting of the partnership.
    run: (c, vars) =>
      observeSubscription(
        c,
        MEETING_ROWS['Subscription.meetingsChanged'].query,
        vars,
        () => c.env.agents.admin.ok(`mutation($id: ID!) { addAgendaItem(meetingId: $id, input: { title: "Live item" }) { id } }`, { id: c.fixture.meeting.id }),
        (data) => data.meetingsChanged?.meetingId === c.fixture.meeting.id,
      ),
    expect: (() => {
      const received = ok((change, c) => {
        expect(change.meetingId).toBe(c.fixture.meeting.id);
        expect(change.meeting.title).toBe(c.fixture.meeting.title);
        expect(change.meeting.agenda[0]).toEqual({ title: 'Live item' });
      });
      return { ...partnershipMatrix({ admin: received, contact: received, deputy: received, coordinator: received, volunteer: received }), anonymous: SOCKET_REFUSED };
    })(),
  },
};
