/**
 * Pieces the live benchmarks share (fanout.ts, fanout-two.ts, idle-memory.ts): the subscribers'
 * process, signed-in subscribers written straight into the database, and the stock graphql-ws peer.
 */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/core';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from '../src/config.js';
import { Session } from '../src/modules/auth/auth.entity.js';
import { newToken, SESSION_COOKIE, tokenHash } from '../src/modules/auth/session.service.js';
import { Organisation } from '../src/modules/organisation/organisation.entity.js';
import { User } from '../src/modules/user/user.entity.js';
import type { Answers, Command } from './fanout-clients.js';

/**
 * A subscribers' process (fanout-clients.ts) and `ask`, which sends it one command and resolves
 * with its answer (typed by the command; one command at a time).
 */
export function clientsProcess(execArgv: string[] = process.execArgv) {
  const child = fork(new URL('./fanout-clients.ts', import.meta.url), [], { execArgv, stdio: 'inherit' });
  let answer: ((msg: unknown) => void) | undefined;
  child.on('message', (msg) => answer?.(msg));
  const ask = <M extends Command>(msg: M): Promise<Answers[Extract<M['cmd'], keyof Answers>]> =>
    new Promise((resolve) => {
      answer = resolve as (m: unknown) => void;
      child.send(msg);
    });
  return { child, ask };
}

/**
 * `count` users of an organisation with a session each, straight into the database (signing in
 * 5,000 times would hash 5,000 passwords); returns their session cookies.
 */
export async function createSubscribers(hub: { orm: MikroORM; config: Config }, options: { count: number; organisation: string; role: User['role']; emailPrefix: string }): Promise<string[]> {
  const em = hub.orm.em.fork();
  const org = await em.findOneOrFail(Organisation, { name: options.organisation });
  const cookies: string[] = [];
  const users = [];
  const sessions = [];
  const expiresAt = new Date(Date.now() + 24 * 3600 * 1000);
  for (let i = 0; i < options.count; i++) {
    const id = randomUUID();
    users.push({
      id,
      email: `${options.emailPrefix}-${i}-${id.slice(0, 8)}@bench.example`,
      name: `Bench ${i}`,
      role: options.role,
      organisation: org.id,
      language: 'nl' as const,
      createdAt: new Date(),
    });
    const token = newToken();
    sessions.push({ tokenHash: tokenHash(hub.config.sessionSecret, token), user: id, createdAt: new Date(), expiresAt });
    cookies.push(`${SESSION_COOKIE}=${token}`);
  }
  for (let i = 0; i < options.count; i += 500) {
    await em.insertMany(User, users.slice(i, i + 500));
    await em.insertMany(Session, sessions.slice(i, i + 500));
  }
  return cookies;
}

/** The peer's schema: the shape of the hub's `messageEvents` subscription. */
const STOCK_SCHEMA = buildSchema(`
  type Message { id: ID! seq: Int! body: String! }
  type MessageEvent { kind: String! message: Message }
  type Query { ok: Boolean }
  type Subscription { messageEvents(threadId: ID!): MessageEvent! }
`);

/**
 * The peer: stock graphql-ws `useServer` on a `ws` server with an in-memory pub/sub (no session,
 * policy or database). `publish` sends one event to the subscribers of a thread.
 */
export async function startStockServer() {
  // One listener per subscriber on one topic: N listeners is the point, not a leak.
  const eventTarget = new EventTarget();
  setMaxListeners(0, eventTarget);
  const pubsub = createPubSub<{ [topic: string]: [{ messageEvents: unknown }] }>({ eventTarget });
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  const stop = useServer({ schema: STOCK_SCHEMA, roots: { subscription: { messageEvents: ({ threadId }: { threadId: string }) => pubsub.subscribe(`thread:${threadId}`) } } }, wss);
  return {
    url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`,
    publish: (threadId: string, event: unknown) => pubsub.publish(`thread:${threadId}`, { messageEvents: event }),
    async close() {
      await stop.dispose();
      await new Promise((r) => wss.close(r));
    },
  };
}
