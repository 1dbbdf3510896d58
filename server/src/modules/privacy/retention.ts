/**
 * The daily retention job: completes erasures a crash left half-way, erases the households whose
 * guidance ended more than their programme's retention period ago, and deletes access log entries
 * older than the programme's access log period (the only way an access log entry is ever deleted).
 */
import type { EntityManager } from '@mikro-orm/core';
import { addMonths, guidanceEndDate, guidanceMonths, RETENTION_DEFAULTS } from '@partner-hub/shared';
import type { Context } from '../../app/context.js';
import type { Config } from '../../config.js';
import { todayInBrussels } from '../../app/validators.js';
import { AccessLogEntry } from '../audit/audit.entity.js';
import type { DocumentStorage } from '../document/index.js';
import { Household } from '../household/household.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { type EraseOptions, runErasure } from './erase.js';
import { Erasure, SignInEvent } from './privacy.entity.js';
import { publishBlanked, retentionOf } from './privacy.service.js';

export interface RetentionResult {
  /** Erasures a previous run left unfinished, now complete. */
  resumed: number;
  householdsErased: number;
  accessLogDeleted: number;
  /** Sign-ins older than the hub's access log period (they belong to no programme). */
  signInsDeleted: number;
}

/** The last day of a household's retention: its guidance end (terms of `termMonths`) plus the programme's retention months. */
export function retentionEnds(h: Pick<Household, 'guidanceStart' | 'guidanceExtended' | 'endedOn'>, termMonths: number, months: number): string | null {
  // Guidance ended early (moved out, departure...): the period counts from that last day.
  if (h.endedOn) return addMonths(h.endedOn, months);
  return h.guidanceStart ? addMonths(guidanceEndDate(h.guidanceStart, h.guidanceExtended, termMonths), months) : null;
}

export async function runRetention(
  em: EntityManager,
  storage: DocumentStorage,
  options: { now?: Date; defaults?: Config['retention']; onMessagesBlanked?: EraseOptions['onMessagesBlanked'] } = {},
): Promise<RetentionResult> {
  const now = options.now ?? new Date();
  const today = todayInBrussels(now);
  const result: RetentionResult = { resumed: 0, householdsErased: 0, accessLogDeleted: 0, signInsDeleted: 0 };

  for (const e of await em.fork().find(Erasure, { completedAt: null })) {
    await runErasure(em, storage, { type: e.subjectType, id: e.subjectId }, { mode: e.mode, onMessagesBlanked: options.onMessagesBlanked });
    result.resumed++;
  }

  const fork = em.fork();
  const erased = new Set((await fork.find(Erasure, { subjectType: 'HOUSEHOLD' }, { fields: ['subjectId'] })).map((e) => e.subjectId));
  for (const programme of await fork.find(Programme, {}, { orderBy: { code: 'asc' } })) {
    const policy = await retentionOf(fork, programme, options.defaults);
    const households = await fork.find(Household, { partnership: { programme }, guidanceStart: { $ne: null } }, { fields: ['id', 'guidanceStart', 'guidanceExtended'] });
    for (const h of households) {
      const ends = retentionEnds(h, guidanceMonths(programme), policy.householdMonthsAfterGuidance);
      if (erased.has(h.id) || !ends || ends >= today) continue;
      await runErasure(em, storage, { type: 'HOUSEHOLD', id: h.id }, { mode: 'RETENTION', onMessagesBlanked: options.onMessagesBlanked });
      result.householdsErased++;
    }

    const cutoff = new Date(`${addMonths(today, -policy.accessLogMonths)}T00:00:00Z`);
    for (;;) {
      const old = await fork.find(AccessLogEntry, { at: { $lt: cutoff }, household: { partnership: { programme } } }, { fields: ['id'], limit: 500 });
      if (!old.length) break;
      result.accessLogDeleted += await fork.nativeDelete(AccessLogEntry, { id: { $in: old.map((o) => o.id) } });
      fork.clear();
    }
  }
  const signInCutoff = new Date(`${addMonths(today, -(options.defaults ?? RETENTION_DEFAULTS).accessLogMonths)}T00:00:00Z`);
  result.signInsDeleted = await em.fork().nativeDelete(SignInEvent, { at: { $lt: signInCutoff } });
  return result;
}

/**
 * The job as the server's scheduler runs it (every tick): it works once per day (Brussels), the
 * first tick of the day. Erasure is idempotent, so two server processes running it do no harm.
 */
export function createRetentionJob(storage: DocumentStorage) {
  let lastDay: string | null = null;
  return async (ctx: Context): Promise<number> => {
    const today = todayInBrussels();
    if (lastDay === today) return 0;
    const r = await runRetention(ctx.em, storage, { defaults: ctx.app.config.retention, onMessagesBlanked: (m) => publishBlanked(ctx, m) });
    lastDay = today;
    ctx.app.logger.info('privacy: retention job', { ...r });
    return r.householdsErased + r.accessLogDeleted + r.resumed + r.signInsDeleted;
  };
}
