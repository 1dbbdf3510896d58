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
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { calculateFunding, findTariff, type ProgrammeCode } from '@partner-hub/shared';
import { buildSchema, graphql } from 'graphql';
import { fundingYear } from '../src/modules/funding/funding.service.js';
import { householdStatus } from '../src/modules/household/household.service.js';
import { DEMO, startTestHub } from '../test/harness.js';

const PARTNERSHIPS = Number(process.env.BENCH_PARTNERSHIPS ?? 50);
const HOUSEHOLDS = 4;
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const WARMUP = 30;

const QUERY = `{ partnerships(first: 100) { edges { node {
  id name fundingTotalCents
  members { lead organisation { name } }
  households { reference status members { firstName relationship } funding { totalCents lines { kind amountCents } } }
} } } }`;

const hub = await startTestHub();
const admin = await hub.as(DEMO.admin);
const { organisations } = await admin.ok(`{ organisations { id } }`);
for (let i = 5; i < PARTNERSHIPS; i++) {
  const p = await admin.ok(`mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`, {
    input: { name: `Bench ${String(i).padStart(3, '0')}`, programme: 'RESETTLEMENT', track: 'FLEXIBLE_FRAMEWORK', leadOrganisationId: organisations[i % organisations.length].id, capacityPledged: 12 },
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

const q = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await conn.execute(sql, params as never[])) as T[];

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}

/** The same data with four hand-written SQL statements, assembled in memory. */
async function rawSql() {
  const partnerships = await q<{ id: string; name: string; code: ProgrammeCode }>(
    'select p.id, p.name, g.code from partnership p join programme g on g.id = p.programme_id order by p.name, p.id limit 101',
  );
  const ids = partnerships.map((p) => p.id);
  const marks = ids.map(() => '?').join(',');
  const members = await q<{ partnership_id: string; lead: boolean | number; name: string }>(
    `select m.partnership_id, m.lead, o.name from partnership_member m join organisation o on o.id = m.organisation_id where m.partnership_id in (${marks}) order by m.lead desc, m.id`,
    ids,
  );
  const households = await q<{ id: string; partnership_id: string; reference: string; arrival_route: string; arrival_date: string | null; guidance_start: string | null; guidance_extended: boolean | number; planned_arrival_date: string | null }>(
    `select id, partnership_id, reference, arrival_route, arrival_date, guidance_start, guidance_extended, planned_arrival_date from household where partnership_id in (${marks}) order by reference`,
    ids,
  );
  const hMarks = households.map(() => '?').join(',') || "''";
  const people = await q<{ household_id: string; first_name: string; relationship: string }>(
    `select household_id, first_name, relationship from household_member where household_id in (${hMarks}) order by position, id`,
    households.map((h) => h.id),
  );
  const peopleBy = groupBy(people, (m) => m.household_id);
  const membersBy = groupBy(members, (m) => m.partnership_id);
  const householdsBy = groupBy(households, (h) => h.partnership_id);
  return partnerships.map((p) => {
    const hs = (householdsBy.get(p.id) ?? []).map((h) => {
      const ms = peopleBy.get(h.id) ?? [];
      const extended = !!h.guidance_extended;
      const dates = { guidanceStart: h.guidance_start, arrivalDate: h.arrival_date, plannedArrivalDate: h.planned_arrival_date, guidanceExtended: extended };
      const funding = calculateFunding(findTariff(p.code, fundingYear(dates)), { persons: ms.length, directArrival: h.arrival_route === 'DIRECT', secondYear: extended });
      return {
        reference: h.reference,
        status: householdStatus(dates),
        members: ms.map((m) => ({ firstName: m.first_name, relationship: m.relationship })),
        funding: { totalCents: funding.totalCents, lines: funding.lines.map((l) => ({ kind: l.kind, amountCents: l.amountCents })) },
      };
    });
    return {
      id: p.id,
      name: p.name,
      fundingTotalCents: hs.reduce((s, h) => s + h.funding.totalCents, 0),
      members: (membersBy.get(p.id) ?? []).map((m) => ({ lead: !!m.lead, organisation: { name: m.name } })),
      households: hs,
    };
  });
}

/** Plain graphql-js over node:http, resolving from the raw SQL above: no ORM, no framework. */
const plainSchema = buildSchema(`
  type Query { partnerships(first: Int): PartnershipConnection! }
  type PartnershipConnection { edges: [PartnershipEdge!]! }
  type PartnershipEdge { node: Partnership! }
  type Partnership { id: ID! name: String! fundingTotalCents: Int members: [Member!]! households: [Household!]! }
  type Member { lead: Boolean! organisation: Organisation! }
  type Organisation { name: String! }
  type Household { reference: String! status: String! members: [Person!]! funding: Funding }
  type Person { firstName: String! relationship: String! }
  type Funding { totalCents: Int! lines: [Line!]! }
  type Line { kind: String! amountCents: Int! }
`);
const plainRoot = { partnerships: async () => ({ edges: (await rawSql()).map((node) => ({ node })) }) };
const plainServer = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', async () => {
    const { query } = JSON.parse(body);
    const result = await graphql({ schema: plainSchema, source: query, rootValue: plainRoot });
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(result));
  });
});
await new Promise<void>((r) => plainServer.listen(0, '127.0.0.1', r));
const plainUrl = `http://127.0.0.1:${(plainServer.address() as AddressInfo).port}/graphql`;

