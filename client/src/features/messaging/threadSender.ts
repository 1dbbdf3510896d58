import { useSyncExternalStore } from 'react';
import { isOnline } from '../../app/offline/network';
import { createSender, type PendingMessage, type Sender, type SenderOptions } from './sender';

/**
 * One sender per thread for the whole page: leaving the thread while a message is still
 * "sending" does not stop its retries, and coming back shows it (still sending, or failed).
 * `deliver` points at the open thread view, which merges the stored message into its list.
 */
interface Entry {
  sender: Sender;
  deliver: { current: ((message: unknown) => void) | null };
}

const entries = new Map<string, Entry>();

// Back online: every thread's waiting messages go out, whether its view is open or not.
if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    for (const entry of entries.values()) entry.sender.resume();
  });
}

export function threadSender(threadId: string, send: (message: PendingMessage) => Promise<unknown>, options: Omit<SenderOptions, 'send'> = {}): Entry {
  let entry = entries.get(threadId);
  if (!entry) {
    const deliver: Entry['deliver'] = { current: null };
    const sender = createSender({
      isOnline,
      ...options,
      send: async (message) => {
        const stored = await send(message);
        deliver.current?.(stored);
        return stored;
      },
    });
    entry = { sender, deliver };
    entries.set(threadId, entry);
  }
  return entry;
}

/** Forgets every thread's sender (tests; signing out). */
export function resetThreadSenders(): void {
  for (const entry of entries.values()) entry.sender.dispose();
  entries.clear();
}

const NONE: readonly PendingMessage[] = [];

/** The pending (optimistic) messages of a sender, re-rendering on change. */
export function usePending(sender: Sender | null): readonly PendingMessage[] {
  return useSyncExternalStore(
    (listener) => (sender ? sender.subscribe(listener) : () => undefined),
    () => (sender ? sender.pending() : NONE),
    () => NONE,
  );
}
