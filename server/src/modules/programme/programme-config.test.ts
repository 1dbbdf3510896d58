/** Programmes as data (configuration, admins edit it) and programme-defined periodic reporting with its totals. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, type Answer, codes, DEMO, demoIds, startTestHub, type TestHub } from '../../../test/harness.js';
import { FeedbackRound } from '../feedback/feedback.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Partnership, PartnershipMember } from '../partnership/partnership.entity.js';
import { User } from '../user/user.entity.js';
import { Programme } from './programme.entity.js';
import { todayInBrussels } from '../../app/validators.js';

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;
const as: Record<string, Agent> = {};

beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
  for (const [k, email] of Object.entries(DEMO)) as[k] = await hub.as(email);
});
afterAll(() => hub?.close());

const CONFIG = `{ programmes { code caseKind fundingRule caseMonths objectives indicators { key type required label { nl fr en } choices { key } } } }`;
const UPDATE = `mutation($input: ProgrammeConfigurationInput!) { updateProgrammeConfiguration(input: $input) { code caseKind fundingRule caseMonths objectives indicators { key type required choices { key } } } }`;
const SAVE = `mutation($input: FeedbackAnswersInput!) { saveFeedbackDraft(input: $input) { status indicatorValues { key number choice text } } }`;
const SUBMIT = `mutation($input: FeedbackAnswersInput!) { submitFeedbackRound(input: $input) { status indicatorValues { key number choice text } history { kind indicatorValues { key number } } } }`;
const ACCEPT = `mutation($id: ID!) { acceptFeedbackRound(id: $id) { status } }`;
const SEND_BACK = `mutation($id: ID!, $note: String!) { sendBackFeedbackRound(id: $id, note: $note) { status } }`;
const TOTALS = `query($p: ProgrammeCode!, $y: Int!) { programmeIndicatorTotals(programme: $p, year: $y) { year acceptedReports indicators { indicator { key } yearTotal months { month reports total choices { key count } } } } }`;

let n = 0;
/** A partnership of the given programme followed by the demo contact person, with Mechelen's member organisations (the demo coordinator's). */
async function partnership(code: 'VOLUNTARY_RETURN' | 'SOCIO_LEGAL_DESK', own = true): Promise<string> {
  const em = hub.orm.em.fork();
  const p = em.create(Partnership, {
    name: `Programme fixture ${++n}`,
    programme: await em.findOneOrFail(Programme, { code }),
    track: 'FLEXIBLE_FRAMEWORK',
    status: 'ACTIVE',
    contactPerson: em.getReference(User, ids.user[own ? DEMO.contact : DEMO.otherContact]),
  });
  const members = own ? ['Samen Thuis vzw', 'Onthaalgroep Mechelen'] : ['CPAS de Liège', "Groupe d'accueil Liège-Centre"];
  members.forEach((m, i) => em.create(PartnershipMember, { partnership: p, organisation: em.getReference(Organisation, ids.org[m]), lead: i === 0 }));
  await em.flush();
  return p.id;
}

async function openRound(partnershipId: string, periodStart: string, periodEnd: string): Promise<string> {
  const em = hub.orm.em.fork();
  const r = em.create(FeedbackRound, { partnership: em.getReference(Partnership, partnershipId), periodStart, periodEnd, dueDate: periodEnd });
  await em.flush();
  return r.id;
}

