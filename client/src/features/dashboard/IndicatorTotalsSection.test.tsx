import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { IndicatorTotalsSection, ProgrammeIndicatorTotalsDocument } from './IndicatorTotalsSection';

const label = (nl: string, fr: string, en: string) => ({ __typename: 'LocalisedLabelType' as const, nl, fr, en });
const month = (m: number, reports: number, total: number, choices: { key: string; count: number }[] = []) => ({
  __typename: 'IndicatorMonthTotal' as const,
  month: m,
  reports,
  total,
  choices: choices.map((c) => ({ __typename: 'ChoiceCount' as const, ...c })),
});
const year = (set: Record<number, [number, number]>, choices?: (m: number) => { key: string; count: number }[]) =>
  Array.from({ length: 12 }, (_, i) => month(i + 1, set[i + 1]?.[0] ?? 0, set[i + 1]?.[1] ?? 0, choices?.(i + 1) ?? []));

const totals = {
  __typename: 'ProgrammeIndicatorTotals' as const,
  year: 2026,
  acceptedReports: 2,
  programme: { __typename: 'Programme' as const, id: 'vr', code: 'VOLUNTARY_RETURN' },
  indicators: [
    {
      __typename: 'IndicatorTotals' as const,
      indicator: { __typename: 'IndicatorType_' as const, key: 'returns', type: 'NUMBER', label: label('Terugkeren deze maand', 'Retours ce mois-ci', 'Returns this month'), choices: [] },
      yearTotal: 24,
      months: year({ 3: [1, 15], 4: [1, 9] }),
      partnerships: [
        { __typename: 'IndicatorPartnershipTotal' as const, partnershipId: 'p-a', name: 'Terugkeerloket Antwerpen', total: 20 },
        { __typename: 'IndicatorPartnershipTotal' as const, partnershipId: 'p-b', name: 'Terugkeerloket Gent', total: 4 },
      ],
    },
    {
      __typename: 'IndicatorTotals' as const,
      indicator: {
        __typename: 'IndicatorType_' as const,
        key: 'mainCountry',
        type: 'CHOICE',
        label: label('Belangrijkste land van terugkeer', 'Principal pays de retour', 'Main country of return'),
        choices: [
          { __typename: 'IndicatorChoiceType' as const, key: 'GE', label: label('Georgië', 'Géorgie', 'Georgia') },
          { __typename: 'IndicatorChoiceType' as const, key: 'BR', label: label('Brazilië', 'Brésil', 'Brazil') },
        ],
      },
      yearTotal: 0,
      months: year({ 4: [1, 0] }, (m) => [
        { key: 'GE', count: m === 4 ? 1 : 0 },
        { key: 'BR', count: 0 },
      ]),
      partnerships: [],
    },
    {
      __typename: 'IndicatorTotals' as const,
      indicator: { __typename: 'IndicatorType_' as const, key: 'remarks', type: 'TEXT', label: label('Opmerkingen', 'Remarques', 'Remarks'), choices: [] },
      yearTotal: 0,
      months: year({}),
      partnerships: [],
    },
  ],
};

const mock = { request: { query: ProgrammeIndicatorTotalsDocument, variables: { programme: 'VOLUNTARY_RETURN', year: 2026 } }, result: { data: { programmeIndicatorTotals: totals } } };

describe('IndicatorTotalsSection', () => {
  it('shows each reported figure as a chart and a table, in the interface language (fr)', async () => {
    renderPage(<IndicatorTotalsSection programme="VOLUNTARY_RETURN" year={2026} />, { mocks: [viewerMock('CONTACT_PERSON', 'fr'), mock], locale: 'fr' });
    expect(await screen.findByRole('heading', { name: 'Chiffres rapportés : Retour volontaire 2026' })).toBeTruthy();
    expect(await screen.findByText('2 rapports acceptés comptés.')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Retours ce mois-ci par mois, 2026' }).querySelectorAll('rect')).toHaveLength(12);
    expect(screen.getByText('Total de l’année : 24')).toBeTruthy();
    const returns = screen.getByRole('table', { name: 'Retours ce mois-ci' });
    expect(
      within(returns)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['MoisRapportsTotal', 'mars115', 'avril19']);
    // By partnership (e.g. by city desk).
    const byDesk = screen.getByRole('table', { name: 'Retours ce mois-ci: Par partenariat' });
    expect(
      within(byDesk)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['Par partenariatTotal', 'Terugkeerloket Antwerpen20', 'Terugkeerloket Gent4']);
    const country = screen.getByRole('table', { name: 'Principal pays de retour' });
    expect(
      within(country)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['MoisRapportsGéorgieBrésil', 'avril110']);
    // Free text is not totalled.
    expect(screen.queryByRole('heading', { name: 'Remarques' })).toBeNull();
  });
});
