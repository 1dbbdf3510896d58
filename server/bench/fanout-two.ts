/**
 * Benchmark: live fan-out over two hub processes on PostgreSQL + Redis. Two hub server processes
 * (test/hub-process.ts) share one scratch database and one Redis; N signed-in subscribers on each
 * (each instance's subscribers in their own clients process, bench/fanout-clients.ts), following
 * one partnership thread; senders on both (events alternate between the two instances), so every
 * event crosses Redis to half the subscribers. Beside it, in the same run, one instance with N
 * subscribers and its own sender: the ratio two/one. Prints p50/p99 send-to-frame (the higher of
 * the two instances' subscribers' percentiles), lost and duplicated deliveries, and memory per
 * idle signed-in subscriber (RSS delta of a hub process / N) beside a raw `ws` server's per socket.
 *
 *   TEST_DATABASE=postgresql DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379 pnpm bench:fanout-two
 *   ... BENCH_N=100 BENCH_SECONDS=3 pnpm bench:fanout-two          (a quick check; default N = 5,000 per instance)
 *
 * Needs `ulimit -n` above 2 x (2 N + 200). Loopback only; not a test.
 */
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { Agent, DEMO, demoIds, startTestHub, type TestHub, usePostgres } from '../test/harness.js';
import { clientsProcess, createSubscribers } from './live-support.js';

const N = Number(process.env.BENCH_N ?? 5000);
const RATE = Number(process.env.BENCH_RATE ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 50);
const MESSAGES = Math.round(RATE * SECONDS);
const INTERVAL = 1000 / RATE;
const redisUrl = process.env.REDIS_URL;
if (!redisUrl) {
  // Part of the root `pnpm bench`, which also runs on SQLite alone: say so loudly rather than fail the chain.
  console.log('\nTwo instances: NOT RUN: needs REDIS_URL (events cross instances through Redis) and TEST_DATABASE=postgresql DATABASE_URL=...');
  process.exit(0);
}
if (!usePostgres) console.warn('TEST_DATABASE is not postgresql: two processes on one SQLite file (the target is PostgreSQL + Redis)');

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const execArgv = ['--conditions=source', '--import', '@swc-node/register/esm-register'];

/** Resident memory of a process, bytes (Linux). */
function rss(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.replace(/\D+/g, '')) * 1024;
}

