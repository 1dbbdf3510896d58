/**
 * Pieces the read benchmarks share (run.ts, volume.ts): timing, a plain graphql-js server over
 * node:http (the floor: no ORM, no framework), POSTing a query, checking two answers are the same,
 * and the partnerships dashboard answered with hand-written SQL.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CaseKind, calculateFunding, findTariff, type FundingRule, guidanceMonths, type ProgrammeCode } from '@partner-hub/shared';
import { buildSchema, graphql } from 'graphql';
import { fundingYear } from '../src/modules/funding/funding.service.js';
import { householdStatus } from '../src/modules/household/household.service.js';

export type Sql = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

/**
 * Runs `fn` WARMUP times, then `iterations` times one after the other; p50 and p99 in ms, and the
 * process's CPU time (user + system) per iteration in ms: less at the mercy of other processes on a
 * shared machine than the wall clock (the client runs in the same process, for either side).
 */
export async function time(fn: () => Promise<unknown>, iterations: number, warmup = 30) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < iterations; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const used = process.cpuUsage(cpu);
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(samples.length * 0.5)], p99: samples[Math.floor(samples.length * 0.99)], cpu: (used.user + used.system) / 1000 / iterations };
}

/** Plain graphql-js over node:http with a root value: the floor the hub is measured against. */
export async function startPlainServer(sdl: string, root: Record<string, unknown>): Promise<{ url: string; server: Server }> {
  const schema = buildSchema(sdl);
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
      // graphql() answers errors in its result; it does not reject.
      void graphql({ schema, source: query, rootValue: root, variableValues: variables }).then((result) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(result));
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

/** POSTs a query; throws on GraphQL errors; returns the JSON answer. */
export async function post(url: string, query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query, variables }) });
  const json = (await res.json()) as { errors?: unknown };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json;
}

/** Throws, showing where, unless the two answers are the same JSON. */
export function assertSameAnswer(label: string, hub: unknown, floor: unknown) {
  const a = JSON.stringify(hub);
  const b = JSON.stringify(floor);
  if (a === b) return;
  let i = 0;
  while (a[i] === b[i]) i++;
  throw new Error(`${label}: the hub and the plain graphql-js floor disagree at ${i}: ${a.slice(i - 80, i + 80)} vs ${b.slice(i - 80, i + 80)}`);
}

export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** A datetime column as GraphQL's DateTimeISO prints it, whatever the driver returns. */
export function iso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'bigint') return new Date(Number(value)).toISOString();
  // Anything else but text was never a valid time (toISOString threw on it).
  if (typeof value !== 'string') throw new RangeError(`Not a datetime: ${typeof value}`);
  if (/^\d+$/.test(value)) return new Date(Number(value)).toISOString();
  // Text as the driver may send it: "2026-12-07 10:00:00.123", "...+00", "...+01:00", "...Z".
  let s = value.replace(' ', 'T');
  if (/[+-]\d\d$/.test(s)) s += ':00';
  else if (!/[zZ]|[+-]\d\d:?\d\d$/.test(s)) s += 'Z';
  return new Date(s).toISOString();
}

export const DASHBOARD_QUERY = `query($first: Int) { partnerships(first: $first) { edges { node {
  id name fundingTotalCents
  members { lead organisation { name } }
  households { reference status members { firstName relationship } funding { totalCents lines { kind amountCents } } }
} } } }`;

export const DASHBOARD_SDL = `
  type PartnershipConnection { edges: [PartnershipEdge!]! }
  type PartnershipEdge { node: Partnership! }
  type Partnership { id: ID! name: String! fundingTotalCents: Int members: [Member!]! households: [Household!]! }
  type Member { lead: Boolean! organisation: Organisation! }
  type Organisation { name: String! }
  type Household { reference: String! status: String! members: [Person!]! funding: Funding }
  type Person { firstName: String! relationship: String! }
  type Funding { totalCents: Int! lines: [Line!]! }
  type Line { kind: String! amountCents: Int! }
`;

/** The partnerships dashboard (an admin's first page) with four hand-written SQL statements, assembled in memory. */
export async function dashboardSql(q: Sql, first: number) {
  const partnerships = await q<{ id: string; name: string; code: ProgrammeCode; funding_rule: FundingRule; case_kind: CaseKind; case_months: number | null }>(
    'select p.id, p.name, g.code, g.funding_rule, g.case_kind, g.case_months from partnership p join programme g on g.id = p.programme_id order by p.name, p.id limit ?',
    [first],
  );
  const ids = partnerships.map((p) => p.id);
  const marks = ids.map(() => '?').join(',') || "''";
  const members = await q<{ partnership_id: string; lead: boolean | number; name: string }>(
    `select m.partnership_id, m.lead, o.name from partnership_member m join organisation o on o.id = m.organisation_id where m.partnership_id in (${marks}) order by m.lead desc, m.id`,
    ids,
  );
  const households = await q<{
    id: string;
    partnership_id: string;
    reference: string;
    arrival_route: string;
    arrival_date: string | null;
    guidance_start: string | null;
    guidance_extended: boolean | number;
    planned_arrival_date: string | null;
  }>(
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
      const funding = calculateFunding(findTariff(p.funding_rule, fundingYear(dates)), { persons: ms.length, directArrival: h.arrival_route === 'DIRECT', secondYear: extended });
      return {
        reference: h.reference,
        status: householdStatus(dates, guidanceMonths({ caseKind: p.case_kind, caseMonths: p.case_months })),
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
