import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BANK_ACCOUNT_LABEL, SCHOOL_LABEL, viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { BoardDocument, BoardPage, BoardPartnershipsDocument, BoardUpdatedDocument } from './BoardPage';

const route = { path: '/board', route: '/board' };

function boardRow(id: string, reference: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Household' as const,
    id,
    reference,
    status: 'IN_GUIDANCE' as const,
    partnership: { __typename: 'Partnership' as const, id: 'p-1', name: 'Gent welcomes' },
    head: { __typename: 'HouseholdMember' as const, id: `${id}-m1`, firstName: 'Amina', lastName: 'Haddad' },
    progress: { __typename: 'PlanProgress' as const, done: 3, total: 12 },
    nextStep: {
      __typename: 'GuidanceStep' as const,
      id: `${id}-s1`,
      dueDate: '2026-03-10',
      overdue: true,
      label: BANK_ACCOUNT_LABEL,
      member: null,
    },
    flags: ['OVERDUE_STEPS', 'NO_HOME_YET'] as string[],
    lastActivityAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

const rows = () => [
  boardRow('h-1', 'RS-2026-001'),
  boardRow('h-2', 'RS-2026-002', {
    head: { __typename: 'HouseholdMember', id: 'h-2-m1', firstName: 'Grace', lastName: 'Mugisha' },
    progress: { __typename: 'PlanProgress', done: 0, total: 10 },
    nextStep: { __typename: 'GuidanceStep', id: 'h-2-s1', dueDate: '2026-04-02', overdue: false, label: SCHOOL_LABEL, member: { __typename: 'HouseholdMember', id: 'h-2-m3', firstName: 'Yara' } },
    flags: [],
  }),
];

const boardMock = (board: unknown[], variables: Record<string, unknown> = { partnershipId: null, flag: null, sort: 'NEXT_DUE' }) => ({
  request: { query: BoardDocument, variables },
  result: { data: { board } },
});

const partnershipsMock = {
  request: { query: BoardPartnershipsDocument },
  result: {
    data: {
      partnerships: {
        __typename: 'PartnershipConnection',
        edges: [{ __typename: 'PartnershipEdge', cursor: 'c1', node: { __typename: 'Partnership', id: 'p-1', name: 'Gent welcomes' } }],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
        totalCount: 1,
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const liveMock = (household: unknown, delay = 30) => ({
  request: { query: BoardUpdatedDocument },
  result: { data: { boardUpdated: household } },
  delay,
});

/** A subscription that stays quiet while the test runs. */
const quiet = liveMock(boardRow('h-1', 'RS-2026-001'), 60_000);

describe('BoardPage', () => {
  it('shows every household with progress, next step and translated flags (nl)', async () => {
    renderPage(<BoardPage />, { ...route, locale: 'nl', mocks: [viewerMock('CONTACT_PERSON', 'nl'), boardMock(rows()), partnershipsMock, quiet] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Opvolgbord' })).toBeTruthy();
    const found = await screen.findAllByTestId('board-row');
    expect(found).toHaveLength(2);
    const first = found[0];
    expect(within(first).getByRole('link', { name: 'RS-2026-001' }).getAttribute('href')).toBe('/households/h-1');
    expect(within(first).getByText('Amina Haddad')).toBeTruthy();
    expect(within(first).getByText('Gent welcomes')).toBeTruthy();
    expect(within(first).getByText(/^3\/12/)).toBeTruthy();
    expect(within(first).getByText('Bankrekening geopend')).toBeTruthy();
    expect(within(first).getByText('10 maart 2026')).toBeTruthy();
    expect(within(first).getByText('Te laat')).toBeTruthy();
    const flags = within(first).getByRole('list', { name: 'Vraagt aandacht' });
    expect(
      within(flags)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Stappen te laat', 'Nog geen woning']);
    const second = found[1];
    expect(within(second).getByText('Inschrijving in een school (Yara)')).toBeTruthy();
    expect(within(second).getByText('Niets vraagt aandacht')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: '2 gezinnen' })).toBeTruthy();
  });

  it('filters by flag through the address, and sorts by most flags first', async () => {
    const filtered = boardMock([rows()[0]], { partnershipId: null, flag: 'NO_HOME_YET', sort: 'NEXT_DUE' });
    const sorted = boardMock([rows()[0]], { partnershipId: null, flag: 'NO_HOME_YET', sort: 'FLAGS' });
    const { router } = renderPage(<BoardPage />, { ...route, mocks: [viewerMock('ADMIN'), boardMock(rows()), partnershipsMock, filtered, sorted, quiet] });
    await screen.findAllByTestId('board-row');

    fireEvent.change(screen.getByLabelText('Attention point'), { target: { value: 'NO_HOME_YET' } });
    await waitFor(() => expect(screen.getAllByTestId('board-row')).toHaveLength(1));
    expect(router.state.location.search).toBe('?flag=NO_HOME_YET');
    fireEvent.change(screen.getByLabelText('Order'), { target: { value: 'FLAGS' } });
    await waitFor(() => expect(router.state.location.search).toBe('?flag=NO_HOME_YET&sort=FLAGS'));
    expect(await screen.findByRole('button', { name: 'Show all households' })).toBeTruthy();
  });

  it('updates a row live from the subscription (its fields are in the event’s selection)', async () => {
    const changed = { ...rows()[1], progress: { __typename: 'PlanProgress', done: 1, total: 10 }, flags: ['STALE'] };
    renderPage(<BoardPage />, { ...route, mocks: [viewerMock('CONTACT_PERSON'), boardMock(rows()), partnershipsMock, liveMock(changed)] });

    const second = (await screen.findAllByTestId('board-row'))[1];
    expect(within(second).getByText('Nothing needs attention')).toBeTruthy();
    expect(await within(second).findByText('No recent update')).toBeTruthy();
    expect(within(second).getByText(/^1\/10/)).toBeTruthy();
  });

  it('fetches the board again when a household it does not show yet changes', async () => {
    const added = boardRow('h-3', 'RS-2026-003', { flags: [] });
    const refetched = vi.fn(() => ({ data: { board: [...rows(), added] } }));
    renderPage(<BoardPage />, {
      ...route,
      mocks: [viewerMock('CONTACT_PERSON'), boardMock(rows()), partnershipsMock, liveMock(added), { ...boardMock([]), result: refetched }],
    });

    await screen.findAllByTestId('board-row');
    await waitFor(() => expect(screen.getAllByTestId('board-row')).toHaveLength(3), { timeout: 3000 });
    expect(refetched).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'RS-2026-003' })).toBeTruthy();
  });
});
