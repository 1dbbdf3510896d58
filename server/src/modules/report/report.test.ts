/**
 * The yearly report across partnerships (2024): arrivals by month and route, funding committed /
 * approved / paid from each partnership's statement, feedback status, the last evaluation, and the
 * CSV/XLSX downloads. Worked money examples in euro cents.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBrussels } from '../../app/validators.js';
import { type Agent, type Answer, codes, DEMO, demoIds, fewestStatements, startTestHub, type TestHub } from '../../../test/harness.js';
import { FeedbackRound } from '../feedback/feedback.entity.js';
import { Household, HouseholdMember } from '../household/household.entity.js';
import { EvaluationScore, Meeting, MeetingPartnership } from '../meeting/meeting.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Partnership, PartnershipMember } from '../partnership/partnership.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;
const as: Record<string, Agent> = {};
const YEAR = 2024;
const A = 'Report Antwerpen 2024';
const B = 'Report Namur 2024';
let a: string;
let b: string;

async function partnership(name: string, own: boolean, track: 'COMMUNITY_SPONSORSHIP' | 'FLEXIBLE_FRAMEWORK'): Promise<string> {
  const em = hub.orm.em.fork();
  const user = (email: string) => em.getReference(User, ids.user[email]);
  const p = em.create(Partnership, {
    name,
    programme: await em.findOneOrFail(Programme, { code: 'RESETTLEMENT' }),
    track,
    status: 'ACTIVE',
    capacityPledged: 20,
    contactPerson: user(own ? DEMO.contact : DEMO.otherContact),
    deputy: own ? user(DEMO.deputy) : null,
  });
  const members = own ? ['Samen Thuis vzw', 'Onthaalgroep Mechelen'] : ['CPAS de Liège'];
  members.forEach((m, i) => em.create(PartnershipMember, { partnership: p, organisation: em.getReference(Organisation, ids.org[m]), lead: i === 0 }));
  await em.flush();
  return p.id;
}

async function household(partnershipId: string, o: { reference: string; persons: number; route: 'DIRECT' | 'AFTER_RECEPTION'; extended?: boolean; arrival?: string; planned?: string }) {
  const em = hub.orm.em.fork();
  const h = em.create(Household, {
    partnership: em.getReference(Partnership, partnershipId),
    reference: o.reference,
    arrivalRoute: o.route,
    plannedArrivalDate: o.planned ?? o.arrival,
    arrivalDate: o.arrival ?? null,
    guidanceStart: o.arrival ?? null,
    guidanceExtended: o.extended ?? false,
  });
  for (let i = 0; i < o.persons; i++)
    em.create(HouseholdMember, { household: h, firstName: `M${i}`, lastName: o.reference, birthYear: 1980 + i, relationship: i === 0 ? 'HEAD' : 'CHILD', position: i });
  await em.flush();
}

async function evaluation(partnershipId: string, startsAt: string, ratings: [number, number, number], signedOff = true) {
  const em = hub.orm.em.fork();
  const start = new Date(startsAt);
  const m = em.create(Meeting, {
    kind: 'EVALUATION',
    title: `Evaluation ${startsAt}`,
    startsAt: start,
    endsAt: new Date(start.getTime() + 3600_000),
    place: 'Brussels',
    evaluationSignedOffAt: signedOff ? new Date(start.getTime() + 7200_000) : null,
  });
  const partnership = em.getReference(Partnership, partnershipId);
  em.create(MeetingPartnership, { meeting: m, partnership });
  (['SUSTAINABLE_HOUSING', 'GUIDANCE', 'OPERATIONAL_COOPERATION'] as const).forEach((objective, i) => em.create(EvaluationScore, { meeting: m, partnership, objective, rating: ratings[i] }));
  await em.flush();
}

beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
  for (const [k, email] of Object.entries(DEMO)) as[k] = await hub.as(email);
  a = await partnership(A, true, 'COMMUNITY_SPONSORSHIP');
  b = await partnership(B, false, 'FLEXIBLE_FRAMEWORK');
  // A: 5 x 3,000 + 5 x 600 + 2,000 + 4 x 500 = 22,000; 1 x 3,000 = 3,000; planned 2 direct: 6,000 + 2,000 + 500 = 8,500. Committed 33,500.
  await household(a, { reference: 'REP-A1', persons: 5, route: 'DIRECT', extended: true, arrival: '2024-03-05' });
  await household(a, { reference: 'REP-A2', persons: 1, route: 'AFTER_RECEPTION', arrival: '2024-03-20' });
  await household(a, { reference: 'REP-A3', persons: 2, route: 'DIRECT', planned: '2024-11-10' });
  // B: 3 x 3,000 = 9,000.
  await household(b, { reference: 'REP-B1', persons: 3, route: 'AFTER_RECEPTION', arrival: '2024-03-10' });
  // A's statement of 2024 approved (EUR 33,500) and EUR 10,000 paid.
  await as.contact.ok(`mutation { approveFundingStatement(partnershipId: "${a}", year: ${YEAR}, totalCents: 3350000) { status } }`);
  await as.contact.ok(`mutation($on: String!) { recordFundingPayment(partnershipId: "${a}", year: ${YEAR}, input: { paidOn: $on, amountCents: 1000000 }) { status } }`, { on: todayInBrussels() });
  // Feedback of A in 2024: one accepted, one open past its due date; one of 2023 (not counted).
  const em = hub.orm.em.fork();
  const pa = em.getReference(Partnership, a);
  em.create(FeedbackRound, { partnership: pa, periodStart: '2024-01-01', periodEnd: '2024-03-31', dueDate: '2024-04-15', status: 'ACCEPTED' });
  em.create(FeedbackRound, { partnership: pa, periodStart: '2024-04-01', periodEnd: '2024-06-30', dueDate: '2024-07-15', status: 'OPEN' });
  em.create(FeedbackRound, { partnership: pa, periodStart: '2023-10-01', periodEnd: '2023-12-31', dueDate: '2024-01-15', status: 'OPEN' });
  await em.flush();
  // Evaluations: A's last signed-off one of 2024 counts (4, 3, 5), not the earlier one nor the unsigned later one; B: 2, 3, 4.
  await evaluation(a, '2024-02-01T09:00:00Z', [1, 1, 1]);
  await evaluation(a, '2024-06-01T09:00:00Z', [4, 3, 5]);
  await evaluation(a, '2024-09-01T09:00:00Z', [2, 2, 2], false);
  await evaluation(b, '2024-05-01T09:00:00Z', [2, 3, 4]);
});
afterAll(() => hub?.close());

const REPORT = `query($y: Int!) { yearlyReport(programme: RESETTLEMENT, year: $y) {
  year csvUrl monthsCsvUrl
  months { month arrivalRoute households persons plannedHouseholds plannedPersons }
  partnerships { partnership { name } track households persons committedCents approvedCents paidCents statementStatus
    feedback { rounds accepted submitted open overdue } evaluation { title ratings { objective rating } } }
  objectives { objective average evaluations }
  totals { households persons committedCents approvedCents paidCents arrivedPersons plannedPersons } } }`;

const lineOf = (r: Answer, name: string) => r.partnerships.find((p: Answer) => p.partnership.name === name);
const month = (r: Answer, m: number, route: string) => r.months.find((x: Answer) => x.month === m && x.arrivalRoute === route);

describe('yearlyReport', () => {
  it('requires sign-in; partners are refused', async () => {
    expect(codes(await hub.agent().gql(REPORT, { y: YEAR }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await as.coordinator.gql(REPORT, { y: YEAR }))).toEqual(['FORBIDDEN']);
    expect(codes(await as.volunteer.gql(REPORT, { y: YEAR }))).toEqual(['FORBIDDEN']);
    expect(codes(await as.admin.gql(REPORT, { y: 1999 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('gives the admin every partnership: funding committed, approved and paid, feedback and the last evaluation', async () => {
    const r = (await as.admin.ok(REPORT, { y: YEAR })).yearlyReport;
    expect(r.csvUrl).toBe('/reports/yearly.csv?programme=RESETTLEMENT&year=2024');
    expect(lineOf(r, A)).toEqual({
      partnership: { name: A },
      track: 'COMMUNITY_SPONSORSHIP',
      households: 3,
      persons: 8,
      committedCents: 3_350_000,
      approvedCents: 3_350_000,
      paidCents: 1_000_000,
      statementStatus: 'PARTLY_PAID',
      feedback: { rounds: 2, accepted: 1, submitted: 0, open: 0, overdue: 1 },
      evaluation: {
        title: 'Evaluation 2024-06-01T09:00:00Z',
        ratings: [
          { objective: 'SUSTAINABLE_HOUSING', rating: 4 },
          { objective: 'GUIDANCE', rating: 3 },
          { objective: 'OPERATIONAL_COOPERATION', rating: 5 },
        ],
      },
    });
    expect(lineOf(r, B)).toMatchObject({
      track: 'FLEXIBLE_FRAMEWORK',
      households: 1,
      persons: 3,
      committedCents: 900_000,
      approvedCents: null,
      paidCents: 0,
      statementStatus: 'DRAFT',
      feedback: { rounds: 0 },
    });
    // Averages over A (4, 3, 5) and B (2, 3, 4) and the demo partnerships (none evaluated in 2024).
    expect(r.objectives).toEqual([
      { objective: 'SUSTAINABLE_HOUSING', average: 3, evaluations: 2 },
      { objective: 'GUIDANCE', average: 3, evaluations: 2 },
      { objective: 'OPERATIONAL_COOPERATION', average: 4.5, evaluations: 2 },
    ]);
    // March: A1 (5, direct), A2 (1) and B1 (3) after reception; November: A3 planned (2, direct).
    expect(month(r, 3, 'DIRECT')).toMatchObject({ households: 1, persons: 5, plannedHouseholds: 0 });
    expect(month(r, 3, 'AFTER_RECEPTION')).toMatchObject({ households: 2, persons: 4 });
    expect(month(r, 11, 'DIRECT')).toMatchObject({ households: 0, persons: 0, plannedHouseholds: 1, plannedPersons: 2 });
    expect(r.months).toHaveLength(24);
    const sum = (f: (l: Answer) => number) => r.partnerships.reduce((s: number, l: Answer) => s + f(l), 0);
    expect(r.totals).toMatchObject({ committedCents: sum((l) => l.committedCents), approvedCents: sum((l) => l.approvedCents ?? 0), paidCents: sum((l) => l.paidCents) });
    expect(r.totals.committedCents).toBeGreaterThanOrEqual(3_350_000 + 900_000);
  });

  it('gives a contact person only the partnerships they follow', async () => {
    const r = (await as.contact.ok(REPORT, { y: YEAR })).yearlyReport;
    const names = r.partnerships.map((p: Answer) => p.partnership.name);
    expect(names).toContain(A);
    expect(names).not.toContain(B);
    expect(names).not.toContain('Liège Accueil');
    expect(month(r, 3, 'AFTER_RECEPTION')).toMatchObject({ households: 1, persons: 1 });
    expect(r.objectives[2]).toEqual({ objective: 'OPERATIONAL_COOPERATION', average: 5, evaluations: 1 });
    const other = (await as.otherContact.ok(REPORT, { y: YEAR })).yearlyReport;
    expect(other.partnerships.map((p: Answer) => p.partnership.name)).toContain(B);
    expect(other.partnerships.map((p: Answer) => p.partnership.name)).not.toContain(A);
  });
});

describe('the yearly report as CSV and XLSX', () => {
  const download = (agent: Agent, path: string) => fetch(`${hub.url}${path}`, { headers: agent.cookie ? { cookie: agent.cookie } : {} });

  it('writes the partnerships in the viewer’s language with the same figures (CSV) and real numbers (XLSX)', async () => {
    const res = await download(as.contact, '/reports/yearly.csv?programme=RESETTLEMENT&year=2024');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await res.text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '"Partnerschap";"Spoor";"Gezinnen";"Personen";"Vastgelegd (EUR)";"Goedgekeurd (EUR)";"Betaald (EUR)";"Status overzicht";"Feedbackrondes";"Aanvaard";"Ingediend";"Open";"Te laat";"Evaluatie";"Duurzame huisvesting (1-5)";"Begeleiding (1-5)";"Operationele samenwerking (1-5)"',
    );
    expect(lines.find((l) => l.startsWith(`"${A}"`))).toBe(`"${A}";"Community sponsorship";"3";"8";"33.500,00";"33.500,00";"10.000,00";"Deels betaald";"2";"1";"0";"0";"1";"01/06/2024";"4";"3";"5"`);
    expect(lines.at(-1)!.startsWith('"Totaal"')).toBe(true);

    const xlsx = await download(as.admin, '/reports/yearly.xlsx?programme=RESETTLEMENT&year=2024');
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0];
    let row: ExcelJS.Row | undefined;
    sheet.eachRow((r) => {
      if (r.getCell(1).value === A) row = r;
    });
    expect(row!.getCell(5).value).toBe(33_500);
    expect(row!.getCell(7).value).toBe(10_000);
  });

  it('writes the months by route, and refuses partners and bad arguments', async () => {
    const res = await download(as.admin, '/reports/yearly-months.csv?programme=RESETTLEMENT&year=2024');
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(25);
    expect(lines).toContain('"2024-03";"na opvang";"2";"4";"0";"0"');
    expect((await download(as.coordinator, '/reports/yearly.csv?programme=RESETTLEMENT&year=2024')).status).toBe(403);
    expect((await download(hub.agent(), '/reports/yearly.csv?programme=RESETTLEMENT&year=2024')).status).toBe(401);
    expect((await download(as.admin, '/reports/yearly.csv?programme=RESETTLEMENT&year=abc')).status).toBe(400);
  });
});

describe('the yearly report’s cost', () => {
  it('sends as many SQL statements for more partnerships with households and statements (no N+1)', async () => {
    const run = () => as.admin.ok(REPORT, { y: YEAR });
    const before = await fewestStatements(hub, run);
    for (let i = 0; i < 3; i++) {
      const p = await partnership(`Report extra ${i}`, true, 'FLEXIBLE_FRAMEWORK');
      await household(p, { reference: `REP-X${i}`, persons: 2, route: 'DIRECT', arrival: '2024-05-05' });
      await as.contact.ok(`mutation { approveFundingStatement(partnershipId: "${p}", year: ${YEAR}, totalCents: 850000) { status } }`);
    }
    const after = await fewestStatements(hub, run);
    expect(after.result.yearlyReport.partnerships.length).toBe(before.result.yearlyReport.partnerships.length + 3);
    expect(after.statements).toBe(before.statements);
  });
});
