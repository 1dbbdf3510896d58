/**
 * The subscribers of the fan-out benchmark, in their own process (forked by bench/fanout.ts) so
 * that the hub's event loop is measured on its own. Speaks to the parent over IPC:
 *
 *   connect  { url, cookies?, subscribe?, initOnly? }
 *                                            opens one WebSocket per cookie (or `count` anonymous
 *                                            ones for the raw floor); with `subscribe`, speaks
 *                                            graphql-transport-ws (init, ack, subscribe id "1");
 *                                            with `initOnly`, init and ack but no subscription;
 *                                            with `append`, keeps the sockets opened before
 *   progress { run }                         how many clients received at least one / all events of a run
 *   reset    { run }                         forgets what arrived for a run
 *   report   { run, sent }                   latency per delivered event (receive time minus `sent[seq]`),
 *                                            lost and duplicated deliveries
 *   close                                    closes every socket
 *
 * An event is recognised by the tag `BENCH-<run>-<seq>` anywhere in the frame, so the subscribed
 * document only has to echo that tag in one of its fields.
 */
import WebSocket from 'ws';

const TAG = /BENCH-(\w+)-(\d+)/;
const now = () => performance.timeOrigin + performance.now();

interface Client {
  ws: WebSocket;
  /** run -> seq -> first receive time */
  received: Map<string, Map<number, number>>;
  duplicates: Map<string, number>;
}

/** What the parent sends. */
export type Command =
  | { cmd: 'connect'; url: string; cookies?: (string | undefined)[]; count?: number; subscribe?: { query: string; variables: Record<string, unknown> }; initOnly?: boolean; append?: boolean }
  | { cmd: 'progress'; run: string }
  | { cmd: 'reset'; run: string }
  | { cmd: 'report'; run: string; sent: Record<number, number> }
  | { cmd: 'close' }
  | { cmd: 'exit' };

/** What this process answers, by command (`exit` has no answer). */
export interface Answers {
  connect: { connected: number; failed: number };
  progress: { withAny: number; deliveries: number; open: number };
  reset: { reset: true };
  report: { p50: number; p99: number; max: number; delivered: number; lost: number; duplicated: number; medians: number[]; frameBytes: number; sampleFrame: string };
  close: { closed: true };
}

/** Answers the parent's command (typed by the command it answers). */
function answer<C extends keyof Answers>(_cmd: C, value: Answers[C]) {
  process.send!(value);
}

let clients: Client[] = [];
let sampleFrame = '';

function onFrame(client: Client, text: string) {
  const t = now();
  // A real client parses every frame; so does this one (for the hub and the floor alike).
  const message = JSON.parse(text) as { type?: string; payload?: unknown };
  if (message.type !== 'next') return;
  const m = TAG.exec(text);
  if (!m) return;
  const run = m[1];
  const seq = Number(m[2]);
  let seqs = client.received.get(run);
  if (!seqs) client.received.set(run, (seqs = new Map<number, number>()));
  if (seqs.has(seq)) client.duplicates.set(run, (client.duplicates.get(run) ?? 0) + 1);
  else seqs.set(seq, t);
  if (!sampleFrame) sampleFrame = text;
}

function open(url: string, cookie: string | undefined, subscribe: { query: string; variables: Record<string, unknown> } | undefined, initOnly = false): Promise<Client | null> {
  const graphqlWs = !!subscribe || initOnly;
  return new Promise((resolve) => {
    const ws = new WebSocket(url, graphqlWs ? 'graphql-transport-ws' : undefined, cookie ? { headers: { cookie } } : {});
    const client: Client = { ws, received: new Map(), duplicates: new Map() };
    let settled = false;
    const settle = (value: Client | null) => {
      if (!settled) {
        settled = true;
        resolve(value);
      }
    };
    ws.on('error', () => settle(null));
    ws.on('close', () => settle(null));
    ws.on('open', () => {
      if (!graphqlWs) return settle(client);
      ws.send(JSON.stringify({ type: 'connection_init' }));
    });
    ws.on('message', (data) => {
      // A text frame: a Buffer (ws's default binaryType).
      const text = (data as Buffer).toString();
      if (!settled && graphqlWs && text.includes('"connection_ack"')) {
        if (subscribe) ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: subscribe }));
        return settle(client);
      }
      onFrame(client, text);
    });
  });
}

function percentile(sorted: Float64Array, p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

async function handle(msg: Command) {
  switch (msg.cmd) {
    case 'connect': {
      const targets: (string | undefined)[] = msg.cookies ?? Array.from({ length: msg.count ?? 0 }, () => undefined);
      const opened: Client[] = [];
      let failed = 0;
      // In batches: the listen backlog and the server's accept loop stay unflooded.
      for (let i = 0; i < targets.length; i += 100) {
        const batch = await Promise.all(targets.slice(i, i + 100).map((cookie) => open(msg.url, cookie, msg.subscribe, msg.initOnly)));
        for (const c of batch) {
          if (c) opened.push(c);
          else failed++;
        }
      }
      clients = msg.append ? [...clients, ...opened] : opened;
      sampleFrame = '';
      answer('connect', { connected: opened.length, failed });
      break;
    }
    case 'progress': {
      let withAny = 0;
      let deliveries = 0;
      for (const c of clients) {
        const n = c.received.get(msg.run)?.size ?? 0;
        if (n) withAny++;
        deliveries += n;
      }
      answer('progress', { withAny, deliveries, open: clients.filter((c) => c.ws.readyState === WebSocket.OPEN).length });
      break;
    }
    case 'reset': {
      for (const c of clients) {
        c.received.delete(msg.run);
        c.duplicates.delete(msg.run);
      }
      answer('reset', { reset: true });
      break;
    }
    case 'report': {
      const sent = msg.sent;
      const seqs = Object.keys(sent).map(Number);
      const latencies = new Float64Array(clients.length * seqs.length);
      let k = 0;
      let lost = 0;
      let duplicated = 0;
      const perSeq = new Map<number, number[]>();
      for (const c of clients) {
        const got = c.received.get(msg.run) ?? new Map<number, number>();
        duplicated += c.duplicates.get(msg.run) ?? 0;
        for (const seq of seqs) {
          const t = got.get(seq);
          if (t === undefined) lost++;
          else {
            const l = t - sent[seq];
            latencies[k++] = l;
            let list = perSeq.get(seq);
            if (!list) perSeq.set(seq, (list = []));
            list.push(l);
          }
        }
      }
      const all = latencies.subarray(0, k).sort();
      // Median latency per event, in send order: does it grow while the sender keeps sending?
      const medians = seqs
        .sort((a, b) => a - b)
        .map((s) => {
          const l = (perSeq.get(s) ?? []).sort((a, b) => a - b);
          return l.length ? l[Math.floor(l.length / 2)] : NaN;
        });
      answer('report', {
        p50: percentile(all, 0.5),
        p99: percentile(all, 0.99),
        max: percentile(all, 1),
        delivered: k,
        lost,
        duplicated,
        medians,
        frameBytes: Buffer.byteLength(sampleFrame),
        sampleFrame,
      });
      break;
    }
    case 'close': {
      await Promise.all(
        clients.map(
          (c) =>
            new Promise<void>((resolve) => {
              if (c.ws.readyState === WebSocket.CLOSED) return resolve();
              c.ws.once('close', () => resolve());
              c.ws.close();
              setTimeout(() => {
                c.ws.terminate();
                resolve();
              }, 5000).unref();
            }),
        ),
      );
      clients = [];
      answer('close', { closed: true });
      break;
    }
    case 'exit':
      process.exit(0);
  }
}

process.on('message', (message) => void handle(message as Command));