describe('programme configuration', () => {
  it('seeds the four programmes with their case kind, funding rule, indicators and objectives', async () => {
    const { programmes } = await as.coordinator.ok(CONFIG);
    const byCode = Object.fromEntries(programmes.map((p: Answer) => [p.code, p]));
    expect(Object.keys(byCode).sort()).toEqual(['RESETTLEMENT', 'SOCIO_LEGAL_DESK', 'VOLUNTARY_RETURN', 'VULNERABLE_GROUPS']);
    expect(byCode.RESETTLEMENT).toMatchObject({
      caseKind: 'RESETTLEMENT_HOUSEHOLD',
      fundingRule: 'RESETTLEMENT_FLAT',
      caseMonths: 12,
      indicators: [],
      objectives: ['SUSTAINABLE_HOUSING', 'GUIDANCE', 'OPERATIONAL_COOPERATION'],
    });
    expect(byCode.VOLUNTARY_RETURN).toMatchObject({ caseKind: 'RETURN_FILE', fundingRule: 'AGREED_BUDGET', caseMonths: null, objectives: [] });
    expect(byCode.VOLUNTARY_RETURN.indicators.map((i: Answer) => [i.key, i.type, i.required])).toEqual([
      ['returns', 'NUMBER', true],
      ['peopleInformed', 'NUMBER', true],
      ['reintegrationOpen', 'NUMBER', true],
      ['mainCountry', 'CHOICE', false],
      ['remarks', 'TEXT', false],
    ]);
    expect(byCode.VOLUNTARY_RETURN.indicators[0].label).toEqual({ nl: 'Terugkeren deze maand', fr: 'Retours ce mois-ci', en: 'Returns this month' });
    expect(byCode.SOCIO_LEGAL_DESK).toMatchObject({ caseKind: 'DESK_CONTACT', fundingRule: 'AGREED_BUDGET' });
    expect(byCode.SOCIO_LEGAL_DESK.indicators.map((i: Answer) => i.key)).toEqual(['socialSupport', 'legalSupport', 'medicalSupport', 'peopleReached', 'remarks']);
    expect(byCode.VULNERABLE_GROUPS).toMatchObject({ caseKind: 'SUPPORT_TRAJECTORY', fundingRule: 'AGREED_BUDGET', caseMonths: 6 });
  });

  const label = (en: string) => ({ nl: `${en} (nl)`, fr: `${en} (fr)`, en });
  const valid = {
    programme: 'VULNERABLE_GROUPS',
    caseKind: 'SUPPORT_TRAJECTORY',
    fundingRule: 'AGREED_BUDGET',
    caseMonths: 9,
    objectives: ['GUIDANCE'],
    indicators: [
      { key: 'trajectoriesOpen', type: 'NUMBER', label: label('Open'), required: true },
      {
        key: 'group',
        type: 'CHOICE',
        label: label('Group'),
        choices: [
          { key: 'A', label: label('A') },
          { key: 'B', label: label('B') },
        ],
      },
    ],
  };

  it('an admin replaces a programme’s configuration', async () => {
    const r = await as.admin.ok(UPDATE, { input: valid });
    expect(r.updateProgrammeConfiguration).toEqual({
      code: 'VULNERABLE_GROUPS',
      caseKind: 'SUPPORT_TRAJECTORY',
      fundingRule: 'AGREED_BUDGET',
      caseMonths: 9,
      objectives: ['GUIDANCE'],
      indicators: [
        { key: 'trajectoriesOpen', type: 'NUMBER', required: true, choices: [] },
        { key: 'group', type: 'CHOICE', required: false, choices: [{ key: 'A' }, { key: 'B' }] },
      ],
    });
    const { programmes } = await as.contact.ok(CONFIG);
    expect(programmes.find((p: Answer) => p.code === 'VULNERABLE_GROUPS').caseMonths).toBe(9);
  });

  it('refuses an incoherent configuration with a code, and saves nothing', async () => {
    const bad = [
      { ...valid, caseMonths: 3, indicators: [{ ...valid.indicators[1], choices: [{ key: 'A', label: label('A') }] }] },
      { ...valid, caseMonths: 3, indicators: [valid.indicators[0], valid.indicators[0]] },
      { ...valid, caseMonths: 3, indicators: [{ ...valid.indicators[0], key: 'Bad key' }] },
      { ...valid, caseMonths: 3, indicators: [{ ...valid.indicators[0], label: { ...label('x'), fr: ' ' } }] },
      { ...valid, caseMonths: 3, indicators: [{ ...valid.indicators[0], choices: [{ key: 'A', label: label('A') }] }] },
      { ...valid, caseMonths: 3, fundingRule: 'RESETTLEMENT_FLAT' },
      { ...valid, caseMonths: 3, programme: 'RESETTLEMENT', caseKind: 'RESETTLEMENT_HOUSEHOLD', fundingRule: 'AGREED_BUDGET' },
      { ...valid, caseMonths: 3, objectives: ['GUIDANCE', 'GUIDANCE'] },
    ];
    for (const input of bad) expect(codes(await as.admin.gql(UPDATE, { input }))).toEqual(['PROGRAMME_CONFIG_INVALID']);
    const { programmes } = await as.admin.ok(CONFIG);
    expect(programmes.find((p: Answer) => p.code === 'VULNERABLE_GROUPS').caseMonths).toBe(9);
    expect(programmes.find((p: Answer) => p.code === 'RESETTLEMENT').fundingRule).toBe('RESETTLEMENT_FLAT');
  });

  it('only admins edit it', async () => {
    for (const who of ['contact', 'deputy', 'coordinator', 'volunteer']) expect(codes(await as[who].gql(UPDATE, { input: valid }))).toEqual(['FORBIDDEN']);
  });
});

