/**
 * Benchmark: a national year's reads (bench/volume-data.ts) through the hub over HTTP, each beside
 * a floor measured in the same run on the same database: plain graphql-js over node:http resolving
 * from hand-written SQL, giving the same answer (checked before timing). Prints p50/p99, the ratio
 * and the SQL statements of one hub request. Loopback only; bounded iterations.
 *
 *   pnpm bench:volume                                   (SQLite, VOLUME_SCALE=1: the full national year)
 *   VOLUME_SCALE=0.02 BENCH_ITERATIONS=20 pnpm bench:volume       (a quick check)
 *   TEST_DATABASE=postgresql DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres pnpm bench:volume
 *   BENCH_READS=dashboard,inbox     (only the reads whose name contains one of these)
 *   BENCH_SQL_LOG=1                 (also prints the statements of one hub request per read)
 *   BENCH_PROFILE=1                 (writes a CPU profile of the hub's timed requests: volume-<read>.cpuprofile)
 */
import 'reflect-metadata';
import { type CaseKind, guidanceMonths } from '@partner-hub/shared';
import { householdStatus } from '../src/modules/household/household.service.js';
import { DEMO, startTestHub } from '../test/harness.js';
import { assertSameAnswer, DASHBOARD_QUERY, DASHBOARD_SDL, dashboardSql, groupBy, iso, post, type Sql, startPlainServer, time } from './floor.js';
import { generateVolume, VOLUME_CONTACT, volumeSize } from './volume-data.js';

const SCALE = Number(process.env.VOLUME_SCALE ?? 1);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const WARMUP = Math.min(20, ITERATIONS);

const hub = await startTestHub();
const size = volumeSize(SCALE);
const generated = await generateVolume(hub.orm, size, (line) => console.log(`  generated ${line}`));
console.log(`Volume data: ${generated.rows} rows in ${(generated.ms / 1000).toFixed(1)} s`);
const admin = await hub.as(DEMO.admin);
const contact = await hub.as(VOLUME_CONTACT);
const contactId = (await contact.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
const threadId = generated.threadIds[0];

const conn = hub.orm.em.fork().getConnection();
const q: Sql = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await conn.execute(sql, params as never[])) as T[];
const inMarks = (ids: unknown[]) => ids.map(() => '?').join(',') || "''";

// The reads: the same documents are sent to the hub and to the floor.
const BOARD = `{ board(sort: REFERENCE) { reference status members { firstName relationship } partnership { name } } }`;
const INBOX = `{ threads(first: 30) { edges { node { id kind subject lastActivityAt partnership { name } } } } }`;
const THREAD = `query($id: ID!) { messages(threadId: $id, limit: 50) { messages { id seq body internal createdAt author { name } } } }`;
const NOTIFICATIONS = `{ notifications(first: 20) { edges { node { id kind sourceType sourceId excerpt createdAt readAt actor { name } } } } }`;

// Hand-written SQL for each (the viewer is fixed: the floor has no sessions).
async function boardSql(viewerId: string) {
  const households = await q<{
    id: string;
    reference: string;
    name: string;
    arrival_date: string | null;
    guidance_start: string | null;
    guidance_extended: boolean | number;
    ended_on: string | null;
    case_kind: CaseKind;
    case_months: number | null;
  }>(
    `select h.id, h.reference, p.name, h.arrival_date, h.guidance_start, h.guidance_extended, h.ended_on, g.case_kind, g.case_months from household h join partnership p on p.id = h.partnership_id
     join programme g on g.id = p.programme_id where p.contact_person_id = ? or p.deputy_id = ? order by h.reference limit 1000`,
    [viewerId, viewerId],
  );
  const kept = households
    .map((h) => ({
      h,
      status: householdStatus(
        { arrivalDate: h.arrival_date, guidanceStart: h.guidance_start, guidanceExtended: !!h.guidance_extended, endedOn: h.ended_on },
        guidanceMonths({ caseKind: h.case_kind, caseMonths: h.case_months }),
      ),
    }))
    .filter((r) => r.status !== 'GUIDANCE_ENDED');
  const people = groupBy(
    await q<{ household_id: string; first_name: string; relationship: string }>(
      `select household_id, first_name, relationship from household_member where household_id in (${inMarks(kept)}) order by position, id`,
      kept.map((r) => r.h.id),
    ),
    (m) => m.household_id,
  );
  return kept.map(({ h, status }) => ({
    reference: h.reference,
    status,
    members: (people.get(h.id) ?? []).map((m) => ({ firstName: m.first_name, relationship: m.relationship })),
    partnership: { name: h.name },
  }));
}

