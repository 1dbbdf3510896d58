/**
 * Email, end to end with a real SMTP server in the process (smtp-server, parsed with mailparser):
 * the four mails of "Done when" (invitation, mention, feedback round sent back, meeting scheduled),
 * recipients, language, links, List-Unsubscribe and the one-click unsubscribe, the .ics invite and
 * its updates, the plain-text part; the delivery queue's faults (451 then accepted, the server down
 * across a restart, 550 refused, giving up after the last attempt, an admin's retry). Overdue
 * reports and the daily digest: mail-reports.test.ts. (Shared set-up: mail.test-support.ts.)
 */
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import { type Answer, codes, DEMO, startTestHub } from '../../../test/harness.js';
import { startSmtp, freePort, type ReceivedMail } from '../../../test/smtp.js';
import { FeedbackRound } from '../feedback/feedback.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { User } from '../user/user.entity.js';
import { BACKOFF_BASE_MS, MAX_ATTEMPTS, smtpTransport } from '../outbox/index.js';
import { OutboxMessage } from '../outbox/outbox.entity.js';
import {
  deliver,
  drain,
  freshPartnership,
  header,
  html,
  hub,
  ids,
  mechelenThread,
  outboxRows,
  SEND,
  setLanguage,
  smtp,
  text,
  transport,
  uid,
  lastFixtureName,
  useMailHub,
} from './mail.test-support.js';

useMailHub();

