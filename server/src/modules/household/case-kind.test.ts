/**
 * The programme's configuration drives households: only a programme whose case kind is the
 * resettlement household receives them (registration, transfer; the import in io.test.ts), and a
 * household's guidance term (its end, its status, when the second year's amounts count from) is
 * the programme's caseMonths.
 */
import { addDays, addMonths, guidanceEndDate, PROGRAMME_DEFAULTS } from '@partner-hub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBrussels } from '../../app/validators.js';
import { type Agent, codes, DEMO, demoIds, startTestHub, type TestHub } from '../../../test/harness.js';

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;
const as: Record<'admin' | 'contact', Agent> = {} as never;
beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
  as.admin = await hub.as(DEMO.admin);
  as.contact = await hub.as(DEMO.contact);
});
afterAll(() => hub?.close());

const REGISTER = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`;
const TRANSFER = `mutation($input: TransferHouseholdInput!) { transferHousehold(input: $input) { id partnership { name } } }`;
const CONFIGURE = `mutation($input: ProgrammeConfigurationInput!) { updateProgrammeConfiguration(input: $input) { code caseKind fundingRule caseMonths } }`;
const HOUSEHOLD = `query($id: ID!) { household(id: $id) { status guidanceEnd viewerCan { extendGuidance endGuidance } funding { totalCents lines { kind quantity amountCents from } } } }`;
const SINGLE = [{ firstName: 'Hana', lastName: 'Said', birthYear: 1990, relationship: 'HEAD' }];

/** Rows of the tables a registration writes: a refusal leaves every one as it was. */
async function rowCounts(): Promise<Record<string, number>> {
  const conn = hub.orm.em.fork().getConnection();
  const out: Record<string, number> = {};
  for (const table of ['household', 'household_member', 'guidance_step', 'household_event', 'funding_audit']) {
    const [row] = await conn.execute<{ n: number | string }[]>(`select count(*) as n from ${table}`);
    out[table] = Number(row!.n);
  }
  return out;
}

/** Demo partnerships whose programme follows no households (return desks, socio-legal desks, vulnerable groups). */
async function partnershipsWithoutHouseholds(): Promise<{ id: string; name: string; case_kind: string }[]> {
  const rows = await hub.orm.em
    .fork()
    .getConnection()
    .execute<{ id: string; name: string; case_kind: string }[]>(
      `select p.id, p.name, g.case_kind from partnership p join programme g on g.id = p.programme_id where g.case_kind <> 'RESETTLEMENT_HOUSEHOLD' and p.status = 'ACTIVE'`,
    );
  return rows;
}

const resettlementConfig = (changes: Record<string, unknown>) => ({
  programme: 'RESETTLEMENT',
  caseKind: PROGRAMME_DEFAULTS.RESETTLEMENT.caseKind,
  fundingRule: PROGRAMME_DEFAULTS.RESETTLEMENT.fundingRule,
  caseMonths: PROGRAMME_DEFAULTS.RESETTLEMENT.caseMonths,
  indicators: [],
  objectives: PROGRAMME_DEFAULTS.RESETTLEMENT.objectives,
  ...changes,
});

describe('households only where the programme follows them (caseKind)', () => {
  it('refuses to register a household with a partnership of every other case kind, writing nothing', async () => {
    const others = await partnershipsWithoutHouseholds();
    expect(new Set(others.map((p) => p.case_kind))).toEqual(new Set(['RETURN_FILE', 'DESK_CONTACT', 'SUPPORT_TRAJECTORY']));
    const before = await rowCounts();
    for (const p of others) {
      const refused = await as.admin.gql(REGISTER, { input: { partnershipId: p.id, reference: 'HH-DESK-1', arrivalRoute: 'DIRECT', members: SINGLE } });
      expect(codes(refused), p.name).toEqual(['PROGRAMME_HAS_NO_HOUSEHOLDS']);
      expect(refused.errors![0].extensions!.caseKind).toBe(p.case_kind);
    }
    // The return desk's own contact person is refused alike.
    const desk = others.find((p) => p.name === 'Terugkeerloket Antwerpen')!;
    expect(codes(await as.contact.gql(REGISTER, { input: { partnershipId: desk.id, arrivalRoute: 'DIRECT', members: SINGLE } }))).toEqual(['PROGRAMME_HAS_NO_HOUSEHOLDS']);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses to transfer a household to a partnership whose programme follows no households; it stays where it was', async () => {
    const desk = (await partnershipsWithoutHouseholds()).find((p) => p.name === 'Terugkeerloket Antwerpen')!;
    const before = await rowCounts();
    const refused = await as.contact.gql(TRANSFER, { input: { householdId: ids.household.mechelen, toPartnershipId: desk.id, transferredOn: todayInBrussels() } });
    expect(codes(refused)).toEqual(['PROGRAMME_HAS_NO_HOUSEHOLDS']);
    const { household } = await as.contact.ok(`query($id: ID!) { household(id: $id) { partnership { name } } }`, { id: ids.household.mechelen });
    expect(household.partnership.name).toBe('Onthaalgroep Mechelen');
    expect(await rowCounts()).toEqual(before);
  });

  it('keeps a programme with households following households, with its guidance months', async () => {
    const noMonths = await as.admin.gql(CONFIGURE, { input: resettlementConfig({ caseMonths: null }) });
    expect(codes(noMonths)).toEqual(['PROGRAMME_CONFIG_INVALID']);
    expect(noMonths.errors![0].extensions!.field).toBe('caseMonths');
    const otherKind = await as.admin.gql(CONFIGURE, { input: resettlementConfig({ caseKind: 'RETURN_FILE', fundingRule: 'AGREED_BUDGET', caseMonths: null }) });
    expect(codes(otherKind)).toEqual(['PROGRAMME_CONFIG_INVALID']);
    expect(otherKind.errors![0].extensions!.field).toBe('caseKind');
    const { programmes } = await as.admin.ok(`{ programmes { code caseKind fundingRule caseMonths } }`);
    expect(programmes.find((p: { code: string }) => p.code === 'RESETTLEMENT')).toEqual({ code: 'RESETTLEMENT', caseKind: 'RESETTLEMENT_HOUSEHOLD', fundingRule: 'RESETTLEMENT_FLAT', caseMonths: 12 });
  });
});

describe("the guidance term is the programme's caseMonths", () => {
  it('twelve months as seeded; six once the admin says so: the end, the status, the second year and its amounts move with it', async () => {
    const today = todayInBrussels();
    // Guidance started 200 days ago: within a year, past six months (and within the 30 days' grace of their end).
    const start = addDays(today, -200);
    const { registerHousehold: h } = await as.contact.ok(REGISTER, {
      input: {
        partnershipId: ids.partnership.gent,
        reference: 'HH-TERM-0001',
        arrivalRoute: 'AFTER_RECEPTION',
        plannedArrivalDate: start,
        members: [...SINGLE, { firstName: 'Ali', lastName: 'Said', birthYear: 1988, relationship: 'SPOUSE' }],
      },
    });
    await as.contact.ok(`mutation($id: ID!, $on: String!) { recordArrival(id: $id, arrivalDate: $on) { id } }`, { id: h.id, on: start });
    const view = async () => (await as.contact.ok(HOUSEHOLD, { id: h.id })).household;

    expect(await view()).toMatchObject({
      status: 'IN_GUIDANCE',
      guidanceEnd: guidanceEndDate(start, false, 12),
      viewerCan: { extendGuidance: true, endGuidance: true },
      funding: { totalCents: 600_000 },
    });

    await as.admin.ok(CONFIGURE, { input: resettlementConfig({ caseMonths: 6 }) });
    const six = await view();
    expect(six).toMatchObject({ status: 'GUIDANCE_ENDED', guidanceEnd: guidanceEndDate(start, false, 6), viewerCan: { extendGuidance: true, endGuidance: false } });
    expect(guidanceEndDate(start, false, 6)).toBe(addDays(addMonths(start, 6), -1));

    // Extended within the grace days after the end of its first six months: a second term of six.
    const { extendGuidance } = await as.contact.ok(`mutation($id: ID!) { extendGuidance(id: $id) { guidanceEnd status } }`, { id: h.id });
    expect(extendGuidance).toEqual({ guidanceEnd: guidanceEndDate(start, true, 6), status: 'IN_GUIDANCE' });
    expect((await view()).funding).toEqual({
      totalCents: 720_000,
      lines: [
        { kind: 'BASE', quantity: 2, amountCents: 600_000, from: start },
        { kind: 'SECOND_YEAR', quantity: 2, amountCents: 120_000, from: addMonths(start, 6) },
      ],
    });

    // Back to twelve months: the same household, the resettlement figures as before.
    await as.admin.ok(CONFIGURE, { input: resettlementConfig({}) });
    expect(await view()).toMatchObject({
      status: 'IN_GUIDANCE',
      guidanceEnd: guidanceEndDate(start, true, 12),
      funding: {
        totalCents: 720_000,
        lines: [
          { kind: 'BASE', from: start },
          { kind: 'SECOND_YEAR', from: addMonths(start, 12) },
        ],
      },
    });
  });
});
