import { addMonths } from '@partner-hub/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Agent, type Answer, codes } from '../../../test/harness.js';
import { arrive, as, child, freshPartnership, head, hub, ids, register, today, useTestHub } from './progress.test-support.js';

/**
 * Household progress: the funding statement, its CSV export, and the programme dashboard.
 * (Shared setup and helpers: progress.test-support.ts.)
 */

useTestHub();

// ---------------------------------------------------------------------------------------------
// Query.fundingStatement and its CSV
// ---------------------------------------------------------------------------------------------

const STATEMENT = `query($p: ID!) {
  fundingStatement(partnershipId: $p) {
    partnership { id } csvUrl
    rows { reference headName persons baseCents secondYearCents directArrivalHeadCents directArrivalMembersCents totalCents household { reference } }
    totals { persons baseCents secondYearCents directArrivalHeadCents directArrivalMembersCents totalCents }
  }
}`;

/** The worked examples: a family of five received directly and extended to two years, and a single person after reception. */
async function fundingPartnership(): Promise<string> {
  const p = await freshPartnership('Funding');
  const family = await register(
    p,
    {
      reference: 'FS-1',
      route: 'DIRECT',
      planned: addMonths(today, -2),
      members: [
        { firstName: 'Amal', lastName: 'Nasser', birthYear: 1984, relationship: 'HEAD' },
        { firstName: 'Karim', lastName: 'Nasser', birthYear: 1981, relationship: 'SPOUSE' },
        child('Dina', 2011),
        child('Sami', 2014),
        child('Mira', 2020),
      ],
    },
    as.admin,
  );
  await register(p, { reference: 'FS-2', route: 'AFTER_RECEPTION', members: [{ firstName: 'Samuel', lastName: 'Tesfaye', birthYear: 1996, relationship: 'HEAD' }] }, as.admin);
  await arrive(family.id, addMonths(today, -2), as.admin);
  await as.contact.ok(`mutation($id: ID!) { extendGuidance(id: $id) { guidanceExtended } }`, { id: family.id });
  return p;
}

describe('Query.fundingStatement', () => {
  let p: string;
  beforeAll(async () => {
    p = await fundingPartnership();
  });

  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(STATEMENT, { p }))).toEqual(['UNAUTHENTICATED']);
  });

  it('states EUR 22,000 for the family of five (direct, two years) and EUR 3,000 for the single person: EUR 25,000', async () => {
    for (const agent of [as.admin, as.contact, as.deputy, as.coordinator]) {
      const { fundingStatement: s } = await agent.ok(STATEMENT, { p });
      expect(s.partnership.id).toBe(p);
      expect(s.csvUrl).toBe(`/partnerships/${p}/funding.csv`);
      expect(s.rows).toEqual([
        {
          reference: 'FS-1',
          headName: 'Amal Nasser',
          persons: 5,
          baseCents: 1_500_000,
          secondYearCents: 300_000,
          directArrivalHeadCents: 200_000,
          directArrivalMembersCents: 200_000,
          totalCents: 2_200_000,
          household: { reference: 'FS-1' },
        },
        {
          reference: 'FS-2',
          headName: 'Samuel Tesfaye',
          persons: 1,
          baseCents: 300_000,
          secondYearCents: 0,
          directArrivalHeadCents: 0,
          directArrivalMembersCents: 0,
          totalCents: 300_000,
          household: { reference: 'FS-2' },
        },
      ]);
      expect(s.totals).toEqual({ persons: 6, baseCents: 1_800_000, secondYearCents: 300_000, directArrivalHeadCents: 200_000, directArrivalMembersCents: 200_000, totalCents: 2_500_000 });
    }
  });

  it('is not for volunteers (FORBIDDEN)', async () => {
    const r = await as.volunteer.gql(STATEMENT, { p });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.data ?? null).toBeNull();
  });

  it("answers NOT_FOUND for another partnership's statement", async () => {
    for (const agent of [as.otherContact, as.otherCoordinator, as.otherVolunteer]) expect(codes(await agent.gql(STATEMENT, { p }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.coordinator.gql(STATEMENT, { p: ids.partnership.liege }))).toEqual(['NOT_FOUND']);
    expect(codes(await as.admin.gql(STATEMENT, { p: '00000000-0000-0000-0000-000000000000' }))).toEqual(['NOT_FOUND']);
  });
});