async function time(fn: () => Promise<unknown>) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(samples.length * 0.5)]!, p99: samples[Math.floor(samples.length * 0.99)]! };
}

const post = (url: string, cookie?: string) => async () => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query: QUERY }) });
  const json = (await res.json()) as { errors?: unknown; data: { partnerships: { edges: unknown[] } } };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data.partnerships.edges.length;
};

// Same answer from both servers before timing anything.
const hubAnswer = await (await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: admin.cookie! }, body: JSON.stringify({ query: QUERY }) })).json();
const plainAnswer = await (await fetch(plainUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) })).json();
if ((plainAnswer as { errors?: unknown }).errors) throw new Error(JSON.stringify(plainAnswer));
if (JSON.stringify(hubAnswer) !== JSON.stringify(plainAnswer)) {
  const a = JSON.stringify(hubAnswer);
  const b = JSON.stringify(plainAnswer);
  let i = 0;
  while (a[i] === b[i]) i++;
  throw new Error(`the hub and the plain graphql-js floor disagree at ${i}: ${a.slice(i - 80, i + 80)} vs ${b.slice(i - 80, i + 80)}`);
}

const statementsBefore = hub.statements.count;
await post(`${hub.url}/graphql`, admin.cookie)();
const statements = hub.statements.count - statementsBefore;

const project = await time(post(`${hub.url}/graphql`, admin.cookie));
const plain = await time(post(plainUrl));
const sql = await time(rawSql);

const fmt = (n: number) => n.toFixed(2).padStart(8);
console.log(`\nPartnerships dashboard: ${PARTNERSHIPS} partnerships, ${HOUSEHOLDS} households each (${hub.server.port ? hub.config.database.kind : ''}), ${ITERATIONS} sequential requests`);
console.log(`SQL statements per hub request: ${statements} (raw SQL floor: 4, plus the session lookup)`);
console.log('                                 p50 ms    p99 ms');
console.log(`hub (Apollo + type-graphql + ORM)${fmt(project.p50)}  ${fmt(project.p99)}`);
console.log(`floor: plain graphql-js + SQL   ${fmt(plain.p50)}  ${fmt(plain.p99)}   ratio p50 ${(project.p50 / plain.p50).toFixed(2)}x, p99 ${(project.p99 / plain.p99).toFixed(2)}x`);
console.log(`floor: raw SQL only             ${fmt(sql.p50)}  ${fmt(sql.p99)}   ratio p50 ${(project.p50 / sql.p50).toFixed(2)}x, p99 ${(project.p99 / sql.p99).toFixed(2)}x`);

plainServer.close();
await hub.close();
