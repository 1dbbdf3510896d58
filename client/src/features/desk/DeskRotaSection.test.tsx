import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deskOverview, viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { DeskOverviewDocument } from './deskPartnership';
import { SetDeskRotaEntryDocument } from './DeskRotaForm';
import { DeskRotaDocument, DeskRotaSection } from './DeskRotaSection';

const entry = (id: string, desk: string, orgId: string, name: string, weekdays: number[]) => ({
  __typename: 'DeskRotaEntry' as const,
  id,
  desk,
  weekdays,
  organisation: { __typename: 'Organisation' as const, id: orgId, name },
});
const IOM = entry('1', 'Brussel', 'o-iom', 'IOM', [1, 2, 4]);
const CARITAS = entry('2', 'Brussel', 'o-caritas', 'Caritas International', [3]);
const rotaMock = (rota: unknown[]) => ({ request: { query: DeskRotaDocument, variables: { partnershipId: 'p-9' } }, result: { data: { deskRota: rota } } });
const overview = (editRota: boolean) => ({
  request: { query: DeskOverviewDocument, variables: { partnershipId: 'p-9' } },
  result: {
    data: {
      deskOverview: deskOverview(
        'RETURN_FILE',
        [
          ['o-iom', 'IOM'],
          ['o-caritas', 'Caritas International'],
        ],
        { editRota, editReturnFiles: editRota, viewMedical: editRota },
      ),
    },
  },
});

describe('DeskRotaSection', () => {
  it('shows who is at which desk on which days, with the weekday names of the language, and no editing to a partner (nl)', async () => {
    renderPage(<DeskRotaSection partnershipId="p-9" />, { locale: 'nl', mocks: [viewerMock('COORDINATOR', 'nl'), rotaMock([IOM, CARITAS]), overview(false)] });
    const table = await screen.findByRole('table', { name: 'Loketrooster' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['LoketAanwezige partnerDagen', 'BrusselIOMmaandag, dinsdag, donderdag', 'BrusselCaritas Internationalwoensdag']);
    expect(screen.queryByRole('button', { name: 'Een partner aan het rooster toevoegen' })).toBeNull();
    expect(screen.queryByRole('button', { name: /wijzigen$/ })).toBeNull();
  });

  it('lets the contact person change a partner’s days: the form starts from the line, saves, and the rota is asked again (fr)', async () => {
    const changed = { ...CARITAS, weekdays: [3, 5] };
    renderPage(<DeskRotaSection partnershipId="p-9" />, {
      locale: 'fr',
      mocks: [
        viewerMock('CONTACT_PERSON', 'fr'),
        rotaMock([IOM, CARITAS]),
        overview(true),
        {
          request: { query: SetDeskRotaEntryDocument, variables: { input: { partnershipId: 'p-9', organisationId: 'o-caritas', desk: 'Brussel', weekdays: [3, 5] } } },
          result: { data: { setDeskRotaEntry: changed } },
        },
        rotaMock([IOM, changed]),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier les jours de Caritas International à Brussel' }));
    const form = screen.getByRole('form', { name: 'Un partenaire à un guichet' });
    expect(within(form).getByLabelText<HTMLSelectElement>('Partenaire présent').value).toBe('o-caritas');
    expect(within(form).getByLabelText<HTMLInputElement>('Guichet').value).toBe('Brussel');
    expect(within(form).getByRole<HTMLInputElement>('checkbox', { name: 'mercredi' }).checked).toBe(true);
    fireEvent.click(within(form).getByRole('checkbox', { name: 'vendredi' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer la permanence' }));
    expect((await screen.findByRole('status')).textContent).toBe('Permanence enregistrée.');
    const table = screen.getByRole('table', { name: 'Permanences aux guichets' });
    expect(await within(table).findByText('mercredi, vendredi')).toBeTruthy();
  });

  it('offers the contact person of a desk programme a first line when the rota is empty (en)', async () => {
    renderPage(<DeskRotaSection partnershipId="p-9" />, { mocks: [viewerMock('CONTACT_PERSON'), rotaMock([]), overview(true)] });
    expect(await screen.findByText('No partner is on the rota yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a partner to the rota' }));
    const form = screen.getByRole('form', { name: 'A partner at a desk' });
    expect(within(form).getByRole('button', { name: 'Save rota line' })).toHaveProperty('disabled', true);
  });
});