describe('GET /partnerships/:id/funding.csv', () => {
  let p: string;
  const csv = (id: string, agent?: Agent) => fetch(`${hub.url}/partnerships/${id}/funding.csv`, { headers: agent?.cookie ? { cookie: agent.cookie } : {} });
  beforeAll(async () => {
    p = await fundingPartnership();
  });

  it('requires sign-in (401)', async () => {
    const res = await csv(p);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'UNAUTHENTICATED' } });
  });

  it("downloads the same figures as the statement, as an attachment in the viewer's language", async () => {
    const res = await csv(p, as.contact);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="funding-[\w-]+\.csv"; filename\*=UTF-8''funding-[\w-]+\.csv$/);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    // UTF-8 with a byte-order mark, for spreadsheet apps.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trimEnd().split('\r\n');
    const cells = lines.map((l) => l.split(';').map((c) => c.replace(/^"|"$/g, '')));
    expect(cells[0][0]).toBe('Dossier'); // contact@ reads Dutch
    expect(cells.slice(1)).toEqual([
      // Amounts in the viewer's locale (nl-BE), as on the screen.
      ['FS-1', 'Amal Nasser', '5', 'rechtstreeks', 'ja', '15.000,00', '3.000,00', '2.000,00', '2.000,00', '22.000,00'],
      ['FS-2', 'Samuel Tesfaye', '1', 'na opvang', 'nee', '3.000,00', '0,00', '0,00', '0,00', '3.000,00'],
      ['Totaal', '', '6', '', '', '18.000,00', '3.000,00', '2.000,00', '2.000,00', '25.000,00'],
    ]);
  });

  it('neutralises a cell that a spreadsheet would run as a formula', async () => {
    const q = await freshPartnership('Formula');
    await register(q, { reference: 'CSV-1', members: [{ firstName: '=HYPERLINK("http://evil.example")', lastName: 'X', birthYear: 1990, relationship: 'HEAD' }] });
    const body = await (await csv(q, as.coordinator)).text();
    expect(body).toContain(`"'=HYPERLINK(""http://evil.example"") X"`);
    expect(body).not.toMatch(/(^|;)"=/m);
  });

  it('answers 403 for a volunteer of the partnership, 404 for another partnership or none', async () => {
    expect((await csv(p, as.volunteer)).status).toBe(403);
    expect((await csv(p, as.otherCoordinator)).status).toBe(404);
    expect((await csv(p, as.otherContact)).status).toBe(404);
    expect((await csv('00000000-0000-0000-0000-000000000000', as.admin)).status).toBe(404);
    expect((await csv(p, as.coordinator)).status).toBe(200);
  });
});

// ---------------------------------------------------------------------------------------------
// Query.programmeDashboard
// ---------------------------------------------------------------------------------------------

