/**
 * Benchmark: live fan-out. N signed-in graphql-ws subscribers (N = 100, 1,000, 5,000 by default)
 * on loopback, in a child process (bench/fanout-clients.ts) so the hub's event loop is measured on
 * its own; a sender publishes at a fixed rate through the real mutation path; every subscriber
 * records when each event arrives. In the same run, the floor: a raw `ws` server broadcasting a
 * frame of the same byte size to the same number of raw clients at the same rate; and a peer:
 * stock graphql-ws (`useServer` on a `ws` server) with an in-memory pub/sub and a schema of the same
 * shape, the same subscription document and the same subscribers' process (`hub/stock`).
 * Prints, per N: send-to-receive p50/p99 of the hub and of the floor, their ratio, events lost and
 * duplicated, SQL statements per event and whether the hub kept up. Loopback only; not a test.
 *
 *   pnpm bench:fanout                          (SQLite, N = 100,1000,5000, 10 events/s for 20 s)
 *   BENCH_N=100,1000 BENCH_RATE=10 BENCH_SECONDS=5 pnpm bench:fanout
 *   TEST_DATABASE=postgresql DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres pnpm bench:fanout
 *   ... BENCH_REDIS=1 REDIS_URL=redis://127.0.0.1:6379 pnpm bench:fanout   (events through Redis)
 *   BENCH_SQL_LOG=1 pnpm bench:fanout          (also prints the statements of one event, per N)
 *   BENCH_SHORT=1 pnpm bench:fanout            (CI's short variant: N = 1,000 and 5,000, 3 s each after 20
 *                                               warm-up events; fails when the hub falls behind, see `check`)
 *
 * Each socket is a file descriptor on both sides: 5,000 subscribers need `ulimit -n` above ~5,200
 * (checked below). Clients connect in batches of 100 (the listen backlog is 511 by default).
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { WebSocketServer } from 'ws';
import { type Agent, DEMO, demoIds, startTestHub } from '../test/harness.js';
import { clientsProcess, createSubscribers as createSubscribersOf, startStockServer } from './live-support.js';

// ---------------------------------------------------------------------------------------------
// What is subscribed to and how an event is sent: the volunteers of a partnership follow its
// thread (`messageEvents`), the coordinator writes in it (`sendMessage`, the body carries the tag).
// These are the only feature-specific parts (see server/bench/README.md).
// ---------------------------------------------------------------------------------------------

type Ids = Awaited<ReturnType<typeof demoIds>>;

const THREAD = 'thread';

const LIVE = {
  /** The subscribed document; its result must contain the tag (`BENCH-<run>-<seq>`) of the event. */
  subscription: `subscription($t: ID!) { messageEvents(threadId: $t) { kind message { id seq body } } }`,
  variables: (_ids: Ids, prepared: Map<string, string>) => ({ t: prepared.get(THREAD)! }),
  /** The subscribers: new users of this role and organisation, each with their own session. */
  subscriberRole: 'VOLUNTEER' as const,
  subscriberOrganisation: 'Onthaalgroep Mechelen',
  /** Who sends. */
  sender: DEMO.coordinator,
  /** Untimed preparation: the partnership thread of Onthaalgroep Mechelen, which its volunteers see. */
  prepare: async (agent: Agent, ids: Ids, _tags: string[]): Promise<Map<string, string>> => {
    const { openPartnershipThread } = await agent.ok<{ openPartnershipThread: { id: string } }>(`mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { id } }`, {
      p: ids.partnership.mechelen,
    });
    return new Map([[THREAD, openPartnershipThread.id]]);
  },
  /** The timed part: one message whose body is the tag, stored and then published, as the app sends it. */
  send: (agent: Agent, _ids: Ids, tag: string, prepared: Map<string, string>) =>
    agent.ok<{ sendMessage: { id: string; seq: number } }>(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { id seq } }`, {
      input: { threadId: prepared.get(THREAD), clientId: randomUUID(), body: tag },
    }),
};

/** CI's short variant: fewer events, the sizes that matter, and a loud failure when the hub falls behind. */
const SHORT = !!process.env.BENCH_SHORT;
const NS = (process.env.BENCH_N ?? (SHORT ? '1000,5000' : '100,1000,5000')).split(',').map(Number);
const RATE = Number(process.env.BENCH_RATE ?? 10);
// 200 events: a p99 over 50 events is set by the slowest one or two of them, on either side.
const SECONDS = Number(process.env.BENCH_SECONDS ?? (SHORT ? 3 : 20));
const DRAIN_IDLE_MS = 10_000; // a phase ends when everything arrived, or nothing more arrived for this long
const MESSAGES = Math.round(RATE * SECONDS);
/**
 * Unmeasured events at the same rate before each measured phase (hub and floor alike), so both run
 * optimised code: after 20, the hub's code that runs once per event was not optimised yet (30-36 ms
 * of CPU per event at N = 1,000 against 25-28 after 100 or 200).
 */
const WARMUP = Number(process.env.BENCH_WARMUP ?? (SHORT ? 20 : 100));
/** Fail (exit 1) when the hub falls behind: on in the short variant, `BENCH_CHECK=0` turns it off. */
const CHECK = process.env.BENCH_CHECK ? process.env.BENCH_CHECK !== '0' : SHORT;
const INTERVAL = 1000 / RATE;

/** A keep-alive socket the server closed while idle fails the next request before it is sent: once more. */
async function send(tag: string, prepared: Map<string, string>): Promise<unknown> {
  try {
    return await LIVE.send(sender, ids, tag, prepared);
  } catch (error) {
    if (!String(error).includes('fetch failed')) throw error;
    return LIVE.send(sender, ids, tag, prepared);
  }
}

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ----- the subscribers' process --------------------------------------------------------------

const { child, ask } = clientsProcess();

// ----- the hub and its subscribers -----------------------------------------------------------

const maxN = Math.max(...NS);
// BENCH_REDIS=1: events go through Redis (REDIS_URL), as between several hub processes.
const redisUrl = process.env.BENCH_REDIS ? process.env.REDIS_URL : undefined;
if (process.env.BENCH_REDIS && !redisUrl) throw new Error('BENCH_REDIS=1 needs REDIS_URL');
const hub = await startTestHub(redisUrl ? { redisUrl } : {});
const ids = await demoIds(hub);
const sender = await hub.as(LIVE.sender);

/** Users and sessions straight into the database (signing in 5,000 times would hash 5,000 passwords). */
const createSubscribers = (count: number) => createSubscribersOf(hub, { count, organisation: LIVE.subscriberOrganisation, role: LIVE.subscriberRole, emailPrefix: 'bench' });

interface Report {
  p50: number;
  p99: number;
  max: number;
  delivered: number;
  lost: number;
  duplicated: number;
  medians: number[];
  frameBytes: number;
  sampleFrame: string;
}

interface PhaseResult extends Report {
  connected: number;
  /** Events per second actually achieved: sends until the last event reached half the subscribers. */
  achievedRate: number;
  keptUp: boolean;
  why: string;
  statementsPerEvent?: number;
  /** CPU time of the server process (hub or floor) per event, ms: less sensitive to a busy machine than latency. */
  cpuPerEvent?: number;
  /** Of which in the kernel (system time: mostly the socket writes). */
  cpuSystemPerEvent?: number;
  /** How long the sending mutation itself took (issued to answered), p50 ms: part of the hub's latency. */
  sendP50: number;
  /** Policy decisions plus executions of the subscription document per event (shared live layer only). */
  runsPerEvent?: number;
  /** The share of deliveries written by a lane (a cohort's idle subscribers, one loop per event). */
  lanedShare?: number;
}

/** Waits until every subscriber has every event of the run, or nothing more arrives for a while. */
async function drain(run: string, expected: number, idleMs = DRAIN_IDLE_MS) {
  let last = -1;
  let lastChange = Date.now();
  for (;;) {
    const { deliveries } = await ask({ cmd: 'progress', run });
    if (deliveries >= expected) return;
    if (deliveries !== last) {
      last = deliveries;
      lastChange = Date.now();
    } else if (Date.now() - lastChange > idleMs) return;
    await sleep(200);
  }
}

/** Sends WARMUP events at RATE per second and waits for them: the code paths of a phase are compiled before it is measured. */
async function warmUp(run: string, connected: number, sendOne: (tag: string) => Promise<unknown>) {
  for (let seq = 0; seq < WARMUP; seq++) {
    await Promise.all([sendOne(`BENCH-${run}-${seq}`), sleep(INTERVAL)]);
  }
  await drain(run, connected * WARMUP, 2000);
}

/** Sends MESSAGES events at RATE per second on a fixed schedule (open loop), then collects the figures. */
async function measure(run: string, connected: number, sendOne: (tag: string) => Promise<unknown>): Promise<PhaseResult> {
  const sent: Record<number, number> = {};
  const ends: number[] = [];
  const sendTimes: number[] = [];
  const start = now() + 50;
  const sends: Promise<unknown>[] = [];
  for (let seq = 0; seq < MESSAGES; seq++) {
    const due = start + seq * INTERVAL;
    const wait = due - now();
    if (wait > 0) await sleep(wait);
    sent[seq] = now();
    sends.push(
      sendOne(`BENCH-${run}-${seq}`).then(() => {
        const t = now();
        ends.push(t);
        sendTimes.push(t - sent[seq]);
      }),
    );
  }
  await Promise.all(sends);
  await drain(run, connected * MESSAGES);
  const report = await ask({ cmd: 'report', run, sent });
  const lastSeq = MESSAGES - 1;
  const lastArrival = Math.max(Math.max(...ends), sent[lastSeq] + (Number.isNaN(report.medians[lastSeq]) ? Infinity : report.medians[lastSeq]));
  const achievedRate = MESSAGES / ((lastArrival - sent[0]) / 1000 + 1 / RATE);
  const k = Math.max(1, Math.floor(MESSAGES / 5));
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const early = med(report.medians.slice(0, k));
  const late = med(report.medians.slice(-k));
  const reasons: string[] = [];
  if (achievedRate < RATE * 0.9) reasons.push(`rate ${achievedRate.toFixed(1)}/s`);
  if (!(late <= 2 * early + 20)) reasons.push(`latency grew ${early.toFixed(0)} -> ${late.toFixed(0)} ms`);
  if (report.lost) reasons.push('events lost');
  const sortedSends = [...sendTimes].sort((a, b) => a - b);
  const sendP50 = sortedSends[Math.floor(sortedSends.length / 2)] ?? NaN;
  return { ...report, connected, achievedRate, sendP50, keptUp: reasons.length === 0, why: reasons.join(', ') };
}

async function hubPhase(n: number, cookies: string[]): Promise<PhaseResult> {
  const url = `${hub.url.replace('http', 'ws')}/graphql`;
  const subscribed = await LIVE.prepare(sender, ids, []);
  const { connected, failed } = await ask({ cmd: 'connect', url, cookies: cookies.slice(0, n), subscribe: { query: LIVE.subscription, variables: LIVE.variables(ids, subscribed) } });
  if (failed) console.warn(`  hub: ${failed} of ${n} sockets failed to connect`);
  // The server registers a subscription a moment after the subscribe message, with no message to
  // say so: send warm-up events until every subscriber has one (this also warms the hub's caches).
  const warm = `${n}w`;
  for (let seq = 0; seq < 200; seq++) {
    const tag = `BENCH-${warm}-${seq}`;
    await send(tag, await LIVE.prepare(sender, ids, [tag]));
    await sleep(300);
    const { withAny } = await ask({ cmd: 'progress', run: warm });
    if (withAny >= connected) break;
    if (seq === 199) console.warn(`  hub: only ${withAny} of ${connected} subscribers got a warm-up event`);
  }
  await warmUp(`${n}j`, connected, (tag) => send(tag, subscribed));
  const run = `${n}h`;
  // Preparing may itself publish events with the run's tags: let them arrive, then forget them.
  const prepared = await LIVE.prepare(
    sender,
    ids,
    Array.from({ length: MESSAGES }, (_, seq) => `BENCH-${run}-${seq}`),
  );
  await drain(run, connected * MESSAGES, 2000);
  await sleep(500);
  await ask({ cmd: 'reset', run });
  if (process.env.BENCH_SQL_LOG) await traceOneEvent(`${n}t`, connected, prepared);
  const statementsBefore = hub.statements.count;
  const live = hub.server.live?.stats; // absent before the shared live layer
  const runsBefore = live ? live.decisions + live.executions : 0;
  const laneBefore = live?.laneWrites ?? 0;
  const cpuBefore = process.cpuUsage();
  const profiling = process.env.BENCH_PROFILE ? await startProfile() : null;
  const result = await measure(run, connected, (tag) => send(tag, prepared));
  if (profiling) await profiling(`fanout-hub-${n}.cpuprofile`);
  const cpu = process.cpuUsage(cpuBefore);
  result.cpuPerEvent = (cpu.user + cpu.system) / 1000 / MESSAGES;
  result.cpuSystemPerEvent = cpu.system / 1000 / MESSAGES;
  result.statementsPerEvent = (hub.statements.count - statementsBefore) / MESSAGES;
  if (live) result.runsPerEvent = (live.decisions + live.executions - runsBefore) / MESSAGES;
  if (live?.laneWrites !== undefined) result.lanedShare = (live.laneWrites - laneBefore) / (MESSAGES * connected);
  await ask({ cmd: 'close' });
  return result;
}

/** BENCH_SQL_LOG=1: prints the statements of one event (the sending mutation and the live runs it causes). */
async function traceOneEvent(run: string, connected: number, prepared: Map<string, string>) {
  const log: string[] = [];
  hub.statements.log = log;
  await send(`BENCH-${run}-0`, prepared);
  await drain(run, connected, 2000);
  hub.statements.log = undefined;
  console.log(`  statements of one event (${log.length}):`);
  for (const q of log) console.log(`    ${q.replace(/\s+/g, ' ').slice(0, 240)}`);
}

async function floorPhase(n: number, sampleFrame: string): Promise<PhaseResult> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
  const { connected } = await ask({ cmd: 'connect', url, count: n });
  while (wss.clients.size < connected) await sleep(50);
  const run = `${n}f`;
  // The hub's own frame for an event, with this run's tag: the same bytes to parse, the same size.
  const template = sampleFrame.replace(/BENCH-\w+-\d+/, '@TAG@');
  // Sent at once; a promise, as sendOne's other callers' sends are.
  const broadcast = (tag: string) => {
    const frame = template.replace('@TAG@', tag);
    for (const socket of wss.clients) socket.send(frame);
    return Promise.resolve();
  };
  await warmUp(`${n}k`, connected, broadcast);
  const cpuBefore = process.cpuUsage();
  const profiling = process.env.BENCH_PROFILE ? await startProfile() : null;
  const result = await measure(run, connected, broadcast);
  if (profiling) await profiling(`fanout-floor-${n}.cpuprofile`);
  const cpu = process.cpuUsage(cpuBefore);
  result.cpuPerEvent = (cpu.user + cpu.system) / 1000 / MESSAGES;
  result.cpuSystemPerEvent = cpu.system / 1000 / MESSAGES;
  await ask({ cmd: 'close' });
  await new Promise((r) => wss.close(r));
  return result;
}

/**
 * The peer: stock graphql-ws `useServer` with an in-memory pub/sub, a schema of the same shape
 * (`messageEvents(threadId:)` yielding `{ kind message { id seq body } }`) and the same document and
 * subscribers. An event is published straight into the pub/sub: no session, no policy, no database
 * write, no shared runs; graphql-js executes the document once per subscriber per event.
 */
async function stockPhase(n: number): Promise<PhaseResult> {
  const stock = await startStockServer();
  const url = stock.url;
  const threadId = 'stock-thread';
  const { connected } = await ask({ cmd: 'connect', url, cookies: Array.from({ length: n }, () => ''), subscribe: { query: LIVE.subscription, variables: { t: threadId } } });
  let seqNo = 0;
  const publish = (tag: string) => {
    seqNo++;
    stock.publish(threadId, { kind: 'MESSAGE', message: { id: String(seqNo), seq: seqNo, body: tag } });
    return Promise.resolve();
  };
  // As for the hub: the server registers a subscription a moment after the subscribe message.
  const warm = `${n}sw`;
  for (let seq = 0; seq < 200; seq++) {
    await publish(`BENCH-${warm}-${seq}`);
    await sleep(100);
    const { withAny } = await ask({ cmd: 'progress', run: warm });
    if (withAny >= connected) break;
  }
  await warmUp(`${n}sj`, connected, publish);
  const cpuBefore = process.cpuUsage();
  const result = await measure(`${n}s`, connected, publish);
  const cpu = process.cpuUsage(cpuBefore);
  result.cpuPerEvent = (cpu.user + cpu.system) / 1000 / MESSAGES;
  result.cpuSystemPerEvent = cpu.system / 1000 / MESSAGES;
  await ask({ cmd: 'close' });
  await stock.close();
  return result;
}

/** BENCH_PROFILE=1: a CPU profile of the hub process during each measured hub phase (open it in Chrome DevTools). */
async function startProfile(): Promise<(file: string) => Promise<void>> {
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async (file) => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
    console.log(`  profile written to ${file}`);
  };
}

// ----- run ---------------------------------------------------------------------------------------

const { execSync } = await import('node:child_process');
const fdLimit = Number(execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim());
if (fdLimit < maxN + 200) console.warn(`ulimit -n is ${fdLimit}: ${maxN} subscribers need more (run \`ulimit -n 20000\` first)`);

