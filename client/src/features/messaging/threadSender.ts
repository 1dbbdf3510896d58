import type { ApolloClient } from '@apollo/client';
import { useSyncExternalStore } from 'react';
import { isOnline } from '../../app/offline/network';
import { onDeviceOwner } from '../../app/offline/writes';
import { graphql } from '../../gql';
import { createSender, type PendingMessage, type Sender, type SenderOptions } from './sender';

/**
 * One sender per thread for the whole page: leaving the thread while a message is still
 * "sending" does not stop its retries, and coming back shows it (still sending, or failed).
 * `deliver` points at the open thread view, which merges the stored message into its list.
 *
 * The messages not yet delivered are kept on the device (per user): a message written offline
 * survives closing the app, and goes out, with its client id, when the app is open and online
 * again, whether its thread is open or not.
 */
export const SendMessageDocument = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      id
      ...ThreadView_message
    }
  }
`);

/** Delivers one attempt of a pending message (its client id makes a retry safe). */
export async function sendPendingMessage(client: ApolloClient, m: PendingMessage): Promise<unknown> {
  const { data } = await client.mutate({
    mutation: SendMessageDocument,
    variables: {
      input: {
        threadId: m.threadId,
        clientId: m.clientId,
        body: m.body,
        internal: m.internal ?? false,
        replyToId: m.replyToId ?? null,
        mentionIds: [...(m.mentionIds ?? [])],
        attachmentIds: [...(m.attachmentIds ?? [])],
      },
    },
  });
  return data?.sendMessage ?? null;
}

interface Entry {
  sender: Sender;
  deliver: { current: ((message: unknown) => void) | null };
}

const entries = new Map<string, Entry>();
const STORAGE_PREFIX = 'ph.messages.';
let owner: string | null = null;

function storage(): Storage | null {
  return typeof localStorage === 'undefined' ? null : localStorage;
}

/** Keeps every thread's undelivered messages on the device, under the signed-in user. */
function save() {
  const store = storage();
  if (!store || !owner) return;
  const kept: Record<string, PendingMessage[]> = {};
  for (const [threadId, entry] of entries) {
    const pending = entry.sender.pending();
    if (pending.length) kept[threadId] = pending.map((m) => ({ ...m, error: null }));
  }
  try {
    if (Object.keys(kept).length) store.setItem(STORAGE_PREFIX + owner, JSON.stringify(kept));
    else store.removeItem(STORAGE_PREFIX + owner);
  } catch {
    // Storage full or refused: the messages stay in this page.
  }
}

function create(threadId: string, send: (message: PendingMessage) => Promise<unknown>, options: Omit<SenderOptions, 'send'>): Entry {
  const deliver: Entry['deliver'] = { current: null };
  const sender = createSender({
    isOnline,
    ...options,
    onChange: save,
    send: async (message) => {
      const stored = await send(message);
      deliver.current?.(stored);
      return stored;
    },
  });
  const entry = { sender, deliver };
  entries.set(threadId, entry);
  return entry;
}

export function threadSender(threadId: string, send: (message: PendingMessage) => Promise<unknown>, options: Omit<SenderOptions, 'send'> = {}): Entry {
  return entries.get(threadId) ?? create(threadId, send, options);
}

/** The messages a user left undelivered on this device: back in their senders, on their way. */
function restore(userId: string | null, client: ApolloClient | null) {
  if (userId === owner) return;
  // Senders made before the viewer was known (the page opened on a thread) are this user's; those
  // of another user are not.
  if (owner !== null) {
    for (const entry of entries.values()) entry.sender.dispose();
    entries.clear();
  }
  owner = userId;
  const raw = userId ? storage()?.getItem(STORAGE_PREFIX + userId) : null;
  if (!raw || !client) return;
  try {
    const kept = JSON.parse(raw) as Record<string, PendingMessage[]>;
    for (const [threadId, initial] of Object.entries(kept)) {
      if (!Array.isArray(initial) || !initial.length) continue;
      const entry = entries.get(threadId);
      if (entry) entry.sender.adopt(initial);
      else create(threadId, (m) => sendPendingMessage(client, m), { initial });
      entries.get(threadId)!.sender.resume();
    }
  } catch {
    storage()?.removeItem(STORAGE_PREFIX + userId!);
  }
}
onDeviceOwner(restore);

// Back online: every thread's waiting messages go out, whether its view is open or not.
if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    for (const entry of entries.values()) entry.sender.resume();
  });
}

/** Forgets every thread's sender and what it kept on the device (tests; signing out). */
export function resetThreadSenders(): void {
  for (const entry of entries.values()) entry.sender.dispose();
  entries.clear();
  if (owner) storage()?.removeItem(STORAGE_PREFIX + owner);
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
