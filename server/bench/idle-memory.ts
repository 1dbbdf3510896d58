/**
 * Benchmark: memory per idle signed-in subscriber, broken down (issue 21). In this process, four
 * servers in turn, each given W warm-up sockets, measured, then N more, measured again; the growth
 * divided by N is what one more idle socket costs there:
 *
 *   raw ws        a bare `ws` server, raw sockets (the floor of fanout-two.ts's memory figure)
 *   stock         stock graphql-ws (`useServer`) with an in-memory pub/sub, one idle subscription per socket
 *   hub signed in the hub (test harness, SQLite or PostgreSQL), signed-in sockets acknowledged, no subscription
 *   hub subscribed the hub, signed-in sockets each subscribed to `messageEvents` of one thread (as fanout-two.ts)
 *
 * The subscribers are in a child process (bench/fanout-clients.ts). Measured after full garbage
 * collections: V8's live heap (`heapUsed`), memory outside it (`external`, buffers included) and the
 * process's RSS. With BENCH_HEAP=1, a second pass takes a heap snapshot at each point and prints what
 * grew per socket by constructor (heap-summary.ts): the owners of the bytes.
 *
 *   pnpm bench:memory                          (SQLite, N = 1,000, W = 50)
 *   BENCH_HEAP=1 pnpm bench:memory             (and the breakdown by constructor)
 *   BENCH_N=2000 BENCH_TOP=40 BENCH_HEAP=1 pnpm bench:memory
 *
 * Loopback only; not a test. Needs `ulimit -n` above 2 (N + W) + 200.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import vm from 'node:vm';
import v8 from 'node:v8';
import { WebSocketServer } from 'ws';
import { DEMO, demoIds, startTestHub } from '../test/harness.js';
import { type HeapSummary, heapGrowth, heapSummary } from './heap-summary.js';
import { clientsProcess, createSubscribers, startStockServer } from './live-support.js';

const N = Number(process.env.BENCH_N ?? 1000);
const W = Number(process.env.BENCH_WARM ?? 50);
const TOP = Number(process.env.BENCH_TOP ?? 25);
const HEAP = !!process.env.BENCH_HEAP && process.env.BENCH_HEAP !== '0';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

v8.setFlagsFromString('--expose-gc');
const gc = (globalThis.gc ?? vm.runInNewContext('gc')) as () => void;

const { child, ask } = clientsProcess(process.execArgv.filter((a) => a !== '--expose-gc'));

interface Point {
  heap: number;
  external: number;
  rss: number;
  summary?: HeapSummary;
}

/** This process's memory once garbage is collected (and, with a snapshot, what is in its heap). */
async function point(snapshot: boolean): Promise<Point> {
  for (let i = 0; i < 4; i++) {
    gc();
    await sleep(50);
  }
  const m = process.memoryUsage();
  return { heap: m.heapUsed, external: m.external, rss: m.rss, summary: snapshot ? heapSummary() : undefined };
}

const hub = await startTestHub();
const ids = await demoIds(hub);
const coordinator = await hub.as(DEMO.coordinator);
const opened = await coordinator.ok<{ openPartnershipThread: { id: string } }>(`mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { id } }`, { p: ids.partnership.mechelen });
const thread = opened.openPartnershipThread.id;
const SUBSCRIPTION = { query: `subscription($t: ID!) { messageEvents(threadId: $t) { kind message { id seq body } } }`, variables: { t: thread } };
const cookies = await createSubscribers(hub, { count: W + N, organisation: 'Onthaalgroep Mechelen', role: 'VOLUNTEER', emailPrefix: 'idle' });
const hubUrl = `${hub.url.replace('http', 'ws')}/graphql`;

/** The hub's acknowledged sockets and their subscriptions (its metrics gauges). */
async function hubSockets(): Promise<{ connections: number; subscriptions: number }> {
  const read = async (name: string) => ((await hub.server.metrics.registry.getSingleMetric(name)!.get()).values[0]?.value as number | undefined) ?? 0;
  return { connections: await read('partner_hub_websocket_connections'), subscriptions: await read('partner_hub_websocket_subscriptions') };
}

interface Layer {
  label: string;
  /** Starts the server; `connect` opens `from`..`to` of its sockets and waits until the server holds them. */
  start(): Promise<{ connect(from: number, to: number): Promise<number>; stop(): Promise<void> }>;
}

