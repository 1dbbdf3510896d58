import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { householdData as household, householdViewerCan as viewerCan, housingData, viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { HouseholdPage, HouseholdPageDocument } from '../household/HouseholdPage';
import { HouseholdProgressDocument } from './householdProgress';
import { RecordNextHomeFoundDocument } from './HousingPanel';
import { UpdateHousingDocument } from './offlineWrites';

const route = { path: '/households/:id', route: '/households/h-1' };

const pageMock = (data: unknown) => ({
  request: { query: HouseholdPageDocument, variables: { id: 'h-1' } },
  result: { data: { household: data } },
});

describe('HousingPanel on the household page', () => {
  it('warns (nl) when the lease does not cover 12 months from arrival, and shows the home', async () => {
    const data = household({ housing: housingData({ leaseEnd: '2026-12-31', coversFirstYear: false }), flags: ['LEASE_TOO_SHORT'] });
    renderPage(<HouseholdPage />, { ...route, locale: 'nl', mocks: [viewerMock('VOLUNTEER', 'nl'), pageMock(data)] });

    const housing = await screen.findByRole('region', { name: 'Huisvesting' });
    expect(within(housing).getByTestId('lease-warning').textContent).toContain('Het huurcontract dekt geen 12 maanden vanaf de aankomst.');
    expect(within(housing).getByText('Bruul 12, 2800 Mechelen')).toBeTruthy();
    expect(within(housing).getByText('€ 610,00')).toBeTruthy();
    expect(within(housing).getByText('Sociale huisvestingsmaatschappij')).toBeTruthy();
    expect(within(housing).getByText('31 december 2026')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Vraagt aandacht' })).getByText('Huurcontract te kort')).toBeTruthy();
    // No updateHousing: no buttons.
    expect(within(housing).queryByRole('button')).toBeNull();
  });

  it('shows no warning when the lease covers the first year, or before it is known', async () => {
    renderPage(<HouseholdPage />, { ...route, mocks: [viewerMock('VOLUNTEER'), pageMock(household({ housing: housingData() }))] });
    const housing = await screen.findByRole('region', { name: 'Housing' });
    expect(within(housing).getByText('14 February 2029')).toBeTruthy();
    expect(within(housing).queryByTestId('lease-warning')).toBeNull();
  });

  it('records the housing (rent typed as 650,50) and reloads the household’s progress afterwards', async () => {
    const input = {
      street: 'Kerkstraat 1',
      postalCode: '3000',
      city: 'Leuven',
      leaseStart: null,
      leaseEnd: null,
      monthlyRentCents: 65_050,
      landlordKind: 'PRIVATE',
      movedInOn: null,
    };
    const saved = housingData({
      street: 'Kerkstraat 1',
      postalCode: '3000',
      city: 'Leuven',
      leaseStart: null,
      leaseEnd: null,
      monthlyRentCents: 65_050,
      landlordKind: 'PRIVATE',
      movedInOn: null,
      coversFirstYear: null,
    });
    const update = {
      request: {
        query: UpdateHousingDocument,
        variables: (v: Record<string, unknown> & { guard?: { clientId?: unknown; expectedVersion?: unknown } }) =>
          v.householdId === 'h-1' && JSON.stringify(v.input) === JSON.stringify(input) && typeof v.guard?.clientId === 'string' && v.guard.expectedVersion === 1,
      },
      result: { data: { updateHousing: saved } },
    };
    const reloaded = vi.fn(() => ({ data: { household: household({ viewerCan: viewerCan({ updateHousing: true }), housing: saved, flags: [] }) } }));
    const refresh = { request: { query: HouseholdProgressDocument, variables: { id: 'h-1' } }, result: reloaded };
    const before = household({ viewerCan: viewerCan({ updateHousing: true }) });
    renderPage(<HouseholdPage />, { ...route, locale: 'nl', mocks: [viewerMock('COORDINATOR', 'nl'), pageMock(before), update, refresh] });

    const housing = await screen.findByRole('region', { name: 'Huisvesting' });
    expect(within(housing).getByText('Er is nog geen woning geregistreerd.')).toBeTruthy();
    fireEvent.click(within(housing).getByRole('button', { name: 'Huisvesting registreren' }));
    const form = within(housing).getByRole('form', { name: 'Huisvesting registreren' });
    fireEvent.change(within(form).getByLabelText(/^Straat en nummer/), { target: { value: 'Kerkstraat 1' } });
    fireEvent.change(within(form).getByLabelText(/^Postcode/), { target: { value: '3000' } });
    fireEvent.change(within(form).getByLabelText(/^Stad of gemeente/), { target: { value: 'Leuven' } });
    fireEvent.change(within(form).getByLabelText(/^Maandelijkse huur/), { target: { value: 'abc' } });
    fireEvent.change(within(form).getByLabelText(/^Verhuurder/), { target: { value: 'PRIVATE' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(within(form).getByRole('alert').textContent).toBe('Vul de maandelijkse huur in als bedrag in euro, bijvoorbeeld 650,00.');

    fireEvent.change(within(form).getByLabelText(/^Maandelijkse huur/), { target: { value: '650,50' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));

    expect(await within(housing).findByText('Kerkstraat 1, 3000 Leuven')).toBeTruthy();
    expect(within(housing).getByText('€ 650,50')).toBeTruthy();
    await waitFor(() => expect(reloaded).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('list', { name: 'Vraagt aandacht' })).toBeNull();
    expect(within(housing).getByText('Huisvesting opgeslagen.')).toBeTruthy();
  });

  it('records that the next home is found', async () => {
    const before = household({ viewerCan: viewerCan({ updateHousing: true }), housing: housingData({ nextHomeSearchStartedOn: '2026-11-02' }) });
    const after = household({ viewerCan: viewerCan({ updateHousing: true }), housing: housingData({ nextHomeSearchStartedOn: '2026-11-02', nextHomeFoundOn: '2027-01-05' }) });
    const found = { request: { query: RecordNextHomeFoundDocument, variables: { householdId: 'h-1', on: '2027-01-05' } }, result: { data: { recordNextHomeFound: after } } };
    renderPage(<HouseholdPage />, { ...route, mocks: [viewerMock('VOLUNTEER'), pageMock(before), found] });

    const housing = await screen.findByRole('region', { name: 'Housing' });
    expect(within(housing).getByText('2 November 2026')).toBeTruthy();
    expect(within(housing).queryByRole('button', { name: 'Record the start of the search' })).toBeNull();
    fireEvent.click(within(housing).getByRole('button', { name: 'Record the home found' }));
    const form = within(housing).getByRole('form', { name: 'Record the home found' });
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2027-01-05' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(housing).findByText('5 January 2027')).toBeTruthy();
    expect(within(housing).queryByRole('button', { name: 'Record the home found' })).toBeNull();
  });
});
