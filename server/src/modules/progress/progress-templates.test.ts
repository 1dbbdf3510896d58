import { addMonths, guidanceEndDate, RESETTLEMENT_PLAN, PROGRAMME_DEFAULTS } from '@partner-hub/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Answer, codes } from '../../../test/harness.js';
import { UPDATE_HOUSING, arrive, as, backdate, freshPartnership, hub, plan, register, today, view, useTestHub } from './progress.test-support.js';

/** Resettlement's guidance term as the migration seeds it (its caseMonths: 12). */
const RESETTLEMENT_MONTHS = PROGRAMME_DEFAULTS.RESETTLEMENT.caseMonths!;

/**
 * Household progress: plan templates and programme settings.
 * (Shared setup and helpers: progress.test-support.ts.)
 */

useTestHub();

/**
 * The template and settings cases run on programmes other than resettlement; only a programme whose
 * case kind is households registers households, so these are made to follow households first.
 */
beforeAll(async () => {
  for (const programme of ['VOLUNTARY_RETURN', 'SOCIO_LEGAL_DESK']) {
    await as.admin.ok(`mutation($input: ProgrammeConfigurationInput!) { updateProgrammeConfiguration(input: $input) { code } }`, {
      input: { programme, caseKind: 'RESETTLEMENT_HOUSEHOLD', fundingRule: 'RESETTLEMENT_FLAT', caseMonths: RESETTLEMENT_MONTHS, indicators: [], objectives: [] },
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Templates and settings (on the voluntary-return programme, so the resettlement plans of the
// other cases stay as they are)
// ---------------------------------------------------------------------------------------------

const TEMPLATES = `query($programme: ProgrammeCode!) { stepTemplates(programme: $programme) { id key label { nl fr en } anchor offsetDays owner perSchoolAgeChild position } }`;
const SAVE_TEMPLATE = `mutation($programme: ProgrammeCode!, $input: StepTemplateInput!) { saveStepTemplate(programme: $programme, input: $input) { id key label { nl fr en } anchor offsetDays owner perSchoolAgeChild position active } }`;
const REMOVE_TEMPLATE = `mutation($id: ID!) { removeStepTemplate(id: $id) }`;
const SETTINGS = `mutation($programme: ProgrammeCode!, $months: Int!, $days: Int!) { updateProgrammeSettings(programme: $programme, nextHomeSearchMonths: $months, staleAfterDays: $days) { code nextHomeSearchMonths staleAfterDays } }`;
const templateInput = (key: string, extra: Record<string, unknown> = {}) => ({
  key,
  label: { nl: `Stap ${key}`, fr: `Étape ${key}`, en: `Step ${key}` },
  anchor: 'ARRIVAL',
  offsetDays: 10,
  owner: 'PARTNER',
  ...extra,
});

describe('Query.stepTemplates', () => {
  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(TEMPLATES, { programme: 'RESETTLEMENT' }))).toEqual(['UNAUTHENTICATED']);
  });

  it('lists the resettlement template in order for Fedasil staff', async () => {
    for (const agent of [as.admin, as.contact]) {
      const { stepTemplates } = await agent.ok(TEMPLATES, { programme: 'RESETTLEMENT' });
      expect(stepTemplates.map((t: Answer) => ({ key: t.key, anchor: t.anchor, offsetDays: t.offsetDays, owner: t.owner, perSchoolAgeChild: t.perSchoolAgeChild, label: t.label }))).toEqual(
        RESETTLEMENT_PLAN.map((t) => ({ key: t.key, anchor: t.anchor, offsetDays: t.offsetDays, owner: t.owner, perSchoolAgeChild: !!t.perSchoolAgeChild, label: t.label })),
      );
    }
  });

  it('is not for partners (FORBIDDEN)', async () => {
    for (const agent of [as.coordinator, as.volunteer]) expect(codes(await agent.gql(TEMPLATES, { programme: 'RESETTLEMENT' }))).toEqual(['FORBIDDEN']);
  });

  it('validates input at the edge', async () => {
    expect(codes(await as.admin.gql(TEMPLATES, { programme: 'NOPE' }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Mutation.saveStepTemplate', () => {
  let desk: string;
  beforeAll(async () => {
    desk = await freshPartnership('Return desk', 'VOLUNTARY_RETURN');
  });

  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('ANON_STEP') }))).toEqual(['UNAUTHENTICATED']);
  });

  it('adds and changes steps of a template; a change applies to new plans only', async () => {
    const before = await register(desk, { planned: '2031-01-01' });
    expect(await plan(before.id)).toEqual([]);

    const { saveStepTemplate: t } = await as.admin.ok(SAVE_TEMPLATE, {
      programme: 'VOLUNTARY_RETURN',
      input: templateInput('RETURN_INTERVIEW', { label: { nl: ' Gesprek ', fr: 'Entretien', en: 'Interview' } }),
    });
    expect(t).toMatchObject({ key: 'RETURN_INTERVIEW', label: { nl: 'Gesprek', fr: 'Entretien', en: 'Interview' }, offsetDays: 10, perSchoolAgeChild: false, position: 0, active: true });
    const first = await register(desk, { planned: '2031-01-01' });
    expect((await plan(first.id)).map((s) => [s.key, s.dueDate])).toEqual([['RETURN_INTERVIEW', '2031-01-11']]);
    expect(await plan(before.id)).toEqual([]);

    const { saveStepTemplate: changed } = await as.admin.ok(SAVE_TEMPLATE, {
      programme: 'VOLUNTARY_RETURN',
      input: templateInput('RETURN_INTERVIEW', { id: t.id, offsetDays: 30, owner: 'VOLUNTEER' }),
    });
    expect(changed).toMatchObject({ id: t.id, offsetDays: 30, owner: 'VOLUNTEER' });
    const second = await register(desk, { planned: '2031-01-01' });
    expect((await plan(second.id)).map((s) => [s.key, s.dueDate, s.owner])).toEqual([['RETURN_INTERVIEW', '2031-01-31', 'VOLUNTEER']]);
    expect((await plan(first.id)).map((s) => [s.key, s.dueDate, s.owner])).toEqual([['RETURN_INTERVIEW', '2031-01-11', 'PARTNER']]);
    // Even when the existing plan is re-timed, it keeps the step as it was copied.
    await as.contact.ok(`mutation($id: ID!, $d: String) { updateHousehold(id: $id, input: { plannedArrivalDate: $d }) { id } }`, { id: first.id, d: '2031-02-01' });
    expect((await plan(first.id)).map((s) => [s.dueDate, s.owner])).toEqual([['2031-02-11', 'PARTNER']]);

    const { stepTemplates } = await as.admin.ok(TEMPLATES, { programme: 'VOLUNTARY_RETURN' });
    expect(stepTemplates.map((x: Answer) => x.key)).toEqual(['RETURN_INTERVIEW']);
  });

  it('refuses a key another step of the template has (NAME_TAKEN), and an unknown id (NOT_FOUND)', async () => {
    const a = (await as.admin.ok(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('TRAVEL_DOCUMENTS', { position: 1 }) })).saveStepTemplate;
    await as.admin.ok(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('FLIGHT_BOOKED', { position: 2 }) });
    const r = await as.admin.gql(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('FLIGHT_BOOKED', { id: a.id }) });
    expect(codes(r)).toEqual(['NAME_TAKEN']);
    expect(r.errors![0].extensions!.field).toBe('key');
    expect(codes(await as.admin.gql(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('NEW_KEY', { id: '00000000-0000-0000-0000-000000000000' }) }))).toEqual(['NOT_FOUND']);
    // A template step of another programme is not found through this one.
    expect(codes(await as.admin.gql(SAVE_TEMPLATE, { programme: 'SOCIO_LEGAL_DESK', input: templateInput('TRAVEL_DOCUMENTS', { id: a.id }) }))).toEqual(['NOT_FOUND']);
    const { stepTemplates } = await as.admin.ok(TEMPLATES, { programme: 'VOLUNTARY_RETURN' });
    expect(stepTemplates.find((x: Answer) => x.id === a.id).key).toBe('TRAVEL_DOCUMENTS');
  });

  it('is for admins only (FORBIDDEN)', async () => {
    for (const agent of [as.contact, as.deputy, as.coordinator, as.volunteer]) {
      expect(codes(await agent.gql(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('NOT_ALLOWED') }))).toEqual(['FORBIDDEN']);
    }
    const { stepTemplates } = await as.admin.ok(TEMPLATES, { programme: 'VOLUNTARY_RETURN' });
    expect(stepTemplates.map((x: Answer) => x.key)).not.toContain('NOT_ALLOWED');
  });

  it('validates input at the edge', async () => {
    const r = await as.admin.gql(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('lower case', { offsetDays: 1000, position: -1, label: { nl: '', fr: 'x', en: 'y' } }) });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect((r.errors![0].extensions!.validationErrors as { field: string }[]).map((e) => e.field).sort()).toEqual(['key', 'label.nl', 'offsetDays', 'position']);
    expect(codes(await as.admin.gql(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('GOOD_KEY', { anchor: 'LUNCH' }) }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Mutation.removeStepTemplate', () => {
  let desk: string;
  beforeAll(async () => {
    desk = await freshPartnership('Return desk removal', 'VOLUNTARY_RETURN');
  });

  it('requires sign-in', async () => {
    const { stepTemplates } = await as.admin.ok(TEMPLATES, { programme: 'RESETTLEMENT' });
    expect(codes(await hub.agent().gql(REMOVE_TEMPLATE, { id: stepTemplates[0].id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('takes a step out of the template: new plans no longer get it, existing plans keep theirs', async () => {
    const t = (await as.admin.ok(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('REINTEGRATION_PLAN', { position: 5 }) })).saveStepTemplate;
    const existing = await register(desk, { planned: '2031-06-01' });
    expect((await plan(existing.id)).map((s) => s.key)).toContain('REINTEGRATION_PLAN');
    expect((await as.admin.ok(REMOVE_TEMPLATE, { id: t.id })).removeStepTemplate).toBe(true);
    expect((await as.admin.ok(TEMPLATES, { programme: 'VOLUNTARY_RETURN' })).stepTemplates.map((x: Answer) => x.key)).not.toContain('REINTEGRATION_PLAN');
    const next = await register(desk, { planned: '2031-06-01' });
    expect((await plan(next.id)).map((s) => s.key)).not.toContain('REINTEGRATION_PLAN');
    expect((await plan(existing.id)).map((s) => s.key)).toContain('REINTEGRATION_PLAN');
    // Saved again under its key, it is back for new plans.
    await as.admin.ok(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('REINTEGRATION_PLAN', { position: 5 }) });
    const again = await register(desk, { planned: '2031-06-01' });
    expect((await plan(again.id)).map((s) => s.key)).toContain('REINTEGRATION_PLAN');
  });

  it('is for admins only (FORBIDDEN)', async () => {
    const t = (await as.admin.ok(SAVE_TEMPLATE, { programme: 'VOLUNTARY_RETURN', input: templateInput('KEEP_ME', { position: 9 }) })).saveStepTemplate;
    for (const agent of [as.contact, as.deputy, as.coordinator, as.volunteer]) expect(codes(await agent.gql(REMOVE_TEMPLATE, { id: t.id }))).toEqual(['FORBIDDEN']);
    expect((await as.admin.ok(TEMPLATES, { programme: 'VOLUNTARY_RETURN' })).stepTemplates.map((x: Answer) => x.key)).toContain('KEEP_ME');
  });

  it('answers NOT_FOUND for an unknown step', async () => {
    expect(codes(await as.admin.gql(REMOVE_TEMPLATE, { id: '00000000-0000-0000-0000-000000000000' }))).toEqual(['NOT_FOUND']);
  });
});

describe('Mutation.updateProgrammeSettings', () => {
  const PROGRAMMES = `{ programmes { code nextHomeSearchMonths staleAfterDays } }`;

  it('requires sign-in', async () => {
    expect(codes(await hub.agent().gql(SETTINGS, { programme: 'SOCIO_LEGAL_DESK', months: 4, days: 40 }))).toEqual(['UNAUTHENTICATED']);
  });

  it('starts from three months and 30 days; a change moves the next-home search and the stale threshold', async () => {
    const { programmes } = await as.admin.ok(PROGRAMMES);
    expect(programmes.every((p: Answer) => p.nextHomeSearchMonths === 3 && p.staleAfterDays === 30)).toBe(true);

    // A programme without a plan template, so no step is overdue.
    const desk = await freshPartnership('Desk settings', 'SOCIO_LEGAL_DESK');
    const start = addMonths(today, -6);
    const h = await register(desk, { planned: start });
    await arrive(h.id, start);
    await as.volunteer.ok(UPDATE_HOUSING, { h: h.id, input: { street: 'Rue Haute 1' } });
    await backdate(h.id, 45);
    expect(await view(h.id, 'nextHomeSearchDueFrom flags')).toEqual({ nextHomeSearchDueFrom: addMonths(guidanceEndDate(start, false, RESETTLEMENT_MONTHS), -3), flags: ['STALE'] });

    const r = await as.admin.ok(SETTINGS, { programme: 'SOCIO_LEGAL_DESK', months: 6, days: 60 });
    expect(r.updateProgrammeSettings).toEqual({ code: 'SOCIO_LEGAL_DESK', nextHomeSearchMonths: 6, staleAfterDays: 60 });
    const after = await view(h.id, 'nextHomeSearchDueFrom flags');
    expect(after.nextHomeSearchDueFrom).toBe(addMonths(guidanceEndDate(start, false, RESETTLEMENT_MONTHS), -6));
    expect(after.nextHomeSearchDueFrom <= today).toBe(true);
    // Due now; no longer stale after 45 days.
    expect(after.flags).toEqual(['NEXT_HOME_SEARCH_NOT_STARTED']);
    // Other programmes keep theirs.
    expect((await as.admin.ok(PROGRAMMES)).programmes.find((p: Answer) => p.code === 'RESETTLEMENT')).toEqual({ code: 'RESETTLEMENT', nextHomeSearchMonths: 3, staleAfterDays: 30 });
  });

  it('is for admins only (FORBIDDEN)', async () => {
    for (const agent of [as.contact, as.deputy, as.coordinator, as.volunteer]) expect(codes(await agent.gql(SETTINGS, { programme: 'VOLUNTARY_RETURN', months: 4, days: 40 }))).toEqual(['FORBIDDEN']);
    expect((await as.admin.ok(PROGRAMMES)).programmes.find((p: Answer) => p.code === 'VOLUNTARY_RETURN')).toEqual({ code: 'VOLUNTARY_RETURN', nextHomeSearchMonths: 3, staleAfterDays: 30 });
  });

  it('validates input at the edge', async () => {
    const r = await as.admin.gql(SETTINGS, { programme: 'VOLUNTARY_RETURN', months: 0, days: 5 });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect((r.errors![0].extensions!.validationErrors as { field: string }[]).map((e) => e.field).sort()).toEqual(['nextHomeSearchMonths', 'staleAfterDays']);
    expect(codes(await as.admin.gql(SETTINGS, { programme: 'VOLUNTARY_RETURN', months: 13, days: 366 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await as.admin.gql(SETTINGS, { programme: 'HOLIDAYS', months: 3, days: 30 }))).toEqual(['BAD_USER_INPUT']);
  });
});
