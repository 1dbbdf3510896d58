import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { todayInBrussels } from '../../app/format';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { BoardTrajectories, SupportTrajectoryBoardDocument } from './BoardTrajectories';
import { TrajectoryOverviewDocument } from './trajectory';
import { AdvanceSupportTrajectoryDocument } from './TrajectoryDetails';
import { SupportTrajectoriesDocument, TrajectoriesSection } from './TrajectoriesSection';

const trajectory = (
  id: string,
  stage: string,
  targetGroup: string | null,
  flags: string[],
  needsNote: string | null = null,
  hasSpecificNeeds = targetGroup === null || targetGroup === 'MEDICAL' || needsNote !== null,
) => ({
  __typename: 'SupportTrajectory' as const,
  id,
  reference: `ZKG-${id}`,
  birthYear: 1980,
  targetGroup,
  hasSpecificNeeds,
  needsNote,
  stage,
  startedOn: '2026-06-01',
  plannedEnd: '2026-12-01',
  extended: false,
  closeReason: null,
  flags,
  stages: [{ __typename: 'TrajectoryStageDate' as const, stage, on: '2026-06-01' }],
  followedBy: { __typename: 'User' as const, id: 'u-1', name: 'Ines Peeters' },
});
const listMock = (rows: unknown[]) => ({ request: { query: SupportTrajectoriesDocument, variables: { partnershipId: 'p-9' } }, result: { data: { supportTrajectories: rows } } });
const overview = (edit: boolean) => ({
  request: { query: TrajectoryOverviewDocument, variables: { partnershipId: 'p-9' } },
  result: {
    data: {
      trajectoryOverview: {
        __typename: 'TrajectoryOverview' as const,
        caseKind: 'SUPPORT_TRAJECTORY' as const,
        caseMonths: 6,
        staff: [{ __typename: 'User' as const, id: 'u-1', name: 'Ines Peeters' }],
        viewerCan: { __typename: 'TrajectoryViewerCan' as const, edit, extend: edit, viewSensitive: edit },
      },
    },
  },
});

describe('TrajectoriesSection', () => {
  it('lists the open trajectories with their target group, stage, flags and who follows them (fr)', async () => {
    renderPage(<TrajectoriesSection partnershipId="p-9" />, {
      locale: 'fr',
      mocks: [viewerMock('CONTACT_PERSON', 'fr'), listMock([trajectory('1', 'REVIEW', 'MEDICAL', ['PAST_PLANNED_END'], 'Dialyse'), trajectory('2', 'INTAKE', 'FAMILIES', [])]), overview(true)],
    });
    const table = await screen.findByRole('table', { name: "Trajets d'accompagnement" });
    const rows = within(table).getAllByTestId('trajectory-row');
    expect(within(rows[0]).getByText('Soutien médical sur mesure')).toBeTruthy();
    expect(within(rows[0]).getByText('Fin prévue dépassée')).toBeTruthy();
    expect(within(rows[0]).getByText('Ines Peeters')).toBeTruthy();
    expect(within(rows[1]).getByText('Famille avec enfants')).toBeTruthy();
    expect(within(rows[1]).queryByText('Fin prévue dépassée')).toBeNull();
    expect(screen.getByTestId('trajectories-summary').textContent).toBe('2 trajets en cours, 1 demandent de l’attention.');
  });

  it('opens a trajectory, reads its needs and moves it on to the next stage; the row follows (nl)', async () => {
    const today = todayInBrussels();
    const before = trajectory('1', 'INTAKE', 'MEDICAL', [], 'Insuline');
    const after = { ...before, stage: 'SUPPORT_PLAN_AGREED', stages: [...before.stages, { __typename: 'TrajectoryStageDate' as const, stage: 'SUPPORT_PLAN_AGREED', on: today }] };
    renderPage(<TrajectoriesSection partnershipId="p-9" />, {
      locale: 'nl',
      mocks: [
        viewerMock('CONTACT_PERSON', 'nl'),
        listMock([before]),
        overview(true),
        {
          request: { query: AdvanceSupportTrajectoryDocument, variables: { id: '1', stage: 'SUPPORT_PLAN_AGREED', on: today, closeReason: null } },
          result: { data: { advanceSupportTrajectory: after } },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Traject ZKG-1 openen' }));
    const details = screen.getByTestId('trajectory-details');
    expect(within(details).getByTestId('trajectory-needs').textContent).toBe('Noden: Insuline');
    const form = await within(details).findByRole('form', { name: 'Traject ZKG-1 verder zetten' });
    fireEvent.click(within(form).getByRole('button', { name: 'Verder naar “Begeleidingsplan afgesproken”' }));
    expect((await within(details).findByRole('status')).textContent).toBe('Traject ZKG-1 staat op “Begeleidingsplan afgesproken”.');
    expect(within(screen.getAllByTestId('trajectory-row')[0]).getByText('Begeleidingsplan afgesproken')).toBeTruthy();
  });

  it('tells a volunteer only that there are specific needs, not which, and offers no changes (en)', async () => {
    renderPage(<TrajectoriesSection partnershipId="p-9" />, { mocks: [viewerMock('VOLUNTEER'), listMock([trajectory('1', 'INTAKE', null, [], null, true)]), overview(false)] });
    const row = (await screen.findAllByTestId('trajectory-row'))[0];
    expect(within(row).getByText('Specific needs (need-to-know)')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Open trajectory ZKG-1' }));
    const details = screen.getByTestId('trajectory-details');
    expect(within(details).queryByTestId('trajectory-needs')).toBeNull();
    expect(within(details).getByText(/There are specific needs/)).toBeTruthy();
    expect(within(details).queryByRole('form')).toBeNull();
    expect(screen.queryByRole('button', { name: 'New trajectory' })).toBeNull();
  });
});

describe('BoardTrajectories', () => {
  it('lists the open trajectories of the viewer’s partnerships with their flags (nl)', async () => {
    const row = (id: string, flags: string[], name: string) => ({ ...trajectory(id, 'REVIEW', 'FAMILIES', flags), partnership: { __typename: 'Partnership' as const, id: `p-${id}`, name } });
    renderPage(<BoardTrajectories partnershipId={null} />, {
      locale: 'nl',
      mocks: [
        viewerMock('CONTACT_PERSON', 'nl'),
        {
          request: { query: SupportTrajectoryBoardDocument, variables: { partnershipId: null, overdueOnly: false } },
          result: { data: { supportTrajectoryBoard: [row('1', ['STALE'], 'Zorgtraject Kwetsbare Groepen'), row('2', [], 'Zorgtraject Kwetsbare Groepen')] } },
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Begeleidingstrajecten' });
    const rows = within(table).getAllByTestId('board-trajectory-row');
    expect(within(rows[0]).getByText('Geen update')).toBeTruthy();
    expect(within(rows[1]).queryByText('Geen update')).toBeNull();
    expect(screen.getByTestId('board-trajectories-summary').textContent).toBe('2 lopende trajecten, 1 vragen aandacht.');
  });
});
