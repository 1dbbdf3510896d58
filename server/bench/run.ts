/**
 * Benchmark: the partnerships dashboard (partnerships with members, households, members and
 * funding), served by the hub over HTTP, beside two floors measured in the same run on the same
 * database: plain graphql-js over node:http with hand-written SQL, and the raw SQL alone.
 * Prints each figure, its floor and the ratio. Loopback only; bounded iterations.
 *
 *   pnpm bench            (SQLite)
 *   TEST_DATABASE=postgresql DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres pnpm bench
 */
import 'reflect-metadata';
import { DEMO, startTestHub } from '../test/harness.js';
import { assertSameAnswer, DASHBOARD_QUERY, DASHBOARD_SDL, dashboardSql, post, type Sql, startPlainServer, time } from './floor.js';

const PARTNERSHIPS = Number(process.env.BENCH_PARTNERSHIPS ?? 50);
const HOUSEHOLDS = 4;
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const WARMUP = 30;

const hub = await startTestHub();
const admin = await hub.as(DEMO.admin);
const { organisations, me } = await admin.ok<{ organisations: { id: string }[]; me: { id: string } }>(`{ organisations { id } me { id } }`);
for (let i = 5; i < PARTNERSHIPS; i++) {
  const p = await admin.ok<{ createPartnership: { id: string } }>(`mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`, {
    input: {
      name: `Bench ${String(i).padStart(3, '0')}`,
      programme: 'RESETTLEMENT',
      track: 'FLEXIBLE_FRAMEWORK',
      leadOrganisationId: organisations[i % organisations.length].id,
      capacityPledged: 12,
      status: 'ACTIVE',
      contactPersonId: me.id,
    },
  });
  for (let j = 0; j < HOUSEHOLDS; j++) {
    await admin.ok(`mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`, {
      input: {
        partnershipId: p.createPartnership.id,
        arrivalRoute: j % 2 ? 'DIRECT' : 'AFTER_RECEPTION',
        plannedArrivalDate: '2026-12-01',
        members: [
          { firstName: 'Head', lastName: `B${i}-${j}`, birthYear: 1980, relationship: 'HEAD' },
          { firstName: 'Spouse', lastName: `B${i}-${j}`, birthYear: 1982, relationship: 'SPOUSE' },
          { firstName: 'Child', lastName: `B${i}-${j}`, birthYear: 2015, relationship: 'CHILD' },
        ],
      },
    });
  }
}

const conn = hub.orm.em.fork().getConnection();
const q: Sql = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await conn.execute(sql, params as never[])) as T[];
const rawSql = () => dashboardSql(q, 100);

const plain = await startPlainServer(`type Query { partnerships(first: Int): PartnershipConnection! } ${DASHBOARD_SDL}`, {
  partnerships: async ({ first }: { first: number }) => ({ edges: (await dashboardSql(q, first)).map((node) => ({ node })) }),
});
const plainUrl = plain.url;

const QUERY = DASHBOARD_QUERY;
const run = (url: string, cookie?: string) => () => post(url, QUERY, { first: 100 }, cookie);

// Same answer from both servers before timing anything.
assertSameAnswer('partnerships dashboard', await run(`${hub.url}/graphql`, admin.cookie)(), await run(plainUrl)());

const statementsBefore = hub.statements.count;
await run(`${hub.url}/graphql`, admin.cookie)();
const statements = hub.statements.count - statementsBefore;

const project = await time(run(`${hub.url}/graphql`, admin.cookie), ITERATIONS, WARMUP);
const floor = await time(run(plainUrl), ITERATIONS, WARMUP);
const sql = await time(rawSql, ITERATIONS, WARMUP);

const fmt = (n: number) => n.toFixed(2).padStart(8);
console.log(`\nPartnerships dashboard: ${PARTNERSHIPS} partnerships, ${HOUSEHOLDS} households each (${hub.server.port ? hub.config.database.kind : ''}), ${ITERATIONS} sequential requests`);
console.log(`SQL statements per hub request: ${statements} (raw SQL floor: 4, plus the session lookup)`);
console.log('                                 p50 ms    p99 ms');
console.log(`hub (Apollo + type-graphql + ORM)${fmt(project.p50)}  ${fmt(project.p99)}`);
console.log(`floor: plain graphql-js + SQL   ${fmt(floor.p50)}  ${fmt(floor.p99)}   ratio p50 ${(project.p50 / floor.p50).toFixed(2)}x, p99 ${(project.p99 / floor.p99).toFixed(2)}x`);
console.log(`floor: raw SQL only             ${fmt(sql.p50)}  ${fmt(sql.p99)}   ratio p50 ${(project.p50 / sql.p50).toFixed(2)}x, p99 ${(project.p99 / sql.p99).toFixed(2)}x`);

plain.server.close();
await hub.close();
