/**
 * The API's limits and its answers to bad input (README "Limits"): malformed and oversized bodies,
 * graphql-armor's limits on HTTP and on the WebSocket, list sizes, text the stores cannot hold,
 * and the WebSocket's own bounds (connection_init timeout, subscriptions per socket, frame size,
 * a slow consumer dropped without holding up others).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { buildSchema, getNamedType, isEnumType, isNonNullType, isObjectType, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules, MAX_LIST_SIZE } from '../src/app/limits.js';
import { DEFAULT_LIMITS } from '../src/config.js';
import { type Agent, codes, DEMO, demoIds, type TestHub, startTestHub } from './harness.js';
import { rawSocket } from './socket.js';

const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../client/src/gql/persisted-documents.json'), 'utf8')) as Record<string, string>;
const contract = buildSchema(readFileSync(path.join(import.meta.dirname, '../schema.graphql'), 'utf8'));

describe("the limits, sized from the client's own operations", () => {
  /** The heaviest of the client's operations on each measure (graphql-armor's counting). */
  function heaviest() {
    const max = { cost: 0, depth: 0, tokens: 0 };
    for (const text of Object.values(manifest)) {
      const parser = new MaxTokensParserWLexer(text, { n: Number.MAX_SAFE_INTEGER });
      const document = parser.parseDocument();
      max.tokens = Math.max(max.tokens, parser.tokenCount);
      const measure = (key: 'cost' | 'depth') => ({ propagateOnRejection: false, onAccept: [(_c: unknown, { n }: { n: number }) => void (max[key] = Math.max(max[key], n))] });
      validate(contract, document, [
        costLimitRule({ maxCost: Number.MAX_SAFE_INTEGER, flattenFragments: true, ...measure('cost') }),
        maxDepthRule({ n: Number.MAX_SAFE_INTEGER, flattenFragments: true, ...measure('depth') }),
      ] as never);
    }
    return max;
  }

  it('lets every operation of the web client through, on every rule', () => {
    expect(Object.keys(manifest).length).toBeGreaterThan(50);
    for (const [hash, text] of Object.entries(manifest)) {
      const parser = new MaxTokensParserWLexer(text, { n: DEFAULT_LIMITS.maxTokens });
      expect(validate(contract, parser.parseDocument(), allRules(DEFAULT_LIMITS)).map(String), hash).toEqual([]);
    }
  });

  it('sets each limit just above the heaviest client operation (so it bites soon after)', () => {
    const max = heaviest();
    expect(DEFAULT_LIMITS.maxCost).toBeGreaterThanOrEqual(max.cost);
    expect(DEFAULT_LIMITS.maxCost).toBeLessThanOrEqual(Math.ceil(max.cost * 1.5));
    expect(DEFAULT_LIMITS.maxDepth).toBeGreaterThanOrEqual(max.depth);
    expect(DEFAULT_LIMITS.maxDepth).toBeLessThanOrEqual(max.depth + 2);
    expect(DEFAULT_LIMITS.maxTokens).toBeGreaterThanOrEqual(max.tokens);
    expect(DEFAULT_LIMITS.maxTokens).toBeLessThanOrEqual(max.tokens * 2.5);
  });
});

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;
const as: Record<string, Agent> = {};
const previousEnv = process.env.NODE_ENV;

beforeAll(async () => {
  // Express shows its HTML error page with the stack outside production: the answers must not depend on it.
  process.env.NODE_ENV = 'development';
  hub = await startTestHub({ limits: { bodyBytes: 64 * 1024, wsInitTimeoutMs: 300, wsMaxSubscriptions: 3, wsMaxFrameBytes: 4 * 1024 } });
  process.env.NODE_ENV = previousEnv;
  ids = await demoIds(hub);
  as.contact = await hub.as(DEMO.contact);
  as.volunteer = await hub.as(DEMO.volunteer);
  as.admin = await hub.as(DEMO.admin);
});
afterAll(() => hub?.close());

