/** The authorization matrix's vocabulary and runner: actors, outcomes, an operation's row, and how a row runs (HTTP or a subscription). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, type Answer, codes, DEMO, demoIds, type GraphQLResult, startTestHub, type TestHub } from '../harness.js';
import { type OpenSubscription, subscribe } from '../live.js';
import { Fixtures, type Ids } from './fixtures.js';

// ---------------------------------------------------------------------------------------------
// Actors, targets, outcomes
// ---------------------------------------------------------------------------------------------

export const ACTORS = ['anonymous', 'admin', 'contact', 'deputy', 'coordinator', 'volunteer'] as const;
export type Actor = (typeof ACTORS)[number];
export type SignedIn = Exclude<Actor, 'anonymous'>;
export const SIGNED_IN = ACTORS.filter((a): a is SignedIn => a !== 'anonymous');
export const ROLE_OF: Record<SignedIn, string> = { admin: 'ADMIN', contact: 'CONTACT_PERSON', deputy: 'CONTACT_PERSON', coordinator: 'COORDINATOR', volunteer: 'VOLUNTEER' };

export type { Ids } from './fixtures.js';

/** Records a household's arrival (what board subscriptions are woken by). */
export const RECORD_ARRIVAL = `mutation($id: ID!) { recordArrival(id: $id, arrivalDate: "2026-03-01") { id } }`;

export interface Env {
  hub: TestHub;
  ids: Ids;
  agents: Record<SignedIn, Agent>;
  fx: Fixtures;
}

/** What one case knows while it runs. */
export interface CaseCtx {
  op: string;
  field: string;
  actor: Actor;
  target: string | undefined;
  env: Env;
  agent: Agent;
  /** Facts of the fresh records the case made (filled by `vars`), for its checks. */
  fixture: Answer;
}

/** What the case saw: a GraphQL result, and for subscriptions how the socket ended. */
export interface Observed {
  result?: GraphQLResult;
  closeCode?: number;
  dataEvents?: number;
}

export type Outcome = { kind: 'ok'; check?: (value: Answer, c: CaseCtx) => void | Promise<void>; label?: string } | { kind: 'error'; code: string } | { kind: 'closed'; code: number };

export const ok = (check?: (value: Answer, c: CaseCtx) => void | Promise<void>, label?: string): Outcome => ({ kind: 'ok', check, label });
export const error = (code: string): Outcome => ({ kind: 'error', code });
export const UNAUTHENTICATED = error('UNAUTHENTICATED');
export const NOT_FOUND = error('NOT_FOUND');
export const FORBIDDEN = error('FORBIDDEN');
export const ROLE_NOT_INVITABLE = error('ROLE_NOT_INVITABLE');
/** graphql-ws closes a socket whose connection the server refused with 4403 Forbidden. */
export const SOCKET_REFUSED: Outcome = { kind: 'closed', code: 4403 };

export interface OperationSpec {
  /** Targets the operation is run against; none for operations without a record. */
  targets?: readonly string[];
  /** The document; its one root field is the operation under test. */
  query: string;
  vars?: (c: CaseCtx) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Sign in a session of its own (the case ends or replaces it). */
  freshSession?: boolean;
  /** A runner other than one HTTP request (subscriptions). */
  run?: (c: CaseCtx, vars: Record<string, unknown>) => Promise<Observed>;
  /** The exact outcome per actor; per target when it differs between targets. */
  expect: Record<Actor, Outcome | Record<string, Outcome>>;
}

// ---------------------------------------------------------------------------------------------
// Subscriptions over graphql-ws, with the session cookie of the actor
// ---------------------------------------------------------------------------------------------

/** Subscriptions not closed yet (each case closes its own; what a failure leaves is closed at the end). */
export const openSubscriptions = new Set<OpenSubscription>();

/** A subscription opened as the agent, with its session cookie (test/live.ts): what arrived, whether it ended, how the socket closed. */
export function openSubscription(c: CaseCtx, query: string, variables: Record<string, unknown>): OpenSubscription {
  const sub = subscribe(c.env.hub, c.agent, query, variables);
  openSubscriptions.add(sub);
  const close = sub.close;
  sub.close = async () => {
    openSubscriptions.delete(sub);
    await close();
  };
  return sub;
}

/**
 * Subscribes as the agent, then makes the change (`trigger`) until the first event for the fixture
 * arrives, the server answers with an error, or the socket closes. The server registers the
 * subscription a moment after the subscribe message, with no message to say so, hence the repeated
 * change; the attempt limit only guards against a hang and is not part of any assertion.
 */
export async function observeSubscription(
  c: CaseCtx,
  query: string,
  variables: Record<string, unknown>,
  trigger: () => Promise<unknown>,
  isFixtureEvent: (data: Answer) => boolean,
): Promise<Observed> {
  const sub = openSubscription(c, query, variables);
  const { payloads } = sub;
  try {
    await sub.until(trigger, isFixtureEvent);
  } finally {
    await sub.close();
  }
  const dataEvents = payloads.filter((p) => p.data).length;
  const result = payloads.find((p) => p.errors?.length) ??
    payloads.find((p) => p.data && isFixtureEvent(p.data)) ?? { errors: [{ message: 'no event before the guard limit', extensions: { code: 'NO_EVENT' } }] };
  return { result: sub.closeCode === undefined ? result : undefined, closeCode: sub.closeCode, dataEvents };
}

/**
 * For `boardUpdated`, which has no argument to refuse: shows whether the change (`change`) reaches
 * the agent's open board. First a change of a household every actor sees (the fixture's
 * `sentinel`) is repeated until it arrives, so the subscription is surely registered; then the
 * change under test is made once, followed by changes of another such household (the `marker`)
 * until the marker arrives. Events arrive in the order of the changes, so the first of the two to
 * arrive tells: the household changed (delivered) or the marker (not delivered). The attempt
 * limits only guard against a hang and are not part of any assertion.
 */
