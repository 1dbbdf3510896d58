import { GraphQLError } from 'graphql';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BANK_ACCOUNT_LABEL, guidanceStep, householdData as household, householdViewerCan as viewerCan, progressFields, viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { HouseholdPage, HouseholdPageDocument } from '../household/HouseholdPage';
import { UpdateGuidanceStepDocument } from './offlineWrites';

/** The step write as the device's queue sends it: the input, with a guard on the version shown. */
const guarded = (id: string, input: Record<string, unknown>) => (v: Record<string, unknown> & { guard?: { clientId?: unknown; expectedVersion?: unknown } }) =>
  v.id === id && JSON.stringify(v.input) === JSON.stringify(input) && typeof v.guard?.clientId === 'string' && v.guard.expectedVersion === 1;

const route = { path: '/households/:id', route: '/households/h-1' };

const pageMock = (data: unknown) => ({
  request: { query: HouseholdPageDocument, variables: { id: 'h-1' } },
  result: { data: { household: data } },
});

/** The household after the bank account step is done: progress, flags and timeline follow. */
function afterBankAccountDone() {
  const before = progressFields();
  const done = guidanceStep('s-1', 'BANK_ACCOUNT', BANK_ACCOUNT_LABEL, {
    status: 'DONE',
    dueDate: '2026-03-10',
    updatedAt: '2026-03-12T14:30:00.000Z',
    updatedBy: { __typename: 'User', id: 'u-1', name: 'Ann Admin' },
  });
  const plan = [done, before.plan[1], before.plan[2]];
  return {
    step: done,
    household: household({
      viewerCan: viewerCan({ updateStep: true, updateHousing: true }),
      ...progressFields({
        plan,
        flags: [],
        progress: { __typename: 'PlanProgress', done: 2, total: 3 },
        nextStep: plan[1],
        timeline: [
          ...before.timeline,
          {
            __typename: 'TimelineEntry',
            id: 'e-2',
            at: '2026-03-12T14:30:00.000Z',
            kind: 'STEP_UPDATED',
            actor: { __typename: 'User', id: 'u-1', name: 'Ann Admin' },
            stepKey: 'BANK_ACCOUNT',
            stepLabel: BANK_ACCOUNT_LABEL,
            fromStatus: 'TODO',
            toStatus: 'DONE',
            fields: [],
            date: null,
            endReason: null,
            note: null,
            memberName: null,
            joined: null,
            fromPartnership: null,
            toPartnership: null,
          },
        ],
      }),
    }),
  };
}

describe('GuidancePlan on the household page', () => {
  it('lists every step with its label (the child’s name for a school step), due date, owner, status and who changed it', async () => {
    renderPage(<HouseholdPage />, { ...route, mocks: [viewerMock('VOLUNTEER'), pageMock(household())] });
    const plan = await screen.findByRole('region', { name: 'Guidance plan' });
    const steps = within(plan).getAllByTestId('plan-step');
    expect(steps).toHaveLength(3);
    expect(within(steps[0]).getByRole('heading', { level: 3, name: 'Bank account opened' })).toBeTruthy();
    expect(within(steps[0]).getByText('Overdue')).toBeTruthy();
    expect(within(steps[0]).getByText('10 March 2026')).toBeTruthy();
    expect(within(steps[0]).getByText('Volunteer')).toBeTruthy();
    expect(within(steps[1]).getByRole('heading', { level: 3, name: 'School enrolment (Lina)' })).toBeTruthy();
    expect(within(steps[2]).getByText('Done')).toBeTruthy();
    expect(within(steps[2]).getByText(/Changed by Pieter Wouters/)).toBeTruthy();
    expect(within(plan).getByText('1 of 3 steps done')).toBeTruthy();
    // The flag of the household, translated.
    expect(within(screen.getByRole('list', { name: 'Needs attention' })).getByText('Overdue steps')).toBeTruthy();
    // viewerCan.updateStep is false: no buttons to change steps.
    expect(within(plan).queryByRole('button')).toBeNull();
  });

  it('marks a step done in one tap (nl); progress, flags and the timeline follow from the answer', async () => {
    const { step, household: after } = afterBankAccountDone();
    const updated = vi.fn(() => ({ data: { updateGuidanceStep: { ...step, household: after } } }));
    const mutation = { request: { query: UpdateGuidanceStepDocument, variables: guarded('s-1', { status: 'DONE' }) }, result: updated };
    const before = household({ viewerCan: viewerCan({ updateStep: true, updateHousing: true }) });
    renderPage(<HouseholdPage />, { ...route, locale: 'nl', mocks: [viewerMock('VOLUNTEER', 'nl'), pageMock(before), mutation] });

    const button = await screen.findByRole('button', { name: 'Markeer als gedaan: Bankrekening geopend' });
    expect(screen.getByText('1 van 3 stappen gedaan')).toBeTruthy();
    fireEvent.click(button);

    expect(await screen.findByText('2 van 3 stappen gedaan')).toBeTruthy();
    expect(updated).toHaveBeenCalledTimes(1);
    const bank = screen.getAllByTestId('plan-step')[0];
    expect(within(bank).getByText('Gedaan')).toBeTruthy();
    expect(within(bank).queryByText('Te laat')).toBeNull();
    expect(within(bank).getByRole('button', { name: 'Heropenen: Bankrekening geopend' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Vraagt aandacht' })).toBeNull();
    const timeline = screen.getByRole('region', { name: 'Geschiedenis' });
    expect(within(timeline).getByText('Bankrekening geopend: Te doen → Gedaan')).toBeTruthy();
    expect(within(timeline).getByText(/door Ann Admin/)).toBeTruthy();
    // Announced once the mutation's promise settles (the cache may update the page just before).
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Opgeslagen: Bankrekening geopend is nu “Gedaan”.'));
  });

  it('asks for a reason before a step is set to "does not apply", and shows the API’s translated error', async () => {
    const refused = {
      request: {
        query: UpdateGuidanceStepDocument,
        variables: guarded('s-2', { status: 'NOT_APPLICABLE', note: null, notApplicableReason: 'Goes to school in Gent' }),
      },
      result: { errors: [new GraphQLError('Say why', { extensions: { code: 'REASON_REQUIRED' } })] },
    };
    const before = household({ viewerCan: viewerCan({ updateStep: true }) });
    renderPage(<HouseholdPage />, { ...route, mocks: [viewerMock('COORDINATOR'), pageMock(before), refused] });

    fireEvent.click(await screen.findByRole('button', { name: 'Change step: School enrolment (Lina)' }));
    const form = screen.getByRole('form', { name: 'Change step: School enrolment (Lina)' });
    fireEvent.change(within(form).getByLabelText('Status'), { target: { value: 'NOT_APPLICABLE' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save step' }));
    expect(within(form).getByRole('alert').textContent).toBe('Say why the step does not apply.');

    fireEvent.change(within(form).getByLabelText(/^Why it does not apply/), { target: { value: 'Goes to school in Gent' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save step' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Say why the step does not apply.');
  });
});
