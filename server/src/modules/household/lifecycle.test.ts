/**
 * The household lifecycle beyond the happy path (issue 18): members joining and leaving with
 * their dates and the funding they bring, an early end of guidance, a transfer to another
 * partnership with need-to-know kept, the key moments told to the contact person and the partner.
 * Money in euro cents, exact (tariff 2023: base 3,000, second year 600, direct 2,000 / 500).
 */
import { randomUUID } from 'node:crypto';
import { addDays, addMonths, guidanceEndDate, type NotificationKind, PROGRAMME_DEFAULTS } from '@partner-hub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../app/context.js';
import { todayInBrussels } from '../../app/validators.js';
import { type Agent, type Answer, codes, DEMO, demoIds, startTestHub, type TestHub } from '../../../test/harness.js';
import { FundingAuditEntry } from '../audit/audit.entity.js';
import { Notification } from '../notification/notification.entity.js';
import { GuidanceStep, HouseholdEvent } from '../progress/progress.entity.js';
import { Household, HouseholdMember } from './household.entity.js';
import { householdMilestones } from './household.notify.js';

/** Resettlement's guidance term as the migration seeds it (its caseMonths: 12). */
const RESETTLEMENT_MONTHS = PROGRAMME_DEFAULTS.RESETTLEMENT.caseMonths!;

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;
const as: Record<keyof typeof DEMO, Agent> = {} as never;
beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
  for (const [k, email] of Object.entries(DEMO)) as[k as keyof typeof DEMO] = await hub.as(email);
});
afterAll(() => hub?.close());

const today = () => todayInBrussels();
let n = 0;

type Member = { id?: string; firstName: string; lastName: string; birthYear: number; relationship: string; joined?: string; joinedOn?: string | null; leftOn?: string | null };
const FIVE: Member[] = [
  { firstName: 'Amal', lastName: 'Nasser', birthYear: 1984, relationship: 'HEAD' },
  { firstName: 'Karim', lastName: 'Nasser', birthYear: 1981, relationship: 'SPOUSE' },
  { firstName: 'Dina', lastName: 'Nasser', birthYear: 2011, relationship: 'CHILD' },
  { firstName: 'Sami', lastName: 'Nasser', birthYear: 2014, relationship: 'CHILD' },
  { firstName: 'Mira', lastName: 'Nasser', birthYear: 2020, relationship: 'CHILD' },
];

const HOUSEHOLD = `id reference status guidanceStart guidanceEnd guidanceExtended endedOn endReason endNote
  partnership { id name }
  members { id firstName lastName birthYear relationship joined joinedOn leftOn }
  funding { totalCents lines { kind quantity unitCents amountCents from } }
  fundingHistory { action reason beforeCents afterCents user { email } }
  viewerCan { endGuidance transfer extendGuidance }
  timeline { kind date endReason note memberName joined fromPartnership toPartnership }`;
const VIEW = `query($id: ID!) { household(id: $id) { ${HOUSEHOLD} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, input: $input) { ${HOUSEHOLD} } }`;
const END = `mutation($input: EndGuidanceInput!) { endGuidanceEarly(input: $input) { ${HOUSEHOLD} } }`;
const TRANSFER = `mutation($input: TransferHouseholdInput!) { transferHousehold(input: $input) { ${HOUSEHOLD} } }`;

/** A household of Mechelen registered by its contact person (over capacity: with the override), arrived `arrivedMonthsAgo` months ago. */
async function household(opts: { members?: Member[]; route?: 'DIRECT' | 'AFTER_RECEPTION'; arrivedMonthsAgo?: number | null; extended?: boolean; partnershipId?: string } = {}) {
  const { registerHousehold: h } = await as.contact.ok(`mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id reference } }`, {
    input: {
      partnershipId: opts.partnershipId ?? ids.partnership.mechelen,
      reference: `LC-${++n}-${Date.now() % 100000}`,
      arrivalRoute: opts.route ?? 'DIRECT',
      plannedArrivalDate: addMonths(today(), -(opts.arrivedMonthsAgo ?? 6)),
      members: opts.members ?? FIVE,
      capacityOverrideReason: 'Places agreed for the test',
    },
  });
  let arrival: string | null = null;
  if (opts.arrivedMonthsAgo !== null) {
    arrival = addMonths(today(), -(opts.arrivedMonthsAgo ?? 6));
    await (opts.partnershipId ? as.contact : as.coordinator).ok(`mutation($id: ID!, $d: String!) { recordArrival(id: $id, arrivalDate: $d) { id } }`, { id: h.id, d: arrival });
  }
  if (opts.extended) await as.contact.ok(`mutation($id: ID!) { extendGuidance(id: $id) { id } }`, { id: h.id });
  const view = (await as.contact.ok(VIEW, { id: h.id })).household;
  return { ...view, arrival: arrival! };
}

