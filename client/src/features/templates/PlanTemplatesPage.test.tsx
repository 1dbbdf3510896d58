import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BANK_ACCOUNT_LABEL, localizedText, viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { PlanTemplatesDocument, PlanTemplatesPage, RemoveStepTemplateDocument, SaveStepTemplateDocument } from './PlanTemplatesPage';

const template = (id: string, key: string, label: ReturnType<typeof localizedText>, position: number) => ({
  __typename: 'StepTemplate' as const,
  id,
  key,
  position,
  anchor: 'ARRIVAL' as const,
  offsetDays: 14,
  owner: 'VOLUNTEER' as const,
  perSchoolAgeChild: false,
  label,
});

const programmes = [{ __typename: 'Programme', id: 'prog-1', code: 'RESETTLEMENT', nextHomeSearchMonths: 3, staleAfterDays: 30 }];
const doctor = localizedText('Family doctor chosen', 'Huisarts gekozen', 'Médecin traitant choisi');

const pageMock = (stepTemplates: unknown[]) => ({
  request: { query: PlanTemplatesDocument, variables: { programme: 'RESETTLEMENT' } },
  result: { data: { stepTemplates, programmes } },
});

describe('PlanTemplatesPage', () => {
  it('lists the steps in three languages, says changes apply to new plans, and adds a step', async () => {
    const input = {
      key: 'FAMILY_DOCTOR',
      label: { nl: 'Huisarts gekozen', fr: 'Médecin traitant choisi', en: 'Family doctor chosen' },
      anchor: 'MOVE_IN',
      offsetDays: 30,
      owner: 'VOLUNTEER',
      perSchoolAgeChild: false,
      position: 5,
    };
    const saved = vi.fn(() => ({ data: { saveStepTemplate: { ...template('t-2', 'FAMILY_DOCTOR', doctor, 5), anchor: 'MOVE_IN', offsetDays: 30 } } }));
    const save = { request: { query: SaveStepTemplateDocument, variables: { programme: 'RESETTLEMENT', input } }, result: saved };
    const before = [template('t-1', 'BANK_ACCOUNT', BANK_ACCOUNT_LABEL, 4)];
    const after = [...before, { ...template('t-2', 'FAMILY_DOCTOR', doctor, 5), anchor: 'MOVE_IN', offsetDays: 30 }];
    renderPage(<PlanTemplatesPage />, { path: '/admin/plan-templates', route: '/admin/plan-templates', mocks: [viewerMock('ADMIN'), pageMock(before), save, pageMock(after)] });

    const row = await screen.findByTestId('template-row');
    expect(within(row).getByText('Bankrekening geopend')).toBeTruthy();
    expect(within(row).getByText('Compte bancaire ouvert')).toBeTruthy();
    expect(within(row).getByText('14 days after arrival')).toBeTruthy();
    expect(screen.getByText(/Changes apply to plans created from now on/)).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Add a step' });
    fireEvent.change(within(form).getByLabelText(/^Key/), { target: { value: 'family_doctor' } });
    fireEvent.change(within(form).getByLabelText('Label in Dutch'), { target: { value: 'Huisarts gekozen' } });
    fireEvent.change(within(form).getByLabelText('Label in French'), { target: { value: 'Médecin traitant choisi' } });
    fireEvent.change(within(form).getByLabelText('Label in English'), { target: { value: 'Family doctor chosen' } });
    fireEvent.change(within(form).getByLabelText('The due date counts from'), { target: { value: 'MOVE_IN' } });
    fireEvent.change(within(form).getByLabelText(/^Days after that date/), { target: { value: '30' } });
    fireEvent.change(within(form).getByLabelText('Usually done by'), { target: { value: 'VOLUNTEER' } });
    expect(within(form).getByLabelText<HTMLInputElement>('Position in the plan').value).toBe('5');
    fireEvent.click(within(form).getByRole('button', { name: 'Add step' }));

    await waitFor(() => expect(screen.getAllByTestId('template-row')).toHaveLength(2));
    expect(saved).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Step “Family doctor chosen” saved.')).toBeTruthy();
  });

  it('removes a step after confirmation', async () => {
    const remove = { request: { query: RemoveStepTemplateDocument, variables: { id: 't-1' } }, result: { data: { removeStepTemplate: true } } };
    renderPage(<PlanTemplatesPage />, {
      path: '/admin/plan-templates',
      route: '/admin/plan-templates',
      mocks: [viewerMock('ADMIN'), pageMock([template('t-1', 'BANK_ACCOUNT', BANK_ACCOUNT_LABEL, 0)]), remove],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Bank account opened' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove the step' }));
    await waitFor(() => expect(screen.queryByTestId('template-row')).toBeNull());
    expect(screen.getByText(/This programme has no plan template yet/)).toBeTruthy();
  });
});
