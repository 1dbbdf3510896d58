import { newClientId } from '../../app/clientId';
import { errorCodeOf } from '../../app/errors';

/**
 * Sending messages with optimistic display and retries that never duplicate.
 *
 * A message the user sends is shown at once as "sending". It gets a client-generated id
 * (crypto.randomUUID) when it is written, and every attempt to deliver it, automatic or by the
 * user's "try again", sends that same id: the server stores a message once per client id,
 * so a retry after a lost answer returns the message already stored instead of a second one.
 * Network trouble is retried automatically with growing pauses; after a few attempts, or at
 * once when the server refuses the message (a coded error: not found, invalid...), it is shown
 * as failed with a manual retry. While the device is offline nothing is attempted and nothing
 * counts against those attempts: the messages wait ("waiting to send"), in order, and go out
 * when `resume()` is called (the browser is back online).
 */

export interface Draft {
  threadId: string;
  body: string;
  replyToId?: string | null;
  internal?: boolean;
  /** Ids of the mentioned participants. */
  mentionIds?: readonly string[];
  /** Uploaded files to attach (pending attachments of this thread); every attempt sends the same ids. */
  attachmentIds?: readonly string[];
  /** Their names, to show with the message while it is sending. */
  attachmentNames?: readonly string[];
}

export type PendingStatus = 'waiting' | 'sending' | 'failed';

export interface PendingMessage extends Draft {
  clientId: string;
  status: PendingStatus;
  /** Delivery attempts made so far. */
  attempts: number;
  /** The last error (failed messages). */
  error: unknown;
  /** When the user sent it (ISO), to show beside it. */
  createdAt: string;
}