const strip = (m: Member): Member => ({ id: m.id, firstName: m.firstName, lastName: m.lastName, birthYear: m.birthYear, relationship: m.relationship });

async function notificationsOf(sourceId: string, kind?: NotificationKind) {
  const rows = await hub.orm.em.fork().find(Notification, kind ? { sourceId, kind } : { sourceId }, { populate: ['recipient'], orderBy: { createdAt: 'asc' } });
  return rows.map((r) => ({ kind: r.kind, to: r.recipient.email })).sort((a, b) => (a.kind + a.to).localeCompare(b.kind + b.to));
}
const told = (kind: NotificationKind, ...who: (keyof typeof DEMO)[]) => who.map((w) => ({ kind, to: DEMO[w] })).sort((a, b) => a.to.localeCompare(b.to));

describe('members joining and leaving (the funding they bring)', () => {
  it('a baby born after a direct arrival brings EUR 3,000 from its birth, never the direct-arrival amount back-dated: 12,000 -> 15,000, audited', async () => {
    const h = await household({ members: FIVE.slice(0, 3) });
    expect(h.funding.totalCents).toBe(1_200_000); // 3 x 3,000 + 2,000 + 2 x 500
    const born = addDays(h.arrival, 40);
    const { updateHousehold: u } = await as.coordinator.ok(UPDATE, {
      id: h.id,
      input: { members: [...h.members.map(strip), { firstName: 'Noor', lastName: 'Nasser', birthYear: Number(born.slice(0, 4)), relationship: 'CHILD', joined: 'BORN', joinedOn: born }] },
    });
    expect(u.members.at(-1)).toMatchObject({ firstName: 'Noor', joined: 'BORN', joinedOn: born, leftOn: null });
    expect(u.members.slice(0, 3).map((m: Member) => [m.joined, m.joinedOn])).toEqual([
      ['WITH_HOUSEHOLD', null],
      ['WITH_HOUSEHOLD', null],
      ['WITH_HOUSEHOLD', null],
    ]);
    expect(u.funding).toEqual({
      totalCents: 1_500_000,
      lines: [
        { kind: 'BASE', quantity: 3, unitCents: 300_000, amountCents: 900_000, from: h.arrival },
        { kind: 'BASE', quantity: 1, unitCents: 300_000, amountCents: 300_000, from: born },
        { kind: 'DIRECT_ARRIVAL_HEAD', quantity: 1, unitCents: 200_000, amountCents: 200_000, from: h.arrival },
        { kind: 'DIRECT_ARRIVAL_MEMBERS', quantity: 2, unitCents: 50_000, amountCents: 100_000, from: h.arrival },
      ],
    });
    expect(u.fundingHistory.at(-1)).toEqual({ action: 'UPDATED', reason: null, beforeCents: 1_200_000, afterCents: 1_500_000, user: { email: DEMO.coordinator } });
    expect(u.timeline.filter((e: Answer) => e.kind === 'MEMBER_JOINED')).toEqual([
      { kind: 'MEMBER_JOINED', date: born, endReason: null, note: null, memberName: 'Noor', joined: 'BORN', fromPartnership: null, toPartnership: null },
    ]);
    // Extended, the baby brings the second year too: + 4 x 600 = EUR 17,400.
    const { extendGuidance } = await as.contact.ok(`mutation($id: ID!) { extendGuidance(id: $id) { funding { totalCents } } }`, { id: h.id });
    expect(extendGuidance.funding.totalCents).toBe(1_740_000);
  });

  it('a spouse joining by family reunification: EUR 3,000 from that day, no direct-arrival amount: 5,000 -> 8,000', async () => {
    const h = await household({ members: FIVE.slice(0, 1) });
    expect(h.funding.totalCents).toBe(500_000);
    const on = addDays(h.arrival, 90);
    const { updateHousehold: u } = await as.coordinator.ok(UPDATE, {
      id: h.id,
      input: { members: [...h.members.map(strip), { firstName: 'Karim', lastName: 'Nasser', birthYear: 1981, relationship: 'SPOUSE', joined: 'FAMILY_REUNIFICATION', joinedOn: on }] },
    });
    expect(u.funding.totalCents).toBe(800_000);
    expect(u.funding.lines.filter((l: Answer) => l.kind.startsWith('DIRECT'))).toEqual([{ kind: 'DIRECT_ARRIVAL_HEAD', quantity: 1, unitCents: 200_000, amountCents: 200_000, from: h.arrival }]);
  });

  it('a member who left keeps the first year; a second year that had not started falls away for them: 22,000 -> 21,400, audited', async () => {
    const h = await household({ extended: true });
    expect(h.funding.totalCents).toBe(2_200_000);
    const left = today();
    const members = h.members.map(strip);
    members[4] = { ...members[4]!, leftOn: left };
    const { updateHousehold: u } = await as.coordinator.ok(UPDATE, { id: h.id, input: { members } });
    expect(u.members[4]).toMatchObject({ firstName: 'Mira', leftOn: left, joined: 'WITH_HOUSEHOLD' });
    // 5 x 3,000 + 4 x 600 + 2,000 + 4 x 500
    expect(u.funding.totalCents).toBe(2_140_000);
    expect(u.funding.lines.find((l: Answer) => l.kind === 'SECOND_YEAR')).toMatchObject({ quantity: 4, amountCents: 240_000 });
    expect(u.fundingHistory.at(-1)).toMatchObject({ action: 'UPDATED', beforeCents: 2_200_000, afterCents: 2_140_000 });
    expect(u.timeline.filter((e: Answer) => e.kind === 'MEMBER_LEFT').map((e: Answer) => [e.memberName, e.date])).toEqual([['Mira', left]]);
    // She no longer counts against the partnership's capacity.
    const persons = async () => (await as.contact.ok(`query($p: ID!) { partnership(id: $p) { personsCount } }`, { p: ids.partnership.mechelen })).partnership.personsCount;
    const em = hub.orm.em.fork();
    const counted = await em.count(HouseholdMember, { leftOn: null, household: { partnership: ids.partnership.mechelen, endedOn: null } });
    expect(await persons()).toBe(counted);
  });

  it('after the arrival a new member says how and when they joined; who arrived is fixed (staff correct it with a reason); dates are checked; nothing is half-saved', async () => {
    const h = await household({ members: FIVE.slice(0, 2) });
    const baby = { firstName: 'Noor', lastName: 'Nasser', birthYear: Number(today().slice(0, 4)), relationship: 'CHILD' };
    const with_ = (extra: Record<string, unknown>, route?: string) => ({ id: h.id, input: { ...(route ? { arrivalRoute: route } : {}), members: [...h.members.map(strip), { ...baby, ...extra }] } });
    expect(codes(await as.coordinator.gql(UPDATE, with_({})))).toEqual(['MEMBER_JOINING_REQUIRED']);
    expect(codes(await as.coordinator.gql(UPDATE, with_({ joined: 'BORN' })))).toEqual(['MEMBER_JOINING_REQUIRED']);
    expect(codes(await as.coordinator.gql(UPDATE, with_({ joined: 'BORN', joinedOn: addDays(h.arrival, -1) })))).toEqual(['MEMBER_DATE_INVALID']);
    expect(codes(await as.coordinator.gql(UPDATE, with_({ joined: 'BORN', joinedOn: addDays(today(), 1) })))).toEqual(['MEMBER_DATE_INVALID']);
    expect(codes(await as.coordinator.gql(UPDATE, with_({ joined: 'WITH_HOUSEHOLD' })))).toEqual(['ARRIVAL_COMPOSITION_FIXED']);
    // Removing someone who arrived with the household, or making the head leave, is refused too.
    expect(codes(await as.coordinator.gql(UPDATE, { id: h.id, input: { members: h.members.slice(0, 1).map(strip) } }))).toEqual(['ARRIVAL_COMPOSITION_FIXED']);
    expect(codes(await as.coordinator.gql(UPDATE, { id: h.id, input: { members: h.members.map((m: Member, i: number) => ({ ...strip(m), ...(i === 0 ? { leftOn: today() } : {}) })) } }))).toEqual([
      'HEAD_OF_HOUSEHOLD_REQUIRED',
    ]);
    expect(
      codes(await as.coordinator.gql(UPDATE, { id: h.id, input: { members: h.members.map((m: Member, i: number) => ({ ...strip(m), ...(i === 1 ? { leftOn: addDays(h.arrival, -1) } : {}) })) } })),
    ).toEqual(['MEMBER_DATE_INVALID']);
    // Staff correct who arrived with the household, with a reason only.
    expect(codes(await as.contact.gql(UPDATE, with_({ joined: 'WITH_HOUSEHOLD' })))).toEqual(['REASON_REQUIRED']);
    const after = (await as.contact.ok(VIEW, { id: h.id })).household;
    expect([after.members.length, after.funding.totalCents, after.fundingHistory.length]).toEqual([2, h.funding.totalCents, h.fundingHistory.length]);
    const { updateHousehold: corrected } = await as.contact.ok(UPDATE, {
      ...with_({ joined: 'WITH_HOUSEHOLD' }),
      input: { ...with_({ joined: 'WITH_HOUSEHOLD' }).input, reason: 'Forgotten at registration' },
    });
    // 2 x 3,000 + 2,000 + 500 -> 3 x 3,000 + 2,000 + 2 x 500
    expect(corrected.funding.totalCents).toBe(1_200_000);
    expect(corrected.fundingHistory.at(-1)).toMatchObject({ action: 'UPDATED', reason: 'Forgotten at registration', beforeCents: 850_000, afterCents: 1_200_000, user: { email: DEMO.contact } });
  });

  it('before the arrival everyone arrives with the household: a later member or a leaving date is refused', async () => {
    const h = await household({ members: FIVE.slice(0, 1), arrivedMonthsAgo: null });
    const r = await as.coordinator.gql(UPDATE, {
      id: h.id,
      input: { members: [...h.members.map(strip), { firstName: 'Noor', lastName: 'Nasser', birthYear: 2026, relationship: 'CHILD', joined: 'BORN', joinedOn: today() }] },
    });
    expect(codes(r)).toEqual(['MEMBER_DATE_INVALID']);
    const added = await as.coordinator.ok(UPDATE, { id: h.id, input: { members: [...h.members.map(strip), { firstName: 'Noor', lastName: 'Nasser', birthYear: 2020, relationship: 'CHILD' }] } });
    expect(added.updateHousehold.members.map((m: Member) => m.joined)).toEqual(['WITH_HOUSEHOLD', 'WITH_HOUSEHOLD']);
  });
});