const post = (body: string, headers: Record<string, string> = {}) => fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('bad request bodies at /graphql', () => {
  it('answers malformed JSON with a coded GraphQL error, never a page or a stack', async () => {
    const res = await post('{"query": "{ me { id } }", "variables": {"x": "unterminated');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    const text = await res.text();
    expect(text).not.toMatch(/<html|<pre|SyntaxError|body-parser|node_modules|at parse/i);
    const body = JSON.parse(text);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toEqual({ code: 'MALFORMED_REQUEST', requestId: res.headers.get('x-request-id') });
  });

  it('answers a body over the limit with REQUEST_TOO_LARGE (413)', async () => {
    const res = await post(JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(65 * 1024) } }));
    expect(res.status).toBe(413);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
    expect(JSON.stringify(body)).not.toMatch(/node_modules|raw-body/);
  });

  it('answers a JSON body that is not an operation with a coded error', async () => {
    const res = await post(JSON.stringify({ variables: {} }));
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('MALFORMED_REQUEST');
  });
});

describe('limits on a document, over HTTP', () => {
  /** Anonymous requests run no SQL of their own: a refused one that leaves the count unchanged never reached a resolver. */
  async function refused(query: string) {
    const before = hub.statements.count;
    const result = await hub.agent().gql(query);
    expect(hub.statements.count, 'no resolver ran').toBe(before);
    expect(result.data ?? undefined).toBeUndefined();
    return codes(result);
  }

  it('refuses a document deeper than allowed with QUERY_TOO_DEEP', async () => {
    const deep = `{ messages(threadId: "x") { messages { ${'replyTo { '.repeat(8)}id${' }'.repeat(8)} } } }`;
    expect(await refused(deep)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('refuses more aliases than allowed with TOO_MANY_ALIASES, and 3,000 of them before parsing them all', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect(await refused(aliases(DEFAULT_LIMITS.maxAliases + 1))).toEqual(['TOO_MANY_ALIASES']);
    expect(await refused(aliases(3000))).toEqual(['TOO_MANY_TOKENS']);
    // Within the limit it runs (anonymous: me is null).
    expect((await hub.agent().gql(aliases(DEFAULT_LIMITS.maxAliases))).data).toBeTruthy();
  });

  it('refuses more directives than allowed with TOO_MANY_DIRECTIVES', async () => {
    const fields = ['id', 'name', 'email', 'role', 'language', 'createdAt'].map((f) => `${f} @include(if: true) @skip(if: false)`).join(' ');
    expect(await refused(`{ me { ${fields} } }`)).toEqual(['TOO_MANY_DIRECTIVES']);
  });

  it('refuses a document with more tokens than allowed with TOO_MANY_TOKENS', async () => {
    expect(await refused(`{ me { ${'id '.repeat(DEFAULT_LIMITS.maxTokens)} } }`)).toEqual(['TOO_MANY_TOKENS']);
  });

  it('refuses an operation whose estimated cost is over the limit with QUERY_TOO_COSTLY', async () => {
    const page = `partnerships(first: 200) { edges { node { id name members { lead organisation { id name kind } } } } }`;
    expect(await refused(`{ a: ${page} b: ${page} }`)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('keeps the limit error and its code apart from other validation errors', async () => {
    const result = await hub.agent().gql(`{ nope }`);
    expect(codes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.errors![0].extensions!.requestId).toEqual(expect.any(String));
  });
});

describe('list sizes: every list argument takes 1 to 200', () => {
  /** Every (field, list argument) of the API, with dummy values for its other required arguments. */
  function listFields() {
    const out: { field: string; arg: string; others: string }[] = [];
    for (const type of [contract.getQueryType()!, contract.getMutationType()!]) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) {
          if (!['first', 'last', 'limit'].includes(arg.name)) continue;
          const others = field.args
            .filter((a) => a !== arg && isNonNullType(a.type) && a.defaultValue === undefined)
            .map((a) => {
              const t = getNamedType(a.type);
              const value = t.name === 'Int' ? '1' : isEnumType(t) ? t.getValues()[0].name : '"x"';
              return `${a.name}: ${value}`;
            });
          const selection = isObjectType(getNamedType(field.type)) ? '{ __typename }' : '';
          out.push({ field: field.name, arg: arg.name, others: [...others].join(', ') + selection });
        }
      }
    }
    return out;
  }

  it('finds the list arguments of the API', () => {
    expect(
      listFields()
        .map((f) => `${f.field}.${f.arg}`)
        .sort(),
    ).toEqual(['accessLog.first', 'erasures.first', 'messages.limit', 'notifications.first', 'partnerships.first', 'threadChanges.limit', 'threads.first']);
  });

  it('refuses negative, zero and huge sizes with LIST_SIZE_OUT_OF_RANGE, as any role, before the resolver', async () => {
    for (const { field, arg, others } of listFields()) {
      const [args, selection] = others.includes('{') ? [others.slice(0, others.indexOf('{')), others.slice(others.indexOf('{'))] : [others, ''];
      for (const n of [-5, 0, MAX_LIST_SIZE + 1, 1_000_000]) {
        const result = await as.admin.gql(`query($n: Int!) { ${field}(${[args, `${arg}: $n`].filter(Boolean).join(', ')}) ${selection} }`, { n });
        expect(codes(result), `${field}(${arg}: ${n})`).toEqual(['LIST_SIZE_OUT_OF_RANGE']);
        expect(result.errors![0].extensions).toMatchObject({ argument: arg, min: 1, max: MAX_LIST_SIZE });
      }
    }
  });

  it('answers messages(limit: -5) with the error rather than one message, and takes 200', async () => {
    const { openPartnershipThread: thread } = await as.contact.ok(`mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { id } }`, { p: ids.partnership.mechelen });
    const MESSAGES = `query($t: ID!, $n: Int!) { messages(threadId: $t, limit: $n) { messages { id } } }`;
    expect(codes(await as.contact.gql(MESSAGES, { t: thread.id, n: -5 }))).toEqual(['LIST_SIZE_OUT_OF_RANGE']);
    expect((await as.contact.ok(MESSAGES, { t: thread.id, n: 200 })).messages.messages).toEqual(expect.any(Array));
    expect((await as.admin.ok(`{ partnerships(first: 200) { edges { node { id } } } }`)).partnerships.edges.length).toBeGreaterThan(0);
  });
});

describe('text with NUL characters or lone surrogates: refused on every store', () => {
  const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id body } }`;
  const COUNT = `query($t: ID!) { messages(threadId: $t, limit: 200) { messages { id body } } }`;

  it('refuses a message body with NUL or an unpaired surrogate (TEXT_INVALID_CHARACTERS), saving nothing; keeps emoji', async () => {
    const { openPartnershipThread: thread } = await as.contact.ok(`mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { id } }`, { p: ids.partnership.mechelen });
    const before = (await as.contact.ok(COUNT, { t: thread.id })).messages.messages.length;
    for (const body of ['before\u0000after', 'half a pair \uD83D here', 'reversed \uDE00\uD83D', '\uDFFF']) {
      const result = await as.contact.gql(SEND, { input: { threadId: thread.id, clientId: randomUUID(), body } });
      expect(codes(result), JSON.stringify(body)).toEqual(['TEXT_INVALID_CHARACTERS']);
      expect(result.errors![0].extensions!.argument).toBe('input.body');
    }
    expect((await as.contact.ok(COUNT, { t: thread.id })).messages.messages.length).toBe(before);
    const ok = await as.contact.ok(SEND, { input: { threadId: thread.id, clientId: randomUUID(), body: 'Welkom 😀 — één' } });
    expect(ok.sendMessage.body).toBe('Welkom 😀 — één');
    // Read back from the store as written.
    const bodies = (await as.contact.ok(COUNT, { t: thread.id })).messages.messages.map((m: { body: string }) => m.body);
    expect(bodies).toContain('Welkom 😀 — één');
  });

  it('applies to plain string arguments, lists in inputs and IDs alike', async () => {
    expect(codes(await hub.agent().gql(`mutation($e: String!) { signIn(email: $e, password: "x") { id } }`, { e: 'a\u0000@example.org' }))).toEqual(['TEXT_INVALID_CHARACTERS']);
    const res = await as.contact.gql(`query($id: ID!) { household(id: $id) { id } }`, { id: `${ids.household.mechelen}\uD800` });
    expect(codes(res)).toEqual(['TEXT_INVALID_CHARACTERS']);
    expect(res.errors![0].extensions!.argument).toBe('id');
  });
});

describe('limits on the WebSocket', () => {
  it('closes a socket that sends no connection_init in time (4408)', async () => {
    const socket = await rawSocket(hub, as.contact, { init: false });
    expect(await socket.closed()).toBe(4408);
  });

  it('holds at most the allowed number of subscriptions per socket (TOO_MANY_SUBSCRIPTIONS)', async () => {
    const socket = await rawSocket(hub, as.contact);
    const SUB = `subscription { notificationAdded { id } }`;
    for (const id of ['1', '2', '3', '4']) socket.subscribe(id, SUB);
    const error = await socket.waitFor((m) => m.type === 'error');
    expect(error!.id).toBe('4');
    expect(error!.payload![0].extensions.code).toBe('TOO_MANY_SUBSCRIPTIONS');
    // Ending one makes room again.
    socket.send({ id: '1', type: 'complete' });
    socket.subscribe('5', SUB);
    socket.subscribe('6', SUB);
    const next = await socket.waitFor((m) => m.type === 'error' && m.id === '6');
    expect(next!.payload![0].extensions.code).toBe('TOO_MANY_SUBSCRIPTIONS');
    expect(socket.messages.some((m) => m.type === 'error' && m.id === '5')).toBe(false);
    socket.ws.close();
  });

  it('closes a socket that sends a message larger than allowed (1009)', async () => {
    const socket = await rawSocket(hub, as.contact);
    socket.subscribe('big', `subscription { notificationAdded { id } }`, { pad: 'x'.repeat(5 * 1024) });
    expect(await socket.closed()).toBe(1009);
  });

  it('applies the document limits to subscribe messages, before anything runs', async () => {
    const socket = await rawSocket(hub, as.contact);
    const cases: [string, string][] = [
      ['deep', `query { messages(threadId: "x") { messages { ${'replyTo { '.repeat(8)}id${' }'.repeat(8)} } } }`],
      ['tokens', `subscription { notificationAdded { ${'id '.repeat(DEFAULT_LIMITS.maxTokens)} } }`],
      ['aliases', `query { ${Array.from({ length: DEFAULT_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ')} }`],
      ['directives', `query { me { ${['id', 'name', 'email', 'role', 'language', 'createdAt'].map((f) => `${f} @include(if: true) @skip(if: false)`).join(' ')} } }`],
      ['cost', `query { ${['a', 'b'].map((a) => `${a}: partnerships(first: 200) { edges { node { id name members { lead organisation { id name kind } } } } }`).join(' ')} }`],
      ['invalid', `subscription { nope }`],
    ];
    const got: Record<string, string> = {};
    for (const [id, query] of cases) {
      socket.subscribe(id, query);
      const m = await socket.waitFor((x) => x.id === id && x.type === 'error');
      got[id] = m!.payload![0].extensions.code;
      expect(m!.payload![0].extensions.requestId).toEqual(expect.any(String));
    }
    expect(got).toEqual({
      deep: 'QUERY_TOO_DEEP',
      tokens: 'TOO_MANY_TOKENS',
      aliases: 'TOO_MANY_ALIASES',
      directives: 'TOO_MANY_DIRECTIVES',
      cost: 'QUERY_TOO_COSTLY',
      invalid: 'GRAPHQL_VALIDATION_FAILED',
    });
    // A valid operation on the same socket still runs.
    socket.subscribe('me', `query { me { id } }`);
    const me = await socket.waitFor((m) => m.id === 'me' && m.type === 'next');
    expect(me!.payload!.data.me.id).toBe(ids.user[DEMO.contact]);
    socket.ws.close();
  });
});

