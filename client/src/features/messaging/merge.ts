/**
 * The messages of a thread come from several places that overlap: the first page of the
 * query, the live events (added / edited / deleted), the answers of the viewer's own sends,
 * and the catch-up after a reconnect ("everything after seq N"). These pure functions merge
 * them into one list: each message once (by id), in the thread's order (by seq), the newest
 * version of each (by changeSeq when the server sends it, else the one merged last).
 */

export interface SequencedMessage {
  id: string;
  /** The message's position in its thread, given by the server (1, 2, 3…). */
  seq: number;
  /** Grows with every change of the message (edit, delete); absent: unknown. */
  changeSeq?: number | null;
  /** The id the sender's client generated (the same across retries). */
  clientId?: string | null;
}

/** Is `incoming` at least as new as `current` (the same message)? */
function isNewer(current: SequencedMessage, incoming: SequencedMessage): boolean {
  const a = current.changeSeq;
  const b = incoming.changeSeq;
  if (typeof a === 'number' && typeof b === 'number') return b >= a;
  return true;
}

/**
 * `existing` and `incoming` as one list without duplicates, ordered by seq. A message present in
 * both keeps its newest version; an older version arriving late (an event overtaken by a
 * catch-up) never replaces a newer one. Returns `existing` itself when nothing changed, so a
 * React state update with it does not re-render.
 */
export function mergeMessages<T extends SequencedMessage>(existing: readonly T[], incoming: readonly T[]): readonly T[] {
  if (incoming.length === 0) return existing;
  const byId = new Map<string, T>();
  for (const m of existing) byId.set(m.id, m);
  let changed = false;
  for (const m of incoming) {
    const current = byId.get(m.id);
    if (current === undefined) {
      byId.set(m.id, m);
      changed = true;
    } else if (current !== m && isNewer(current, m)) {
      byId.set(m.id, m);
      changed = true;
    }
  }
  if (!changed) return existing;
  return [...byId.values()].sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The highest seq in a list (0 for none): what to ask the server to continue after. */
export function lastSeq(messages: readonly SequencedMessage[]): number {
  let max = 0;
  for (const m of messages) if (m.seq > max) max = m.seq;
  return max;
}

/** The highest changeSeq in a list (0 for none): edits and deletions after it are missing. */
export function lastChangeSeq(messages: readonly SequencedMessage[]): number {
  let max = 0;
  for (const m of messages) if (typeof m.changeSeq === 'number' && m.changeSeq > max) max = m.changeSeq;
  return max;
}

/**
 * Are there holes in the sequence (e.g. 1, 2, 5)? Then events were missed and the client asks
 * for what follows the last seq before the hole. `from`: the seq the list is known to start at.
 */
export function firstGap(messages: readonly SequencedMessage[], from = messages[0]?.seq ?? 1): number | null {
  let expected = from;
  for (const m of messages) {
    if (m.seq < expected) continue;
    if (m.seq > expected) return expected - 1;
    expected = m.seq + 1;
  }
  return null;
}

/** The sends still pending (optimistic) that the server has not yet shown in the list. */
export function unconfirmed<P extends { clientId: string }>(pending: readonly P[], messages: readonly SequencedMessage[]): P[] {
  if (pending.length === 0) return [];
  const delivered = new Set<string>();
  for (const m of messages) if (m.clientId) delivered.add(m.clientId);
  return pending.filter((p) => !delivered.has(p.clientId));
}