describe('the four mails of "Done when"', () => {
  it('an invitation: to the invitee, in the chosen language, HTML and plain text, with the link to accept', async () => {
    await drain();
    const admin = await hub.as(DEMO.admin);
    await admin.ok(`mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`, {
      input: { email: 'New.Staff@Mail.example', name: 'Nouvelle Collègue', role: 'CONTACT_PERSON', language: 'fr' },
    });
    expect(await deliver()).toBeGreaterThanOrEqual(1);
    const [mail, ...more] = smtp.to('new.staff@mail.example');
    expect(more).toEqual([]);
    expect(mail.parsed.subject).toBe('Invitation à Partner Hub');
    expect(mail.parsed.from?.text).toContain('hub@partnerhub.test');
    expect(header(mail, 'Auto-Submitted')).toBe('auto-generated');
    expect(mail.parsed.messageId).toBe(`<${(await outboxRows('new.staff@mail.example'))[0].id}@localhost>`);
    expect(text(mail)).toContain('Bonjour Nouvelle Collègue');
    expect(text(mail)).toMatch(/http:\/\/localhost:4000\/invitation\/[\w-]{20,}/);
    expect(html(mail)).toMatch(/<a href="http:\/\/localhost:4000\/invitation\/[\w-]{20,}"/);
    expect(html(mail)).toContain('lang="fr"');
    // The link works: the token in the mail opens the invitation.
    const token = /\/invitation\/([\w-]+)/.exec(text(mail))![1];
    expect((await hub.agent().ok(`query($t: String!) { invitation(token: $t) { email } }`, { t: token })).invitation.email).toBe('new.staff@mail.example');
    // The outbox row is marked sent, once.
    const [row] = await outboxRows('new.staff@mail.example');
    expect(row).toMatchObject({ status: 'SENT', attempts: 1, kind: 'INVITATION', lastError: null });
  });

  it('a mention: at once to the contact person (their default), no message text, a deep link, RFC 8058 unsubscribe that works without signing in', async () => {
    await drain();
    const coordinator = await hub.as(DEMO.coordinator);
    const threadId = await mechelenThread(coordinator);
    await coordinator.ok(SEND, { input: { threadId, clientId: randomUUID(), body: '@Koen Vertrouwelijk: medische situatie van de familie', mentionIds: [uid(DEMO.contact)] } });
    await deliver();
    const mails = smtp.to(DEMO.contact);
    expect(mails).toHaveLength(1);
    const mail = mails[0];
    expect(mail.parsed.subject).toBe('Lotte Claes noemde je');
    expect(text(mail)).toContain('Beste Koen Janssens');
    expect(text(mail)).toContain('Lotte Claes noemde je in een gesprek.');
    expect(text(mail)).toContain(`http://localhost:4000/messages/${threadId}`);
    expect(html(mail)).toContain(`href="http://localhost:4000/messages/${threadId}"`);
    // No special-category data: the message's words are not in the mail.
    expect(mail.raw).not.toMatch(/Vertrouwelijk|medische/);
    // The volunteer (also in the thread) gets nothing at once: volunteers get the digest.
    expect(smtp.to(DEMO.volunteer)).toEqual([]);

    const unsubscribe = /^<(http:\/\/localhost:4000\/unsubscribe\/[^>]+)>$/.exec(header(mail, 'List-Unsubscribe') ?? '')?.[1];
    expect(unsubscribe).toBeDefined();
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(text(mail)).toContain(unsubscribe);
    const path = new URL(unsubscribe!).pathname;

    // Opening the link changes nothing; a forged token is refused.
    const page = await fetch(`${hub.url}${path}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Deze mails stoppen');
    const forged = await fetch(`${hub.url}${path.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}`, { method: 'POST' });
    expect(forged.status).toBe(404);
    const contact = await hub.as(DEMO.contact);
    const SETTINGS = `{ emailSettings { kinds { kind mode isDefault } } }`;
    const mode = async () => (await contact.ok(SETTINGS)).emailSettings.kinds.find((k: { kind: string }) => k.kind === 'MENTION');
    expect(await mode()).toEqual({ kind: 'MENTION', mode: 'IMMEDIATE', isDefault: true });

    // One click, as a mail client does it (RFC 8058): a POST with List-Unsubscribe=One-Click, no cookie.
    const done = await fetch(`${hub.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Vermeldingen');
    expect(await mode()).toEqual({ kind: 'MENTION', mode: 'NEVER', isDefault: false });

    // The next mention: the bell still rings, no mail.
    await coordinator.ok(SEND, { input: { threadId, clientId: randomUUID(), body: '@Koen nog eens', mentionIds: [uid(DEMO.contact)] } });
    await deliver();
    expect(smtp.to(DEMO.contact)).toHaveLength(1);
    const bell = await contact.ok(`{ notifications(first: 5) { edges { node { kind sourceId } } } }`);
    expect(bell.notifications.edges.filter((e: Answer) => e.node.kind === 'MENTION' && e.node.sourceId === threadId)).toHaveLength(2);
  });

  it('a feedback round sent back: to the submitter and coordinators, in their language, linking to the round, without the note', async () => {
    await drain();
    await setLanguage(DEMO.coordinator, 'en');
    try {
      const partnershipId = await freshPartnership();
      const em = hub.orm.em.fork();
      const round = em.create(FeedbackRound, {
        partnership: em.getReference(Partnership, partnershipId),
        periodStart: '2026-10-01',
        periodEnd: '2026-10-31',
        dueDate: '2026-11-15',
        status: 'SUBMITTED',
        answers: [
          { objective: 'SUSTAINABLE_HOUSING', status: 'ON_TRACK', text: 'x' },
          { objective: 'GUIDANCE', status: 'ON_TRACK', text: null },
          { objective: 'OPERATIONAL_COOPERATION', status: 'ON_TRACK', text: null },
        ],
        submittedBy: em.getReference(User, uid(DEMO.volunteer)),
      });
      await em.flush();
      const contact = await hub.as(DEMO.contact);
      await contact.ok(`mutation($id: ID!, $note: String!) { sendBackFeedbackRound(id: $id, note: $note) { status } }`, { id: round.id, note: 'Gevoelige toelichting over een gezin' });
      await deliver();

      const [mail, ...more] = smtp.to(DEMO.coordinator);
      expect(more).toEqual([]);
      const name = lastFixtureName();
      expect(mail.parsed.subject).toBe(`Feedback sent back for revision: ${name} · 2026-10-01 – 2026-10-31`);
      expect(text(mail)).toContain('Koen Janssens sent a feedback round back for revision');
      const link = `http://localhost:4000/partnerships/${partnershipId}?round=${round.id}#feedback`;
      expect(text(mail)).toContain(link);
      expect(html(mail)).toContain(`href="${link.replace(/&/g, '&amp;')}"`);
      expect(mail.raw).not.toMatch(/Gevoelige|toelichting/);
      // The volunteer who submitted it: the digest (nothing now). The bell agrees: both were notified.
      expect(smtp.to(DEMO.volunteer)).toEqual([]);
      const rows = (await hub.orm.em.fork().getConnection().execute(`select recipient_id from notification where kind = 'FEEDBACK_SENT_BACK' and source_id = ?`, [round.id])) as {
        recipient_id: string;
      }[];
      expect(rows.map((r) => r.recipient_id).sort()).toEqual([uid(DEMO.coordinator), uid(DEMO.volunteer)].sort());
      const waiting = (await hub.orm.em
        .fork()
        .getConnection()
        .execute(`select user_id from digest_item where kind = 'FEEDBACK_SENT_BACK' and link like ?`, [`%${round.id}%`])) as { user_id: string }[];
      expect(waiting.map((r) => r.user_id)).toEqual([uid(DEMO.volunteer)]);
    } finally {
      await setLanguage(DEMO.coordinator, 'nl');
    }
  });

  it('a meeting scheduled: the invite as .ics (METHOD:REQUEST); an update keeps the UID with a higher SEQUENCE; a cancellation is METHOD:CANCEL', async () => {
    await drain();
    await setLanguage(DEMO.coordinator, 'fr');
    try {
      const contact = await hub.as(DEMO.contact);
      const input = {
        kind: 'EVALUATION',
        title: 'Evaluatie Mechelen (mail)',
        partnershipIds: [ids.partnership.mechelen],
        startsAt: '2027-01-15T10:00',
        endsAt: '2027-01-15T11:30',
        place: 'Bruul 5, Mechelen',
        inviteeIds: [uid(DEMO.coordinator), uid(DEMO.volunteer)],
      };
      const meeting = (await contact.ok(`mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id sequence } }`, { input })).scheduleMeeting;
      await deliver();
      const [invite, ...more] = smtp.to(DEMO.coordinator);
      expect(more).toEqual([]);
      expect(invite.parsed.subject).toBe('Invitation : Evaluatie Mechelen (mail) (2027-01-15)');
      expect(text(invite)).toContain('Koen Janssens vous a invité à une réunion');
      expect(text(invite)).toContain(`http://localhost:4000/meetings/${meeting.id}`);
      const ics = (m: ReceivedMail) => {
        const file = m.parsed.attachments.find((a) => a.filename === 'invite.ics');
        expect(file, 'an invite.ics attachment').toBeDefined();
        const cal = new ICAL.Component(ICAL.parse(file!.content.toString('utf8')));
        const event = cal.getFirstSubcomponent('vevent')!;
        return {
          method: cal.getFirstPropertyValue('method'),
          uid: event.getFirstPropertyValue('uid'),
          sequence: Number(event.getFirstPropertyValue('sequence') ?? 0),
          summary: event.getFirstPropertyValue('summary'),
        };
      };
      const first = ics(invite);
      expect(first).toMatchObject({ method: 'REQUEST', uid: `meeting-${meeting.id}@partner-hub.fedasil`, summary: 'Evaluatie Mechelen (mail)' });
      // The volunteer: in the digest (their default), not now.
      expect(smtp.to(DEMO.volunteer)).toEqual([]);

      await contact.ok(`mutation($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { sequence } }`, {
        id: meeting.id,
        input: { startsAt: '2027-01-15T14:00', endsAt: '2027-01-15T15:30' },
      });
      await deliver();
      const update = smtp.to(DEMO.coordinator)[1];
      expect(update.parsed.subject).toBe('Modifiée : Evaluatie Mechelen (mail) (2027-01-15)');
      const second = ics(update);
      expect(second).toMatchObject({ method: 'REQUEST', uid: first.uid });
      expect(second.sequence).toBeGreaterThan(first.sequence);

      await contact.ok(`mutation($id: ID!) { cancelMeeting(id: $id) { status } }`, { id: meeting.id });
      await deliver();
      const cancel = smtp.to(DEMO.coordinator)[2];
      const third = ics(cancel);
      expect(third).toMatchObject({ method: 'CANCEL', uid: first.uid });
      expect(third.sequence).toBeGreaterThan(second.sequence);
      expect(smtp.to(DEMO.coordinator)).toHaveLength(3);
    } finally {
      await setLanguage(DEMO.coordinator, 'nl');
    }
  });
});

describe('the delivery queue', () => {
  async function queueFor(email: string): Promise<OutboxMessage> {
    // A password reset is an easy mail to cause.
    await hub.agent().ok(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: email });
    return (await outboxRows(email)).at(-1)!;
  }

  it('451 then accepted: retried after the backoff, delivered once', async () => {
    await drain();
    const queued = await queueFor(DEMO.deputy);
    smtp.refuseNext(451);
    const t0 = new Date();
    expect(await deliver(t0)).toBe(0);
    let [row] = await hub.orm.em.fork().find(OutboxMessage, { id: queued.id });
    expect(row).toMatchObject({ status: 'QUEUED', attempts: 1 });
    expect(row.lastError).toContain('451');
    expect(row.nextAttemptAt!.getTime()).toBe(t0.getTime() + BACKOFF_BASE_MS);
    // Not before its time.
    expect(await deliver(new Date(t0.getTime() + BACKOFF_BASE_MS - 1))).toBe(0);
    expect(await deliver(new Date(t0.getTime() + BACKOFF_BASE_MS))).toBe(1);
    expect(await deliver(new Date(t0.getTime() + 10 * BACKOFF_BASE_MS))).toBe(0);
    expect(smtp.to(DEMO.deputy)).toHaveLength(1);
    [row] = await hub.orm.em.fork().find(OutboxMessage, { id: queued.id });
    expect(row).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
  });

  it('the mail server down across a restart of the hub: nothing lost, delivered once after', async () => {
    await drain();
    const port = await freePort();
    const down = await startSmtp({ port, listen: false });
    const first = smtpTransport(down.url, 'hub@partnerhub.test');
    const queued = await queueFor(DEMO.admin);
    const t0 = new Date();
    expect(await deliver(t0, hub, first)).toBe(0);
    const [row] = await hub.orm.em.fork().find(OutboxMessage, { id: queued.id });
    expect(row).toMatchObject({ status: 'QUEUED', attempts: 1 });
    expect(row.lastError).toMatch(/ECONNREFUSED|ECONNECTION/);
    first.close();

    // "Restart": a second hub process on the same database, and the mail server back.
    const restarted = await startTestHub({ shareDatabaseWith: hub });
    const second = smtpTransport(down.url, 'hub@partnerhub.test');
    try {
      await down.start();
      expect(await deliver(new Date(t0.getTime() + BACKOFF_BASE_MS), restarted, second)).toBeGreaterThanOrEqual(1);
      expect(await deliver(new Date(t0.getTime() + 100 * BACKOFF_BASE_MS), restarted, second)).toBe(0);
      expect(await deliver(new Date(t0.getTime() + 100 * BACKOFF_BASE_MS), hub, transport)).toBe(0);
      expect(down.to(DEMO.admin)).toHaveLength(1);
      const [after] = await hub.orm.em.fork().find(OutboxMessage, { id: queued.id });
      expect(after).toMatchObject({ status: 'SENT', attempts: 2 });
    } finally {
      second.close();
      await down.stop();
      await restarted.server.close();
      await new Promise((r) => restarted.server.httpServer.close(r));
      await restarted.orm.close(true);
    }
  });

  it('550: failed at once with the error kept, not retried; an admin can queue it again', async () => {
    await drain();
    const queued = await queueFor(DEMO.otherContact);
    smtp.refuseNext(550);
    const t0 = new Date();
    expect(await deliver(t0)).toBe(0);
    expect(await deliver(new Date(t0.getTime() + 1000 * BACKOFF_BASE_MS))).toBe(0);
    expect(smtp.to(DEMO.otherContact)).toEqual([]);

    const admin = await hub.as(DEMO.admin);
    const OUTBOX = `{ outbox { id to status attempts lastError sentAt kind } }`;
    const listed = (await admin.ok(OUTBOX)).outbox.find((m: { id: string }) => m.id === queued.id);
    expect(listed).toMatchObject({ to: DEMO.otherContact, status: 'FAILED', attempts: 1, sentAt: null, kind: 'PASSWORD_RESET' });
    expect(listed.lastError).toContain('550');
    const failedOnly = (await admin.ok(`{ outbox(status: FAILED) { id status } }`)).outbox;
    expect(failedOnly).toContainEqual({ id: queued.id, status: 'FAILED' });
    expect(failedOnly.every((m: { status: string }) => m.status === 'FAILED')).toBe(true);
    expect((await admin.ok(`{ outbox(status: SENT) { id } }`)).outbox).not.toContainEqual({ id: queued.id });

    const RETRY = `mutation($id: ID!) { retryOutboxMessage(id: $id) { id status attempts lastError } }`;
    const retried = (await admin.ok(RETRY, { id: queued.id })).retryOutboxMessage;
    expect(retried).toMatchObject({ status: 'QUEUED', attempts: 0 });
    expect(await deliver()).toBe(1);
    expect(smtp.to(DEMO.otherContact)).toHaveLength(1);
    // With real email, the reset link in the outbox is withheld from admins (it is the recipient's alone).
    const BODY = `{ outbox { id body } }`;
    const bodyOf = async () => (await admin.ok(BODY)).outbox.find((m: { id: string }) => m.id === queued.id).body as string;
    expect(await bodyOf()).toMatch(/\/reset-password\/[\w-]{40,}/);
    hub.config.smtpUrl = smtp.url;
    try {
      expect(await bodyOf()).not.toMatch(/\/reset-password\/[\w-]{40,}/);
      expect(await bodyOf()).toContain('/reset-password/[withheld: sent to the recipient only]');
    } finally {
      delete hub.config.smtpUrl;
    }
    // Only a failed one can be retried.
    expect(codes(await admin.gql(RETRY, { id: queued.id }))).toEqual(['OUTBOX_NOT_RETRYABLE']);
    expect(codes(await admin.gql(RETRY, { id: randomUUID() }))).toEqual(['NOT_FOUND']);
  });

  it('a transient error that never ends: failed after the last attempt, the backoff doubling', async () => {
    await drain();
    const queued = await queueFor(DEMO.volunteer);
    smtp.refuseAll(421);
    let at = Date.now();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await deliver(new Date(at))).toBe(0);
      const [row] = await hub.orm.em.fork().find(OutboxMessage, { id: queued.id });
      expect(row.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(row.status).toBe('QUEUED');
        waits.push(row.nextAttemptAt!.getTime() - at);
        at = row.nextAttemptAt!.getTime();
      } else {
        expect(row.status).toBe('FAILED');
        expect(row.lastError).toContain('421');
      }
    }
    expect(waits.slice(0, 3)).toEqual([BACKOFF_BASE_MS, 2 * BACKOFF_BASE_MS, 4 * BACKOFF_BASE_MS]);
    smtp.refuseAll(null);
    expect(await deliver(new Date(at + 1000 * BACKOFF_BASE_MS))).toBe(0);
    expect(smtp.to(DEMO.volunteer)).toEqual([]);
  });
});
