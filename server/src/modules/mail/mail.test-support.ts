/**
 * The mail tests' shared set-up (mail.test.ts, mail-reports.test.ts): a hub with the demo data, a real SMTP
 * server beside it, the outbox delivered on demand, and helpers to read what the server received.
 */
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { createContext } from '../../app/context.js';
import { type Agent, DEMO, demoIds, startTestHub, type TestHub } from '../../../test/harness.js';
import { startSmtp, type ReceivedMail, type TestSmtp } from '../../../test/smtp.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Partnership, PartnershipMember } from '../partnership/partnership.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';
import { meetingInviteForMail } from '../meeting/index.js';
import { deliverDue, type MailTransport, smtpTransport } from '../outbox/index.js';
import { OutboxMessage } from '../outbox/outbox.entity.js';

export let hub: TestHub;
export let smtp: TestSmtp;
export let transport: MailTransport;
export let ids: Awaited<ReturnType<typeof demoIds>>;

/** A hub with the demo data and a real SMTP server beside it, for the file's tests (one per test file). */
export function useMailHub(): void {
  beforeAll(async () => {
    hub = await startTestHub();
    ids = await demoIds(hub);
    smtp = await startSmtp();
    transport = smtpTransport(smtp.url, 'Partner Hub <hub@partnerhub.test>');
  });
  afterAll(async () => {
    transport?.close();
    await smtp?.stop();
    await hub?.close();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

export const deliver = (now = new Date(), target: TestHub = hub, via: MailTransport = transport) =>
  deliverDue({ orm: target.orm, services: target.server.services, transport: via, renderInvite: meetingInviteForMail }, now);
export const systemCtx = (target: TestHub = hub) => createContext({ viewer: null, em: target.orm.em.fork(), ip: 'test', cookies: null, app: target.server.services });
export const uid = (email: string) => ids.user[email];
export const outboxRows = (to: string) => hub.orm.em.fork().find(OutboxMessage, { to }, { orderBy: { createdAt: 'asc', id: 'asc' } });
export const text = (m: ReceivedMail) => m.parsed.text ?? '';
export const html = (m: ReceivedMail) => (typeof m.parsed.html === 'string' ? m.parsed.html : '');
export const header = (m: ReceivedMail, name: string) => {
  const line = m.parsed.headerLines.find((h) => h.key === name.toLowerCase());
  return line ? line.line.slice(line.line.indexOf(':') + 1).trim() : undefined;
};

export async function setLanguage(email: string, language: 'nl' | 'fr' | 'en') {
  await hub.orm.em.fork().nativeUpdate(User, { email }, { language });
}

/** Sends everything due and forgets what the SMTP server got so far (a clean start for a case). */
export async function drain() {
  smtp.refuseAll(null);
  await deliver(new Date(Date.now() + 365 * 24 * 3600_000));
  smtp.received.length = 0;
}

let n = 0;
/** The name of the partnership freshPartnership() made last. */
export const lastFixtureName = () => `Mail fixture ${n}`;
/** A copy of Mechelen: same contact person, deputy and member organisations. */
export async function freshPartnership(): Promise<string> {
  const em = hub.orm.em.fork();
  const p = em.create(Partnership, {
    name: `Mail fixture ${++n}`,
    programme: await em.findOneOrFail(Programme, { code: 'RESETTLEMENT' }),
    track: 'COMMUNITY_SPONSORSHIP',
    status: 'ACTIVE',
    contactPerson: em.getReference(User, uid(DEMO.contact)),
    deputy: em.getReference(User, uid(DEMO.deputy)),
  });
  ['Samen Thuis vzw', 'Onthaalgroep Mechelen'].forEach((m, i) => em.create(PartnershipMember, { partnership: p, organisation: em.getReference(Organisation, ids.org[m]), lead: i === 0 }));
  await em.flush();
  return p.id;
}

export const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`;
export async function mechelenThread(as: Agent): Promise<string> {
  return (await as.ok(`mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { id } }`, { p: ids.partnership.mechelen })).openPartnershipThread.id;
}
