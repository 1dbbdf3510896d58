/**
 * Generated operations: 10,000 random, valid operations built from the schema (random arguments,
 * ids of records of every partnership among them, random selections) run as each role and
 * signed out. None may end in an internal error, and none may answer a record of a partnership
 * the role does not see (nor, to partners, an internal note of Fedasil staff).
 *
 * Operations run through the server's own schema, context (a session looked up per operation, as
 * for a request) and error formatter, without HTTP, to keep 10,000 of them within CI's time on 2
 * cores. The generator is seeded (GENERATED_OPERATIONS_SEED to replay another run).
 */
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  execute,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  parse,
  validate,
} from 'graphql';
import { ReferenceKind } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Context, createContext } from '../src/app/context.js';
import { createErrorFormatter } from '../src/app/errors.js';
import type { Logger } from '../src/app/logger.js';
import { sessionTokenFromCookieHeader, viewerFromToken } from '../src/modules/auth/session.service.js';
import { DEMO, startTestHub, type TestHub } from './harness.js';

const TOTAL = Number(process.env.GENERATED_OPERATIONS_TOTAL ?? 10_000);
const SEED = Number(process.env.GENERATED_OPERATIONS_SEED ?? 20_261_207);
/** Ending the role's own session or account would leave the rest of its operations signed out. */
const SKIPPED_ROOT_FIELDS = new Set(['signOut', 'removeUser']);
/** Password hashing is slow by design (argon2): these run a few times, not hundreds. */
const RARE_ROOT_FIELDS = new Set(['signIn', 'acceptInvitation']);

/** mulberry32: a small seeded PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
type Random = ReturnType<typeof prng>;

const STRINGS = [
  '',
  'a',
  'Test',
  'Gent Samen',
  'x'.repeat(300),
  'Émilie Ünal',
  'DIRECT',
  '2026-03-01',
  'not-a-date',
  '<script>alert(1)</script>',
  "'; drop table message; --",
  '🙂 émoji',
  'HH-2026-0004',
  'partnerhub-demo',
];
const INTS = [-5, -1, 0, 1, 2, 3, 10, 50, 200, 201, 2025, 2026, 100_000, 2_147_483_647];
const DATES = ['2026-01-01', '2026-06-15', '2026-12-31', '2025-02-29', '2027-10-03'];

/** Builds random documents and arguments from the schema. */
class Generator {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: Random,
    private readonly ids: string[],
    private readonly emails: string[],
  ) {}

  private literal(type: GraphQLInputType, name: string, depth: number): string {
    if (isNonNullType(type)) return this.literal(type.ofType, name, depth);
    if (isListType(type)) {
      const n = this.random.int(depth > 2 ? 1 : 3);
      return `[${Array.from({ length: n }, () => this.literal(type.ofType, name, depth + 1)).join(', ')}]`;
    }
    if (isEnumType(type)) return this.random.pick(type.getValues()).name;
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || (depth < 3 && this.random.chance(0.6)));
      return `{ ${fields.map((f) => `${f.name}: ${this.literal(f.type, f.name, depth + 1)}`).join(', ')} }`;
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'ID':
          return JSON.stringify(this.random.chance(0.95) ? this.random.pick(this.ids) : `00000000-0000-4000-8000-${String(this.random.int(1e12)).padStart(12, '0')}`);
        case 'Int':
          return String(this.random.pick(INTS));
        case 'Float':
          return String(this.random.pick([-1.5, 0, 0.5, 1, 99.99]));
        case 'Boolean':
          return this.random.chance(0.5) ? 'true' : 'false';
        case 'DateTimeISO':
          return JSON.stringify(`${this.random.pick(DATES)}T${String(this.random.int(24)).padStart(2, '0')}:00:00.000Z`);
        default: {
          if (/email/i.test(name)) return JSON.stringify(this.random.pick(this.emails));
          if (/date|day|on$|start|end|until|from/i.test(name) && this.random.chance(0.8)) return JSON.stringify(this.random.pick(DATES));
          return JSON.stringify(this.random.pick(STRINGS));
        }
      }
    }
    throw new Error(`no literal for ${String(type)}`);
  }

  private args(args: readonly GraphQLArgument[]): string {
    const chosen = args.filter((a) => (isNonNullType(a.type) ? a.defaultValue === undefined || this.random.chance(0.5) : this.random.chance(0.5)));
    return chosen.length ? `(${chosen.map((a) => `${a.name}: ${this.literal(a.type, a.name, 0)}`).join(', ')})` : '';
  }

  private selection(type: GraphQLOutputType, depth: number): string {
    const named: GraphQLNamedType = getNamedType(type);
    if (isScalarType(named) || isEnumType(named)) return '';
    if (isUnionType(named)) {
      const members = named.getTypes();
      const member = this.random.pick(members);
      return `{ __typename ... on ${member.name} ${this.selection(member, depth + 1) || '{ __typename }'} }`;
    }
    if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
    const fields = Object.values(named.getFields()) as GraphQLField<unknown, unknown>[];
    const picked: string[] = [];
    for (const field of fields) {
      const leaf = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type));
      if (leaf) {
        if (field.name === 'id' || this.random.chance(0.5)) picked.push(`${field.name}${this.args(field.args)}`);
      } else if (depth < 3 && this.random.chance(depth === 0 ? 0.5 : 0.25)) {
        picked.push(`${field.name}${this.args(field.args)} ${this.selection(field.type, depth + 1)}`);
      }
    }
    if (!picked.length) picked.push('__typename');
    return `{ ${picked.join(' ')} }`;
  }

  operation(): { kind: 'query' | 'mutation'; field: string; text: string } {
    const kind = this.random.chance(0.6) ? 'query' : 'mutation';
    const root = kind === 'query' ? this.schema.getQueryType()! : this.schema.getMutationType()!;
    const fields = Object.values(root.getFields()).filter((f) => !SKIPPED_ROOT_FIELDS.has(f.name));
    let field = this.random.pick(fields);
    while (RARE_ROOT_FIELDS.has(field.name) && !this.random.chance(0.05)) field = this.random.pick(fields);
    return { kind, field: field.name, text: `${kind} { ${field.name}${this.args(field.args)} ${this.selection(field.type, 0)} }` };
  }
}