export interface SenderOptions {
  /** Delivers one attempt; resolves when the server stored the message (or had stored it before). */
  send: (message: PendingMessage) => Promise<unknown>;
  /** Automatic attempts before a message is shown as failed (the first one included). */
  maxAutoAttempts?: number;
  /** The pause before automatic attempt `attempt + 1` (attempt: attempts made so far, ≥ 1). */
  delay?: (attempt: number) => number;
  /** Should this error be retried automatically? Default: only when it has no GraphQL error code. */
  isRetryable?: (error: unknown) => boolean;
  /** Is the device online? Offline, messages wait instead of failing. Default: always. */
  isOnline?: () => boolean;
  /** Messages kept on the device from an earlier page (sent again with their client ids). */
  initial?: readonly PendingMessage[];
  /** Called after every change of the pending messages (to keep them on the device). */
  onChange?: (pending: readonly PendingMessage[]) => void;
  newId?: () => string;
  now?: () => Date;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface Sender {
  /** The messages not yet delivered, in the order they were written. */
  pending(): readonly PendingMessage[];
  subscribe(listener: () => void): () => void;
  /** Shows the message as "sending" and delivers it; answers its client id. */
  submit(draft: Draft): string;
  /** A failed message: try again now (same client id). */
  retry(clientId: string): void;
  /** A failed message: give up on it. */
  discard(clientId: string): void;
  /** Back online: the waiting messages go out (in order), failed ones for lack of network too. */
  resume(): void;
  /** Messages kept on the device from an earlier page: they go first, before those written since. */
  adopt(messages: readonly PendingMessage[]): void;
  /** Stops the timers (the view closes). */
  dispose(): void;
}

/** 1 s, 2 s, 4 s, 8 s… at most 15 s. */
export const defaultDelay = (attempt: number) => Math.min(1000 * 2 ** (attempt - 1), 15_000);

/** Network trouble and unknown server trouble are worth retrying; a refusal with a reason is not. */
export function isRetryableSendError(error: unknown): boolean {
  const code = errorCodeOf(error);
  // SERVICE_UNAVAILABLE: the server could not reach its database; the write was not stored.
  return code === null || code === 'INTERNAL_SERVER_ERROR' || code === 'SERVICE_UNAVAILABLE';
}

export { newClientId };

export function createSender(options: SenderOptions): Sender {
  const {
    send,
    maxAutoAttempts = 5,
    delay = defaultDelay,
    isRetryable = isRetryableSendError,
    isOnline = () => true,
    initial = [],
    onChange,
    newId = newClientId,
    now = () => new Date(),
    setTimer = (cb, ms) => setTimeout(cb, ms),
    clearTimer = (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
  } = options;

  // A message that was on its way when the page closed may or may not have arrived: its client id
  // makes sending it again safe.
  const revive = (m: PendingMessage): PendingMessage => (m.status === 'failed' ? m : { ...m, status: 'waiting' });
  let items: readonly PendingMessage[] = initial.map(revive);
  const listeners = new Set<() => void>();
  const timers = new Map<string, unknown>();
  let disposed = false;

  const emit = () => {
    onChange?.(items);
    for (const l of [...listeners]) l();
  };
  const update = (clientId: string, change: Partial<PendingMessage>) => {
    items = items.map((m) => (m.clientId === clientId ? { ...m, ...change } : m));
    emit();
  };
  const find = (clientId: string) => items.find((m) => m.clientId === clientId);
  const remove = (clientId: string) => {
    const timer = timers.get(clientId);
    if (timer !== undefined) clearTimer(timer);
    timers.delete(clientId);
    if (!find(clientId)) return;
    items = items.filter((m) => m.clientId !== clientId);
    emit();
  };

  /**
   * Messages go out one at a time, in the order they were written: the server numbers them in the
   * order they arrive, and two sends racing each other could swap. The first message still
   * "sending" goes first (also while it waits for its next automatic attempt); a failed one
   * steps aside.
   */
  let inFlight: string | null = null;
  const next = () => items.find((m) => m.status === 'sending' || m.status === 'waiting');

  const pump = () => {
    if (disposed || inFlight !== null) return;
    const head = next();
    if (!head || timers.has(head.clientId)) return;
    if (!isOnline()) {
      // Offline: every message not failed waits, in order, for resume().
      if (items.some((m) => m.status === 'sending')) {
        items = items.map((m) => (m.status === 'sending' ? { ...m, status: 'waiting' } : m));
        emit();
      }
      return;
    }
    attempt(head.clientId);
  };

  const attempt = (clientId: string) => {
    const message = find(clientId);
    if (!message || disposed || inFlight !== null) return;
    timers.delete(clientId);
    inFlight = clientId;
    const attempts = message.attempts + 1;
    update(clientId, { status: 'sending', attempts, error: null });
    send({ ...message, status: 'sending', attempts }).then(
      () => {
        inFlight = null;
        remove(clientId);
        pump();
      },
      (error: unknown) => {
        inFlight = null;
        if (!find(clientId) || disposed) return;
        if (isRetryable(error) && !isOnline()) {
          // The network went away on the way: this attempt does not count; wait for resume().
          update(clientId, { attempts: attempts - 1, error });
          pump();
        } else if (isRetryable(error) && attempts < maxAutoAttempts) {
          // Still "sending" for the user: the next attempt comes by itself, and the messages
          // written after it wait for it.
          update(clientId, { error });
          timers.set(
            clientId,
            setTimer(() => {
              timers.delete(clientId);
              pump();
            }, delay(attempts)),
          );
        } else {
          update(clientId, { status: 'failed', error });
          pump();
        }
      },
    );
  };

  return {
    pending: () => items,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    submit(draft) {
      const clientId = newId();
      items = [...items, { ...draft, clientId, status: 'sending', attempts: 0, error: null, createdAt: now().toISOString() }];
      emit();
      pump();
      return clientId;
    },
    retry(clientId) {
      const message = find(clientId);
      if (!message || message.status !== 'failed') return;
      // A manual retry starts a new series of automatic attempts; it goes out after the messages
      // already on their way.
      update(clientId, { attempts: 0, status: 'sending' });
      pump();
    },
    discard(clientId) {
      if (find(clientId)?.status === 'failed') remove(clientId);
    },
    adopt(messages) {
      const known = new Set(items.map((m) => m.clientId));
      const older = messages.filter((m) => !known.has(m.clientId)).map(revive);
      if (!older.length) return;
      items = [...older, ...items];
      emit();
    },
    resume() {
      if (disposed) return;
      for (const t of timers.values()) clearTimer(t);
      timers.clear();
      items = items.map((m) => (m.status === 'waiting' || (m.status === 'failed' && isRetryable(m.error)) ? { ...m, status: 'sending', attempts: m.status === 'failed' ? 0 : m.attempts } : m));
      emit();
      pump();
    },
    dispose() {
      disposed = true;
      for (const t of timers.values()) clearTimer(t);
      timers.clear();
      listeners.clear();
    },
  };
}