const cookies = await createSubscribers(maxN);
const rows: { n: number; hub: PhaseResult; floor: PhaseResult; stock: PhaseResult }[] = [];
for (const n of NS) {
  const hubResult = await hubPhase(n, cookies);
  const floorResult = await floorPhase(n, hubResult.sampleFrame || `{"id":"1","type":"next","payload":{"data":{"x":"BENCH-0-0"}}}`);
  const stockResult = await stockPhase(n);
  rows.push({ n, hub: hubResult, floor: floorResult, stock: stockResult });
  console.log(
    `N=${n} (load ${os.loadavg()[0].toFixed(1)}): hub p50 ${hubResult.p50.toFixed(1)} p99 ${hubResult.p99.toFixed(1)} ms (${hubResult.why || 'kept up'}); floor p50 ${floorResult.p50.toFixed(1)} p99 ${floorResult.p99.toFixed(1)} ms; stock graphql-ws p50 ${stockResult.p50.toFixed(1)} p99 ${stockResult.p99.toFixed(1)} ms (${stockResult.why || 'kept up'})`,
  );
}

const f = (x: number, w = 8) => (Number.isFinite(x) ? x.toFixed(1) : '-').padStart(w);
console.log(
  `\nLive fan-out: ${RATE} events/s for ${SECONDS} s (${MESSAGES} events) to N subscribers, ${hub.config.database.kind}${redisUrl ? ' + Redis' : ''}; frame ${rows[0]?.hub.frameBytes ?? '?'} bytes`,
);
console.log(`subscription: ${LIVE.subscription}`);
console.log(
  `machine: ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (1/5/15 min) at the end`,
);
console.log('      N  hub p50  hub p99 floor p50 floor p99  p50 x  p99 x    lost   dup  SQL/event  CPU ms/event hub floor  events/s  mutation p50  kept up');
for (const { n, hub: h, floor: fl } of rows) {
  console.log(
    `${String(n).padStart(7)} ${f(h.p50)} ${f(h.p99)} ${f(fl.p50, 9)} ${f(fl.p99, 9)} ${f(h.p50 / fl.p50, 6)} ${f(h.p99 / fl.p99, 6)} ${String(h.lost).padStart(7)} ${String(h.duplicated).padStart(5)} ${f(h.statementsPerEvent ?? NaN, 10)} ${f(h.cpuPerEvent ?? NaN, 17)} ${f(fl.cpuPerEvent ?? NaN, 5)} ${f(h.achievedRate, 9)} ${f(h.sendP50, 13)}  ${h.keptUp ? 'yes' : `NO (${h.why})`}` +
      (fl.lost || fl.duplicated || !fl.keptUp ? `   [floor: lost ${fl.lost}, dup ${fl.duplicated}${fl.keptUp ? '' : `, ${fl.why}`}]` : ''),
  );
}
console.log('latency in ms, send (mutation issued) to receive (frame parsed by the subscriber); lost/dup are deliveries (subscriber x event)');
console.log("SQL/event includes the sending mutation; CPU ms/event is the server process (hub: also the sender's HTTP client); runs/event = policy decisions + executions");
console.log('\nBeside a peer: stock graphql-ws useServer + in-memory pub/sub, same document, same subscribers (no database write, no policy)');
console.log('      N stock p50 stock p99  hub/stock p50  hub/stock p99    lost   dup  CPU ms/event stock  events/s  kept up');
for (const { n, hub: h, stock: st } of rows) {
  console.log(
    `${String(n).padStart(7)} ${f(st.p50, 9)} ${f(st.p99, 9)} ${f(h.p50 / st.p50, 14)} ${f(h.p99 / st.p99, 14)} ${String(st.lost).padStart(7)} ${String(st.duplicated).padStart(5)} ${f(st.cpuPerEvent ?? NaN, 18)} ${f(st.achievedRate, 9)}  ${st.keptUp ? 'yes' : `NO (${st.why})`}`,
  );
}
for (const { n, hub: h, floor: fl } of rows) {
  const runs = (h.runsPerEvent !== undefined ? `${h.runsPerEvent.toFixed(1)} runs/event; ` : '') + (h.lanedShare !== undefined ? `${(100 * h.lanedShare).toFixed(1)}% of deliveries by a lane; ` : '');
  console.log(
    `  N=${n}: ${runs}CPU ms/event hub/floor ${((h.cpuPerEvent ?? NaN) / (fl.cpuPerEvent ?? NaN)).toFixed(2)}x, in the kernel (system time) hub ${f(h.cpuSystemPerEvent ?? NaN, 0)}, floor ${f(fl.cpuSystemPerEvent ?? NaN, 0)}; events/s hub ${h.achievedRate.toFixed(1)}, floor ${fl.achievedRate.toFixed(1)}`,
  );
}