/** A hub server process on the owner's database and Redis. */
async function hubProcess(owner: TestHub): Promise<{ url: string; proc: ChildProcess }> {
  const proc = spawn(process.execPath, [...execArgv, 'test/hub-process.ts'], {
    env: { ...process.env, HUB_CONFIG: JSON.stringify({ ...owner.config, redisUrl }) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d) => {
      out += d;
      const m = /READY (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    proc.once('exit', (code) => reject(new Error(`hub process exited (${code})`)));
  });
  return { url, proc };
}

const owner = await startTestHub({ redisUrl });
const ids = await demoIds(owner);
const [a, b] = await Promise.all([hubProcess(owner), hubProcess(owner)]);
// A run that fails half-way must not leave its hub processes running (they are not its children's children).
process.once('exit', () => {
  for (const h of [a, b]) if (h.proc.exitCode === null) h.proc.kill('SIGTERM');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(1));
const senderAt = async (url: string) => new Agent({ url, config: owner.config } as TestHub).signIn(DEMO.coordinator);
const senders = [await senderAt(a.url), await senderAt(b.url)];
const thread = (await senders[0].ok<{ openPartnershipThread: { id: string } }>(`mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { id } }`, { p: ids.partnership.mechelen }))
  .openPartnershipThread.id;
const send = (i: 0 | 1, tag: string) =>
  senders[i].ok<{ sendMessage: { id: string } }>(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`, { input: { threadId: thread, clientId: randomUUID(), body: tag } });
const SUBSCRIPTION = { query: `subscription($t: ID!) { messageEvents(threadId: $t) { kind message { id seq body } } }`, variables: { t: thread } };

/** Volunteers of the thread's partnership, with sessions, straight into the database. */
const subscribers = (count: number) => createSubscribers(owner, { count, organisation: 'Onthaalgroep Mechelen', role: 'VOLUNTEER', emailPrefix: 'two' });

type Clients = ReturnType<typeof clientsProcess>;

/** Waits until the groups hold `expected` deliveries of `run`, or nothing more arrives for `idleMs`. */
async function drain(groups: Clients[], run: string, expected: number, idleMs = 10_000) {
  let last = -1;
  let since = Date.now();
  for (;;) {
    const counts = await Promise.all(groups.map((g) => g.ask({ cmd: 'progress', run })));
    const total = counts.reduce((s, c) => s + c.deliveries, 0);
    if (total >= expected) return;
    if (total !== last) [last, since] = [total, Date.now()];
    else if (Date.now() - since > idleMs) return;
    await sleep(200);
  }
}

/** Sends at RATE (open loop), alternating between the given instances' senders; returns merged figures. */
async function phase(label: string, groups: Clients[], connected: number, via: (0 | 1)[]) {
  // The subscriptions register a moment after the subscribe message: events until all have one.
  for (let seq = 0; seq < 200; seq++) {
    await send(via[seq % via.length], `BENCH-${label}w-${seq}`);
    await sleep(300);
    const got = await Promise.all(groups.map((g) => g.ask({ cmd: 'progress', run: `${label}w` })));
    if (got.reduce((s, x) => s + x.withAny, 0) >= connected) break;
  }
  for (let seq = 0; seq < WARMUP; seq++) await Promise.all([send(via[seq % via.length], `BENCH-${label}j-${seq}`), sleep(INTERVAL)]);
  await drain(groups, `${label}j`, connected * WARMUP, 2000);
  const run = `${label}m`;
  const sent: Record<number, number> = {};
  const sends: Promise<unknown>[] = [];
  const start = now() + 50;
  for (let seq = 0; seq < MESSAGES; seq++) {
    const wait = start + seq * INTERVAL - now();
    if (wait > 0) await sleep(wait);
    sent[seq] = now();
    sends.push(send(via[seq % via.length], `BENCH-${run}-${seq}`));
  }
  await Promise.all(sends);
  await drain(groups, run, connected * MESSAGES);
  const reports = await Promise.all(groups.map((g) => g.ask({ cmd: 'report', run, sent })));
  return {
    p50: Math.max(...reports.map((r) => r.p50)),
    p99: Math.max(...reports.map((r) => r.p99)),
    perInstance: reports.map((r) => `p50 ${r.p50.toFixed(1)} p99 ${r.p99.toFixed(1)}`).join(' | '),
    lost: reports.reduce((s, r) => s + r.lost, 0),
    duplicated: reports.reduce((s, r) => s + r.duplicated, 0),
    delivered: reports.reduce((s, r) => s + r.delivered, 0),
  };
}

const fdLimit = Number((await import('node:child_process')).execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim());
if (fdLimit < 2 * N + 200) console.warn(`ulimit -n is ${fdLimit}: ${N} subscribers per instance need more (run \`ulimit -n 30000\` first)`);

const cookies = await subscribers(2 * N);
const wsUrl = (url: string) => `${url.replace('http', 'ws')}/graphql`;
const clientsA = clientsProcess(execArgv);
const clientsB = clientsProcess(execArgv);

// One instance first (instance A, N subscribers, its own sender), while instance B has none yet.
const connectA = await clientsA.ask({ cmd: 'connect', url: wsUrl(a.url), cookies: cookies.slice(0, N), subscribe: SUBSCRIPTION });
const one = await phase('one', [clientsA], connectA.connected, [0]);

// Memory per idle signed-in subscriber: instance B's RSS before and after its N subscribers (no events meanwhile).
await sleep(1000);
const bBefore = rss(b.proc.pid!);
const connectB = await clientsB.ask({ cmd: 'connect', url: wsUrl(b.url), cookies: cookies.slice(N), subscribe: SUBSCRIPTION });
await sleep(2000);
const perSubscriber = (rss(b.proc.pid!) - bBefore) / connectB.connected;
if (connectA.failed || connectB.failed) console.warn(`  ${connectA.failed} + ${connectB.failed} sockets failed to connect`);

// The raw floor's memory per idle socket: a bare ws server process, the same number of sockets.
const floorProc = spawn(process.execPath, [...execArgv, 'bench/ws-floor-process.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
const floorPort = await new Promise<string>((resolve) => {
  let out = '';
  floorProc.stdout.on('data', (d) => {
    out += d;
    const m = /READY (\d+)/.exec(out);
    if (m) resolve(m[1]);
  });
});
const floorClients = clientsProcess(execArgv);
await sleep(1000);
const floorBefore = rss(floorProc.pid!);
const floorConnect = await floorClients.ask({ cmd: 'connect', url: `ws://127.0.0.1:${floorPort}`, count: connectB.connected });
await sleep(2000);
const perSocket = (rss(floorProc.pid!) - floorBefore) / floorConnect.connected;
await floorClients.ask({ cmd: 'close' });
floorClients.child.send({ cmd: 'exit' });
floorProc.kill('SIGTERM');

// Then both instances, N subscribers on each, senders on both.
const two = await phase('two', [clientsA, clientsB], connectA.connected + connectB.connected, [0, 1]);
await Promise.all([clientsA.ask({ cmd: 'close' }), clientsB.ask({ cmd: 'close' })]);

const f = (x: number) => x.toFixed(1);
console.log(`\nTwo instances: ${N} subscribers on each (${2 * N} in all), ${RATE} events/s for ${SECONDS} s (${MESSAGES} events), senders on both; ${owner.config.database.kind} + Redis`);
console.log(
  `machine: ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (1/5/15 min) at the end`,
);
console.log('                         p50 ms   p99 ms     lost    dup  delivered');
console.log(
  `two instances (${2 * N})`.padEnd(24) +
    `${f(two.p50).padStart(7)}  ${f(two.p99).padStart(7)}  ${String(two.lost).padStart(7)} ${String(two.duplicated).padStart(6)}  ${two.delivered}   [${two.perInstance}]`,
);
console.log(`one instance (${N})`.padEnd(24) + `${f(one.p50).padStart(7)}  ${f(one.p99).padStart(7)}  ${String(one.lost).padStart(7)} ${String(one.duplicated).padStart(6)}  ${one.delivered}`);
console.log(`ratio two/one: p50 ${(two.p50 / one.p50).toFixed(2)}x, p99 ${(two.p99 / one.p99).toFixed(2)}x (p50/p99: the higher of the instances' subscribers')`);
console.log(
  `memory per idle signed-in subscriber: ${(perSubscriber / 1024).toFixed(1)} KB (hub process RSS delta / ${connectB.connected}); raw ws floor per socket: ${(perSocket / 1024).toFixed(1)} KB; ratio ${(perSubscriber / perSocket).toFixed(2)}x`,
);

for (const c of [clientsA, clientsB]) c.child.send({ cmd: 'exit' });
for (const h of [a, b]) h.proc.kill('SIGTERM');
await Promise.all([a, b].map((h) => new Promise((r) => (h.proc.exitCode !== null ? r(null) : h.proc.once('exit', r)))));
await owner.close();
process.exit(two.lost || two.duplicated ? 1 : 0);