/** Every string in an answer (ids among them). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe('generated operations as every role', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub?.close());

  it(`runs ${TOTAL} random valid operations: no internal error, no record of another partnership`, { timeout: 600_000 }, async () => {
    const conn = hub.orm.em.fork().getConnection();
    const metadata = hub.orm.getMetadata().getAll();
    // Ids of every kind of record, of every partnership.
    const ids: string[] = [];
    for (const meta of Object.values(metadata)) {
      if (!meta.tableName || meta.embeddable || !meta.primaryKeys.includes('id')) continue;
      const rows = (await conn.execute(`select id from ${meta.tableName} limit 40`)) as { id: string }[];
      ids.push(...rows.map((r) => String(r.id)));
    }
    expect(ids.length).toBeGreaterThan(100);
    const emails = ((await conn.execute('select email from app_user')) as { email: string }[]).map((r) => r.email).concat(['nobody@example.org', 'not-an-email']);

    // Which record belongs to which partnership: records with a partnership, a household or a thread.
    const owner = new Map<string, string>();
    const internalNotes = new Set<string>();
    const partnershipOf = new Map(((await conn.execute('select id from partnership')) as { id: string }[]).map((r) => [String(r.id), String(r.id)]));
    for (const [id, p] of partnershipOf) owner.set(id, p);
    const households = new Map(((await conn.execute('select id, partnership_id from household')) as { id: string; partnership_id: string }[]).map((r) => [String(r.id), String(r.partnership_id)]));
    const threads = new Map(((await conn.execute('select id, partnership_id from message_thread')) as { id: string; partnership_id: string }[]).map((r) => [String(r.id), String(r.partnership_id)]));
    for (const meta of Object.values(metadata)) {
      if (!meta.tableName || meta.embeddable || !meta.primaryKeys.includes('id')) continue;
      const via = ['partnership', 'household', 'thread'].find((p) => meta.properties[p]?.kind === ReferenceKind.MANY_TO_ONE);
      if (!via) continue;
      const rows = (await conn.execute(`select id, ${via}_id as ref from ${meta.tableName}`)) as { id: string; ref: string | null }[];
      for (const r of rows) {
        if (r.ref == null) continue;
        const p = via === 'partnership' ? String(r.ref) : via === 'household' ? households.get(String(r.ref)) : threads.get(String(r.ref));
        if (p) owner.set(String(r.id), p);
      }
    }
    for (const r of (await conn.execute('select id from message where internal = ?', [true])) as { id: string }[]) internalNotes.add(String(r.id));

    const unexpected: { error: string }[] = [];
    const logger: Logger = {
      debug: () => {},
      info: () => {},
      warn: () => {},
      error: (_m, data) => unexpected.push({ error: typeof data?.error === 'string' ? data.error.split('\n')[0] : (JSON.stringify(data?.error) ?? '') }),
    };
    const format = createErrorFormatter(logger);
    const services = hub.server.services;
    const schema = hub.server.schema;

    const roles: { name: string; cookie?: string; partner: boolean }[] = [{ name: 'signed out', partner: true }];
    for (const [name, email] of Object.entries(DEMO)) {
      const agent = await hub.as(email);
      roles.push({ name, cookie: agent.cookie, partner: /coordinator|volunteer/i.test(name) });
    }
    const contextFor = async (cookie: string | undefined): Promise<Context> => {
      const em = hub.orm.em.fork();
      const viewer = await viewerFromToken(em, hub.config.sessionSecret, sessionTokenFromCookieHeader(cookie));
      return createContext({ viewer, em, ip: '127.0.0.9', cookies: { set: () => {}, clear: () => {} }, app: services });
    };
    // What each role sees: the partnerships its own list answers.
    const visible = new Map<string, Set<string>>();
    for (const role of roles) {
      const result = await execute({ schema, document: parse('{ partnerships(first: 100) { edges { node { id } } } }'), contextValue: await contextFor(role.cookie) });
      const edges = (result.data?.partnerships as { edges: { node: { id: string } }[] } | undefined)?.edges ?? [];
      visible.set(role.name, new Set(edges.map((e) => e.node.id)));
    }
    expect(visible.get('admin')!.size).toBe(partnershipOf.size);
    expect(visible.get('otherVolunteer')!.size).toBeLessThan(partnershipOf.size);

    const random = prng(SEED);
    const generator = new Generator(schema, random, ids, emails);
    const internal: string[] = [];
    const leaks: string[] = [];
    const perField = new Map<string, number>();
    const timeByField = new Map<string, number>();
    const wallStart = performance.now();
    let invalid = 0;
    let errors = 0;
    /** The next valid operation and the role it runs as (generated in order: the same run for a seed). */
    let n = 0;
    const next = () => {
      for (;;) {
        const op = generator.operation();
        const document = parse(op.text);
        if (validate(schema, document).length) {
          invalid++;
          continue;
        }
        n++;
        return { op, document, role: roles[n % roles.length] };
      }
    };
    const run = async ({ op, document, role }: ReturnType<typeof next>) => {
      perField.set(op.field, (perField.get(op.field) ?? 0) + 1);
      const started = performance.now();
      const result = await execute({ schema, document, contextValue: await contextFor(role.cookie) });
      for (const error of result.errors ?? []) {
        errors++;
        const logged = unexpected.length;
        const formatted = format(error.toJSON(), error);
        if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' || !formatted.extensions?.code) {
          internal.push(
            `${role.name}: ${op.text}\n  -> ${
              unexpected
                .slice(logged)
                .map((u) => u.error)
                .join(' | ') || formatted.message
            }`,
          );
        }
      }
      timeByField.set(op.field, (timeByField.get(op.field) ?? 0) + performance.now() - started);
      const seen = visible.get(role.name)!;
      for (const value of strings(result.data)) {
        const p = owner.get(value);
        if ((p && !seen.has(p) && role.name !== 'admin') || (role.partner && internalNotes.has(value))) {
          leaks.push(`${role.name}: ${op.text}\n  -> ${value} (${internalNotes.has(value) ? 'an internal note' : `of partnership ${p}`})`);
        }
      }
    };
    // A few operations at a time, as several users would: the database works while Node does.
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (n < TOTAL) await run(next());
      }),
    );
    if (process.env.GENERATED_OPERATIONS_DEBUG)
      console.log({
        invalid,
        errors,
        wall: Math.round(performance.now() - wallStart),
        inExecute: Math.round([...timeByField.values()].reduce((a, b) => a + b, 0)),
        slowest: [...timeByField]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 12)
          .map(([f, t]) => `${f} ${Math.round(t)}ms/${perField.get(f)}`),
      });
    // Nearly every root field was exercised, and the answers were not all refusals.
    const rootFields = Object.keys(schema.getQueryType()!.getFields()).length + Object.keys(schema.getMutationType()!.getFields()).length - SKIPPED_ROOT_FIELDS.size;
    expect(perField.size).toBeGreaterThan(rootFields * 0.95);
    expect(errors).toBeLessThan(TOTAL);
    expect({ invalid: invalid < TOTAL, internal: internal.slice(0, 5), leaks: leaks.slice(0, 5) }).toEqual({ invalid: true, internal: [], leaks: [] });
  });
});
