/** The authorization matrix's rows for the notification module's root operations. */
import { Notification } from '../../src/modules/notification/notification.entity.js';
import { NOTIFICATION_KINDS } from '@partner-hub/shared';
import { expect } from 'vitest';
import { type SignedIn, SIGNED_IN, ok, UNAUTHENTICATED, NOT_FOUND, SOCKET_REFUSED, type OperationSpec, observeSubscription } from './table.js';
import { own, emailOf } from './cases.js';

export const NOTIFICATION_ROWS: Record<string, OperationSpec> = {
  'Query.notifications': {
    query: `{ notifications(first: 10) { totalCount edges { node { excerpt kind readAt } } } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      // Each person's own only (the setup made one for every demo person).
      ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((page) => expect(page).toEqual({ totalCount: 1, edges: [{ node: { excerpt: `For ${emailOf(a)}`, kind: 'FEEDBACK_DUE', readAt: null } }] }))])),
    } as OperationSpec['expect'],
  },

  'Query.unreadNotificationCount': {
    query: `{ unreadNotificationCount }`,
    expect: { anonymous: UNAUTHENTICATED, ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((count) => expect(count).toBe(1))])) } as OperationSpec['expect'],
  },

  'Query.notificationPreferences': {
    query: `{ notificationPreferences { kind enabled } }`,
    expect: {
      anonymous: UNAUTHENTICATED,
      ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((prefs) => expect(prefs).toEqual(NOTIFICATION_KINDS.map((kind) => ({ kind, enabled: true }))))])),
    } as OperationSpec['expect'],
  },

  'Mutation.markNotificationRead': {
    targets: ['own', 'other'],
    query: `mutation($id: ID!) { markNotificationRead(id: $id) { excerpt readAt } }`,
    vars: async (c) => {
      // Other: someone else's notification (a coordinator of Mechelen's own member organisation).
      const recipient = c.actor !== 'anonymous' && own(c) ? emailOf(c.actor) : (await c.env.fx.user('COORDINATOR', 'Samen Thuis vzw')).id;
      return { id: (await c.env.fx.notification(recipient, 'Mark me')).id };
    },
    expect: (() => {
      const read = ok((n) => expect(n).toEqual({ excerpt: 'Mark me', readAt: expect.any(String) }));
      // A notification is its recipient's alone: another person's is NOT_FOUND, also for an admin.
      return { anonymous: UNAUTHENTICATED, ...Object.fromEntries(SIGNED_IN.map((a) => [a, { own: read, other: NOT_FOUND }])) } as OperationSpec['expect'];
    })(),
  },

  'Mutation.markAllNotificationsRead': {
    query: `mutation { markAllNotificationsRead }`,
    vars: async (c) => {
      const other = await c.env.fx.user('COORDINATOR', 'Samen Thuis vzw');
      Object.assign(c.fixture, { other: (await c.env.fx.notification(other.id)).recipientId });
      if (c.actor !== 'anonymous') {
        await c.env.fx.notification(emailOf(c.actor));
        await c.env.fx.notification(emailOf(c.actor));
      }
      return {};
    },
    expect: (() => {
      const marked = ok(async (count, c) => {
        expect(count).toBeGreaterThanOrEqual(2);
        const em = c.env.hub.orm.em.fork();
        expect(await em.count(Notification, { recipient: c.env.ids.user[emailOf(c.actor as SignedIn)], readAt: null })).toBe(0);
        expect(await em.count(Notification, { recipient: c.fixture.other, readAt: null }), 'another person’s stay unread').toBe(1);
      });
      return { anonymous: UNAUTHENTICATED, ...Object.fromEntries(SIGNED_IN.map((a) => [a, marked])) } as OperationSpec['expect'];
    })(),
  },

  'Mutation.setNotificationPreference': {
    query: `mutation { setNotificationPreference(kind: MEETING_UPDATED, enabled: false) { kind enabled } }`,
    expect: { anonymous: UNAUTHENTICATED, ...Object.fromEntries(SIGNED_IN.map((a) => [a, ok((p) => expect(p).toEqual({ kind: 'MEETING_UPDATED', enabled: false }))])) } as OperationSpec['expect'],
  },

  'Subscription.notificationAdded': {
    // Own only: the viewer is told of a step in a fresh round (see notification.test.ts for others' events not arriving).
    query: `subscription { notificationAdded { kind excerpt } }`,
    vars: async (c) => {
      const who = c.actor;
      Object.assign(c.fixture, { partnershipId: (await c.env.fx.partnership('own')).id, fedasil: who === 'admin' || who === 'contact' || who === 'deputy' });
      // Fedasil staff are told of a submission as the partnership's contact person.
      if (c.fixture.fedasil) await c.env.fx.feedbackRound('own', 'OPEN', { partnershipId: c.fixture.partnershipId, contactPerson: emailOf(who as SignedIn) });
      return {};
    },
    run: (c, vars) =>
      observeSubscription(
        c,
        NOTIFICATION_ROWS['Subscription.notificationAdded'].query,
        vars,
        async () => {
          if (c.fixture.fedasil) {
            const r = await c.env.fx.feedbackRound('own', 'OPEN', { partnershipId: c.fixture.partnershipId });
            await c.env.agents.volunteer.ok(
              `mutation($r: ID!) { submitFeedbackRound(input: { roundId: $r, answers: [{ objective: SUSTAINABLE_HOUSING, status: ON_TRACK }, { objective: GUIDANCE, status: ON_TRACK }, { objective: OPERATIONAL_COOPERATION, status: ON_TRACK }] }) { id } }`,
              { r: r.id },
            );
          } else {
            // The partner is told when the round they submitted is sent back.
            const r = await c.env.fx.feedbackRound('own', 'SUBMITTED', { partnershipId: c.fixture.partnershipId, submittedBy: c.actor === 'anonymous' ? undefined : emailOf(c.actor) });
            await c.env.agents.contact.ok(`mutation($r: ID!) { sendBackFeedbackRound(id: $r, note: "Again") { id } }`, { r: r.id });
          }
        },
        (data) => typeof data.notificationAdded?.excerpt === 'string' && data.notificationAdded.excerpt.startsWith('Mechelen copy'),
      ),
    expect: {
      anonymous: SOCKET_REFUSED,
      admin: ok((n) => expect(n.kind).toBe('FEEDBACK_SUBMITTED')),
      contact: ok((n) => expect(n.kind).toBe('FEEDBACK_SUBMITTED')),
      deputy: ok((n) => expect(n.kind).toBe('FEEDBACK_SUBMITTED')),
      coordinator: ok((n) => expect(n.kind).toBe('FEEDBACK_SENT_BACK')),
      volunteer: ok((n) => expect(n.kind).toBe('FEEDBACK_SENT_BACK')),
    },
  },
};
