import type { ExecutionResult } from 'graphql';

/**
 * Framing: graphql-ws `next` messages written without graphql-ws, the payload serialised and
 * encoded once per group of subscribers that share a result, the head once per subscription.
 */

/** The socket of one graphql-ws subscription, for `next` messages written without graphql-ws. */
export interface LiveSocket {
  /** The subscription's id (graphql-ws `next` messages carry it). */
  id: string;
  /** Sends one complete message as a text frame (UTF-8 bytes). */
  send(data: Buffer): void;
  isOpen(): boolean;
}

const FRAME_TAIL = Buffer.from('}');

/**
 * Writes `next` messages of one subscription: the frame's head (with the subscription id) is
 * encoded once, the payload once per group of subscribers that share the result; a frame is the
 * two joined (the same bytes graphql-ws would send, without serialising or encoding per socket).
 */
export function sendNextTo(socket: LiveSocket): SendNext {
  const head = Buffer.from(`{"id":${JSON.stringify(socket.id)},"type":"next","payload":`);
  const payload = (bytes: Buffer) => {
    if (!socket.isOpen()) return;
    socket.send(Buffer.concat([head, bytes, FRAME_TAIL], head.length + bytes.length + 1));
  };
  return Object.assign((result: ExecutionResult) => payload(serialisedPayload(result)), { payload });
}

/** Writes `next` messages of one subscription: a result, or (`payload`) one already serialised. */
export type SendNext = ((result: ExecutionResult) => void) & { payload: (bytes: Buffer) => void };

/** A result's `next` payload, serialised and encoded once for all the subscribers it is shared by. */
const payloadBytes = new WeakMap<ExecutionResult, Buffer>();
export function serialisedPayload(result: ExecutionResult): Buffer {
  let bytes = payloadBytes.get(result);
  if (bytes === undefined) {
    // As graphql-ws builds it: the result, with errors in their JSON form when there are any.
    const { errors, ...rest } = result;
    bytes = Buffer.from(JSON.stringify({ ...rest, ...(errors ? { errors: errors.map((e) => e.toJSON()) } : {}) }));
    payloadBytes.set(result, bytes);
  }
  return bytes;
}
