/**
 * Exports of the board, a partnership's households and the funding statement (CSV and XLSX):
 * parsed back and compared with what the screens' queries answer; formula cells neutralised;
 * the same policies as the screens.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, type Answer, DEMO, demoIds, type TestHub, startTestHub } from '../../../test/harness.js';

const FIXTURES = path.join(import.meta.dirname, '../../../test/fixtures/import');

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;
const as = {} as Record<'admin' | 'contact' | 'coordinator' | 'volunteer' | 'otherCoordinator' | 'otherContact', Agent>;
let p: string;

async function importFixture(name: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(readFileSync(path.join(FIXTURES, name)))]), name);
  const res = await fetch(`${hub.url}/partnerships/${p}/households/import`, { method: 'POST', body: form, headers: { cookie: as.coordinator.cookie!, 'x-partner-hub-upload': '1' } });
  expect(res.status).toBe(201);
}

beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
  for (const [k, email] of [
    ['admin', DEMO.admin],
    ['contact', DEMO.contact],
    ['coordinator', DEMO.coordinator],
    ['volunteer', DEMO.volunteer],
    ['otherCoordinator', DEMO.otherCoordinator],
    ['otherContact', DEMO.otherContact],
  ] as const) {
    as[k] = await hub.as(email);
  }
  const { createPartnership } = await as.admin.ok(`mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`, {
    input: {
      name: 'Export Test',
      programme: 'RESETTLEMENT',
      track: 'COMMUNITY_SPONSORSHIP',
      status: 'ACTIVE',
      capacityPledged: 100,
      leadOrganisationId: ids.org['Samen Thuis vzw'],
      contactPersonId: ids.user[DEMO.contact],
      deputyId: ids.user[DEMO.deputy],
    },
  });
  p = createPartnership.id;
  await as.admin.ok(`mutation($p: ID!, $o: ID!) { addPartnershipMember(partnershipId: $p, organisationId: $o) { id } }`, { p, o: ids.org['Onthaalgroep Mechelen'] });
  await importFixture('valid.csv');
  await importFixture('formula.csv');
  const imp1 = (await as.contact.ok(`query($id: ID!) { partnership(id: $id) { households { id reference } } }`, { id: p })).partnership.households.find((h: Answer) => h.reference === 'IMP-001');
  await as.contact.ok(`mutation($id: ID!) { extendGuidance(id: $id) { id } }`, { id: imp1.id });
});
afterAll(() => hub?.close());

const get = (url: string, agent?: Agent) => fetch(`${hub.url}${url}`, { headers: agent?.cookie ? { cookie: agent.cookie } : {} });
async function csvRows(url: string, agent: Agent): Promise<string[][]> {
  const res = await get(url, agent);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
}
async function xlsxRows(url: string, agent: Agent): Promise<{ rows: unknown[][]; sheet: ExcelJS.Worksheet }> {
  const res = await get(url, agent);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[\w-]+\.xlsx"/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { rows, sheet };
}

const STATEMENT = `query($p: ID!) { fundingStatement(partnershipId: $p) {
  rows { reference headName persons baseCents secondYearCents directArrivalHeadCents directArrivalMembersCents totalCents household { arrivalRoute guidanceExtended } }
  totals { persons baseCents secondYearCents directArrivalHeadCents directArrivalMembersCents totalCents } } }`;
const nlMoney = (cents: number) => new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
const frMoney = (cents: number) => new Intl.NumberFormat('fr-BE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100).replace(/[\u00a0\u202f]/g, ' ');

describe('funding statement export', () => {
  it("has the figures of Query.fundingStatement: XLSX as numbers in euros, CSV in the viewer's locale", async () => {
    const { fundingStatement: s } = await as.contact.ok(STATEMENT, { p });
    expect(s.rows.length).toBe(4);
    const { rows, sheet } = await xlsxRows(`/partnerships/${p}/funding.xlsx`, as.contact);
    expect(rows[0][0]).toBe('Dossier');
    const money = (r: Answer) => [r.baseCents, r.secondYearCents, r.directArrivalHeadCents, r.directArrivalMembersCents, r.totalCents].map((c: number) => c / 100);
    expect(rows.slice(1, -1).map((r) => [r[0], r[2], ...r.slice(5)])).toEqual(s.rows.map((r: Answer) => [r.reference, r.persons, ...money(r)]));
    expect(rows.at(-1)).toEqual(['Totaal', undefined, s.totals.persons, undefined, undefined, ...money(s.totals)]);
    expect(sheet.getCell('J2').numFmt).toBe('#,##0.00');

    const csv = await csvRows(`/partnerships/${p}/funding.csv`, as.contact);
    const words = { DIRECT: 'rechtstreeks', AFTER_RECEPTION: 'na opvang' } as Record<string, string>;
    expect(csv.slice(1, -1)).toEqual(
      s.rows.map((r: Answer) => [
        r.reference,
        r.headName.startsWith('=') ? `'${r.headName}` : r.headName,
        String(r.persons),
        words[r.household.arrivalRoute],
        r.household.guidanceExtended ? 'ja' : 'nee',
        ...[r.baseCents, r.secondYearCents, r.directArrivalHeadCents, r.directArrivalMembersCents, r.totalCents].map(nlMoney),
      ]),
    );
    expect(csv.at(-1)!.at(-1)).toBe(nlMoney(s.totals.totalCents));
  });

  it('writes French numbers for a French-speaking viewer', async () => {
    const agent = await hub.as(DEMO.deputy);
    await agent.ok(`mutation { changeLanguage(language: fr) { id } }`);
    const { fundingStatement: s } = await agent.ok(STATEMENT, { p });
    const csv = await csvRows(`/partnerships/${p}/funding.csv`, agent);
    expect(csv[0][1]).toBe('Chef de ménage');
    expect(csv.at(-1)).toEqual([
      'Total',
      '',
      String(s.totals.persons),
      '',
      '',
      ...[s.totals.baseCents, s.totals.secondYearCents, s.totals.directArrivalHeadCents, s.totals.directArrivalMembersCents, s.totals.totalCents].map(frMoney),
    ]);
    expect(csv.at(-1)!.at(-1)).toMatch(/^\d{2} \d{3},00$/);
  });
});

const HOUSEHOLDS = `query($id: ID!) { partnership(id: $id) { households { reference status arrivalRoute plannedArrivalDate arrivalDate head { firstName lastName } members { id } funding { totalCents } } } }`;
const STATUS_NL: Record<string, string> = { PLANNED: 'Aankomst gepland', ARRIVED: 'Aangekomen', IN_GUIDANCE: 'In begeleiding', GUIDANCE_ENDED: 'Begeleiding afgelopen' };
const nlDate = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

describe('households export', () => {
  it("lists what the partnership page lists, with dates in the viewer's locale (CSV) and as date cells (XLSX)", async () => {
    const households = (await as.coordinator.ok(HOUSEHOLDS, { id: p })).partnership.households as Answer[];
    const csv = await csvRows(`/partnerships/${p}/households.csv`, as.coordinator);
    expect(csv[0]).toEqual(['Dossier', 'Gezinshoofd', 'Personen', 'Status', 'Aankomst', 'Aankomstroute', 'Financiering (EUR)']);
    const name = (h: Answer) => `${h.head.firstName} ${h.head.lastName}`;
    const safe = (s: string) => (/^[=+\-@]/.test(s) ? `'${s}` : s);
    expect(csv.slice(1)).toEqual(
      households.map((h) => [
        h.reference,
        safe(name(h)),
        String(h.members.length),
        STATUS_NL[h.status],
        nlDate(h.arrivalDate ?? h.plannedArrivalDate),
        h.arrivalRoute === 'DIRECT' ? 'rechtstreeks' : 'na opvang',
        nlMoney(h.funding.totalCents),
      ]),
    );
    const { rows } = await xlsxRows(`/partnerships/${p}/households.xlsx`, as.coordinator);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[4] instanceof Date ? r[4].toISOString().slice(0, 10) : (r[4] ?? null), r[6]])).toEqual(
      households.map((h) => [h.reference, h.members.length, h.arrivalDate ?? h.plannedArrivalDate, h.funding.totalCents / 100]),
    );
  });

  it('neutralises cells a spreadsheet would run as formulas (CSV and XLSX)', async () => {
    const csv = await csvRows(`/partnerships/${p}/households.csv`, as.coordinator);
    const row = csv.find((r) => r[0] === 'FORMULA-001')!;
    expect(row[1]).toBe(`'=HYPERLINK("http://evil.example","click") +SUM(1)`);
    expect(csv.flat().some((c) => /^[=+\-@\t\r]/.test(c))).toBe(false);
    const { sheet } = await xlsxRows(`/partnerships/${p}/households.xlsx`, as.coordinator);
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((r) => r.eachCell((c) => cells.push(c)));
    expect(cells.some((c) => c.formula || c.type === ExcelJS.ValueType.Formula)).toBe(false);
    expect(cells.find((c) => typeof c.value === 'string' && c.value.includes('HYPERLINK'))!.value).toBe(`'=HYPERLINK("http://evil.example","click") +SUM(1)`);
  });

  it('leaves the funding column out for a volunteer, who does not see funding', async () => {
    const csv = await csvRows(`/partnerships/${p}/households.csv`, as.volunteer);
    expect(csv[0]).toEqual(['Dossier', 'Gezinshoofd', 'Personen', 'Status', 'Aankomst', 'Aankomstroute']);
    expect(csv).toHaveLength(5);
  });
});

const BOARD = `query($p: ID) { board(partnershipId: $p) { reference head { firstName lastName } progress { done total } nextStep { dueDate label { nl } } flags } }`;

describe('board export', () => {
  it('has the rows of Query.board in its order, with progress, next step and flags', async () => {
    const { board } = await as.contact.ok(BOARD, { p });
    expect(board.length).toBeGreaterThan(0);
    const { rows } = await xlsxRows(`/board.xlsx?partnership=${p}`, as.contact);
    expect(rows.slice(1).map((r) => [r[0], r[4], r[5], r[6] ?? null, r[7] instanceof Date ? r[7].toISOString().slice(0, 10) : null])).toEqual(
      board.map((b: Answer) => [b.reference, b.progress.done, b.progress.total, b.nextStep?.label.nl ?? null, b.nextStep?.dueDate ?? null]),
    );
    const csv = await csvRows(`/board.csv?partnership=${p}`, as.contact);
    const flagsNl: Record<string, string> = {
      OVERDUE_STEPS: 'Stappen te laat',
      NO_HOME_YET: 'Nog geen woning',
      LEASE_TOO_SHORT: 'Huurcontract te kort',
      NEXT_HOME_SEARCH_NOT_STARTED: 'Zoektocht naar volgende woning niet gestart',
      STALE: 'Geen recente update',
    };
    expect(csv.slice(1).map((r) => [r[0], r[7], r[8]])).toEqual(board.map((b: Answer) => [b.reference, nlDate(b.nextStep?.dueDate ?? null), b.flags.map((f: string) => flagsNl[f]).join(', ')]));
  });
});

describe('exports: who may download', () => {
  it("requires sign-in and follows the screens' policies: a partner never exports another partner's data", async () => {
    for (const url of [`/partnerships/${p}/funding.csv`, `/partnerships/${p}/households.xlsx`, `/board.csv`]) {
      const res = await get(url);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: { code: 'UNAUTHENTICATED' } });
    }
    // Funding: not for volunteers (403); another partnership's people do not see it at all (404).
    expect((await get(`/partnerships/${p}/funding.xlsx`, as.volunteer)).status).toBe(403);
    expect((await get(`/partnerships/${p}/funding.csv`, as.otherCoordinator)).status).toBe(404);
    expect((await get(`/partnerships/${p}/funding.xlsx`, as.otherContact)).status).toBe(404);
    expect((await get(`/partnerships/${p}/households.csv`, as.otherCoordinator)).status).toBe(404);
    expect((await get(`/partnerships/${p}/households.xlsx`, as.otherContact)).status).toBe(404);
    expect((await get(`/board.csv?partnership=${p}`, as.otherCoordinator)).status).toBe(404);
    expect((await get(`/partnerships/00000000-0000-0000-0000-000000000000/households.csv`, as.admin)).status).toBe(404);
    // The whole board of another partner holds none of this partnership's households.
    const theirs = (await csvRows('/board.csv', as.otherCoordinator)).flat();
    expect(theirs.some((c) => c.startsWith('IMP-') || c.startsWith('FORMULA-'))).toBe(false);
    const ours = (await csvRows('/board.csv', as.coordinator)).map((r) => r[0]);
    expect(ours).toEqual(expect.arrayContaining(['IMP-001', 'IMP-002']));
    for (const agent of [as.admin, as.contact, as.coordinator]) expect((await get(`/partnerships/${p}/funding.xlsx`, agent)).status).toBe(200);
  });
});
