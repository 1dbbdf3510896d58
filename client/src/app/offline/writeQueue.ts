import { newClientId } from '../clientId';
import { errorCodeOf, errorExtensionOf } from '../errors';

/**
 * Writes made on the device, kept until the server has them: a volunteer ticks a plan step in a
 * town hall basement, the change is shown at once as "waiting to send", kept in the device's
 * storage (a reload or a closed tab loses nothing), and sent when the connection returns.
 *
 * - One write at a time, in the order they were made: a later change of the same record goes
 *   after the earlier one, never before it.
 * - Every write carries its client id on every attempt: the server applies it once, so an answer
 *   lost on the way (the network dropped while the write was in flight) is sent again safely.
 * - A write carries the version of the record the user saw. When someone else changed the record
 *   meanwhile, the server refuses it (CHANGED_MEANWHILE): the write stays, marked as a conflict,
 *   until the user chooses to send their change anyway ("use mine", on the version they were
 *   shown) or to keep the other change (the write is dropped). Later writes of the same record
 *   wait behind a conflict; writes of other records go on.
 * - A refusal with a reason (a coded error: forbidden, invalid...) is shown as failed, not retried.
 */

export type WriteStatus = 'waiting' | 'sending' | 'conflict' | 'failed';

export interface QueuedWrite {
  clientId: string;
  /** What kind of write (a registered kind knows how to send it), e.g. "step". */
  kind: string;
  /** The record written, e.g. the step's id: writes of one record keep their order. */
  target: string;
  /** The kind's own data: what to send. */
  payload: Record<string, unknown>;
  /** The version of the record the change was made on (null: last write wins). */
  expectedVersion: number | null;
  status: WriteStatus;
  /** When the user made the change (ISO). */
  createdAt: string;
  /** Set for a conflict (the version now on the server) or a refusal (its code). */
  problem: { code: string | null; currentVersion?: number } | null;
}

/** The answer of a sent write: the record's new version, when it has one. */
export interface WriteResult {
  version?: number | null;
}

