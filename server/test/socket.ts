/** A raw graphql-transport-ws socket for tests of the protocol's edges (limits, slow consumers). */
import WebSocket from 'ws';
import type { Agent, Answer, TestHub } from './harness.js';

export interface RawMessage {
  type: string;
  id?: string;
  payload?: Answer;
}

export interface RawSocket {
  ws: WebSocket;
  messages: RawMessage[];
  /** The close code, once closed. */
  closeCode: number | undefined;
  /** Resolves when a message matching `match` has arrived (or the socket closed: then null). */
  waitFor(match: (m: RawMessage) => boolean): Promise<RawMessage | null>;
  closed(): Promise<number>;
  send(message: RawMessage | string): void;
  subscribe(id: string, query: string, variables?: Record<string, unknown>, extra?: Record<string, unknown>): void;
}

export function rawSocket(hub: TestHub, agent?: Agent, options: { init?: boolean } = {}): Promise<RawSocket> {
  const ws = new WebSocket(`${hub.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', agent?.cookie ? { headers: { cookie: agent.cookie } } : {});
  const waiters: (() => void)[] = [];
  const wake = () => {
    for (const w of waiters.splice(0)) w();
  };
  const socket: RawSocket = {
    ws,
    messages: [],
    closeCode: undefined,
    async waitFor(match) {
      for (;;) {
        const found = socket.messages.find(match);
        if (found) return found;
        if (socket.closeCode !== undefined) return null;
        await new Promise<void>((r) => waiters.push(r));
      }
    },
    async closed() {
      while (socket.closeCode === undefined) await new Promise<void>((r) => waiters.push(r));
      return socket.closeCode;
    },
    send(message) {
      ws.send(typeof message === 'string' ? message : JSON.stringify(message));
    },
    subscribe(id, query, variables = {}, extra = {}) {
      socket.send({ id, type: 'subscribe', payload: { query, variables, ...extra } });
    },
  };
  ws.on('message', (data) => {
    // A text frame: a Buffer (ws's default binaryType).
    socket.messages.push(JSON.parse((data as Buffer).toString('utf8')) as RawMessage);
    wake();
  });
  ws.on('close', (code) => {
    socket.closeCode = code;
    wake();
  });
  ws.on('error', () => {});
  return new Promise((resolve, reject) => {
    ws.once('open', () => {
      if (options.init === false) return resolve(socket);
      socket.send({ type: 'connection_init' });
      socket
        .waitFor((m) => m.type === 'connection_ack')
        .then((ack) => {
          if (ack) resolve(socket);
          else reject(new Error(`socket closed before its acknowledgement (${socket.closeCode})`));
        }, reject);
    });
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}
