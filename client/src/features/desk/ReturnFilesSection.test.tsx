import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { todayInBrussels } from '../../app/format';
import { deskOverview, viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { BoardReturnFiles, ReturnFileBoardDocument } from './BoardReturnFiles';
import { DeskOverviewDocument } from './deskPartnership';
import { AdvanceReturnFileDocument } from './ReturnFileDetails';
import { ReturnFilesDocument, ReturnFilesSection } from './ReturnFilesSection';

const file = (id: string, stage: string, on: string, overdue: boolean, followedBy: string, medicalNote: string | null = null, hasMedicalNote = medicalNote !== null) => ({
  __typename: 'ReturnFile' as const,
  id,
  reference: `TK-${id}`,
  country: 'Georgia',
  stage,
  overdue,
  hasMedicalNote,
  medicalNote,
  stages: [{ __typename: 'ReturnStageDate' as const, stage, on }],
  followedBy: { __typename: 'Organisation' as const, id: `o-${followedBy}`, name: followedBy },
});
const filesMock = (files: unknown[]) => ({ request: { query: ReturnFilesDocument, variables: { partnershipId: 'p-9' } }, result: { data: { returnFiles: files } } });
const overview = (edit: boolean) => ({
  request: { query: DeskOverviewDocument, variables: { partnershipId: 'p-9' } },
  result: {
    data: {
      deskOverview: deskOverview(
        'RETURN_FILE',
        [
          ['o-IOM Belgium', 'IOM Belgium'],
          ['o-Caritas International', 'Caritas International'],
        ],
        { editRota: edit, editReturnFiles: edit, viewMedical: edit },
      ),
    },
  },
});

describe('ReturnFilesSection', () => {
  it('lists the open files with their stage, since when, who follows up and the overdue flag (fr)', async () => {
    renderPage(<ReturnFilesSection partnershipId="p-9" />, {
      locale: 'fr',
      mocks: [
        viewerMock('CONTACT_PERSON', 'fr'),
        filesMock([file('1', 'DEPARTED', '2026-03-02', true, 'IOM Belgium'), file('2', 'APPLICATION', '2026-03-20', false, 'Caritas International')]),
        overview(true),
      ],
    });
    const table = await screen.findByRole('table', { name: 'Dossiers de retour' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByText('Parti')).toBeTruthy();
    expect(within(rows[1]).getByText('En retard')).toBeTruthy();
    expect(within(rows[1]).getByText('IOM Belgium')).toBeTruthy();
    expect(within(rows[2]).getByText('Demande')).toBeTruthy();
    expect(within(rows[2]).queryByText('En retard')).toBeNull();
    expect(screen.getByTestId('return-files-summary').textContent).toBe('2 dossiers ouverts, 1 en retard.');
  });

  it('opens a file and moves it on to the next stage on a day; the row follows (nl)', async () => {
    const today = todayInBrussels();
    const before = file('1', 'APPLICATION', '2026-01-10', true, 'IOM Belgium', 'Insuline');
    const after = { ...before, stage: 'DEPARTURE_BOOKED', overdue: false, stages: [...before.stages, { __typename: 'ReturnStageDate' as const, stage: 'DEPARTURE_BOOKED', on: today }] };
    renderPage(<ReturnFilesSection partnershipId="p-9" />, {
      locale: 'nl',
      mocks: [
        viewerMock('CONTACT_PERSON', 'nl'),
        filesMock([before]),
        overview(true),
        { request: { query: AdvanceReturnFileDocument, variables: { id: '1', stage: 'DEPARTURE_BOOKED', on: today } }, result: { data: { advanceReturnFile: after } } },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Dossier TK-1 openen' }));
    const details = screen.getByTestId('return-file-details');
    expect(within(details).getByTestId('return-file-medical').textContent).toBe('Medische notitie: Insuline');
    const form = await within(details).findByRole('form', { name: 'Dossier TK-1 verder zetten' });
    expect(within(form).getByLabelText<HTMLInputElement>('Dag van “Vertrek geboekt”').value).toBe(today);
    fireEvent.click(within(form).getByRole('button', { name: 'Verder naar “Vertrek geboekt”' }));
    expect((await within(details).findByRole('status')).textContent).toBe('Dossier TK-1 staat op “Vertrek geboekt”.');
    const row = screen.getAllByTestId('return-file-row')[0];
    expect(within(row).getByText('Vertrek geboekt')).toBeTruthy();
    expect(within(row).queryByText('Te laat')).toBeNull();
  });

  it('tells a volunteer only that there is a medical note, and offers no changes (en)', async () => {
    renderPage(<ReturnFilesSection partnershipId="p-9" />, {
      mocks: [viewerMock('VOLUNTEER'), filesMock([file('1', 'INFORMATION', '2026-01-10', false, 'IOM Belgium', null, true)]), overview(false)],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Open file TK-1' }));
    const details = screen.getByTestId('return-file-details');
    expect(within(details).queryByTestId('return-file-medical')).toBeNull();
    expect(within(details).getByText(/There is a medical note/)).toBeTruthy();
    expect(within(details).queryByRole('form')).toBeNull();
    expect(screen.queryByRole('button', { name: 'New return file' })).toBeNull();
  });
});

describe('BoardReturnFiles', () => {
  it('lists the open files of the viewer’s return desks with their partnership and overdue flags (nl)', async () => {
    const row = (id: string, stage: string, overdue: boolean, desk: string) => ({
      ...file(id, stage, '2026-02-01', overdue, 'IOM Belgium'),
      partnership: { __typename: 'Partnership' as const, id: `p-${desk}`, name: desk },
    });
    renderPage(<BoardReturnFiles partnershipId={null} />, {
      locale: 'nl',
      mocks: [
        viewerMock('CONTACT_PERSON', 'nl'),
        {
          request: { query: ReturnFileBoardDocument, variables: { partnershipId: null, overdueOnly: false } },
          result: { data: { returnFileBoard: [row('1', 'DEPARTED', true, 'Terugkeerloket Brussel'), row('2', 'INFORMATION', false, 'Terugkeerloket Gent')] } },
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Terugkeerdossiers' });
    const rows = within(table).getAllByTestId('board-return-file-row');
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual(['Terugkeerloket Brussel', 'Terugkeerloket Gent']);
    expect(within(rows[0]).getByText('Te laat')).toBeTruthy();
    expect(within(rows[1]).queryByText('Te laat')).toBeNull();
    expect(screen.getByTestId('board-return-files-summary').textContent).toBe('2 open dossiers, 1 te laat.');
  });

  it('shows the first fifty files, overdue ones first as the server sends them, and all on request (en)', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({
      ...file(String(i + 1), 'INFORMATION', '2026-02-01', i < 5, 'IOM Belgium'),
      partnership: { __typename: 'Partnership' as const, id: 'p-1', name: 'Desk' },
    }));
    renderPage(<BoardReturnFiles partnershipId={null} />, {
      mocks: [viewerMock('ADMIN'), { request: { query: ReturnFileBoardDocument, variables: { partnershipId: null, overdueOnly: false } }, result: { data: { returnFileBoard: rows } } }],
    });
    const table = await screen.findByRole('table', { name: 'Return files' });
    expect(within(table).getAllByTestId('board-return-file-row')).toHaveLength(50);
    expect(screen.getByTestId('board-return-files-summary').textContent).toBe('60 open files, 5 overdue.');
    fireEvent.click(screen.getByRole('button', { name: 'Show all 60 files' }));
    expect(within(table).getAllByTestId('board-return-file-row')).toHaveLength(60);
  });
});
