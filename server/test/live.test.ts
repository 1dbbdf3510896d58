/**
 * The shared live layer (app/live/): many subscribers of one subscription cost one policy decision
 * and one execution per event per group of subscribers who may see the same thing; what each
 * role sees stays its own; a signed-out session's subscriptions stop within the recheck interval,
 * and a lost access stops events at once. The live layer's clock is moved by hand: no timed assertions.
 */
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type Agent, DEMO, demoIds, type GraphQLResult, startTestHub, type TestHub } from './harness.js';
import { Session } from '../src/modules/auth/auth.entity.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { Organisation } from '../src/modules/organisation/organisation.entity.js';
import { User } from '../src/modules/user/user.entity.js';
import { DEMO_PASSWORD } from '../src/seeders/demo.js';
import { tokenHash } from '../src/modules/auth/session.service.js';
import { LIVE_RECHECK_MS } from '../src/app/live/index.js';

type Ids = Awaited<ReturnType<typeof demoIds>>;

let hub: TestHub;
let ids: Ids;
let admin: Agent;
let clock = 1_000_000;

beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
  admin = await hub.as(DEMO.admin);
  hub.server.live.settings.now = () => clock;
});
afterAll(() => hub?.close());

function webSocketWithCookie(cookie: string | undefined) {
  return class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
    }
  };
}

const opened: { dispose(): unknown }[] = [];
afterAll(async () => {
  await Promise.all(opened.map((c) => c.dispose()));
});

/** An open subscription: every result that arrived, and whether the server ended it. */
function subscribe(agent: Agent, query: string, variables: Record<string, unknown> = {}) {
  const client = createClient({ url: `${hub.url.replace('http', 'ws')}/graphql`, webSocketImpl: webSocketWithCookie(agent.cookie), lazy: true, retryAttempts: 0, shouldRetry: () => false });
  opened.push(client);
  const sub = { results: [] as GraphQLResult[], ended: false, close: async () => await client.dispose() };
  client.subscribe(
    { query, variables },
    {
      next: (r) => void sub.results.push(r as GraphQLResult),
      error: (e) => {
        sub.ended = true;
        sub.results.push({ errors: [{ message: String(e) }] });
      },
      complete: () => void (sub.ended = true),
    },
  );
  return sub;
}
type Sub = ReturnType<typeof subscribe>;

/** Waits (bounded: a hang guard, not an assertion) until `done()` holds, making the change again while it does not. */
async function until(done: () => boolean, change?: () => Promise<unknown>) {
  for (let i = 0; i < 100 && !done(); i++) {
    if (change) await change();
    for (let j = 0; j < 10 && !done(); j++) await new Promise((r) => setTimeout(r, 20));
  }
}

let n = 0;
const registerIn = (partnershipId: string) => {
  const reference = `LIVE-${++n}`;
  return admin
    .ok(`mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`, {
      input: {
        partnershipId,
        reference,
        capacityOverrideReason: 'Live test',
        arrivalRoute: 'DIRECT',
        specificNeeds: ['FAMILY_WITH_CHILDREN'],
        members: [{ firstName: 'Live', lastName: reference, birthYear: 1990, relationship: 'HEAD' }],
      },
    })
    .then(() => reference);
};
const references = (sub: Sub, field: string) => sub.results.filter((r) => r.data).map((r) => (r.data![field] as { reference: string }).reference);