/**
 * The short variant's check. Not a timed test: it fails when the hub loses or duplicates a
 * delivery, or falls behind (delivers under 70 % of the rate sent while the floor, on the same
 * machine in the same run, kept at least 90 %) AND spends more than `MAX_CPU_RATIO` times the
 * floor's CPU per event: more work per event than it should, which is what the regression of
 * issue 21 was (2.4-2.5x at 5,000). A hub that falls behind at the floor's cost per event is a
 * machine at its capacity (2 slow cores at 5,000), reported, not failed.
 */
const MAX_CPU_RATIO = 2;
function check(): string[] {
  const failures: string[] = [];
  for (const { n, hub: h, floor: fl } of rows) {
    if (h.lost || h.duplicated) failures.push(`N=${n}: ${h.lost} deliveries lost, ${h.duplicated} duplicated`);
    if (h.achievedRate >= 0.7 * RATE) continue;
    if (fl.achievedRate < 0.9 * RATE) {
      console.log(`N=${n}: the floor fell behind too (${fl.achievedRate.toFixed(1)}/s): the machine is too busy to judge the hub`);
      continue;
    }
    const cpuRatio = (h.cpuPerEvent ?? Infinity) / (fl.cpuPerEvent ?? NaN);
    const behind = `the hub fell behind: ${h.achievedRate.toFixed(1)} events/s of ${RATE} sent (floor ${fl.achievedRate.toFixed(1)}), at ${cpuRatio.toFixed(2)}x the floor's CPU per event`;
    if (!(cpuRatio <= MAX_CPU_RATIO)) failures.push(`N=${n}: ${behind}`);
    else console.log(`N=${n}: ${behind}: within ${MAX_CPU_RATIO}x, so this machine's capacity, not the hub's cost (reported, not failed)`);
  }
  return failures;
}
const failures = CHECK ? check() : [];
if (CHECK)
  console.log(
    failures.length
      ? `\nFAN-OUT CHECK FAILED:\n${failures.map((x) => `  ${x}`).join('\n')}`
      : "\nfan-out check: nothing lost or duplicated, and the hub kept up or spent at most 2x the floor's CPU per event",
  );

child.send({ cmd: 'exit' });
await hub.close();
process.exit(failures.length ? 1 : 0);
