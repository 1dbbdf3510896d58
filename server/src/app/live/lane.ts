/**
 * A lane: subscribers of one cohort (registry.ts `Cohort`: same subscription key, equal on the viewer fields
 * its runs have read so far) and one topic, parked together, that take the topic's events as one
 * group. The topic's loop skips them (topics.ts `LANE`); the lane's one listener gets each
 * event once, looks the shared run up once as one of them, and, once the run is settled, writes
 * the result to each in a plain loop over an array. That is the whole per-subscriber cost of an
 * event in the common case (an idle subscriber whose session is known to stand): no queue, no
 * callback, no lookup per subscriber.
 *
 * Events reach a lane's subscribers in the topic's order: batches are written in order, each
 * once its run is settled. A subscriber the lane cannot serve (its session needs checking, the
 * run turned out not to apply to it, the run failed) leaves the lane at that event and is handed
 * that event and the later ones the lane already took for it, in order, to take one by one
 * (events.ts `slowStep`); it may park again once it is idle.
 */

/** What the lane keeps of one subscriber (one object per subscriber, for its whole life). */
export interface LaneMember {
  /** The topic's number of the last event this subscriber was given (by its lane or one by one). */
  lastN: number;
  /** The lane it is parked in, and its place in the lane's array. */
  lane: Lane<LaneMember, unknown> | null;
  index: number;
  /** `lastN` when it parked: batches up to it are not its own. */
  joinedAt: number;
}

/** What a lane does with a settled run and a subscriber (one set of functions per lane, not per subscriber). */
export interface LaneHooks<M extends LaneMember, O> {
  /**
   * Looks up (or starts) the shared run for the event as the subscriber `as`: the settled
   * outcome, or null, and then `settled` is called once it is.
   */
  run(event: object, as: M, settled: (outcome: O) => void): O | null;
  /**
   * Writes the outcome of event `n` to the batch's members still in `lane` (`member.lane === lane
   * && n > member.joinedAt`) to whom it applies and whose session stands; returns the others
   * (they leave the lane). One call per batch: the loop is the caller's.
   */
  write(members: readonly M[], n: number, outcome: O, lane: Lane<M, O>): M[] | null;
  /** The subscriber left the lane; it takes these events (in order) one by one, then the topic's next ones. */
  left(member: M, events: object[]): void;
  /** The lane has no subscriber left. */
  empty(): void;
}

interface LaneBatch<M, O> {
  n: number;
  event: object;
  members: M[];
  outcome: O | null;
}

export class Lane<M extends LaneMember, O> {
  private readonly parked: M[] = [];
  private readonly pending: LaneBatch<M, O>[] = [];

  constructor(private readonly hooks: LaneHooks<M, O>) {}

  get size(): number {
    return this.parked.length;
  }

  /** Parks an idle subscriber: the lane takes its events after `member.lastN`. */
  park(member: M): void {
    member.lane = this;
    member.index = this.parked.length;
    member.joinedAt = member.lastN;
    this.parked.push(member);
  }

  /** The subscriber leaves the lane (it ended, or takes its events one by one from now). */
  remove(member: M): void {
    if (member.lane !== (this as unknown)) return;
    const last = this.parked.pop()!;
    if (last !== member) {
      this.parked[member.index] = last;
      last.index = member.index;
    }
    member.lane = null;
    member.index = -1;
    if (!this.parked.length) {
      this.pending.length = 0;
      this.hooks.empty();
    }
  }

  /** The topic's event number `n`, for every parked subscriber that has not had it. */
  onEvent(value: unknown, n: number): void {
    if (typeof value !== 'object' || value === null || !this.parked.length) return;
    const members: M[] = [];
    for (const m of this.parked) {
      if (m.lastN >= n) continue;
      m.lastN = n;
      members.push(m);
    }
    if (!members.length) return;
    const batch: LaneBatch<M, O> = { n, event: value, members, outcome: null };
    this.pending.push(batch);
    const outcome = this.hooks.run(value, members[0], (o) => {
      batch.outcome = o;
      this.flush();
    });
    if (outcome !== null) {
      batch.outcome = outcome;
      this.flush();
    }
  }

  /** Writes the settled batches at the head, in order. */
  private flush(): void {
    while (this.pending.length && this.pending[0].outcome !== null) {
      const batch = this.pending.shift()!;
      const failed = this.hooks.write(batch.members, batch.n, batch.outcome!, this);
      if (failed) for (const m of failed) if (m.lane === (this as unknown)) this.leave(m, batch);
    }
  }

  /** The subscriber takes this batch's event and the later ones the lane took for it one by one. */
  private leave(member: M, from: LaneBatch<M, O>): void {
    // `from` is no longer pending; the later batches are, in order.
    const events = [from.event];
    for (const b of this.pending) if (b.n > member.joinedAt && b.n <= member.lastN) events.push(b.event);
    this.remove(member);
    this.hooks.left(member, events);
  }
}
