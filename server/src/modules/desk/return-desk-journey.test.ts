/**
 * The return desk journey of issue 15, on the demo data, in Dutch (Brussel) and French (Liège): the
 * desk's contact person sees the rota and the open return files with their stages, the board holds
 * them beside the households, a partner submits the monthly report with return figures, the contact
 * person accepts it, and the programme's dashboard totals count it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RETURN_STAGES } from '@partner-hub/shared';
import { todayInBrussels } from '../../app/validators.js';
import { type Agent, type Answer, codes, startTestHub, type TestHub } from '../../../test/harness.js';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const ROTA = `query($p: ID!) { deskRota(partnershipId: $p) { desk weekdays organisation { name } } }`;
const FILES = `query($p: ID!) { returnFiles(partnershipId: $p) { reference stage overdue stages { stage on } followedBy { name } } }`;
const BOARD = `query($p: ID, $o: Boolean) { returnFileBoard(partnershipId: $p, overdueOnly: $o) { reference stage overdue stages { on } partnership { name } } }`;
const ROUNDS = `query($p: ID!) { feedbackRounds(partnershipId: $p) { id status periodStart } }`;
const SUBMIT = `mutation($input: FeedbackAnswersInput!) { submitFeedbackRound(input: $input) { id status } }`;
const ACCEPT = `mutation($id: ID!) { acceptFeedbackRound(id: $id) { id status } }`;
const TOTALS = `query($y: Int!) { programmeIndicatorTotals(programme: VOLUNTARY_RETURN, year: $y) { acceptedReports indicators { indicator { key } yearTotal months { month reports total } } } }`;

const returnsIn = (totals: Answer, month: number) => totals.indicators.find((i: Answer) => i.indicator.key === 'returns').months[month - 1];

describe.each([
  {
    lang: 'nl',
    desk: 'Terugkeerloket Brussel',
    city: 'Brussel',
    contact: 'contact.terugkeer@partnerhub.example',
    partner: 'coordinator.iom@partnerhub.example',
    sibling: 'Terugkeerloket Gent',
    other: 'Guichet retour Liège',
    returns: 37,
  },
  {
    lang: 'fr',
    desk: 'Guichet retour Liège',
    city: 'Liège',
    contact: 'contact.retour@partnerhub.example',
    partner: 'coordination.caritas@partnerhub.example',
    sibling: 'Guichet retour Charleroi',
    other: 'Terugkeerloket Brussel',
    returns: 23,
  },
])('the return desk journey ($lang)', ({ desk, city, contact, partner, sibling, other, returns }) => {
  let as: { contact: Agent; partner: Agent; admin: Agent };
  let p: string;
  beforeAll(async () => {
    as = { contact: await hub.as(contact), partner: await hub.as(partner), admin: await hub.as('admin@partnerhub.example') };
    p = await partnershipId(desk);
  });

  async function partnershipId(name: string): Promise<string> {
    const rows = (await hub.orm.em.fork().getConnection().execute('select id from partnership where name = ?', [name])) as { id: string }[];
    return rows[0].id;
  }

  it('the contact person sees the rota: IOM three days a week, Caritas one day', async () => {
    const { deskRota } = await as.contact.ok(ROTA, { p });
    expect(deskRota).toHaveLength(2);
    const iom = deskRota.find((e: Answer) => e.organisation.name === 'IOM Belgium');
    const caritas = deskRota.find((e: Answer) => e.organisation.name === 'Caritas International');
    expect(iom).toMatchObject({ desk: city });
    expect(iom.weekdays).toHaveLength(3);
    expect(caritas).toMatchObject({ desk: city });
    expect(caritas.weekdays).toHaveLength(1);
    // The partners see the same rota.
    expect((await as.partner.ok(ROTA, { p })).deskRota).toEqual(deskRota);
  });

  it('the contact person sees the open return files with their stages, most on time, some overdue, none closed', async () => {
    const { returnFiles } = await as.contact.ok(FILES, { p });
    expect(returnFiles.length).toBeGreaterThan(30);
    const today = todayInBrussels();
    for (const f of returnFiles) {
      expect(f.stage).not.toBe('FOLLOW_UP_CLOSED');
      expect(f.stages.map((s: Answer) => s.stage)).toEqual(RETURN_STAGES.slice(0, RETURN_STAGES.indexOf(f.stage) + 1));
      const days = f.stages.map((s: Answer) => s.on);
      expect([...days].sort()).toEqual(days);
      expect(days.at(-1) <= today).toBe(true);
      expect(['IOM Belgium', 'Caritas International']).toContain(f.followedBy.name);
    }
    const overdue = returnFiles.filter((f: Answer) => f.overdue).length;
    expect(overdue).toBeGreaterThan(0);
    expect(overdue).toBeLessThan(returnFiles.length / 3);
  });

  it('the board holds the open files of the contact person’s desks, overdue first, and none of another’s', async () => {
    const { returnFileBoard } = await as.contact.ok(BOARD, {});
    const desks = new Set(returnFileBoard.map((f: Answer) => f.partnership.name));
    expect([...desks].sort()).toEqual([desk, sibling].sort());
    const flags = returnFileBoard.map((f: Answer) => f.overdue);
    expect(flags).toEqual([...flags].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
    const overdueOnly = (await as.contact.ok(BOARD, { p, o: true })).returnFileBoard;
    expect(overdueOnly.length).toBeGreaterThan(0);
    expect(overdueOnly.every((f: Answer) => f.overdue && f.partnership.name === desk)).toBe(true);
    expect(codes(await as.contact.gql(BOARD, { p: await partnershipId(other) }))).toEqual(['NOT_FOUND']);
  });

  it('a partner submits the monthly report with return figures, the contact person accepts it, and the dashboard counts it', async () => {
    const today = todayInBrussels();
    const year = Number(today.slice(0, 4));
    const month = Number(today.slice(5, 7));
    const before = (await as.contact.ok(TOTALS, { y: year })).programmeIndicatorTotals;
    const { feedbackRounds } = await as.partner.ok(ROUNDS, { p });
    const round = feedbackRounds.find((r: Answer) => r.periodStart === `${today.slice(0, 7)}-01`);
    expect(round).toMatchObject({ status: 'OPEN' });
    const indicatorValues = [
      { key: 'returns', number: returns },
      { key: 'peopleInformed', number: 120 },
      { key: 'reintegrationOpen', number: 44 },
      { key: 'mainCountry', choice: 'GE' },
    ];
    expect((await as.partner.ok(SUBMIT, { input: { roundId: round.id, answers: [], indicatorValues } })).submitFeedbackRound.status).toBe('SUBMITTED');
    // Not counted before it is accepted.
    expect(returnsIn((await as.contact.ok(TOTALS, { y: year })).programmeIndicatorTotals, month)).toEqual(returnsIn(before, month));
    expect((await as.contact.ok(ACCEPT, { id: round.id })).acceptFeedbackRound.status).toBe('ACCEPTED');
    const after = (await as.contact.ok(TOTALS, { y: year })).programmeIndicatorTotals;
    expect(after.acceptedReports).toBe(before.acceptedReports + 1);
    expect(returnsIn(after, month)).toEqual({ month, reports: returnsIn(before, month).reports + 1, total: returnsIn(before, month).total + returns });
    expect(after.indicators.find((i: Answer) => i.indicator.key === 'returns').yearTotal).toBe(before.indicators.find((i: Answer) => i.indicator.key === 'returns').yearTotal + returns);
  });
});
