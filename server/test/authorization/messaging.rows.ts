/** The authorization matrix's rows for the messaging module's root operations. */
import { expect } from 'vitest';
import { type Answer, DEMO } from '../harness.js';
import { SIGNED_IN, ok, error, UNAUTHENTICATED, NOT_FOUND, FORBIDDEN, SOCKET_REFUSED, type OperationSpec, observeSubscription } from './table.js';
import { partnershipMatrix } from './expected.js';
import { own, demoPartnershipId, otherParticipant } from './cases.js';

export const MESSAGING_ROWS: Record<string, OperationSpec> = {
  // Fixture threads are subject threads of the demo own (Mechelen) or other (Liège) partnership;
  // their messages are written by a person of that partnership who is not the actor under test.
  'Query.threads': {
    targets: ['own', 'other'],
    query: `query($p: ID) { threads(partnershipId: $p, first: 100) { edges { node { id subject } } } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target!);
      Object.assign(c.fixture, t);
      return { p: t.partnershipId };
    },
    expect: (() => {
      const listed = ok((page, c) => expect(page.edges.map((e: Answer) => e.node)).toContainEqual({ id: c.fixture.id, subject: c.fixture.subject }));
      return partnershipMatrix({ admin: listed, contact: listed, deputy: listed, coordinator: listed, volunteer: listed });
    })(),
  },

  'Query.thread': {
    targets: ['own', 'other'],
    query: `query($id: ID!) { thread(id: $id) { subject viewerCan { post postInternal } } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target!);
      Object.assign(c.fixture, t);
      return { id: t.id };
    },
    expect: (() => {
      const staff = ok((t, c) => expect(t).toEqual({ subject: c.fixture.subject, viewerCan: { post: true, postInternal: true } }));
      const partner = ok((t, c) => expect(t).toEqual({ subject: c.fixture.subject, viewerCan: { post: true, postInternal: false } }));
      return partnershipMatrix({ admin: staff, contact: staff, deputy: staff, coordinator: partner, volunteer: partner });
    })(),
  },

  'Query.messages': {
    targets: ['own', 'other'],
    query: `query($t: ID!) { messages(threadId: $t) { messages { body internal } } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target!);
      const staff = own(c) ? DEMO.contact : DEMO.otherContact;
      const partner = own(c) ? DEMO.coordinator : DEMO.otherCoordinator;
      c.fixture.public = (await c.env.fx.message(t.id, partner)).body;
      c.fixture.note = (await c.env.fx.message(t.id, staff, { internal: true })).body;
      return { t: t.id };
    },
    expect: (() => {
      // Internal notes are for Fedasil staff only.
      const both = ok((page, c) =>
        expect(page.messages).toEqual([
          { body: c.fixture.public, internal: false },
          { body: c.fixture.note, internal: true },
        ]),
      );
      const publicOnly = ok((page, c) => expect(page.messages).toEqual([{ body: c.fixture.public, internal: false }]));
      return partnershipMatrix({ admin: both, contact: both, deputy: both, coordinator: publicOnly, volunteer: publicOnly });
    })(),
  },

  'Query.threadChanges': {
    targets: ['own', 'other'],
    query: `query($t: ID!) { threadChanges(threadId: $t, afterChangeSeq: 0) { messages { body changeSeq } } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target!);
      c.fixture.note = (await c.env.fx.message(t.id, own(c) ? DEMO.contact : DEMO.otherContact, { internal: true })).body;
      c.fixture.public = (await c.env.fx.message(t.id, own(c) ? DEMO.coordinator : DEMO.otherCoordinator)).body;
      return { t: t.id };
    },
    expect: (() => {
      const both = ok((page, c) =>
        expect(page.messages).toEqual([
          { body: c.fixture.note, changeSeq: 1 },
          { body: c.fixture.public, changeSeq: 2 },
        ]),
      );
      // Partners number only what they may see: the public message is their first change, no gap.
      const publicOnly = ok((page, c) => expect(page.messages).toEqual([{ body: c.fixture.public, changeSeq: 1 }]));
      return partnershipMatrix({ admin: both, contact: both, deputy: both, coordinator: publicOnly, volunteer: publicOnly });
    })(),
  },

  'Query.unreadMessageCount': {
    // Counted before and after a public message and an internal note in a fresh thread of the own
    // partnership, and a public message in one of the other partnership.
    query: `{ unreadMessageCount }`,
    vars: async (c) => {
      c.fixture.before = c.actor === 'anonymous' ? 0 : (await c.agent.ok(`{ unreadMessageCount }`)).unreadMessageCount;
      const mine = await c.env.fx.thread('own');
      const other = await c.env.fx.thread('other');
      await c.env.fx.message(mine.id, DEMO.coordinator);
      await c.env.fx.message(mine.id, c.actor === 'admin' ? DEMO.deputy : DEMO.admin, { internal: true });
      await c.env.fx.message(other.id, DEMO.otherCoordinator);
      return {};
    },
    expect: (() => {
      const plus = (own_: number, otherToo: boolean) => ok((n, c) => expect(n).toBe(c.fixture.before + own_ + (otherToo ? 1 : 0)));
      return {
        anonymous: UNAUTHENTICATED,
        admin: plus(2, true),
        contact: plus(2, false),
        deputy: plus(2, false),
        // The coordinator wrote the public message themselves; a volunteer sees it but not the note.
        coordinator: plus(0, false),
        volunteer: plus(1, false),
      };
    })(),
  },
  'Query.threadPresence': {
    targets: ['own', 'other'],
    query: `query($t: ID!) { threadPresence(threadId: $t) { online user { email } } }`,
    vars: async (c) => ({ t: (await c.env.fx.thread(c.target!)).id }),
    expect: (() => {
      const people = ok((list, c) => {
        const emails = list.map((p: Answer) => p.user.email);
        expect(emails).toEqual(expect.arrayContaining(own(c) ? [DEMO.contact, DEMO.deputy, DEMO.coordinator, DEMO.volunteer] : [DEMO.otherContact, DEMO.otherCoordinator, DEMO.otherVolunteer]));
        expect(emails).not.toContain(own(c) ? DEMO.otherVolunteer : DEMO.volunteer);
        for (const p of list as Answer[]) expect(typeof p.online).toBe('boolean');
      });
      return partnershipMatrix({ admin: people, contact: people, deputy: people, coordinator: people, volunteer: people });
    })(),
  },

  'Query.messagingSettings': {
    query: `{ messagingSettings { sendReadReceipts } }`,
    expect: { anonymous: UNAUTHENTICATED, ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((s) => expect(s).toEqual({ sendReadReceipts: true }))])) } as OperationSpec['expect'],
  },

  'Mutation.openPartnershipThread': {
    targets: ['own', 'other'],
    query: `mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { kind partnership { name } } }`,
    vars: async (c) => {
      const p = await c.env.fx.partnership(c.target!);
      c.fixture.name = p.name;
      return { p: p.id };
    },
    expect: (() => {
      const opened = ok((t, c) => expect(t).toEqual({ kind: 'PARTNERSHIP', partnership: { name: c.fixture.name } }));
      return partnershipMatrix({ admin: opened, contact: opened, deputy: opened, coordinator: opened, volunteer: opened });
    })(),
  },

  'Mutation.openHouseholdThread': {
    targets: ['own', 'other'],
    query: `mutation($h: ID!) { openHouseholdThread(householdId: $h) { kind household { reference } } }`,
    vars: async (c) => {
      const h = await c.env.fx.household(c.target!, 'planned');
      c.fixture.reference = h.reference;
      return { h: h.id };
    },
    expect: (() => {
      const opened = ok((t, c) => expect(t).toEqual({ kind: 'HOUSEHOLD', household: { reference: c.fixture.reference } }));
      return partnershipMatrix({ admin: opened, contact: opened, deputy: opened, coordinator: opened, volunteer: opened });
    })(),
  },

  'Mutation.startThread': {
    targets: ['own', 'other'],
    query: `mutation($input: StartThreadInput!) { startThread(input: $input) { kind subject } }`,
    vars: (c) => {
      c.fixture.subject = c.env.fx.unique('Subject');
      return { input: { partnershipId: demoPartnershipId(c), subject: c.fixture.subject } };
    },
    expect: (() => {
      const started = ok((t, c) => expect(t).toEqual({ kind: 'SUBJECT', subject: c.fixture.subject }));
      return partnershipMatrix({ admin: started, contact: started, deputy: started, coordinator: started, volunteer: started });
    })(),
  },

  'Mutation.sendMessage': {
    targets: ['own', 'other', 'ownInternal', 'ownAttachment', 'ownAttachmentOfSomeoneElse'],
    query: `mutation($input: SendMessageInput!) { sendMessage(input: $input) { seq body internal attachments { name } } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target === 'other' ? 'other' : 'own');
      c.fixture.body = c.env.fx.unique('Sent');
      const input: Record<string, unknown> = { threadId: t.id, clientId: c.env.fx.unique('client-id'), body: c.fixture.body, internal: c.target === 'ownInternal' };
      if (c.target === 'ownAttachment' || c.target === 'ownAttachmentOfSomeoneElse') {
        // A pending attachment in the thread: the actor's own, or (someone else's) the coordinator's, or the volunteer's for the coordinator.
        const uploader = c.target === 'ownAttachment' && c.actor !== 'anonymous' ? DEMO[c.actor] : c.actor === 'coordinator' ? DEMO.volunteer : DEMO.coordinator;
        const d = await c.env.fx.pendingAttachment(t.id, uploader);
        c.fixture.attachment = d.name;
        input.attachmentIds = [d.id];
      }
      return { input };
    },
    expect: (() => {
      const sent = ok((m, c) => expect(m).toEqual({ seq: 1, body: c.fixture.body, internal: false, attachments: [] }));
      const note = ok((m, c) => expect(m).toEqual({ seq: 1, body: c.fixture.body, internal: true, attachments: [] }));
      const attached = ok((m, c) => expect(m).toEqual({ seq: 1, body: c.fixture.body, internal: false, attachments: [{ name: c.fixture.attachment }] }));
      // Only one's own pending files: someone else's is as if it did not exist.
      const unavailable = error('ATTACHMENT_UNAVAILABLE');
      const mine = { ownAttachment: attached, ownAttachmentOfSomeoneElse: unavailable };
      return {
        anonymous: UNAUTHENTICATED,
        admin: { own: sent, other: sent, ownInternal: note, ...mine },
        contact: { own: sent, other: NOT_FOUND, ownInternal: note, ...mine },
        deputy: { own: sent, other: NOT_FOUND, ownInternal: note, ...mine },
        // Internal notes are for Fedasil staff only.
        coordinator: { own: sent, other: NOT_FOUND, ownInternal: FORBIDDEN, ...mine },
        volunteer: { own: sent, other: NOT_FOUND, ownInternal: FORBIDDEN, ...mine },
      };
    })(),
  },

  'Mutation.editMessage': {
    targets: ['own', 'other', 'ownBySomeoneElse'],
    query: `mutation($input: EditMessageInput!) { editMessage(input: $input) { body edited } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target === 'other' ? 'other' : 'own');
      const author = c.actor === 'anonymous' || c.target === 'ownBySomeoneElse' ? (c.actor === 'coordinator' ? DEMO.volunteer : DEMO.coordinator) : DEMO[c.actor];
      const m = await c.env.fx.message(t.id, author);
      return { input: { id: m.id, body: 'Edited text' } };
    },
    expect: (() => {
      const edited = ok((m) => expect(m).toEqual({ body: 'Edited text', edited: true }));
      const someoneElse = error('NOT_MESSAGE_AUTHOR');
      return {
        anonymous: UNAUTHENTICATED,
        admin: { own: edited, other: edited, ownBySomeoneElse: someoneElse },
        contact: { own: edited, other: NOT_FOUND, ownBySomeoneElse: someoneElse },
        deputy: { own: edited, other: NOT_FOUND, ownBySomeoneElse: someoneElse },
        coordinator: { own: edited, other: NOT_FOUND, ownBySomeoneElse: someoneElse },
        volunteer: { own: edited, other: NOT_FOUND, ownBySomeoneElse: someoneElse },
      };
    })(),
  },

  'Mutation.deleteMessage': {
    targets: ['own', 'other', 'ownBySomeoneElse'],
    query: `mutation($id: ID!) { deleteMessage(id: $id) { body deleted } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target === 'other' ? 'other' : 'own');
      const author = c.actor === 'anonymous' || c.target === 'ownBySomeoneElse' ? (c.actor === 'coordinator' ? DEMO.volunteer : DEMO.coordinator) : DEMO[c.actor];
      return { id: (await c.env.fx.message(t.id, author)).id };
    },
    expect: (() => {
      const deleted = ok((m) => expect(m).toEqual({ body: '', deleted: true }));
      const someoneElse = error('NOT_MESSAGE_AUTHOR');
      return {
        anonymous: UNAUTHENTICATED,
        admin: { own: deleted, other: deleted, ownBySomeoneElse: someoneElse },
        contact: { own: deleted, other: NOT_FOUND, ownBySomeoneElse: someoneElse },
        deputy: { own: deleted, other: NOT_FOUND, ownBySomeoneElse: someoneElse },
        coordinator: { own: deleted, other: NOT_FOUND, ownBySomeoneElse: someoneElse },
        volunteer: { own: deleted, other: NOT_FOUND, ownBySomeoneElse: someoneElse },
      };
    })(),
  },

  'Mutation.markThreadRead': {
    targets: ['own', 'other'],
    query: `mutation($t: ID!) { markThreadRead(threadId: $t, seq: 1) { viewerLastReadSeq unreadCount } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target!);
      await c.env.fx.message(t.id, own(c) ? DEMO.coordinator : DEMO.otherCoordinator);
      return { t: t.id };
    },
    expect: (() => {
      const read = ok((t) => expect(t).toEqual({ viewerLastReadSeq: 1, unreadCount: 0 }));
      return partnershipMatrix({ admin: read, contact: read, deputy: read, coordinator: read, volunteer: read });
    })(),
  },

  'Mutation.muteThread': {
    targets: ['own', 'other'],
    query: `mutation($t: ID!) { muteThread(threadId: $t, muted: true) { muted } }`,
    vars: async (c) => ({ t: (await c.env.fx.thread(c.target!)).id }),
    expect: (() => {
      const muted = ok((t) => expect(t).toEqual({ muted: true }));
      return partnershipMatrix({ admin: muted, contact: muted, deputy: muted, coordinator: muted, volunteer: muted });
    })(),
  },

  'Mutation.updateMessagingSettings': {
    query: `mutation { updateMessagingSettings(sendReadReceipts: true) { sendReadReceipts } }`,
    expect: { anonymous: UNAUTHENTICATED, ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((s) => expect(s).toEqual({ sendReadReceipts: true }))])) } as OperationSpec['expect'],
  },

  'Mutation.setTyping': {
    targets: ['own', 'other'],
    query: `mutation($t: ID!) { setTyping(threadId: $t, typing: true) }`,
    vars: async (c) => ({ t: (await c.env.fx.thread(c.target!)).id }),
    expect: (() => {
      const typing = ok((v) => expect(v).toBe(true));
      return partnershipMatrix({ admin: typing, contact: typing, deputy: typing, coordinator: typing, volunteer: typing });
    })(),
  },

  'Mutation.heartbeat': {
    query: `mutation { heartbeat }`,
    expect: { anonymous: UNAUTHENTICATED, ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((v) => expect(v).toBe(true))])) } as OperationSpec['expect'],
  },

  'Subscription.messageEvents': {
    targets: ['own', 'other'],
    query: `subscription($t: ID) { messageEvents(threadId: $t) { kind message { body } } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target!);
      Object.assign(c.fixture, { threadId: t.id, body: c.env.fx.unique('Live') });
      return { t: t.id };
    },
    // The change: a message sent to that thread by its contact person (own) or an admin (other).
    run: (c, vars) =>
      observeSubscription(
        c,
        MESSAGING_ROWS['Subscription.messageEvents'].query,
        vars,
        () =>
          (own(c) ? c.env.agents.contact : c.env.agents.admin).ok(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`, {
            input: { threadId: c.fixture.threadId, clientId: c.env.fx.unique('client-id'), body: c.fixture.body },
          }),
        (data) => data.messageEvents?.message.body === c.fixture.body,
      ),
    expect: (() => {
      const received = ok((e, c) => expect(e).toEqual({ kind: 'ADDED', message: { body: c.fixture.body } }));
      return { ...partnershipMatrix({ admin: received, contact: received, deputy: received, coordinator: received, volunteer: received }), anonymous: SOCKET_REFUSED };
    })(),
  },

  'Subscription.typingEvents': {
    targets: ['own', 'other'],
    query: `subscription($t: ID!) { typingEvents(threadId: $t) { typing user { email } } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target!);
      c.fixture.threadId = t.id;
      return { t: t.id };
    },
    // The change: someone else in the thread starts typing.
    run: async (c, vars) => {
      const other = await otherParticipant(c);
      c.fixture.email = other.email;
      return observeSubscription(
        c,
        MESSAGING_ROWS['Subscription.typingEvents'].query,
        vars,
        () => other.agent.ok(`mutation($t: ID!) { setTyping(threadId: $t, typing: true) }`, { t: c.fixture.threadId }),
        (data) => data.typingEvents?.user.email === other.email,
      );
    },
    expect: (() => {
      const received = ok((e, c) => expect(e).toEqual({ typing: true, user: { email: c.fixture.email } }));
      return { ...partnershipMatrix({ admin: received, contact: received, deputy: received, coordinator: received, volunteer: received }), anonymous: SOCKET_REFUSED };
    })(),
  },

  'Subscription.readStateEvents': {
    targets: ['own', 'other'],
    query: `subscription($t: ID) { readStateEvents(threadId: $t) { lastReadSeq user { email } } }`,
    vars: async (c) => {
      const t = await c.env.fx.thread(c.target!);
      c.fixture.threadId = t.id;
      return { t: t.id };
    },
    // The change: someone else in the thread reads a new message (read positions only move forward).
    run: async (c, vars) => {
      const other = await otherParticipant(c);
      c.fixture.email = other.email;
      const author = own(c) ? DEMO.coordinator : DEMO.otherCoordinator;
      return observeSubscription(
        c,
        MESSAGING_ROWS['Subscription.readStateEvents'].query,
        vars,
        async () => {
          const m = await c.env.fx.message(c.fixture.threadId, author);
          await other.agent.ok(`mutation($t: ID!, $s: Int!) { markThreadRead(threadId: $t, seq: $s) { id } }`, { t: c.fixture.threadId, s: m.seq });
        },
        (data) => data.readStateEvents?.user.email === other.email,
      );
    },
    expect: (() => {
      const received = ok((e, c) => {
        expect(e.user).toEqual({ email: c.fixture.email });
        expect(e.lastReadSeq).toBeGreaterThan(0);
      });
      return { ...partnershipMatrix({ admin: received, contact: received, deputy: received, coordinator: received, volunteer: received }), anonymous: SOCKET_REFUSED };
    })(),
  },

  'Subscription.presenceEvents': {
    targets: ['own', 'other'],
    query: `subscription($t: ID!) { presenceEvents(threadId: $t) { online user { email } } }`,
    vars: async (c) => ({ t: (await c.env.fx.thread(c.target!)).id }),
    // The change: someone else of the thread's people (as threadPresence lists them: the contact
    // person or deputy of its partnership) goes offline and comes back online.
    run: async (c, vars) => {
      const other = !own(c)
        ? { agent: await c.env.hub.as(DEMO.otherContact), email: DEMO.otherContact }
        : c.actor === 'contact'
          ? { agent: c.env.agents.deputy, email: DEMO.deputy }
          : { agent: c.env.agents.contact, email: DEMO.contact };
      c.fixture.email = other.email;
      return observeSubscription(
        c,
        MESSAGING_ROWS['Subscription.presenceEvents'].query,
        vars,
        async () => {
          await other.agent.ok(`mutation { heartbeat(online: false) }`);
          await other.agent.ok(`mutation { heartbeat }`);
        },
        (data) => data.presenceEvents?.user.email === other.email && data.presenceEvents.online,
      );
    },
    expect: (() => {
      const received = ok((e, c) => expect(e).toEqual({ online: true, user: { email: c.fixture.email } }));
      return { ...partnershipMatrix({ admin: received, contact: received, deputy: received, coordinator: received, volunteer: received }), anonymous: SOCKET_REFUSED };
    })(),
  },
};