export async function observeBoardUpdates(c: CaseCtx, query: string, variables: Record<string, unknown>, change: () => Promise<unknown>): Promise<Observed> {
  const sub = openSubscription(c, query, variables);
  const { payloads } = sub;
  const events = () => payloads.filter((p) => p.data).map((p) => p.data!.boardUpdated as { reference: string });
  const failed = () => sub.ended || payloads.some((p) => p.errors?.length);
  const changeOf = (h: { id: string }) => () => c.env.agents.contact.ok(RECORD_ARRIVAL, { id: h.id });
  const repeatUntil = async (trigger: () => Promise<unknown>, reference: string) => {
    for (let attempt = 0; attempt < 60 && !failed(); attempt++) {
      await trigger();
      if (events().some((e) => e.reference === reference)) return true;
      await sub.nextOrAfter(150);
      if (events().some((e) => e.reference === reference)) return true;
    }
    return false;
  };
  let first: unknown;
  try {
    if (await repeatUntil(changeOf(c.fixture.sentinel), c.fixture.sentinel.reference)) {
      await change();
      if (await repeatUntil(changeOf(c.fixture.marker), c.fixture.marker.reference)) first = events().find((e) => e.reference === c.fixture.reference || e.reference === c.fixture.marker.reference);
    }
  } finally {
    await sub.close();
  }
  const errors = payloads.find((p) => p.errors?.length);
  const result: GraphQLResult = errors ?? (first ? { data: { boardUpdated: first } } : { errors: [{ message: 'no event before the guard limit', extensions: { code: 'NO_EVENT' } }] });
  return { result: sub.closeCode === undefined ? result : undefined, closeCode: sub.closeCode, dataEvents: events().length };
}

// ---------------------------------------------------------------------------------------------
// Running the table
// ---------------------------------------------------------------------------------------------

export function outcomeFor(spec: OperationSpec, actor: Actor, target: string | undefined): Outcome {
  const e = spec.expect[actor];
  if ('kind' in e) return e as Outcome;
  const byTarget = e[target!];
  if (!byTarget) throw new Error(`no expected outcome for ${actor} on ${target}`);
  return byTarget;
}

export function describeOutcome(o: Outcome): string {
  return o.kind === 'ok' ? (o.label ?? 'succeeds') : o.kind === 'error' ? o.code : `socket closed ${o.code}`;
}

/** Every (operation, actor, target) of the table. */
export function casesOf(table: Record<string, OperationSpec>, keys: string[]) {
  return keys.flatMap((op) => {
    const spec = table[op];
    return ACTORS.flatMap((actor) => (spec.targets ?? [undefined]).map((target) => ({ op, spec, actor, target, outcome: outcomeFor(spec, actor, target) })));
  });
}

export async function runCase(env: Env, op: string, spec: OperationSpec, actor: Actor, target: string | undefined, outcome: Outcome) {
  const field = op.split('.')[1];
  let agent: Agent;
  if (actor === 'anonymous') agent = env.hub.agent();
  else if (spec.freshSession) agent = await env.hub.as(DEMO[actor]);
  else {
    agent = env.hub.agent();
    agent.cookie = env.agents[actor].cookie;
  }
  const c: CaseCtx = { op, field, actor, target, env, agent, fixture: {} };
  const vars = (await spec.vars?.(c)) ?? {};
  const observed: Observed = spec.run ? await spec.run(c, vars) : { result: await agent.gql(spec.query, vars) };

  if (outcome.kind === 'closed') {
    expect(observed.closeCode, 'the socket is refused').toBe(outcome.code);
    expect(observed.dataEvents).toBe(0);
    return;
  }
  expect(observed.closeCode, 'the socket stays open').toBeUndefined();
  const result = observed.result!;
  if (outcome.kind === 'error') {
    expect(codes(result)).toEqual([outcome.code]);
    // Never a partial object.
    expect(result.data ?? null).toBeNull();
    if (observed.dataEvents !== undefined) expect(observed.dataEvents).toBe(0);
    return;
  }
  expect(result.errors ?? []).toEqual([]);
  expect(result.data).toHaveProperty(field);
  await outcome.check?.(result.data![field], c);
}

export async function startEnv(setup?: (env: Env) => Promise<void>): Promise<Env> {
  const hub = await startTestHub();
  const ids = await demoIds(hub);
  const agents = Object.fromEntries(await Promise.all(SIGNED_IN.map(async (a) => [a, await hub.as(DEMO[a])] as const))) as Record<SignedIn, Agent>;
  const env: Env = { hub, ids, agents, fx: new Fixtures(hub, ids) };
  await setup?.(env);
  return env;
}

/** One hub for the rows `keys` of `table`: a test per (operation, actor, target). */
export function suite(title: string, table: Record<string, OperationSpec>, keys: string[], setup?: (env: Env) => Promise<void>) {
  describe(title, () => {
    let env: Env | undefined;
    beforeAll(async () => {
      env = await startEnv(setup);
    });
    afterAll(async () => {
      await Promise.all([...openSubscriptions].map((sub) => sub.close()));
      await env?.hub.close();
    });
    for (const { op, spec, actor, target, outcome } of casesOf(table, keys)) {
      it(`${op} | ${actor}${target ? ` | ${target}` : ''} -> ${describeOutcome(outcome)}`, () => runCase(env!, op, spec, actor, target, outcome));
    }
  });
}

export const keysOf = (table: Record<string, OperationSpec>, type: string) => Object.keys(table).filter((k) => k.startsWith(`${type}.`));
