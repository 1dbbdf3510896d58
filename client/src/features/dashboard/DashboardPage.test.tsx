import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../app/i18n';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { DashboardPage, ProgrammeDashboardDocument } from './DashboardPage';
import { axisStep, MonthlyChart } from './MonthlyChart';
import styles from './MonthlyChart.module.css';

const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, arrived: i < 3 ? (i + 1) * 5 : 0, planned: i === 5 ? 12 : 0 }));

describe('MonthlyChart', () => {
  it('is one named image, with every figure in a data table (nl)', () => {
    render(
      <I18nProvider initialLocale="nl">
        <MonthlyChart months={months} year={2026} title="Aangekomen en geplande personen per maand (2026)" />
      </I18nProvider>,
    );
    const chart = screen.getByRole('img', { name: /Aangekomen en geplande personen per maand \(2026\)/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.querySelectorAll(`rect.${styles.chartArrived}`)).toHaveLength(3);
    expect(chart.querySelectorAll(`rect.${styles.chartPlanned}`)).toHaveLength(1);

    const table = screen.getByRole('table', { name: 'Personen per maand' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(14); // header, 12 months, total
    expect(
      within(rows[0])
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Maand', 'Aangekomen', 'Gepland', 'Totaal']);
    expect(within(rows[1]).getByRole('rowheader').textContent).toBe('januari');
    expect(
      within(rows[3])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['15', '0', '15']);
    expect(
      within(rows[6])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '12', '12']);
    expect(
      within(rows[13])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['30', '12', '42']);
  });

  it('chooses round steps for the value axis', () => {
    expect(axisStep(3)).toBe(1);
    expect(axisStep(15)).toBe(5);
    expect(axisStep(42)).toBe(20);
    expect(axisStep(180)).toBe(50);
  });
});

describe('DashboardPage', () => {
  it('shows quota, arrivals, funding committed and capacity per partnership', async () => {
    const dashboard = {
      __typename: 'ProgrammeDashboard',
      year: 2026,
      quota: 500,
      personsArrived: 30,
      personsPlanned: 12,
      fundingCommittedCents: 12_300_000,
      programme: { __typename: 'Programme', id: 'prog-1', code: 'RESETTLEMENT', caseKind: 'RESETTLEMENT_HOUSEHOLD', fundingRule: 'RESETTLEMENT_FLAT' },
      months: months.map((m) => ({ __typename: 'MonthFigures', ...m })),
      partnerships: [
        { __typename: 'PartnershipCapacity', capacityPledged: 10, persons: 12, partnership: { __typename: 'Partnership', id: 'p-1', name: 'Gent welcomes' } },
        { __typename: 'PartnershipCapacity', capacityPledged: 40, persons: 30, partnership: { __typename: 'Partnership', id: 'p-2', name: 'Liège Accueil' } },
      ],
    };
    const mock = { request: { query: ProgrammeDashboardDocument, variables: { programme: 'RESETTLEMENT', year: 2026 } }, result: { data: { programmeDashboard: dashboard } } };
    renderPage(<DashboardPage />, { path: '/dashboard', route: '/dashboard?year=2026', locale: 'nl', mocks: [viewerMock('ADMIN', 'nl'), mock] });

    expect(await screen.findByTestId('funding-committed')).toBeTruthy();
    expect(screen.getByTestId('funding-committed').textContent).toBe('€ 123.000,00');
    expect(screen.getByRole('progressbar', { name: 'Aangekomen personen ten opzichte van het quotum' }).getAttribute('aria-valuetext')).toBe('30 van 500 personen aangekomen (6%)');
    const capacity = screen.getAllByTestId('capacity-row');
    expect(within(capacity[0]).getByText('120%')).toBeTruthy();
    expect(within(capacity[0]).getByText('boven de capaciteit')).toBeTruthy();
    expect(within(capacity[1]).getByText('75%')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Personen per maand' })).toBeTruthy();
  });
});
