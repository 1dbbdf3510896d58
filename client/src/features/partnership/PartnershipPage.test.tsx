import { GraphQLError } from 'graphql';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { householdRow, partnershipData, partnershipViewerCan, viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { PartnershipHouseholdChangedDocument, PartnershipPage, PartnershipPageDocument } from './PartnershipPage';

const route = { path: '/partnerships/:id', route: '/partnerships/p-1' };

function pageMock(partnership: unknown) {
  return { request: { query: PartnershipPageDocument, variables: { id: 'p-1' } }, result: { data: { partnership } } };
}

/** The live subscription: announces one household (changed or new). */
function liveMock(household: unknown, delay = 0) {
  return {
    request: { query: PartnershipHouseholdChangedDocument, variables: { partnershipId: 'p-1' } },
    result: { data: { householdChanged: household } },
    delay,
  };
}

describe('PartnershipPage', () => {
  it('shows the partnership, its households and the funding total', async () => {
    renderPage(<PartnershipPage />, { ...route, mocks: [viewerMock('CONTACT_PERSON'), pageMock(partnershipData()), liveMock(householdRow('h-1', 'RS-2023-001', 2_200_000))] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Gent welcomes' })).toBeTruthy();
    const rows = screen.getAllByTestId('household-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByRole('link', { name: 'RS-2023-001' }).getAttribute('href')).toBe('/households/h-1');
    expect(within(rows[0]).getByText('Amina Haddad')).toBeTruthy();
    expect(screen.getByTestId('funding-total').textContent).toBe('€25,000.00');
    const statement = screen.getByRole('region', { name: 'Funding statement' });
    expect(within(statement).getByRole('link', { name: 'View the funding statement' }).getAttribute('href')).toBe('/partnerships/p-1/funding');
    expect(screen.getByText('OCMW Gent')).toBeTruthy();
    expect(screen.getByText('lead')).toBeTruthy();
    expect(screen.getByText(/Carl Contact/)).toBeTruthy();
    // The feedback section (no rhythm yet in this partnership).
    const feedback = await screen.findByRole('region', { name: 'Feedback' });
    expect(await within(feedback).findByText('No rhythm is set: no new feedback rounds are made.')).toBeTruthy();
    // viewerCan allows none of the actions: no buttons for them.
    expect(screen.queryByRole('button', { name: 'Edit partnership' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Register a household' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Import households from a file' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add a member organisation' })).toBeNull();
  });

  it('hides funding when the API gives none, and shows the actions viewerCan allows', async () => {
    const partnership = partnershipData({
      fundingTotalCents: null,
      viewerCan: partnershipViewerCan({ update: true, registerHousehold: true, recordSpecificNeeds: true, viewFunding: false, inviteVolunteer: true, uploadDocument: true }),
      households: [],
    });
    renderPage(<PartnershipPage />, {
      ...route,
      mocks: [
        viewerMock('COORDINATOR'),
        pageMock(partnership),
        liveMock({ ...householdRow('h-1', 'RS-2023-001', null), partnership: { ...householdRow('h-1', '', null).partnership, fundingTotalCents: null } }, 50),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Gent welcomes' })).toBeTruthy();
    expect(screen.queryByTestId('funding-total')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Funding statement' })).toBeNull();
    expect(screen.getByText('No households are registered for this partnership yet.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit partnership' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Register a household' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Import households from a file' }).getAttribute('href')).toBe('/partnerships/p-1/import');
    expect(screen.getByRole('link', { name: 'Invite a volunteer' }).getAttribute('href')).toBe('/invite?partnershipId=p-1&role=VOLUNTEER');
    expect(screen.queryByRole('link', { name: 'Invite a coordinator' })).toBeNull();
    // The partnership's own documents: a coordinator may add some; need-to-know papers belong to households.
    const documents = screen.getByRole('region', { name: 'Documents' });
    expect(await within(documents).findByText('There are no documents yet.')).toBeTruthy();
    const categories = Array.from(within(documents).getByLabelText<HTMLSelectElement>(/^Category/).options).map((o) => o.value);
    expect(categories).toEqual(['', 'COOPERATION_AGREEMENT', 'LEASE', 'EVALUATION_REPORT', 'BROCHURE', 'OTHER']);
    // A household registered elsewhere arrives over the subscription and joins the table.
    expect(await screen.findByTestId('household-row')).toBeTruthy();
    expect(screen.queryByTestId('funding-total')).toBeNull();
  });

  it('says "not found", and shows no data, for another partnership (NOT_FOUND)', async () => {
    const notFound = {
      request: { query: PartnershipPageDocument, variables: { id: 'p-1' } },
      result: { errors: [new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } })], data: null },
    };
    renderPage(<PartnershipPage />, { ...route, locale: 'nl', mocks: [viewerMock('COORDINATOR', 'nl'), notFound] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Niet gevonden' })).toBeTruthy();
    expect(screen.queryByTestId('household-row')).toBeNull();
    expect(screen.queryByTestId('funding-total')).toBeNull();
  });
});
