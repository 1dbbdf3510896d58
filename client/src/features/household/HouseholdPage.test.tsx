import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { householdData as household, householdViewerCan as viewerCan, viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { HouseholdPage, HouseholdPageDocument } from './HouseholdPage';
import { ExtendGuidanceDocument } from './HouseholdActions';

const route = { path: '/households/:id', route: '/households/h-1' };

const funding = {
  __typename: 'Funding' as const,
  tariffYear: 2023,
  totalCents: 2_200_000,
  lines: [
    { __typename: 'FundingLine' as const, kind: 'BASE', quantity: 5, unitCents: 300_000, amountCents: 1_500_000, from: '2023-03-01' },
    { __typename: 'FundingLine' as const, kind: 'SECOND_YEAR', quantity: 5, unitCents: 60_000, amountCents: 300_000, from: '2023-03-01' },
    { __typename: 'FundingLine' as const, kind: 'DIRECT_ARRIVAL_HEAD', quantity: 1, unitCents: 200_000, amountCents: 200_000, from: '2023-03-01' },
    { __typename: 'FundingLine' as const, kind: 'DIRECT_ARRIVAL_MEMBERS', quantity: 4, unitCents: 50_000, amountCents: 200_000, from: '2023-03-01' },
  ],
};

const pageMock = (data: unknown) => ({
  request: { query: HouseholdPageDocument, variables: { id: 'h-1' } },
  result: { data: { household: data } },
});

describe('HouseholdPage', () => {
  it('tells a volunteer there are specific needs, without showing them, and no funding', async () => {
    renderPage(<HouseholdPage />, { ...route, mocks: [viewerMock('VOLUNTEER'), pageMock(household({ viewerCan: viewerCan({ uploadDocument: true }) }))] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Household RS-2023-001' })).toBeTruthy();
    expect(screen.getByText('There are specific needs to take into account; ask your coordinator.')).toBeTruthy();
    expect(screen.getByText('Lina Haddad')).toBeTruthy();
    expect(screen.getAllByText('1 March 2023', { selector: 'dd time' })).toHaveLength(2); // arrival and start of guidance
    expect(screen.queryByTestId('funding-total')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Extend guidance' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit household and members' })).toBeNull();
    // Documents: everyone who sees the household may add some, but not need-to-know papers.
    const documents = screen.getByRole('region', { name: 'Documents' });
    expect(await within(documents).findByText('There are no documents yet.')).toBeTruthy();
    const categories = Array.from(within(documents).getByLabelText<HTMLSelectElement>(/^Category/).options).map((o) => o.value);
    expect(categories).toContain('LEASE');
    expect(categories).not.toContain('MEDICAL');
  });

  it('lists specific needs and funding lines for who may see them (nl)', async () => {
    const data = household({
      viewerCan: viewerCan({ viewSpecificNeeds: true, viewFunding: true }),
      specificNeeds: { __typename: 'SpecificNeeds', needs: ['COMPLEX_MEDICAL', 'FAMILY_WITH_CHILDREN'], note: 'Dialyse 3x per week' },
      funding,
    });
    renderPage(<HouseholdPage />, { ...route, locale: 'nl', mocks: [viewerMock('CONTACT_PERSON', 'nl'), pageMock(data)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Gezin RS-2023-001' })).toBeTruthy();
    expect(screen.getByText('Complexe medische noden')).toBeTruthy();
    expect(screen.getByText('Dialyse 3x per week')).toBeTruthy();
    expect(screen.queryByText(/vraag het aan je coördinator/)).toBeNull();
    const fundingSection = screen.getByRole('region', { name: 'Financiering' });
    expect(within(fundingSection).getByText('Eén jaar opvang en begeleiding')).toBeTruthy();
    expect(screen.getByTestId('funding-total').textContent).toBe('€ 22.000,00');
  });

  it('extends guidance after confirmation; the returned household updates the page', async () => {
    const before = household({ viewerCan: viewerCan({ extendGuidance: true, viewFunding: true }), funding: { ...funding, totalCents: 1_900_000, lines: [] } });
    const after = household({
      viewerCan: viewerCan({ extendGuidance: false, viewFunding: true }),
      guidanceExtended: true,
      guidanceEnd: '2025-02-28',
      funding,
    });
    const extendMock = {
      request: { query: ExtendGuidanceDocument, variables: { id: 'h-1' } },
      result: { data: { extendGuidance: after } },
    };
    renderPage(<HouseholdPage />, { ...route, mocks: [viewerMock('COORDINATOR'), pageMock(before), extendMock] });

    fireEvent.click(await screen.findByRole('button', { name: 'Extend guidance' }));
    expect(screen.getByText(/by a second year\?/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, extend guidance' }));

    expect(await screen.findByText('28 February 2025')).toBeTruthy();
    expect(screen.getByTestId('funding-total').textContent).toBe('€22,000.00');
    expect(screen.queryByRole('button', { name: 'Extend guidance' })).toBeNull();
  });
});