describe('shared execution', () => {
  it('delivers a burst of events to every subscriber of both groups once each, all in the same order', async () => {
    const BOARD = `subscription { boardUpdated { reference specificNeeds { needs } } }`;
    const agents = [...(await Promise.all(Array.from({ length: 5 }, () => hub.as(DEMO.contact)))), ...(await Promise.all(Array.from({ length: 5 }, () => hub.as(DEMO.volunteer))))];
    const subs = agents.map((a) => subscribe(a, BOARD));
    let warm = '';
    await until(
      () => subs.every((s) => references(s, 'boardUpdated').includes(warm)),
      async () => (warm = await registerIn(ids.partnership.mechelen)),
    );
    const start = subs.map((s) => references(s, 'boardUpdated').length);
    // Sent together: later events arrive while earlier ones are still being decided (the queued path).
    const burst = await Promise.all(Array.from({ length: 8 }, () => registerIn(ids.partnership.mechelen)));
    await until(() => subs.every((s) => burst.every((r) => references(s, 'boardUpdated').includes(r))));
    const received = subs.map((s, i) => references(s, 'boardUpdated').slice(start[i]));
    for (const r of received) expect([...r].sort()).toEqual([...burst].sort());
    for (const r of received) expect(r).toEqual(received[0]);
    // The contact person sees specific needs; the volunteer does not (the groups stayed apart).
    const needs = (s: Sub) => s.results.filter((r) => r.data).map((r) => (r.data!.boardUpdated as { specificNeeds: unknown }).specificNeeds);
    expect(needs(subs[0]).at(-1)).not.toBeNull();
    expect(needs(subs[9]).at(-1)).toBeNull();
    await Promise.all(subs.map((s) => s.close()));
  });

  it('decides and executes an event once per group of subscribers who see the same, and each group sees what its role may see', async () => {
    const BOARD = `subscription { boardUpdated { reference specificNeeds { needs } } }`;
    // Six sockets of the contact person (who needs to know specific needs) and six of a volunteer (who does not).
    const contacts = await Promise.all(Array.from({ length: 6 }, () => hub.as(DEMO.contact)));
    const volunteers = await Promise.all(Array.from({ length: 6 }, () => hub.as(DEMO.volunteer)));
    const subs = [...contacts, ...volunteers].map((a) => subscribe(a, BOARD));
    const everyoneHas = (reference: string) => () => subs.every((s) => references(s, 'boardUpdated').includes(reference));
    // Registered once every socket has an event (also settles which viewer fields the runs read).
    let warm = '';
    await until(
      () => everyoneHas(warm)(),
      async () => (warm = await registerIn(ids.partnership.mechelen)),
    );
    expect(subs.every((s) => references(s, 'boardUpdated').includes(warm))).toBe(true);

    const { stats } = hub.server.live;
    const before = { ...stats, statements: hub.statements.count };
    const reference = await registerIn(ids.partnership.mechelen);
    await until(everyoneHas(reference));

    // Twelve subscribers, two groups (the contact person, the volunteer): two decisions, two executions,
    // and the sessions known from the warm-up (no query).
    expect(stats.decisions - before.decisions).toBe(2);
    expect(stats.executions - before.executions).toBe(2);
    expect(stats.sessionQueries - before.sessionQueries).toBe(0);
    const eventOf = (s: Sub) => s.results.find((r) => (r.data?.boardUpdated as { reference: string } | undefined)?.reference === reference);
    for (const s of subs.slice(0, 6)) expect(eventOf(s)).toEqual({ data: { boardUpdated: { reference, specificNeeds: { needs: ['FAMILY_WITH_CHILDREN'] } } } });
    for (const s of subs.slice(6)) expect(eventOf(s)).toEqual({ data: { boardUpdated: { reference, specificNeeds: null } } });
    // Exactly once each.
    for (const s of subs) expect(references(s, 'boardUpdated').filter((r) => r === reference)).toEqual([reference]);
    await Promise.all(subs.map((s) => s.close()));
  });

  it('costs the same SQL per event for 2 subscribers as for 12', async () => {
    const QUERY = `subscription($p: ID!) { householdChanged(partnershipId: $p) { reference } }`;
    const statementsPerEvent = async (count: number) => {
      const agents = await Promise.all(Array.from({ length: count }, () => hub.as(DEMO.volunteer)));
      const subs = agents.map((a) => subscribe(a, QUERY, { p: ids.partnership.mechelen }));
      const everyoneHas = (reference: string) => () => subs.every((s) => references(s, 'householdChanged').includes(reference));
      let warm = '';
      await until(
        () => everyoneHas(warm)(),
        async () => (warm = await registerIn(ids.partnership.mechelen)),
      );
      // The registration's own statements are the same in both runs; measure it with the event.
      const before = hub.statements.count;
      const reference = await registerIn(ids.partnership.mechelen);
      await until(everyoneHas(reference));
      expect(subs.every((s) => references(s, 'householdChanged').includes(reference))).toBe(true);
      const statements = hub.statements.count - before;
      // Every subscriber has the event, so nothing of it is still under way: no other subscription is open.
      await Promise.all(subs.map((s) => s.close()));
      return statements;
    };
    expect(await statementsPerEvent(12)).toBe(await statementsPerEvent(2));
  });

  it("writes a cohort's events to its idle subscribers in one loop, once each and in order, also when their sessions must be checked again", async () => {
    const QUERY = `subscription($p: ID!) { householdChanged(partnershipId: $p) { reference } }`;
    const agents = await Promise.all(Array.from({ length: 6 }, () => hub.as(DEMO.volunteer)));
    const subs = agents.map((a) => subscribe(a, QUERY, { p: ids.partnership.mechelen }));
    const everyoneHas = (reference: string) => () => subs.every((s) => references(s, 'householdChanged').includes(reference));
    let warm = '';
    await until(
      () => everyoneHas(warm)(),
      async () => (warm = await registerIn(ids.partnership.mechelen)),
    );
    const start = subs.map((s) => references(s, 'householdChanged').length);
    const { stats } = hub.server.live;

    // Idle, their sessions known: every event of a burst goes to all six by their lane.
    let before = stats.laneWrites;
    const burst = await Promise.all(Array.from({ length: 5 }, () => registerIn(ids.partnership.mechelen)));
    await until(() => burst.every((r) => everyoneHas(r)()));
    expect(stats.laneWrites - before).toBe(5 * 6);

    // Sessions gone stale: the next event leaves the lane (each session is checked again, one
    // query for all), the one after goes by the lane again.
    clock += LIVE_RECHECK_MS + 1;
    before = stats.laneWrites;
    const queries = stats.sessionQueries;
    const afterRecheck = await registerIn(ids.partnership.mechelen);
    await until(everyoneHas(afterRecheck));
    expect(stats.laneWrites - before).toBe(0);
    expect(stats.sessionQueries - queries).toBe(1);
    const last = await registerIn(ids.partnership.mechelen);
    await until(everyoneHas(last));
    expect(stats.laneWrites - before).toBe(6);

    const received = subs.map((s, i) => references(s, 'householdChanged').slice(start[i]));
    for (const r of received) expect([...r.slice(0, 5)].sort()).toEqual([...burst].sort());
    for (const r of received) expect(r.slice(5)).toEqual([afterRecheck, last]);
    for (const r of received) expect(r).toEqual(received[0]);
    await Promise.all(subs.map((s) => s.close()));
  });
});