describe('Query.programmeDashboard', () => {
  const DASHBOARD = `query($programme: ProgrammeCode!, $year: Int!) {
    programmeDashboard(programme: $programme, year: $year) {
      programme { code } year quota personsArrived personsPlanned fundingCommittedCents
      months { month arrived planned }
      partnerships { partnership { id name } capacityPledged persons }
    }
  }`;

  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(DASHBOARD, { programme: 'RESETTLEMENT', year: 2023 }))).toEqual(['UNAUTHENTICATED']);
  });

  it('shows Fedasil staff the quota against persons arrived by month, and the funding committed (2023: the worked examples)', async () => {
    const { programmeDashboard: d } = await as.admin.ok(DASHBOARD, { programme: 'RESETTLEMENT', year: 2023 });
    expect(d).toMatchObject({ programme: { code: 'RESETTLEMENT' }, year: 2023, quota: 500, personsArrived: 6, personsPlanned: 0, fundingCommittedCents: 2_500_000 });
    expect(d.months).toHaveLength(12);
    expect(d.months.filter((m: Answer) => m.arrived || m.planned)).toEqual([
      { month: 3, arrived: 5, planned: 0 },
      { month: 9, arrived: 1, planned: 0 },
    ]);
    expect(d.partnerships.find((x: Answer) => x.partnership.name === 'Gent Samen')).toMatchObject({ capacityPledged: 40, persons: 6 });
    expect(d.partnerships.find((x: Answer) => x.partnership.name === 'Liège Accueil')).toMatchObject({ capacityPledged: 12, persons: 0 });
    // Only the programme's partnerships.
    expect(d.partnerships.map((x: Answer) => x.partnership.name)).not.toContain('Terugkeerloket Antwerpen');
  });

  it('counts planned and arrived persons per month and partnership, against the capacity pledged', async () => {
    const p = await freshPartnership('Dashboard', 'RESETTLEMENT', 8);
    await as.admin.ok(`mutation { setQuota(programme: RESETTLEMENT, year: 2024, persons: 300) { year } }`);
    await register(p, { planned: '2024-05-10', route: 'DIRECT', members: [head('Dash', 1990), child('A', 2020), child('B', 2022), child('C', 2024)] });
    const b = await register(p, { planned: '2024-02-20', route: 'AFTER_RECEPTION', members: [head('Dash', 1980), { firstName: 'S', lastName: 'Dash', birthYear: 1982, relationship: 'SPOUSE' }] });
    await arrive(b.id, '2024-03-01');
    const { programmeDashboard: d } = await as.admin.ok(DASHBOARD, { programme: 'RESETTLEMENT', year: 2024 });
    expect(d).toMatchObject({ quota: 300, personsArrived: 2, personsPlanned: 4, fundingCommittedCents: 4 * 300_000 + 200_000 + 3 * 50_000 + 2 * 300_000 });
    expect(d.months.filter((m: Answer) => m.arrived || m.planned)).toEqual([
      { month: 3, arrived: 2, planned: 0 },
      { month: 5, arrived: 0, planned: 4 },
    ]);
    expect(d.partnerships.find((x: Answer) => x.partnership.id === p)).toMatchObject({ capacityPledged: 8, persons: 6 });
  });

  it('shows a contact person only the partnerships they look after', async () => {
    const { programmeDashboard: d } = await as.contact.ok(DASHBOARD, { programme: 'RESETTLEMENT', year: 2023 });
    const names = d.partnerships.map((x: Answer) => x.partnership.name);
    expect(names).toEqual(expect.arrayContaining(['Gent Samen', 'Onthaalgroep Mechelen']));
    expect(names).not.toContain('Liège Accueil');
    expect(names).not.toContain('Zemst Verwelkomt');
    expect(d).toMatchObject({ quota: 500, personsArrived: 6, fundingCommittedCents: 2_500_000 });
  });

  it('is not for partners (FORBIDDEN)', async () => {
    for (const agent of [as.coordinator, as.volunteer, as.otherCoordinator]) expect(codes(await agent.gql(DASHBOARD, { programme: 'RESETTLEMENT', year: 2023 }))).toEqual(['FORBIDDEN']);
  });

  it('validates input at the edge', async () => {
    expect(codes(await as.admin.gql(DASHBOARD, { programme: 'RESETTLEMENT', year: 1999 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await as.admin.gql(DASHBOARD, { programme: 'HOLIDAYS', year: 2023 }))).toEqual(['BAD_USER_INPUT']);
  });
});