describe('programme-defined periodic reporting', () => {
  it('a return desk’s monthly report asks its indicators, checked by type, through submit / send back / accept, and counts on the dashboard', async () => {
    const p = await partnership('VOLUNTARY_RETURN');
    const roundId = await openRound(p, '2019-03-01', '2019-03-31');
    const save = (indicatorValues: unknown[]) => as.coordinator.gql(SAVE, { input: { roundId, answers: [], indicatorValues } });

    // Wrong types and unknown keys are refused with a code; nothing is kept.
    expect(codes(await save([{ key: 'returns', choice: 'GE' }]))).toEqual(['INDICATOR_VALUE_INVALID']);
    expect(codes(await save([{ key: 'returns', number: -1 }]))).toEqual(['INDICATOR_VALUE_INVALID']);
    expect(codes(await save([{ key: 'mainCountry', choice: 'XX' }]))).toEqual(['INDICATOR_VALUE_INVALID']);
    expect(
      codes(
        await save([
          { key: 'returns', number: 4 },
          { key: 'returns', number: 5 },
        ]),
      ),
    ).toEqual(['INDICATOR_VALUE_INVALID']);
    expect(
      codes(
        await save([
          { key: 'returns', number: 4 },
          { key: 'housing', number: 1 },
        ]),
      ),
    ).toEqual(['INDICATOR_UNKNOWN']);
    expect((await as.coordinator.ok(SAVE, { input: { roundId, answers: [] } })).saveFeedbackDraft.indicatorValues).toEqual([]);

    // A draft keeps what was given; submitting without the required figures is refused.
    const draft = await as.coordinator.ok(SAVE, {
      input: {
        roundId,
        answers: [],
        indicatorValues: [
          { key: 'returns', number: 12 },
          { key: 'mainCountry', choice: 'GE' },
        ],
      },
    });
    expect(draft.saveFeedbackDraft.indicatorValues).toEqual([
      { key: 'returns', number: 12, choice: null, text: null },
      { key: 'mainCountry', number: null, choice: 'GE', text: null },
    ]);
    const incomplete = await as.coordinator.gql(SUBMIT, { input: { roundId, answers: [] } });
    expect(codes(incomplete)).toEqual(['INDICATORS_INCOMPLETE']);
    expect(incomplete.errors![0].extensions!.keys).toEqual(['peopleInformed', 'reintegrationOpen']);

    // No resettlement objectives are asked of a return desk.
    const rest = [
      { key: 'peopleInformed', number: 40 },
      { key: 'reintegrationOpen', number: 7 },
      { key: 'remarks', text: '  IOM three days, Caritas one.  ' },
    ];
    const submitted = await as.coordinator.ok(SUBMIT, { input: { roundId, answers: [], indicatorValues: rest } });
    expect(submitted.submitFeedbackRound.status).toBe('SUBMITTED');
    expect(submitted.submitFeedbackRound.indicatorValues.find((v: Answer) => v.key === 'remarks').text).toBe('IOM three days, Caritas one.');
    expect(submitted.submitFeedbackRound.history).toEqual([{ kind: 'SUBMITTED', indicatorValues: expect.arrayContaining([{ key: 'returns', number: 12 }]) }]);

    // Not yet accepted: not counted.
    const before = await as.contact.ok(TOTALS, { p: 'VOLUNTARY_RETURN', y: 2019 });
    expect(before.programmeIndicatorTotals.acceptedReports).toBe(0);

    expect((await as.contact.ok(SEND_BACK, { id: roundId, note: 'Count the Gent desk too' })).sendBackFeedbackRound.status).toBe('SENT_BACK');
    await as.coordinator.ok(SUBMIT, { input: { roundId, answers: [], indicatorValues: [{ key: 'returns', number: 15 }] } });
    expect((await as.contact.ok(ACCEPT, { id: roundId })).acceptFeedbackRound.status).toBe('ACCEPTED');

    // A second accepted month, and a report of a partnership the contact person does not follow.
    const april = await openRound(p, '2019-04-01', '2019-04-30');
    await as.coordinator.ok(SUBMIT, {
      input: {
        roundId: april,
        answers: [],
        indicatorValues: [
          { key: 'returns', number: 9 },
          { key: 'peopleInformed', number: 31 },
          { key: 'reintegrationOpen', number: 8 },
          { key: 'mainCountry', choice: 'GE' },
        ],
      },
    });
    await as.contact.ok(ACCEPT, { id: april });
    const other = await openRound(await partnership('VOLUNTARY_RETURN', false), '2019-03-01', '2019-03-31');
    await as.otherCoordinator.ok(SUBMIT, {
      input: {
        roundId: other,
        answers: [],
        indicatorValues: [
          { key: 'returns', number: 100 },
          { key: 'peopleInformed', number: 1 },
          { key: 'reintegrationOpen', number: 1 },
        ],
      },
    });
    await as.otherContact.ok(ACCEPT, { id: other });

    const mine = (await as.contact.ok(TOTALS, { p: 'VOLUNTARY_RETURN', y: 2019 })).programmeIndicatorTotals;
    expect(mine.acceptedReports).toBe(2);
    const returns = mine.indicators.find((i: Answer) => i.indicator.key === 'returns');
    expect(returns.yearTotal).toBe(24);
    expect(returns.months.slice(2, 4)).toEqual([
      { month: 3, reports: 1, total: 15, choices: [] },
      { month: 4, reports: 1, total: 9, choices: [] },
    ]);
    const country = mine.indicators.find((i: Answer) => i.indicator.key === 'mainCountry');
    expect(country.months[2].choices.find((c: Answer) => c.key === 'GE')).toEqual({ key: 'GE', count: 1 });
    expect(country.months[3].choices.find((c: Answer) => c.key === 'GE')).toEqual({ key: 'GE', count: 1 });

    // An admin sees every partnership's reports; the partner does not see the dashboard.
    const all = (await as.admin.ok(TOTALS, { p: 'VOLUNTARY_RETURN', y: 2019 })).programmeIndicatorTotals;
    expect(all.acceptedReports).toBe(3);
    expect(all.indicators.find((i: Answer) => i.indicator.key === 'returns').months[2].total).toBe(115);
    expect(codes(await as.coordinator.gql(TOTALS, { p: 'VOLUNTARY_RETURN', y: 2019 }))).toEqual(['FORBIDDEN']);
  });

  it('a socio-legal desk reports its contacts by kind of support', async () => {
    const p = await partnership('SOCIO_LEGAL_DESK');
    const roundId = await openRound(p, '2019-05-01', '2019-05-31');
    const values = [
      { key: 'socialSupport', number: 52 },
      { key: 'legalSupport', number: 31 },
      { key: 'medicalSupport', number: 17 },
      { key: 'peopleReached', number: 64 },
    ];
    await as.coordinator.ok(SUBMIT, { input: { roundId, answers: [], indicatorValues: values } });
    await as.contact.ok(ACCEPT, { id: roundId });
    const t = (await as.contact.ok(TOTALS, { p: 'SOCIO_LEGAL_DESK', y: 2019 })).programmeIndicatorTotals;
    expect(t.indicators.map((i: Answer) => [i.indicator.key, i.yearTotal])).toEqual([
      ['socialSupport', 52],
      ['legalSupport', 31],
      ['medicalSupport', 17],
      ['peopleReached', 64],
      ['remarks', 0],
    ]);
  });

  it('a resettlement round still needs the three objectives and asks no indicator', async () => {
    const em = hub.orm.em.fork();
    const mechelen = await em.findOneOrFail(Partnership, { name: 'Onthaalgroep Mechelen' });
    const roundId = await openRound(mechelen.id, '2019-01-01', '2019-01-31');
    const r = await as.coordinator.gql(SUBMIT, { input: { roundId, answers: [] } });
    expect(codes(r)).toEqual(['FEEDBACK_INCOMPLETE']);
    expect(codes(await as.coordinator.gql(SAVE, { input: { roundId, answers: [], indicatorValues: [{ key: 'returns', number: 1 }] } }))).toEqual(['INDICATOR_UNKNOWN']);
  });
});