async function waitFor(done: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 600; i++) {
    if (await done()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const hubLayer = (label: string, subscribe: boolean): Layer => ({
  label,
  start() {
    return Promise.resolve({
      async connect(from: number, to: number) {
        const { connected } = await ask({ cmd: 'connect', url: hubUrl, cookies: cookies.slice(from, to), append: true, ...(subscribe ? { subscribe: SUBSCRIPTION } : { initOnly: true }) });
        await waitFor(async () => {
          const s = await hubSockets();
          return s.connections >= to && (!subscribe || s.subscriptions >= to);
        }, `${label}: ${to} sockets`);
        // A subscription registers with its topic a moment after graphql-ws counts it.
        await sleep(1000);
        return connected;
      },
      async stop() {
        await ask({ cmd: 'close' });
        await waitFor(async () => (await hubSockets()).connections === 0, `${label}: sockets closed`);
      },
    });
  },
});

const LAYERS: Layer[] = [
  {
    label: 'raw ws',
    async start() {
      const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
      await new Promise<void>((r) => wss.once('listening', () => r()));
      const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
      return {
        async connect(from, to) {
          const { connected } = await ask({ cmd: 'connect', url, count: to - from, append: true });
          await waitFor(() => Promise.resolve(wss.clients.size >= to), 'raw sockets');
          return connected;
        },
        async stop() {
          await ask({ cmd: 'close' });
          await new Promise((r) => wss.close(r));
        },
      };
    },
  },
  {
    label: 'stock graphql-ws',
    async start() {
      const stock = await startStockServer();
      return {
        async connect(from, to) {
          const { connected } = await ask({ cmd: 'connect', url: stock.url, cookies: Array.from({ length: to - from }, () => ''), subscribe: SUBSCRIPTION, append: true });
          await sleep(1500);
          return connected;
        },
        async stop() {
          await ask({ cmd: 'close' });
          await stock.close();
        },
      };
    },
  },
  hubLayer('hub signed in', false),
  hubLayer('hub subscribed', true),
];

interface Measured {
  label: string;
  connected: number;
  before: Point;
  after: Point;
}

async function measureLayer(layer: Layer, snapshot: boolean): Promise<Measured> {
  const server = await layer.start();
  await server.connect(0, W);
  const before = await point(snapshot);
  const connected = await server.connect(W, W + N);
  const after = await point(snapshot);
  await server.stop();
  return { label: layer.label, connected, before, after };
}

const fdLimit = Number((await import('node:child_process')).execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim());
if (fdLimit < 2 * (N + W) + 200) console.warn(`ulimit -n is ${fdLimit}: ${N + W} sockets need more (run \`ulimit -n 10000\` first)`);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const results: Measured[] = [];
for (const layer of LAYERS) results.push(await measureLayer(layer, false));

console.log(`\nMemory per idle socket: ${N} sockets after ${W} warm-up ones, per server, in one process; ${hub.config.database.kind}`);
console.log(
  `machine: ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (1/5/15 min) at the end`,
);
console.log('KB per socket          heap  external  heap+ext     RSS   × raw ws (heap+ext)');
const floor = results[0];
const total = (m: Measured) => (m.after.heap - m.before.heap + m.after.external - m.before.external) / m.connected;
for (const m of results) {
  const heap = (m.after.heap - m.before.heap) / m.connected;
  const external = (m.after.external - m.before.external) / m.connected;
  const rss = (m.after.rss - m.before.rss) / m.connected;
  console.log(
    `${m.label.padEnd(20)} ${kb(heap).padStart(6)} ${kb(external).padStart(9)} ${kb(total(m)).padStart(9)} ${kb(rss).padStart(7)}   ${(total(m) / total(floor)).toFixed(1)}×${m.connected < N ? ` (${m.connected} of ${N} connected)` : ''}`,
  );
}

if (HEAP) {
  console.log(`\nWhat grew per socket, by constructor (heap snapshots; top ${TOP} per server, bytes per socket and objects per socket):`);
  for (const layer of LAYERS) {
    const m = await measureLayer(layer, true);
    const growth = heapGrowth(m.before.summary!, m.after.summary!);
    const sum = growth.reduce((s, g) => s + g.bytes, 0);
    console.log(`\n${m.label}: ${kb(sum / m.connected)} KB per socket in the snapshot`);
    for (const g of growth.slice(0, TOP)) console.log(`  ${(g.bytes / m.connected).toFixed(0).padStart(7)} B  ${(g.count / m.connected).toFixed(2).padStart(6)}  ${g.key}`);
  }
}

child.send({ cmd: 'exit' });
await hub.close();
process.exit(0);
