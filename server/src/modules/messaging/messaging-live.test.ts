import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type Agent, type Answer, codes, DEMO } from '../../../test/harness.js';
import { MESSAGES, MESSAGE_EVENTS, OPEN, Person, anonymous, as, freshThread, hub, ids, live, ready, sent, uid, useTestHub } from './messaging.test-support.js';
import { MARK } from './messaging-reads.test.js';

/**
 * Messaging: typing, presence, and the live events over graphql-ws (policy per event).
 * (Shared setup and helpers: messaging.test-support.ts.)
 */

useTestHub();

// ---------------------------------------------------------------------------------------------
// Typing and presence
// ---------------------------------------------------------------------------------------------

describe('setTyping and typingEvents', () => {
  const TYPING = `mutation($t: ID!, $on: Boolean!) { setTyping(threadId: $t, typing: $on) }`;
  it('requires sign-in', async () => {
    expect(codes(await anonymous.gql(TYPING, { t: randomUUID(), on: true }))).toEqual(['UNAUTHENTICATED']);
  });

  it('tells the others in the thread, live, not the typist; another partnership gets NOT_FOUND', async () => {
    const { threadId } = await freshThread();
    const contactSub = live(hub, as.contact, `subscription($t: ID!) { typingEvents(threadId: $t) { threadId typing user { id } } }`, { t: threadId });
    const ownSub = live(hub, as.volunteer, `subscription($t: ID!) { typingEvents(threadId: $t) { threadId typing user { id } } }`, { t: threadId });
    try {
      const event = await contactSub.until(
        (e) => e.user.id === uid('volunteer') && e.typing,
        () => as.volunteer.ok(TYPING, { t: threadId, on: true }),
      );
      expect(event).toEqual({ threadId, typing: true, user: { id: uid('volunteer') } });
      // The volunteer's own subscription sees the contact person type, never themselves.
      const other = await ownSub.until(
        (e) => e.user.id === uid('contact'),
        () => as.contact.ok(TYPING, { t: threadId, on: true }),
      );
      expect(other.typing).toBe(true);
      expect(ownSub.data().filter((e) => e.user.id === uid('volunteer'))).toEqual([]);
    } finally {
      await contactSub.close();
      await ownSub.close();
    }
    expect(codes(await as.otherVolunteer.gql(TYPING, { t: threadId, on: true }))).toEqual(['NOT_FOUND']);
    const foreign = live(hub, as.otherVolunteer, `subscription($t: ID!) { typingEvents(threadId: $t) { typing } }`, { t: threadId });
    await foreign.untilEnded();
    expect(foreign.errors().map((e: Answer) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    await foreign.close();
  });

  it('tells typing an internal note to Fedasil staff only; partners may not type one', async () => {
    const { threadId } = await freshThread();
    const INTERNAL = `mutation($t: ID!, $on: Boolean!) { setTyping(threadId: $t, typing: $on, internal: true) }`;
    const EVENTS = `subscription($t: ID!) { typingEvents(threadId: $t) { typing user { id } } }`;
    expect(codes(await as.coordinator.gql(INTERNAL, { t: threadId, on: true }))).toEqual(['FORBIDDEN']);
    const partner = live(hub, as.volunteer, EVENTS, { t: threadId });
    const staff = live(hub, as.deputy, EVENTS, { t: threadId });
    try {
      // Both subscribed: a public "typing" of the coordinator reaches both.
      const coordinatorTyped = (sub: typeof partner) => sub.data().some((e) => e.user.id === uid('coordinator'));
      await partner.until(
        () => coordinatorTyped(partner) && coordinatorTyped(staff),
        () => as.coordinator.ok(TYPING, { t: threadId, on: true }),
      );
      expect(await as.contact.ok(INTERNAL, { t: threadId, on: true })).toEqual({ setTyping: true });
      expect(await as.contact.ok(INTERNAL, { t: threadId, on: false })).toEqual({ setTyping: false });
      // Then a public stop of the coordinator: once it reached the partner, the internal ones were decided on.
      await as.coordinator.ok(TYPING, { t: threadId, on: false });
      await partner.until((e) => e.user.id === uid('coordinator') && !e.typing);
      await staff.until((e) => e.user.id === uid('contact') && !e.typing);
      expect(partner.data().filter((e) => e.user.id === uid('contact'))).toEqual([]);
      expect(staff.data().filter((e) => e.user.id === uid('contact'))).toEqual([
        { typing: true, user: { id: uid('contact') } },
        { typing: false, user: { id: uid('contact') } },
      ]);
    } finally {
      await partner.close();
      await staff.close();
    }
  });
});

describe('heartbeat, threadPresence and presenceEvents', () => {
  const PRESENCE = `query($t: ID!) { threadPresence(threadId: $t) { online lastSeenAt user { id } } }`;
  it('requires sign-in', async () => {
    expect(codes(await anonymous.gql(`mutation { heartbeat }`))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await anonymous.gql(PRESENCE, { t: randomUUID() }))).toEqual(['UNAUTHENTICATED']);
  });

  it('lists the people of the thread with who is online, and publishes coming online and going offline', async () => {
    const { threadId } = await freshThread();
    await as.contact.ok(`mutation { heartbeat(online: false) }`);
    const people = (await as.volunteer.ok(PRESENCE, { t: threadId })).threadPresence;
    const ids_ = people.map((p: Answer) => p.user.id);
    expect(ids_).toEqual(expect.arrayContaining([uid('contact'), uid('deputy'), uid('coordinator'), uid('volunteer')]));
    expect(ids_).not.toContain(uid('otherVolunteer'));
    expect(ids_).not.toContain(uid('admin'));
    expect(people.find((p: Answer) => p.user.id === uid('contact')).online).toBe(false);

    const sub = live(hub, as.volunteer, `subscription($t: ID!) { presenceEvents(threadId: $t) { online user { id } } }`, { t: threadId });
    try {
      const online = await sub.until(
        (e) => e.user.id === uid('contact') && e.online,
        async () => {
          await as.contact.ok(`mutation { heartbeat(online: false) }`);
          await as.contact.ok(`mutation { heartbeat }`);
        },
      );
      expect(online).toBeTruthy();
      const now = (await as.volunteer.ok(PRESENCE, { t: threadId })).threadPresence.find((p: Answer) => p.user.id === uid('contact'));
      expect(now.online).toBe(true);
      expect(now.lastSeenAt).toBeTruthy();
      await as.contact.ok(`mutation { heartbeat(online: false) }`);
      expect(await sub.until((e) => e.user.id === uid('contact') && !e.online)).toBeTruthy();
    } finally {
      await sub.close();
    }
  });

  it("refuses another partnership's thread with NOT_FOUND", async () => {
    const { threadId } = await freshThread();
    expect(codes(await as.otherVolunteer.gql(PRESENCE, { t: threadId }))).toEqual(['NOT_FOUND']);
  });

  it('tells of the people threadPresence lists only: an admin once they wrote a message the subscriber may see', async () => {
    const { threadId } = await freshThread();
    const sub = live(hub, as.volunteer, `subscription($t: ID!) { presenceEvents(threadId: $t) { online user { id } } }`, { t: threadId });
    const toggle = async (agent: Agent) => {
      await agent.ok(`mutation { heartbeat(online: false) }`);
      await agent.ok(`mutation { heartbeat }`);
    };
    const came = (person: Person) => sub.data().some((e) => e.user.id === uid(person) && e.online);
    try {
      // The contact person's coming online is the sentinel: earlier events were decided on.
      await sub.until(
        () => came('contact'),
        async () => {
          await toggle(as.admin);
          await toggle(as.contact);
        },
      );
      expect(came('admin')).toBe(false);
      // An internal note does not make the admin one of the partner's people; a public message does.
      await sent(as.admin, threadId, 'Interne opvolging', { internal: true });
      await toggle(as.admin);
      await as.contact.ok(`mutation { heartbeat(online: false) }`);
      await sub.until((e) => e.user.id === uid('contact') && !e.online);
      expect(came('admin')).toBe(false);
      await sent(as.admin, threadId, 'Welkom van Fedasil');
      await sub.until(
        () => came('admin'),
        () => toggle(as.admin),
      );
      expect(came('admin')).toBe(true);
      expect((await as.volunteer.ok(PRESENCE, { t: threadId })).threadPresence.map((p: Answer) => p.user.id)).toContain(uid('admin'));
    } finally {
      await sub.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Live message events
// ---------------------------------------------------------------------------------------------

describe('messageEvents', () => {
  it('requires sign-in', async () => {
    const sub = live(hub, null, MESSAGE_EVENTS, {});
    await sub.untilEnded();
    expect(sub.closeCode()).toBe(4403);
    expect(sub.data()).toEqual([]);
    await sub.close();
  });

  it('delivers added, edited and deleted messages of the thread, in order', async () => {
    const { threadId } = await freshThread();
    const sub = live(hub, as.contact, MESSAGE_EVENTS, { t: threadId });
    try {
      await ready(sub, as.volunteer, threadId);
      const m = await sent(as.volunteer, threadId, 'Live bericht');
      await as.volunteer.ok(`mutation($input: EditMessageInput!) { editMessage(input: $input) { id } }`, { input: { id: m.id, body: 'Live bericht (aangepast)' } });
      await as.volunteer.ok(`mutation($id: ID!) { deleteMessage(id: $id) { id } }`, { id: m.id });
      await sub.until((e) => e.kind === 'DELETED' && e.message.id === m.id);
      const mine = sub.data().filter((e) => e.message.id === m.id);
      expect(mine).toEqual([
        { kind: 'ADDED', threadId, message: { id: m.id, seq: m.seq, body: 'Live bericht', internal: false, deleted: false, edited: false } },
        { kind: 'EDITED', threadId, message: { id: m.id, seq: m.seq, body: 'Live bericht (aangepast)', internal: false, deleted: false, edited: true } },
        { kind: 'DELETED', threadId, message: { id: m.id, seq: m.seq, body: '', internal: false, deleted: true, edited: false } },
      ]);
    } finally {
      await sub.close();
    }
  });

  it('without threadId delivers every thread the viewer may see (the inbox), and never internal notes to partners', async () => {
    const { threadId } = await freshThread();
    const other = await freshThread();
    const sub = live(hub, as.volunteer, MESSAGE_EVENTS, {});
    const staff = live(hub, as.deputy, MESSAGE_EVENTS, {});
    try {
      await ready(sub, as.contact, threadId);
      await ready(staff, as.contact, threadId);
      await sent(as.contact, threadId, 'Interne nota voor Fedasil', { internal: true });
      const last = await sent(as.contact, other.threadId, 'Publiek in een ander gesprek');
      expect(await sub.until((e) => e.message.id === last.id)).toMatchObject({ kind: 'ADDED', threadId: other.threadId });
      expect(sub.data().filter((e) => e.message.internal)).toEqual([]);
      expect(await staff.until((e) => e.message.id === last.id)).toBeTruthy();
      expect(
        staff
          .data()
          .filter((e) => e.message.internal)
          .map((e) => e.message.body),
      ).toEqual(['Interne nota voor Fedasil']);
    } finally {
      await sub.close();
      await staff.close();
    }
  });

  it("refuses another partnership's thread with NOT_FOUND, and its inbox subscription gets none of its events", async () => {
    const { threadId } = await freshThread();
    const direct = live(hub, as.otherVolunteer, MESSAGE_EVENTS, { t: threadId });
    await direct.untilEnded();
    expect(direct.errors().map((e: Answer) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    await direct.close();

    const liege = (await as.otherContact.ok(OPEN, { p: ids.partnership.liege })).openPartnershipThread.id;
    const inbox = live(hub, as.otherVolunteer, MESSAGE_EVENTS, {});
    try {
      await ready(inbox, as.otherContact, liege);
      await sent(as.volunteer, threadId, 'Niet voor Luik');
      const sentinel = await sent(as.otherContact, liege, 'Sentinelle');
      expect(await inbox.until((e) => e.message.id === sentinel.id)).toBeTruthy();
      expect(inbox.data().filter((e) => e.threadId === threadId)).toEqual([]);
    } finally {
      await inbox.close();
    }
  });

  it("stops at once when the subscriber's organisation leaves the partnership", async () => {
    const { partnershipId, threadId } = await freshThread();
    // A thread the volunteer keeps seeing, to show later events still flow (and in order).
    const keep = (await as.contact.ok(OPEN, { p: ids.partnership.mechelen })).openPartnershipThread.id;
    const sub = live(hub, as.volunteer, MESSAGE_EVENTS, {});
    try {
      await ready(sub, as.contact, threadId);
      await as.contact.ok(`mutation($p: ID!, $o: ID!) { removePartnershipMember(partnershipId: $p, organisationId: $o) { id } }`, { p: partnershipId, o: ids.org['Onthaalgroep Mechelen'] });
      const after = await sent(as.contact, threadId, 'Na het vertrek van de onthaalgroep');
      const sentinel = await sent(as.contact, keep, 'Nog steeds zichtbaar');
      expect(await sub.until((e) => e.message.id === sentinel.id)).toBeTruthy();
      expect(sub.data().filter((e) => e.message.id === after.id)).toEqual([]);
      expect(codes(await as.volunteer.gql(MESSAGES, { t: threadId }))).toEqual(['NOT_FOUND']);
    } finally {
      await sub.close();
    }
  });

  it('ends when the subscriber signs out, and delivers nothing more', async () => {
    const { threadId } = await freshThread();
    const leaving = await hub.as(DEMO.volunteer);
    const sub = live(hub, leaving, MESSAGE_EVENTS, { t: threadId });
    try {
      await ready(sub, as.contact, threadId);
      const before = sub.data().length;
      await leaving.ok(`mutation { signOut }`);
      const ended = await sub.untilEnded(() => sent(as.contact, threadId, 'Na het afmelden'));
      expect(ended).toBe(true);
      expect(sub.data()).toHaveLength(before);
    } finally {
      await sub.close();
    }
  });
});

describe('readStateEvents', () => {
  const READ_EVENTS = `subscription($t: ID) { readStateEvents(threadId: $t) { threadId lastReadSeq user { id } } }`;
  it('requires sign-in', async () => {
    const sub = live(hub, null, READ_EVENTS, {});
    await sub.untilEnded();
    expect(sub.closeCode()).toBe(4403);
    expect(sub.data()).toEqual([]);
    await sub.close();
  });

  it("delivers others' read positions when they send receipts, and the viewer's own always", async () => {
    const { threadId } = await freshThread();
    await sent(as.volunteer, threadId, 'Een');
    await sent(as.volunteer, threadId, 'Twee');
    const sub = live(hub, as.volunteer, READ_EVENTS, { t: threadId });
    try {
      let seq = 0;
      const seen = await sub.until(
        (e) => e.user.id === uid('contact'),
        async () => {
          // Read positions only move forward: the first call publishes, later ones are no-ops; send more to move again.
          seq += 1;
          if (seq > 2) await sent(as.volunteer, threadId, `Meer ${seq}`);
          await as.contact.ok(MARK, { t: threadId, seq });
        },
      );
      expect(seen).toMatchObject({ threadId, user: { id: uid('contact') } });
      await as.coordinator.ok(`mutation { updateMessagingSettings(sendReadReceipts: false) { sendReadReceipts } }`);
      try {
        await as.coordinator.ok(MARK, { t: threadId, seq: 100 });
        const own = await sub.until(
          (e) => e.user.id === uid('volunteer'),
          async () => {
            const m = await sent(as.contact, threadId, 'Voor de vrijwilliger');
            await as.volunteer.ok(MARK, { t: threadId, seq: m.seq });
          },
        );
        expect(own).toBeTruthy();
        expect(sub.data().filter((e) => e.user.id === uid('coordinator'))).toEqual([]);
      } finally {
        await as.coordinator.ok(`mutation { updateMessagingSettings(sendReadReceipts: true) { sendReadReceipts } }`);
      }
    } finally {
      await sub.close();
    }
  });

  it("refuses another partnership's thread with NOT_FOUND", async () => {
    const { threadId } = await freshThread();
    const sub = live(hub, as.otherVolunteer, READ_EVENTS, { t: threadId });
    await sub.untilEnded();
    expect(sub.errors().map((e: Answer) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    await sub.close();
  });
});