describe('a slow consumer', () => {
  let slowHub: TestHub;
  beforeAll(async () => {
    slowHub = await startTestHub({ limits: { wsMaxBufferedBytes: 256 * 1024, wsMaxSubscriptions: 200 } });
  });
  afterAll(() => slowHub?.close());

  it('is dropped (1013) once too much is unsent, while another subscriber keeps getting every event', async () => {
    const slowIds = await demoIds(slowHub);
    const contact = await slowHub.as(DEMO.contact);
    const { openPartnershipThread: thread } = await contact.ok(`mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { id } }`, { p: slowIds.partnership.mechelen });
    const SUB = `subscription($t: ID) { messageEvents(threadId: $t) { kind message { id body } } }`;
    const send = async (body: string) =>
      (await contact.ok(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`, { input: { threadId: thread.id, clientId: randomUUID(), body } })).sendMessage.id as string;
    const got = (socket: Awaited<ReturnType<typeof rawSocket>>, messageId: string) => socket.messages.filter((m) => m.type === 'next' && m.payload!.data?.messageEvents?.message?.id === messageId);

    const fast = await rawSocket(slowHub, contact);
    fast.subscribe('f', SUB, { t: thread.id });
    const slow = await rawSocket(slowHub, contact);
    const n = 150;
    for (let i = 0; i < n; i++) slow.subscribe(`s${i}`, SUB, { t: thread.id });
    // Sentinels until every subscription of both sockets has one: they are all registered (the
    // server registers a subscription a moment after its message, with no message to say so).
    let registered = false;
    for (let attempt = 0; attempt < 50 && !registered; attempt++) {
      const id = await send(`sentinel ${attempt}`);
      await fast.waitFor((m) => m.payload?.data?.messageEvents?.message?.id === id);
      // A guard against a hang, not an assertion: the next attempt looks again.
      await Promise.race([slow.waitFor(() => got(slow, id).length === n), new Promise((r) => setTimeout(r, 300))]);
      registered = got(slow, id).length === n && got(fast, id).length === 1;
    }
    expect(registered).toBe(true);
    const dropped = async () => (await slowHub.server.metrics.socketsDropped.get()).values.find((v) => v.labels.reason === 'slow_consumer')?.value ?? 0;
    expect(await dropped()).toBe(0);

    // The slow socket stops reading; each event is 150 frames of ~5 KB for it.
    (slow.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const big = 'x'.repeat(4900);
    const sentIds: string[] = [];
    for (let i = 0; i < 100 && (await dropped()) === 0; i++) {
      const id = await send(`${i} ${big}`);
      sentIds.push(id);
      // The other subscriber has it before the next is sent: it is not held up by the slow one.
      expect(await fast.waitFor((m) => m.payload?.data?.messageEvents?.message?.id === id)).toBeTruthy();
    }
    expect(await dropped()).toBe(1);
    // The fast subscriber got every event once, in order; events after the drop still reach it.
    const after = await send('after the drop');
    await fast.waitFor((m) => m.payload?.data?.messageEvents?.message?.id === after);
    const fastIds = fast.messages.filter((m) => m.type === 'next').map((m) => m.payload!.data.messageEvents.message.id as string);
    expect(fastIds.slice(-sentIds.length - 1)).toEqual([...sentIds, after]);
    expect(fast.closeCode).toBeUndefined();

    // Reading again, the slow socket finds its close: 1013 (try again later), so its client reconnects and catches up.
    (slow.ws as unknown as { _socket: { resume(): void } })._socket.resume();
    expect(await slow.closed()).toBe(1013);
    fast.ws.close();
  }, 120_000);
});