describe('shared execution of messages', () => {
  it('decides and executes a message once for the volunteers of a partnership, whoever they are, reading nothing more for them', async () => {
    // Four different volunteers of one welcome group: the messaging policy reads their role and
    // organisation, not who they are, so they form one group.
    const em = hub.orm.em.fork();
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const emails = Array.from({ length: 4 }, (_, k) => `live.volunteer.${k}@fixture.example`);
    for (const [k, email] of emails.entries())
      em.create(User, { email, name: `Live volunteer ${k}`, role: 'VOLUNTEER', organisation: em.getReference(Organisation, ids.org['Onthaalgroep Mechelen']), passwordHash });
    await em.flush();
    const volunteers = await Promise.all(emails.map((e) => hub.as(e)));
    const coordinator = await hub.as(DEMO.coordinator);
    const { openPartnershipThread: thread } = await coordinator.ok(`mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { id } }`, { p: ids.partnership.mechelen });
    let k = 0;
    const send = async () => {
      const body = `Live ${++k}`;
      await coordinator.ok(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`, { input: { threadId: thread.id, clientId: `live-message-${k}`, body } });
      return body;
    };
    await send();
    const start = hub.statements.count;
    await send();
    const alone = hub.statements.count - start;
    const EVENTS = `subscription($t: ID!) { messageEvents(threadId: $t) { kind message { body } } }`;
    const subs = volunteers.map((v) => subscribe(v, EVENTS, { t: thread.id }));
    const bodies = (s: Sub) => s.results.filter((r) => r.data).map((r) => (r.data!.messageEvents as { message: { body: string } }).message.body);
    let warm = '';
    await until(
      () => subs.every((s) => bodies(s).includes(warm)),
      async () => (warm = await send()),
    );

    const { stats } = hub.server.live;
    const before = { ...stats, statements: hub.statements.count };
    const body = await send();
    await until(() => subs.every((s) => bodies(s).includes(body)));
    const withSubscribers = hub.statements.count - before.statements;
    expect(subs.every((s) => bodies(s).filter((b) => b === body).length === 1)).toBe(true);
    expect(stats.decisions - before.decisions).toBe(1);
    expect(stats.executions - before.executions).toBe(1);
    // Against the same send before anyone subscribed: the four cost no statement more (the event
    // carries the thread's facts, so the decision loads nothing, and in the publishing process the
    // message as stored, so the execution reads nothing).
    expect(withSubscribers - alone).toBe(0);
    await Promise.all(subs.map((s) => s.close()));
  });
});

describe('sign-out and lost access', () => {
  const QUERY = `subscription($p: ID!) { householdChanged(partnershipId: $p) { reference } }`;

  it('ends the subscriptions of a session signed out through this server at its next event', async () => {
    const leaving = await hub.as(DEMO.volunteer);
    const staying = await hub.as(DEMO.volunteer);
    const gone = subscribe(leaving, QUERY, { p: ids.partnership.mechelen });
    const witness = subscribe(staying, QUERY, { p: ids.partnership.mechelen });
    let warm = '';
    await until(
      () => references(gone, 'householdChanged').includes(warm) && references(witness, 'householdChanged').includes(warm),
      async () => (warm = await registerIn(ids.partnership.mechelen)),
    );
    // A second event takes the fast path (the session's answer is held by the subscriber): sign-out must still win.
    const second = await registerIn(ids.partnership.mechelen);
    await until(() => references(gone, 'householdChanged').includes(second) && references(witness, 'householdChanged').includes(second));

    await leaving.ok(`mutation { signOut }`);
    const after = await registerIn(ids.partnership.mechelen);
    await until(() => references(witness, 'householdChanged').includes(after) && gone.ended);
    expect(references(gone, 'householdChanged')).not.toContain(after);
    expect(gone.results.filter((r) => r.errors)).toEqual([]);
  });

  it('ends the subscriptions of a session ended elsewhere (another server process) at the first event after the recheck interval', async () => {
    const leaving = await hub.as(DEMO.volunteer);
    const staying = await hub.as(DEMO.volunteer);
    const gone = subscribe(leaving, QUERY, { p: ids.partnership.mechelen });
    const witness = subscribe(staying, QUERY, { p: ids.partnership.mechelen });
    let warm = '';
    await until(
      () => references(gone, 'householdChanged').includes(warm) && references(witness, 'householdChanged').includes(warm),
      async () => (warm = await registerIn(ids.partnership.mechelen)),
    );
    expect(references(gone, 'householdChanged')).toContain(warm);

    // Another process signs the session out: the row is gone, this process has not been told.
    const token = decodeURIComponent(leaving.cookie!.slice(leaving.cookie!.indexOf('=') + 1));
    expect(await hub.orm.em.fork().nativeDelete(Session, { tokenHash: tokenHash(hub.config.sessionSecret, token) })).toBe(1);
    // Within the interval the session is still taken as checked (that is the bound, not a leak of data:
    // the policy still ran for this event).
    const within = await registerIn(ids.partnership.mechelen);
    await until(() => references(witness, 'householdChanged').includes(within) && references(gone, 'householdChanged').includes(within));
    expect(references(gone, 'householdChanged')).toContain(within);

    clock += LIVE_RECHECK_MS;
    const after = await registerIn(ids.partnership.mechelen);
    await until(() => references(witness, 'householdChanged').includes(after) && gone.ended);
    expect(references(witness, 'householdChanged')).toContain(after);
    expect(gone.ended).toBe(true);
    expect(references(gone, 'householdChanged')).not.toContain(after);
    expect(gone.results.filter((r) => r.errors)).toEqual([]);
  });

  it('keeps the session of an open subscription checked while no event comes: the first event after a quiet spell waits for no session query', async () => {
    const agent = await hub.as(DEMO.volunteer);
    const sub = subscribe(agent, QUERY, { p: ids.partnership.mechelen });
    let warm = '';
    await until(
      () => references(sub, 'householdChanged').includes(warm),
      async () => (warm = await registerIn(ids.partnership.mechelen)),
    );
    const { stats, sessions } = hub.server.live;
    const token = decodeURIComponent(agent.cookie!.slice(agent.cookie!.indexOf('=') + 1));
    const hash = tokenHash(hub.config.sessionSecret, token);

    // A quiet spell as long as the recheck interval: what was known of the session is stale now,
    // and the session is checked again in the background, with no event to prompt it.
    clock += LIVE_RECHECK_MS;
    expect(sessions.record(hash)!.at).toBeLessThan(clock);
    await until(() => sessions.record(hash)!.at === clock);
    expect(sessions.record(hash)).toEqual({ active: true, at: clock });

    const queries = stats.sessionQueries;
    const after = await registerIn(ids.partnership.mechelen);
    await until(() => references(sub, 'householdChanged').includes(after));
    expect(references(sub, 'householdChanged')).toContain(after);
    expect(stats.sessionQueries).toBe(queries);
    await sub.close();
  });

  it('stops events of a partnership whose access was lost', async () => {
    const BOARD = `subscription { boardUpdated { reference } }`;
    const volunteerOrg = ids.org['Onthaalgroep Mechelen'];
    const { createPartnership } = await admin.ok(`mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`, {
      input: {
        name: 'Live access',
        programme: 'RESETTLEMENT',
        track: 'FLEXIBLE_FRAMEWORK',
        leadOrganisationId: ids.org['Samen Thuis vzw'],
        capacityPledged: 4,
        status: 'ACTIVE',
        contactPersonId: ids.user[DEMO.contact],
      },
    });
    const p = createPartnership.id as string;
    await admin.ok(`mutation($o: ID!, $p: ID!) { addPartnershipMember(organisationId: $o, partnershipId: $p) { id } }`, { o: volunteerOrg, p });
    const losing = subscribe(await hub.as(DEMO.volunteer), BOARD);
    let warm = '';
    await until(
      () => references(losing, 'boardUpdated').includes(warm),
      async () => (warm = await registerIn(p)),
    );
    expect(references(losing, 'boardUpdated')).toContain(warm);

    await admin.ok(`mutation($o: ID!, $p: ID!) { removePartnershipMember(organisationId: $o, partnershipId: $p) { id } }`, { o: volunteerOrg, p });
    clock += LIVE_RECHECK_MS;
    const after = await registerIn(p);
    // Then a change the volunteer still sees (their own partnership): one subscription gets its
    // events in order, so once this one is there, the one before was decided.
    const marker = await registerIn(ids.partnership.mechelen);
    await until(() => references(losing, 'boardUpdated').includes(marker));
    expect(references(losing, 'boardUpdated')).toContain(marker);
    expect(references(losing, 'boardUpdated')).not.toContain(after);
    expect(losing.results.filter((r) => r.errors)).toEqual([]);
  });
});
