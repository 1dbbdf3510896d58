import type { ExecutionResult } from 'graphql';
import { serialisedPayload } from './framing.js';
import { Lane } from './lane.js';
import type { Cohort, LiveState, Parked } from './registry.js';
import { ALL, type Entry, signature, type Waiter } from './runs.js';
import { LANE, type Laneable } from './topics.js';

/**
 * The session of a direct subscriber is known to stand, as of `now` (else its event takes the
 * slow path, which checks it); checked again in the background before it goes stale.
 */
export function sessionStands(state: LiveState, p: Parked, now: number): boolean {
  let session = p.session;
  if (!session || now - session.at >= state.settings.recheckMs) {
    session = p.session = state.sessions.record(p.hash);
    if (!session || now - session.at >= state.settings.recheckMs) return false;
  }
  if (!session.active) return false;
  if (now - session.at >= state.settings.recheckMs / 2) state.sessions.refreshSoon(p.em, p.hash);
  return true;
}

/**
 * The lane of a cohort's idle members on one topic: one lookup of the shared run per event (as
 * one of them), then one loop of writes to those it applies to whose session stands.
 */
export function createLane(state: LiveState, family: string, cohort: Cohort, topic: Laneable[typeof LANE]): Lane<Parked, Entry<ExecutionResult | null>> {
  let untap: (() => void) | null = null;
  const lane = new Lane<Parked, Entry<ExecutionResult | null>>({
    run(event, as, settled) {
      const waiter: Waiter = {
        resume() {
          const outcome = state.deliveries.attempt(family, event, as.subscriber, as.em, as.deliver, waiter);
          if (outcome) settled(outcome);
        },
      };
      return state.deliveries.attempt(family, event, as.subscriber, as.em, as.deliver, waiter);
    },
    write(members, n, outcome, self) {
      // The whole batch leaves (one by one, each decides again): a failed run, or runs now read more fields.
      if (outcome.error !== undefined || cohort.predicted !== state.deliveries.predictedFor(family)) return members.filter((p) => p.lane === self && n > p.joinedAt);
      const reads = outcome.reads!;
      const covered = reads !== ALL && [...reads].every((a) => cohort.predicted.has(a));
      const payload = outcome.value ? serialisedPayload(outcome.value) : null;
      const now = state.settings.now();
      let failed: Parked[] | null = null;
      let written = 0;
      for (const p of members) {
        if (p.lane !== self || n <= p.joinedAt) continue;
        if ((!covered && signature(p.subscriber, reads, outcome.readsKey) !== outcome.sig) || !sessionStands(state, p, now)) {
          (failed ??= []).push(p);
          continue;
        }
        if (payload) {
          p.sendPayload!(payload);
          written++;
        }
      }
      state.stats.laneWrites += written;
      return failed;
    },
    left(p, events) {
      p.alone(events);
    },
    empty() {
      if (cohort.lanes.get(topic.topic) === lane) cohort.lanes.delete(topic.topic);
      untap?.();
      untap = null;
    },
  });
  untap = topic.tap((value, n) => lane.onEvent(value, n));
  return lane;
}