async function inboxSql(viewerId: string, first: number) {
  const rows = await q<{ id: string; kind: string; subject: string | null; last_message_at: unknown; name: string }>(
    `select t.id, t.kind, t.subject, t.last_message_at, p.name from message_thread t join partnership p on p.id = t.partnership_id
     where t.partnership_id in (select id from partnership where contact_person_id = ? or deputy_id = ?) order by t.last_message_at desc, t.id asc limit ?`,
    [viewerId, viewerId, first],
  );
  return { edges: rows.map((t) => ({ node: { id: t.id, kind: t.kind, subject: t.subject, lastActivityAt: iso(t.last_message_at), partnership: { name: t.name } } })) };
}

async function threadSql(viewerId: string, id: string, limit: number) {
  const [allowed] = await q('select t.id from message_thread t join partnership p on p.id = t.partnership_id where t.id = ? and (p.contact_person_id = ? or p.deputy_id = ?)', [
    id,
    viewerId,
    viewerId,
  ]);
  if (!allowed) throw new Error('NOT_FOUND');
  const rows = await q<{ id: string; seq: number; body: string; internal: boolean | number; created_at: unknown; name: string | null }>(
    'select m.id, m.seq, m.body, m.internal, m.created_at, u.name from message m left join app_user u on u.id = m.author_id where m.thread_id = ? order by m.seq desc limit ?',
    [id, limit],
  );
  return {
    messages: rows.reverse().map((m) => ({ id: m.id, seq: Number(m.seq), body: m.body, internal: !!m.internal, createdAt: iso(m.created_at), author: m.name === null ? null : { name: m.name } })),
  };
}

async function notificationsSql(viewerId: string, first: number) {
  const rows = await q<{ id: string; kind: string; source_type: string; source_id: string; excerpt: string | null; created_at: unknown; read_at: unknown; name: string | null }>(
    `select n.id, n.kind, n.source_type, n.source_id, n.excerpt, n.created_at, n.read_at, u.name from notification n left join app_user u on u.id = n.actor_id
     where n.recipient_id = ? order by n.created_at desc, n.id desc limit ?`,
    [viewerId, first],
  );
  return {
    edges: rows.map((n) => ({
      node: {
        id: n.id,
        kind: n.kind,
        sourceType: n.source_type,
        sourceId: n.source_id,
        excerpt: n.excerpt,
        createdAt: iso(n.created_at),
        readAt: iso(n.read_at),
        actor: n.name === null ? null : { name: n.name },
      },
    })),
  };
}

const plain = await startPlainServer(
  `type Query {
    partnerships(first: Int): PartnershipConnection!
    board(sort: String): [BoardHousehold!]!
    threads(first: Int): ThreadConnection!
    messages(threadId: ID!, limit: Int): MessagePage!
    notifications(first: Int): NotificationConnection!
  }
  enum BoardSort { REFERENCE }
  type BoardHousehold { reference: String! status: String! members: [Person!]! partnership: BoardPartnership! }
  type BoardPartnership { name: String! }
  type ThreadConnection { edges: [ThreadEdge!]! }
  type ThreadEdge { node: Thread! }
  type Thread { id: ID! kind: String! subject: String lastActivityAt: String! partnership: BoardPartnership! }
  type MessagePage { messages: [Message!]! }
  type Message { id: ID! seq: Int! body: String! internal: Boolean! createdAt: String! author: Author }
  type Author { name: String! }
  type NotificationConnection { edges: [NotificationEdge!]! }
  type NotificationEdge { node: Notification! }
  type Notification { id: ID! kind: String! sourceType: String! sourceId: ID! excerpt: String createdAt: String! readAt: String actor: Author }
  ${DASHBOARD_SDL}`,
  {
    partnerships: async ({ first }: { first: number }) => ({ edges: (await dashboardSql(q, first)).map((node) => ({ node })) }),
    board: () => boardSql(contactId),
    threads: ({ first }: { first: number }) => inboxSql(contactId, first),
    messages: ({ threadId: id, limit }: { threadId: string; limit: number }) => threadSql(contactId, id, limit),
    notifications: ({ first }: { first: number }) => notificationsSql(contactId, first),
  },
);