export interface WriteQueueOptions {
  /** Sends one write with its guard; resolves with the record's new version. */
  send: (write: QueuedWrite) => Promise<WriteResult | null | undefined>;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  isOnline?: () => boolean;
  /** The pause before the next attempt after network trouble (attempt ≥ 1). */
  delay?: (attempt: number) => number;
  newId?: () => string;
  now?: () => Date;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface NewWrite {
  kind: string;
  target: string;
  payload: Record<string, unknown>;
  expectedVersion?: number | null;
}

/** How a write stood when its caller stopped waiting: sent, kept on the device, or held back with its error. */
export interface WriteOutcome {
  status: 'sent' | 'waiting' | 'conflict' | 'failed' | 'dropped';
  /** The refusal (failed, conflict), for the form that made the write. */
  error?: unknown;
}

export interface WriteQueue {
  /** The writes not yet acknowledged, in the order they were made. */
  list(): readonly QueuedWrite[];
  subscribe(listener: () => void): () => void;
  /**
   * Keeps the write and sends it when it can. `settled` resolves (never rejects) when the server
   * has it, refused it, or when it is kept on the device for later (offline, network trouble).
   */
  enqueue(write: NewWrite): { clientId: string; settled: Promise<WriteOutcome> };
  /** A conflict: send my change anyway, over the version now on the server. */
  useMine(clientId: string): void;
  /** A conflict or a refusal: drop my change. */
  discard(clientId: string): void;
  /** Try now (the browser came back online, or the user asked). */
  resume(): void;
  /** Whose writes these are: each user's queue is kept apart; null = nobody signed in. */
  setOwner(userId: string | null): void;
  /** Forgets every write of the current owner (signing out). */
  clear(): void;
}

const STORAGE_PREFIX = 'ph.writes.';

/** 2 s, 4 s, 8 s… at most 30 s: a phone in a basement gets its answer when it comes out. */
export const queueDelay = (attempt: number) => Math.min(2000 * 2 ** (attempt - 1), 30_000);

/** No coded answer: the network or a proxy failed, the write may not have arrived; send it again. */
export function isNetworkTrouble(error: unknown): boolean {
  const code = errorCodeOf(error);
  // SERVICE_UNAVAILABLE: the server could not reach its database; the write was not stored.
  return code === null || code === 'INTERNAL_SERVER_ERROR' || code === 'SERVICE_UNAVAILABLE';
}

export function createWriteQueue(options: WriteQueueOptions): WriteQueue {
  const {
    send,
    storage = typeof localStorage === 'undefined' ? null : localStorage,
    isOnline = () => true,
    delay = queueDelay,
    newId = newClientId,
    now = () => new Date(),
    setTimer = (cb, ms) => setTimeout(cb, ms),
    clearTimer = (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
  } = options;

  let owner: string | null = null;
  let items: readonly QueuedWrite[] = [];
  const listeners = new Set<() => void>();
  const waiters = new Map<string, (outcome: WriteOutcome) => void>();
  let inFlight: string | null = null;
  let timer: unknown = null;
  let failures = 0;

  const emit = () => {
    for (const l of [...listeners]) l();
  };
  const save = () => {
    if (!storage || !owner) return;
    try {
      if (items.length) storage.setItem(STORAGE_PREFIX + owner, JSON.stringify(items));
      else storage.removeItem(STORAGE_PREFIX + owner);
    } catch {
      // Storage full or refused: the writes stay in memory for this page.
    }
  };
  const set = (next: readonly QueuedWrite[]) => {
    items = next;
    save();
    emit();
  };
  const update = (clientId: string, change: Partial<QueuedWrite>) => set(items.map((w) => (w.clientId === clientId ? { ...w, ...change } : w)));
  const settle = (clientId: string, outcome: WriteOutcome) => {
    waiters.get(clientId)?.(outcome);
    waiters.delete(clientId);
  };
  const stopTimer = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };

  /** The next write to send: the first waiting one whose record has no earlier write held back. */
  const next = (): QueuedWrite | undefined => {
    const held = new Set<string>();
    for (const w of items) {
      if (w.status === 'conflict' || w.status === 'failed') held.add(w.target);
      else if (!held.has(w.target)) return w;
    }
    return undefined;
  };

  const pump = () => {
    if (inFlight !== null || timer !== null || !owner) return;
    const write = next();
    if (!write) return;
    if (!isOnline()) {
      if (write.status !== 'waiting') update(write.clientId, { status: 'waiting' });
      return; // resume() on 'online'
    }
    inFlight = write.clientId;
    const sentBy = owner;
    update(write.clientId, { status: 'sending' });
    send(write).then(
      (result) => {
        inFlight = null;
        failures = 0;
        if (owner !== sentBy) return;
        // Later changes of the same record were made on top of this one: they expect its new version.
        const version = result?.version ?? null;
        set(items.filter((w) => w.clientId !== write.clientId).map((w) => (w.target === write.target && w.expectedVersion !== null && version !== null ? { ...w, expectedVersion: version } : w)));
        settle(write.clientId, { status: 'sent' });
        pump();
      },
      (error: unknown) => {
        inFlight = null;
        if (owner !== sentBy || !items.some((w) => w.clientId === write.clientId)) return;
        const code = errorCodeOf(error);
        if (isNetworkTrouble(error)) {
          failures += 1;
          update(write.clientId, { status: 'waiting' });
          settle(write.clientId, { status: 'waiting', error });
          if (isOnline()) {
            timer = setTimer(() => {
              timer = null;
              pump();
            }, delay(failures));
          }
          return;
        }
        failures = 0;
        if (code === 'CHANGED_MEANWHILE') {
          const currentVersion = errorExtensionOf(error, 'currentVersion');
          update(write.clientId, { status: 'conflict', problem: { code, currentVersion: typeof currentVersion === 'number' ? currentVersion : undefined } });
          settle(write.clientId, { status: 'conflict', error });
        } else {
          update(write.clientId, { status: 'failed', problem: { code } });
          settle(write.clientId, { status: 'failed', error });
        }
        pump();
      },
    );
  };

  const load = (userId: string): QueuedWrite[] => {
    try {
      const raw = storage?.getItem(STORAGE_PREFIX + userId);
      const parsed = raw ? (JSON.parse(raw) as QueuedWrite[]) : [];
      // A write that was in flight when the page closed may or may not have arrived: its client
      // id makes sending it again safe.
      return Array.isArray(parsed) ? parsed.map((w) => (w.status === 'sending' ? { ...w, status: 'waiting' } : w)) : [];
    } catch {
      return [];
    }
  };

  return {
    list: () => items,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    enqueue(write) {
      const clientId = newId();
      const settled = new Promise<WriteOutcome>((resolve) => waiters.set(clientId, resolve));
      set([
        ...items,
        { clientId, kind: write.kind, target: write.target, payload: write.payload, expectedVersion: write.expectedVersion ?? null, status: 'waiting', createdAt: now().toISOString(), problem: null },
      ]);
      pump();
      // Offline: the caller goes on at once; the write is shown as waiting.
      if (!isOnline()) settle(clientId, { status: 'waiting' });
      return { clientId, settled };
    },
    useMine(clientId) {
      const write = items.find((w) => w.clientId === clientId);
      if (!write || write.status !== 'conflict') return;
      // A new client id: the refused attempt was not applied, this one is a new decision.
      const fresh = newId();
      set(items.map((w) => (w.clientId === clientId ? { ...w, clientId: fresh, status: 'waiting', expectedVersion: write.problem?.currentVersion ?? null, problem: null } : w)));
      pump();
    },
    discard(clientId) {
      const write = items.find((w) => w.clientId === clientId);
      if (!write || (write.status !== 'conflict' && write.status !== 'failed')) return;
      set(items.filter((w) => w.clientId !== clientId));
      settle(clientId, { status: 'dropped' });
      pump();
    },
    resume() {
      stopTimer();
      failures = 0;
      pump();
    },
    setOwner(userId) {
      if (userId === owner) return;
      stopTimer();
      inFlight = null;
      owner = userId;
      items = userId ? load(userId) : [];
      emit();
      pump();
    },
    clear() {
      stopTimer();
      for (const w of items) settle(w.clientId, { status: 'dropped' });
      items = [];
      inFlight = null;
      if (storage && owner) storage.removeItem(STORAGE_PREFIX + owner);
      emit();
    },
  };
}