describe('endGuidanceEarly', () => {
  it('moved out during the first year of an extended family of five: the second year falls away (22,000 -> 19,000), the plan is closed, the timeline shows it, the contact person and the partner are told', async () => {
    const h = await household({ extended: true });
    expect(h.viewerCan.endGuidance).toBe(true);
    const endedOn = addDays(today(), -3);
    const { endGuidanceEarly: e } = await as.deputy.ok(END, { input: { householdId: h.id, reason: 'MOVED_OUT', endedOn, note: 'Moved to Antwerp to live with family' } });
    expect(e).toMatchObject({
      status: 'GUIDANCE_ENDED',
      endedOn,
      endReason: 'MOVED_OUT',
      endNote: 'Moved to Antwerp to live with family',
      guidanceEnd: endedOn,
      viewerCan: { endGuidance: false, transfer: false, extendGuidance: false },
    });
    expect(e.funding.totalCents).toBe(1_900_000);
    expect(e.funding.lines.map((l: Answer) => l.kind)).toEqual(['BASE', 'DIRECT_ARRIVAL_HEAD', 'DIRECT_ARRIVAL_MEMBERS']);
    expect(e.fundingHistory.at(-1)).toEqual({
      action: 'GUIDANCE_ENDED_EARLY',
      reason: 'Moved to Antwerp to live with family',
      beforeCents: 2_200_000,
      afterCents: 1_900_000,
      user: { email: DEMO.deputy },
    });
    expect(e.timeline.at(-1)).toMatchObject({ kind: 'GUIDANCE_ENDED_EARLY', date: endedOn, endReason: 'MOVED_OUT', note: 'Moved to Antwerp to live with family' });
    const steps = await hub.orm.em.fork().find(GuidanceStep, { household: h.id });
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.filter((s) => s.status === 'TODO' || s.status === 'IN_PROGRESS')).toEqual([]);
    expect(steps.every((s) => s.status === 'NOT_APPLICABLE' && s.notApplicableReason === `Guidance ended early on ${endedOn}`)).toBe(true);
    // The deputy did it: the contact person and the partner's coordinator are told, once.
    expect(await notificationsOf(h.id, 'GUIDANCE_ENDED')).toEqual(told('GUIDANCE_ENDED', 'contact', 'coordinator'));
    // The job does not tell it again.
    await householdMilestones(createContext({ viewer: null, em: hub.orm.em.fork(), ip: 'test', cookies: null, app: hub.server.services }));
    expect(await notificationsOf(h.id, 'GUIDANCE_ENDED')).toHaveLength(2);
    // Off the board; and what guidance was is no longer editable.
    expect((await as.contact.ok(`{ board(sort: REFERENCE) { id } }`)).board.map((x: Answer) => x.id)).not.toContain(h.id);
    expect(codes(await as.contact.gql(`mutation($id: ID!) { extendGuidance(id: $id) { id } }`, { id: h.id }))).toEqual(['GUIDANCE_ALREADY_ENDED']);
    expect(codes(await as.contact.gql(END, { input: { householdId: h.id, reason: 'DEPARTURE', endedOn } }))).toEqual(['GUIDANCE_ALREADY_ENDED']);
  });

  it('in the second year an early end keeps the second year (flat amounts of a started year stay)', async () => {
    const h = await household({ arrivedMonthsAgo: 13, members: FIVE.slice(0, 2) });
    await hub.orm.em.fork().nativeUpdate(Household, { id: h.id }, { guidanceExtended: true });
    const { endGuidanceEarly: e } = await as.contact.ok(END, { input: { householdId: h.id, reason: 'SPONSORSHIP_BREAKDOWN', endedOn: today() } });
    // 2 x 3,000 + 2 x 600 + 2,000 + 500
    expect(e.funding.totalCents).toBe(970_000);
    expect(e.fundingHistory.at(-1)).toMatchObject({ action: 'GUIDANCE_ENDED_EARLY', beforeCents: 970_000, afterCents: 970_000 });
  });

  it('refuses what does not fit, with a code, and changes nothing', async () => {
    const h = await household({ members: FIVE.slice(0, 1) });
    const planned = await household({ members: FIVE.slice(0, 1), arrivedMonthsAgo: null });
    const end = (agent: Agent, input: Record<string, unknown>) => agent.gql(END, { input: { householdId: h.id, reason: 'DEPARTURE', endedOn: today(), ...input } });
    expect(codes(await end(as.coordinator, {}))).toEqual(['FORBIDDEN']);
    expect(codes(await end(as.volunteer, {}))).toEqual(['FORBIDDEN']);
    expect(codes(await end(as.otherContact, {}))).toEqual(['NOT_FOUND']);
    expect(codes(await hub.agent().gql(END, { input: { householdId: h.id, reason: 'DEPARTURE', endedOn: today() } }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await end(as.contact, { endedOn: addDays(today(), 1) }))).toEqual(['END_DATE_INVALID']);
    expect(codes(await end(as.contact, { endedOn: addDays(h.arrival, -1) }))).toEqual(['END_DATE_INVALID']);
    expect(codes(await end(as.contact, { reason: 'TRANSFERRED_PARTNERSHIP' }))).toEqual(['TRANSFER_TARGET_INVALID']);
    expect(codes(await end(as.contact, { reason: 'LEFT' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await end(as.contact, { endedOn: '2026-02-30' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await as.contact.gql(END, { input: { householdId: planned.id, reason: 'DEPARTURE', endedOn: today() } }))).toEqual(['GUIDANCE_NOT_STARTED']);
    const after = (await as.contact.ok(VIEW, { id: h.id })).household;
    expect([after.status, after.endedOn, after.fundingHistory.length, after.timeline.length]).toEqual([h.status, null, h.fundingHistory.length, h.timeline.length]);
  });
});

describe('transferHousehold', () => {
  const SEE = `query($id: ID!) { household(id: $id) { id hasSpecificNeeds specificNeeds { needs } funding { totalCents } partnership { name } } }`;

  it('moves the household with its history to the receiving partnership: the old partner no longer sees it, the new one does, specific needs only for who needs to know; the figure follows it, audited on both sides', async () => {
    const h = await household({ members: FIVE.slice(0, 2) });
    await as.contact.ok(`mutation($id: ID!) { updateHousehold(id: $id, input: { specificNeeds: [COMPLEX_MEDICAL] }) { id } }`, { id: h.id });
    // The household's thread, with a message, goes along.
    const thread = (await as.coordinator.ok(`mutation($id: ID!) { openHouseholdThread(householdId: $id) { id } }`, { id: h.id })).openHouseholdThread;
    await as.coordinator.ok(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`, { input: { threadId: thread.id, body: 'Before the move', clientId: randomUUID() } });
    for (const who of ['coordinator', 'volunteer', 'contact'] as const) expect((await as[who].ok(SEE, { id: h.id })).household.partnership.name, who).toBe('Onthaalgroep Mechelen');
    for (const who of ['otherCoordinator', 'otherVolunteer', 'otherContact'] as const) expect(codes(await as[who].gql(SEE, { id: h.id })), who).toEqual(['NOT_FOUND']);

    const on = today();
    const { transferHousehold: t } = await as.admin.ok(TRANSFER, { input: { householdId: h.id, toPartnershipId: ids.partnership.liege, transferredOn: on, note: 'Moved to Liège for work' } });
    expect(t.partnership.name).toBe('Liège Accueil');
    expect([t.status, t.endedOn, t.funding.totalCents]).toEqual(['IN_GUIDANCE', null, 850_000]);
    expect(t.fundingHistory.slice(-2)).toEqual([
      { action: 'TRANSFERRED_OUT', reason: 'Moved to Liège for work', beforeCents: 850_000, afterCents: 0, user: { email: DEMO.admin } },
      { action: 'TRANSFERRED_IN', reason: 'Moved to Liège for work', beforeCents: 0, afterCents: 850_000, user: { email: DEMO.admin } },
    ]);
    const audit = await hub.orm.em.fork().find(FundingAuditEntry, { household: h.id, action: { $in: ['TRANSFERRED_OUT', 'TRANSFERRED_IN'] } }, { orderBy: { action: 'desc' } });
    expect(audit.map((a) => [a.action, a.partnershipId])).toEqual([
      ['TRANSFERRED_OUT', ids.partnership.mechelen],
      ['TRANSFERRED_IN', ids.partnership.liege],
    ]);
    // Its history came along: registration, arrival, the transfer itself.
    expect(t.timeline.map((e: Answer) => e.kind)).toEqual(expect.arrayContaining(['REGISTERED', 'ARRIVAL_RECORDED', 'HOUSEHOLD_TRANSFERRED']));
    expect(t.timeline.at(-1)).toMatchObject({ kind: 'HOUSEHOLD_TRANSFERRED', date: on, fromPartnership: 'Onthaalgroep Mechelen', toPartnership: 'Liège Accueil', note: 'Moved to Liège for work' });

    for (const who of ['coordinator', 'volunteer', 'contact', 'deputy'] as const) expect(codes(await as[who].gql(SEE, { id: h.id })), who).toEqual(['NOT_FOUND']);
    expect((await as.otherCoordinator.ok(SEE, { id: h.id })).household).toMatchObject({ hasSpecificNeeds: true, specificNeeds: { needs: ['COMPLEX_MEDICAL'] }, funding: { totalCents: 850_000 } });
    expect((await as.otherVolunteer.ok(SEE, { id: h.id })).household).toMatchObject({ hasSpecificNeeds: true, specificNeeds: null, funding: null });
    expect((await as.otherContact.ok(SEE, { id: h.id })).household.partnership.name).toBe('Liège Accueil');
    expect(codes(await as.coordinator.gql(`query($id: ID!) { thread(id: $id) { id } }`, { id: thread.id }))).toEqual(['NOT_FOUND']);
    const seen = await as.otherCoordinator.ok(`query($id: ID!) { thread(id: $id) { id partnership { name } } }`, { id: thread.id });
    expect(seen.thread.partnership.name).toBe('Liège Accueil');
    // The old partnership's figure no longer counts it; the new one's does.
    const total = async (agent: Agent, p: string) => (await agent.ok(`query($p: ID!) { partnership(id: $p) { fundingTotalCents households { id } } }`, { p })).partnership;
    expect((await total(as.contact, ids.partnership.mechelen)).households.map((x: Answer) => x.id)).not.toContain(h.id);
    expect((await total(as.otherContact, ids.partnership.liege)).households.map((x: Answer) => x.id)).toContain(h.id);
  });

  it('refuses a partnership the viewer does not see, the same one, another programme, a draft one, a future date; coordinators may not transfer', async () => {
    const h = await household({ members: FIVE.slice(0, 1) });
    const move = (agent: Agent, input: Record<string, unknown>) => agent.gql(TRANSFER, { input: { householdId: h.id, toPartnershipId: ids.partnership.gent, transferredOn: today(), ...input } });
    expect(codes(await move(as.coordinator, {}))).toEqual(['FORBIDDEN']);
    expect(codes(await move(as.contact, { toPartnershipId: ids.partnership.liege }))).toEqual(['NOT_FOUND']);
    expect(codes(await move(as.contact, { toPartnershipId: ids.partnership.mechelen }))).toEqual(['TRANSFER_TARGET_INVALID']);
    const returnDesk = (await hub.orm.em.fork().getConnection().execute(`select id from partnership where name = 'Terugkeerloket Antwerpen'`))[0].id;
    // Another programme, whose case kind is not households: refused as such (case-kind.test.ts).
    expect(codes(await move(as.contact, { toPartnershipId: returnDesk }))).toEqual(['PROGRAMME_HAS_NO_HOUSEHOLDS']);
    expect(codes(await move(as.admin, { toPartnershipId: ids.partnership.zemst }))).toEqual(['PARTNERSHIP_NOT_ACTIVE']);
    expect(codes(await move(as.contact, { transferredOn: addDays(today(), 1) }))).toEqual(['END_DATE_INVALID']);
    expect((await as.contact.ok(VIEW, { id: h.id })).household.partnership.name).toBe('Onthaalgroep Mechelen');
    // The contact person of both partnerships moves it to Gent.
    expect((await move(as.contact, {})).data!.transferHousehold.partnership.name).toBe('Gent Samen');
  });
});

describe('key moments told to the contact person and the partner', () => {
  const job = (on: string) => householdMilestones(createContext({ viewer: null, em: hub.orm.em.fork(), ip: 'test', cookies: null, app: hub.server.services }), on);

  it('the arrival recorded, and moving in (once)', async () => {
    const h = await household({ members: FIVE.slice(0, 1) });
    // The coordinator recorded it: the contact person and the deputy are told.
    expect(await notificationsOf(h.id, 'HOUSEHOLD_ARRIVED')).toEqual(told('HOUSEHOLD_ARRIVED', 'contact', 'deputy'));
    const HOUSING = `mutation($h: ID!, $input: HousingInput!) { updateHousing(householdId: $h, input: $input) { movedInOn } }`;
    await as.volunteer.ok(HOUSING, { h: h.id, input: { street: 'Bruul 5', movedInOn: addDays(h.arrival, 10) } });
    await as.volunteer.ok(HOUSING, { h: h.id, input: { city: 'Mechelen' } });
    expect(await notificationsOf(h.id, 'HOUSEHOLD_MOVED_IN')).toEqual(told('HOUSEHOLD_MOVED_IN', 'contact', 'coordinator', 'deputy'));
    const { notifications } = await as.deputy.ok(`{ notifications(first: 5) { edges { node { kind sourceType sourceId excerpt } } } }`);
    expect(notifications.edges.map((e: Answer) => e.node).find((x: Answer) => x.kind === 'HOUSEHOLD_MOVED_IN')).toEqual({
      kind: 'HOUSEHOLD_MOVED_IN',
      sourceType: 'HOUSEHOLD',
      sourceId: h.id,
      excerpt: `${h.reference} · Onthaalgroep Mechelen · ${addDays(h.arrival, 10)}`,
    });
  });

  it('a month before the end of guidance and at its end, by the scheduled job, once each; an extension makes them due again for the new end', async () => {
    const h = await household({ members: FIVE.slice(0, 1), arrivedMonthsAgo: 11 });
    const end = guidanceEndDate(h.guidanceStart, false, RESETTLEMENT_MONTHS);
    await job(addMonths(end, -2));
    expect(await notificationsOf(h.id, 'GUIDANCE_ENDING_SOON')).toEqual([]);
    await job(addMonths(end, -1));
    await job(addDays(end, -3));
    expect(await notificationsOf(h.id, 'GUIDANCE_ENDING_SOON')).toEqual(told('GUIDANCE_ENDING_SOON', 'contact', 'coordinator', 'deputy'));
    await job(end);
    expect(await notificationsOf(h.id, 'GUIDANCE_ENDED')).toEqual([]);
    await job(addDays(end, 1));
    await job(addDays(end, 2));
    expect(await notificationsOf(h.id, 'GUIDANCE_ENDED')).toEqual(told('GUIDANCE_ENDED', 'contact', 'coordinator', 'deputy'));
    // Extended (in time): the new end is a year later, and its notices come again.
    await as.contact.ok(`mutation($id: ID!) { extendGuidance(id: $id) { id } }`, { id: h.id });
    const newEnd = guidanceEndDate(h.guidanceStart, true, RESETTLEMENT_MONTHS);
    await job(addMonths(newEnd, -1));
    expect(await notificationsOf(h.id, 'GUIDANCE_ENDING_SOON')).toHaveLength(6);
  });

  it('two jobs at once send a notice once', async () => {
    const h = await household({ members: FIVE.slice(0, 1), arrivedMonthsAgo: 11 });
    const end = guidanceEndDate(h.guidanceStart, false, RESETTLEMENT_MONTHS);
    await Promise.all([job(addDays(end, -10)), job(addDays(end, -10))]);
    expect(await notificationsOf(h.id, 'GUIDANCE_ENDING_SOON')).toHaveLength(3);
  });

  it('an end long past is marked without telling anyone (a first run on old data)', async () => {
    const h = await household({ members: FIVE.slice(0, 1), arrivedMonthsAgo: 11 });
    const end = guidanceEndDate(h.guidanceStart, false, RESETTLEMENT_MONTHS);
    await job(addDays(end, 60));
    expect(await notificationsOf(h.id)).toEqual(told('HOUSEHOLD_ARRIVED', 'contact', 'deputy'));
    expect((await hub.orm.em.fork().findOneOrFail(Household, { id: h.id })).endNoticeFor).toBe(end);
  });
});

describe('last activity', () => {
  it('a planned household never shows its future arrival date as its last activity', async () => {
    const h = await household({ members: FIVE.slice(0, 1), arrivedMonthsAgo: null });
    const em = hub.orm.em.fork();
    // An entry dated in the future (as the demo data wrote for planned households).
    em.create(HouseholdEvent, { household: em.getReference(Household, h.id), kind: 'REGISTERED', data: {}, at: new Date(`${addDays(today(), 40)}T09:00:00Z`) });
    await em.flush();
    const before = Date.now();
    const { household: v } = await as.contact.ok(`query($id: ID!) { household(id: $id) { lastActivityAt } }`, { id: h.id });
    expect(Date.parse(v.lastActivityAt)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(v.lastActivityAt)).toBeGreaterThan(before - 60_000);
    // The demo's planned household too.
    const demo = await as.contact.ok(`query($id: ID!) { household(id: $id) { lastActivityAt plannedArrivalDate } }`, { id: ids.household.mechelenPlanned });
    expect(Date.parse(demo.household.lastActivityAt)).toBeLessThanOrEqual(Date.now());
  });
});

describe('members as the funding statement sees them', () => {
  it('sums several lines of a kind (a later member) in the statement', async () => {
    const h = await household({ members: FIVE.slice(0, 1), partnershipId: ids.partnership.gent });
    const born = addDays(h.arrival, 5);
    await as.contact.ok(UPDATE, {
      id: h.id,
      input: { members: [...h.members.map(strip), { firstName: 'Noor', lastName: 'Nasser', birthYear: Number(born.slice(0, 4)), relationship: 'CHILD', joined: 'BORN', joinedOn: born }] },
    });
    const { fundingStatement } = await as.contact.ok(
      `query($p: ID!) { fundingStatement(partnershipId: $p) { rows { reference baseCents directArrivalHeadCents directArrivalMembersCents totalCents } } }`,
      { p: ids.partnership.gent },
    );
    expect(fundingStatement.rows.find((r: Answer) => r.reference === h.reference)).toEqual({
      reference: h.reference,
      baseCents: 600_000,
      directArrivalHeadCents: 200_000,
      directArrivalMembersCents: 0,
      totalCents: 800_000,
    });
    expect(await hub.orm.em.fork().count(HouseholdMember, { household: h.id })).toBe(2);
  });
});