// The floor's schema has `sort: String`; the hub's an enum: the same document with the literal written for each.
const reads = [
  { name: 'partnerships dashboard (admin, 100)', agent: admin, query: DASHBOARD_QUERY, floorQuery: DASHBOARD_QUERY, variables: { first: 100 } },
  { name: "contact person's board", agent: contact, query: BOARD, floorQuery: BOARD.replace('sort: REFERENCE', 'sort: "REFERENCE"'), variables: {} },
  { name: 'inbox (30 threads)', agent: contact, query: INBOX, floorQuery: INBOX, variables: {} },
  { name: 'thread page (50 messages)', agent: contact, query: THREAD, floorQuery: THREAD, variables: { id: threadId } },
  { name: 'notification list (20)', agent: contact, query: NOTIFICATIONS, floorQuery: NOTIFICATIONS, variables: {} },
];

const fmt = (n: number) => n.toFixed(2).padStart(8);
console.log(
  `\nVolume: ${size.partnerships} partnerships, ${size.partnerships * size.householdsPerPartnership} households, ${size.threads} threads x ${size.messagesPerThread} messages, ${size.notifications} notifications (scale ${SCALE}, ${hub.config.database.kind}); ${ITERATIONS} sequential requests each`,
);
console.log('read                                  statements   hub p50   hub p99  floor p50 floor p99   ratio p50  ratio p99   cpu/req hub floor ratio');
const only = process.env.BENCH_READS?.split(',').map((r) => r.trim().toLowerCase());
for (const read of reads.filter((r) => !only || only.some((o) => r.name.toLowerCase().includes(o)))) {
  const hubRun = () => post(`${hub.url}/graphql`, read.query, read.variables, read.agent.cookie);
  const floorRun = () => post(plain.url, read.floorQuery, read.variables);
  assertSameAnswer(read.name, await hubRun(), await floorRun());
  const before = hub.statements.count;
  const log: string[] | undefined = process.env.BENCH_SQL_LOG ? [] : undefined;
  hub.statements.log = log;
  await hubRun();
  hub.statements.log = undefined;
  const statements = hub.statements.count - before;
  for (const sql of log ?? []) console.log(`    ${sql.replace(/\s+/g, ' ').slice(0, 300)}`);
  const profiling = process.env.BENCH_PROFILE ? await startProfile() : null;
  const h = await time(hubRun, ITERATIONS, WARMUP);
  if (profiling) await profiling(`volume-${read.name.split(' ')[0]}.cpuprofile`);
  const f = await time(floorRun, ITERATIONS, WARMUP);
  console.log(
    `${read.name.padEnd(38)}${String(statements).padStart(10)} ${fmt(h.p50)}  ${fmt(h.p99)}  ${fmt(f.p50)}  ${fmt(f.p99)}   ${(h.p50 / f.p50).toFixed(2).padStart(7)}x  ${(h.p99 / f.p99).toFixed(2).padStart(7)}x  ${fmt(h.cpu)} ${fmt(f.cpu)} ${(h.cpu / f.cpu).toFixed(2).padStart(6)}x`,
  );
}

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
  };
}

plain.server.close();
await hub.close();
