import type { EntityManager, MikroORM } from '@mikro-orm/core';
import nodemailer from 'nodemailer';
import { type AppServices, type Context, createContext } from '../../app/context.js';
import type { Logger } from '../../app/logger.js';
import { OutboxMessage } from './outbox.entity.js';

/** Attempts per message before it is marked failed. */
export const MAX_ATTEMPTS = 8;
/** The wait after the first failed attempt; it doubles with each further one (1, 2, 4 ... minutes), up to the cap. */
export const BACKOFF_BASE_MS = 60_000;
export const BACKOFF_CAP_MS = 6 * 3600_000;
/** How long a worker holds a message it is sending (a crashed worker's claim runs out). */
const CLAIM_MS = 5 * 60_000;

export const backoffMs = (attempt: number) => Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));

/** What the worker hands to the SMTP server. */
export interface OutgoingMail {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
  ics: { method: 'REQUEST' | 'CANCEL'; content: string } | null;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Host part of the Message-ID: the public address's host, else the hub's name. */
const messageIdHost = (publicUrl: string) => {
  try {
    return new URL(publicUrl).hostname || 'partner-hub';
  } catch {
    return 'partner-hub';
  }
};

/** SMTP through nodemailer: one connection per message (nothing to keep alive between rare mails). */
export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  // Fail fast on a server that does not answer; the queue retries later.
  const transporter = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }, { from });
  return {
    async send(mail) {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
        messageId: mail.messageId,
        headers: mail.headers,
        // Both a text/calendar alternative (calendar clients act on it) and an invite.ics attachment.
        icalEvent: mail.ics ? { method: mail.ics.method, filename: 'invite.ics', content: mail.ics.content } : undefined,
      });
    },
    close: () => transporter.close(),
  };
}

/** Transient: the server may accept later (4xx, connection refused, timeouts). Permanent: 5xx. */
export function isTransient(error: unknown): boolean {
  const code = (error as { responseCode?: unknown })?.responseCode;
  if (typeof code === 'number') return code < 500;
  return true;
}

const describe = (error: unknown) => {
  const e = error as { responseCode?: number; code?: string; response?: string; message?: string };
  return (e.response ?? e.message ?? String(error)).slice(0, 1000) + (e.code ? ` (${e.code})` : '');
};

/** Renders a queued meeting invite as the meeting is at delivery; null when the meeting is gone. */
export type InviteRenderer = (ctx: Context, meetingId: string, method: 'REQUEST' | 'CANCEL') => Promise<OutgoingMail['ics']>;

export interface DeliveryDeps {
  orm: MikroORM;
  services: AppServices;
  transport: MailTransport;
  /** The meeting module's meetingInviteForMail, handed in by app/server.ts (outbox sits below meeting and does not import it). */
  renderInvite: InviteRenderer;
}

/**
 * Sends the messages due at `now`, oldest first. Each is claimed with a conditional update (its
 * attempt count as version), so two workers never send the same one; it is marked sent right after
 * the server accepted it. A transient error schedules the next attempt with exponential backoff;
 * a permanent one, or the last attempt, marks it failed with the error kept.
 * Returns how many were accepted.
 */
export async function deliverDue(deps: DeliveryDeps, now = new Date(), limit = 50): Promise<number> {
  const em = deps.orm.em.fork();
  const due = await em.find(
    OutboxMessage,
    { status: 'QUEUED', $and: [{ $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: now } }] }, { $or: [{ lockedUntil: null }, { lockedUntil: { $lt: now } }] }] },
    { orderBy: { nextAttemptAt: 'asc', id: 'asc' }, limit },
  );
  let sent = 0;
  for (const m of due) {
    const attempt = m.attempts + 1;
    const claimed = await em.nativeUpdate(OutboxMessage, { id: m.id, status: 'QUEUED', attempts: m.attempts }, { attempts: attempt, lockedUntil: new Date(now.getTime() + CLAIM_MS) });
    if (claimed !== 1) continue;
    try {
      const mail = await outgoing(em, deps, m);
      await deps.transport.send(mail);
      await em.nativeUpdate(OutboxMessage, { id: m.id }, { status: 'SENT', sentAt: now, lockedUntil: null, lastError: null });
      sent++;
      deps.services.logger.info('outbox: email sent', { id: m.id, kind: m.kind ?? null, attempt });
    } catch (error) {
      const final = !isTransient(error) || attempt >= MAX_ATTEMPTS;
      const lastError = describe(error);
      await em.nativeUpdate(
        OutboxMessage,
        { id: m.id },
        final ? { status: 'FAILED', lockedUntil: null, lastError } : { nextAttemptAt: new Date(now.getTime() + backoffMs(attempt)), lockedUntil: null, lastError },
      );
      deps.services.logger[final ? 'error' : 'warn'](final ? 'outbox: email failed' : 'outbox: email will be retried', { id: m.id, attempt, error: lastError });
    }
  }
  return sent;
}

async function outgoing(em: EntityManager, { services, renderInvite }: DeliveryDeps, m: OutboxMessage): Promise<OutgoingMail> {
  let ics: OutgoingMail['ics'] = null;
  if (m.invite) {
    // The meeting as it is now (its current SEQUENCE): a late retry never carries stale times.
    const ctx = createContext({ viewer: null, em: em.fork(), ip: 'mailer', cookies: null, app: services });
    ics = await renderInvite(ctx, m.invite.meetingId, m.invite.method);
  }
  return {
    messageId: `<${m.id}@${messageIdHost(services.config.publicUrl)}>`,
    to: m.to,
    subject: m.subject,
    text: m.body,
    html: m.html ?? null,
    // RFC 3834: a machine wrote it; out-of-office replies stay away.
    headers: { 'Auto-Submitted': 'auto-generated', ...(m.headers ?? {}) },
    ics,
  };
}

/**
 * The background worker: every `pollMs`, first `beforeDelivery` (digests and anything else that
 * queues mail on a clock), then delivery when a transport is configured. One tick at a time.
 */
export function startMailWorker(options: { pollMs: number; logger: Logger; tick: () => Promise<void> }): { stop(): Promise<void> } {
  if (!options.pollMs) return { stop: async () => {} };
  let running: Promise<void> | null = null;
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    running = options
      .tick()
      .catch((error: unknown) => options.logger.error('mail worker tick failed', { error: String(error) }))
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(run, 2_000).unref();
  const timer = setInterval(run, options.pollMs).unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