describe('the demo return desk', () => {
  it('has IOM and Caritas on its rota and six accepted monthly reports of the last six months on the dashboard', async () => {
    const id = (await hub.orm.em.fork().findOneOrFail(Partnership, { name: 'Terugkeerloket Antwerpen' })).id;
    const { deskRota } = await as.contact.ok(`query($p: ID!) { deskRota(partnershipId: $p) { desk weekdays organisation { name } } }`, { p: id });
    expect(deskRota.map((e: Answer) => [e.desk, e.organisation.name, e.weekdays])).toEqual([
      ['Antwerpen', 'Caritas International', [3]],
      ['Antwerpen', 'IOM Belgium', [1, 2, 4]],
      ['Brussel', 'Caritas International', [2]],
      ['Brussel', 'IOM Belgium', [1, 3, 5]],
    ]);
    const thisYear = Number(todayInBrussels().slice(0, 4));
    const years = await Promise.all([thisYear - 1, thisYear].map(async (y) => (await as.contact.ok(TOTALS, { p: 'VOLUNTARY_RETURN', y })).programmeIndicatorTotals));
    expect(years.reduce((s, t) => s + t.acceptedReports, 0)).toBe(6);
    const returns = years.reduce((s, t) => s + t.indicators.find((i: Answer) => i.indicator.key === 'returns').yearTotal, 0);
    expect(returns).toBeGreaterThan(6 * 9);
    // Dates relative to today: none of them is in the current month or later.
    const rounds = (await as.contact.ok(`query($p: ID!) { feedbackRounds(partnershipId: $p) { periodStart status overdue } }`, { p: id })).feedbackRounds;
    expect(rounds).toHaveLength(6);
    expect(rounds.every((r: Answer) => r.status === 'ACCEPTED' && !r.overdue && r.periodStart < `${todayInBrussels().slice(0, 7)}-01`)).toBe(true);
    // Forty return files at every stage: the 35 open ones on the board, a few of them overdue, none dated in the future.
    const files = (await as.contact.ok(`query($p: ID!) { returnFiles(partnershipId: $p) { stage overdue stages { on } followedBy { name } } }`, { p: id })).returnFiles;
    expect(files).toHaveLength(35);
    expect(new Set(files.map((f: Answer) => f.stage)).size).toBe(6);
    const overdue = files.filter((f: Answer) => f.overdue).length;
    expect(overdue).toBeGreaterThan(0);
    expect(overdue).toBeLessThan(files.length / 2);
    expect(files.every((f: Answer) => f.stages.every((s: Answer) => s.on <= todayInBrussels()))).toBe(true);
    expect(new Set(files.map((f: Answer) => f.followedBy.name))).toEqual(new Set(['IOM Belgium', 'Caritas International']));
  });
});
