import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '../../test/fake-xhr';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { HouseholdImportPage, HouseholdImportPageDocument } from './HouseholdImportPage';
import type { ImportPreviewRow, ImportResult } from './importUpload';

beforeEach(() => {
  FakeXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});
afterEach(() => vi.unstubAllGlobals());

const pageMock = (registerHousehold = true) => ({
  request: { query: HouseholdImportPageDocument, variables: { id: 'p-1' } },
  result: {
    data: {
      partnership: { __typename: 'Partnership' as const, id: 'p-1', name: 'Gent Samen', viewerCan: { __typename: 'PartnershipViewerCan' as const, registerHousehold } },
    },
  },
});

function renderImport(locale: 'nl' | 'fr' | 'en' = 'nl', registerHousehold = true) {
  return renderPage(<HouseholdImportPage />, { path: '/partnerships/:id/import', route: '/partnerships/p-1/import', locale, mocks: [viewerMock('COORDINATOR', locale), pageMock(registerHousehold)] });
}

const row = (line: number, reference: string, overrides: Partial<ImportPreviewRow> = {}): ImportPreviewRow => ({
  line,
  reference,
  headName: 'Amira Haddad',
  persons: 2,
  arrivalDate: '2026-03-15',
  arrivalRoute: 'DIRECT',
  city: 'Mechelen',
  errors: [],
  ...overrides,
});
const result = (rows: ImportPreviewRow[], imported = 0): ImportResult => ({
  format: 'csv',
  encoding: 'utf-8',
  rowCount: rows.length,
  errorCount: rows.filter((r) => r.errors.length).length,
  rows,
  imported,
});

const csv = (name = 'gezinnen.csv', text = 'reference;head_first_name\nA;B\n') => new File([text], name, { type: 'text/csv' });
async function chooseAndCheck(file: File, fileLabel = 'Te importeren bestand', check = 'Bestand nakijken') {
  fireEvent.change(await screen.findByLabelText(fileLabel), { target: { files: [file] } });
  fireEvent.click(screen.getByRole('button', { name: check }));
}

describe('HouseholdImportPage', () => {
  it("sends the file for a preview and shows each row with its problems in the viewer's language; nothing to import", async () => {
    renderImport('nl');
    expect(await screen.findByRole('heading', { level: 1, name: 'Gezinnen importeren: Gent Samen' })).toBeTruthy();
    await chooseAndCheck(csv());

    const xhr = FakeXhr.sent[0];
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/partnerships/p-1/households/import/preview');
    expect(xhr.headers['X-Partner-Hub-Upload']).toBe('1');
    expect(xhr.headers.Accept).toContain('application/x-ndjson');
    expect((xhr.body!.get('file') as File).name).toBe('gezinnen.csv');

    // Sending: a determinate bar with the share of the file sent.
    xhr.progress(512, 1024);
    expect(screen.getByRole('progressbar', { name: 'Bestand wordt verstuurd… 50%' }).getAttribute('value')).toBe('50');
    expect(screen.getByRole('status').textContent).toBe('Bestand wordt verstuurd…');
    xhr.progress(1024, 1024);

    const rows = [
      row(2, 'E2E-001'),
      row(3, 'E2E-002', { arrivalDate: null, arrivalRoute: null, errors: [{ code: 'IMPORT_UNKNOWN_ROUTE', column: 'arrival_route' }] }),
      row(4, 'E2E-003', { arrivalDate: null, errors: [{ code: 'IMPORT_BAD_DATE', column: 'arrival_date' }] }),
      row(5, 'E2E-001', { errors: [{ code: 'IMPORT_DUPLICATE_IN_FILE', column: 'reference', otherLine: 2 }] }),
      row(6, 'IMP-001', {
        errors: [
          { code: 'IMPORT_REFERENCE_TAKEN', column: 'reference' },
          { code: 'LEASE_DATES_INVALID', column: 'lease_end' },
        ],
      }),
    ];
    await xhr.stream([{ progress: { done: 0, total: 5 } }, { progress: { done: 5, total: 5 } }, { status: 200, preview: result(rows) }]);

    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByText('5 rijen gelezen; 4 met fouten.')).toBeTruthy();
    expect(within(preview).getByRole('alert').textContent).toBe('Verbeter deze rijen in je bestand en laad het opnieuw op. Er werd niets geïmporteerd.');
    const shown = within(preview).getAllByTestId('import-row');
    expect(shown.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['2', '3', '4', '5', '6']);
    expect(within(shown[0]).getByText('In orde')).toBeTruthy();
    expect(within(shown[0]).getByText('15 maart 2026')).toBeTruthy();
    expect(within(shown[0]).getByText('Rechtstreeks opgevangen bij aankomst')).toBeTruthy();
    const problems = (r: HTMLElement) =>
      within(r)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(problems(shown[1])).toEqual(['arrival_route: Onbekende aankomstroute. Gebruik DIRECT of AFTER_RECEPTION.']);
    expect(problems(shown[2])).toEqual(['arrival_date: Geen geldige datum. Schrijf DD/MM/JJJJ of JJJJ-MM-DD.']);
    expect(problems(shown[3])).toEqual(['reference: Deze referentie komt meer dan eens voor in het bestand. (ook op rij 2)']);
    expect(problems(shown[4])).toEqual(['reference: Er bestaat al een gezin met deze referentie in dit partnerschap.', 'lease_end: Het huurcontract moet eindigen na het begin.']);
    // Rows with problems cannot be imported: no confirmation is offered.
    expect(screen.queryByRole('button', { name: /gezinnen importeren/ })).toBeNull();
    expect(FakeXhr.sent).toHaveLength(1);
  });

  it('imports a file without problems once confirmed, showing the rows gone through, then the result', async () => {
    renderImport('en');
    await chooseAndCheck(csv('families.csv'), 'File to import', 'Check the file');
    const rows = Array.from({ length: 120 }, (_, i) => row(i + 2, `BULK-${i + 1}`));
    await FakeXhr.sent[0].stream([{ progress: { done: 0, total: 120 } }, { status: 200, preview: result(rows) }]);

    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByText('120 rows read; 0 with errors.')).toBeTruthy();
    expect(within(preview).getByRole('status').textContent).toBe('All rows can be imported.');
    // The first 50 rows are listed, and how many more there are.
    expect(within(preview).getAllByTestId('import-row')).toHaveLength(50);
    expect(within(preview).getByText('And 70 more rows without errors.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Import 120 households' }));
    const xhr = FakeXhr.sent[1];
    expect(xhr.url).toBe('/partnerships/p-1/households/import');
    // Once the file has gone and before the server tells about rows: a bar without a value.
    xhr.progress(1024, 1024);
    const waiting = screen.getByRole('progressbar', { name: 'Importing 120 households…' });
    expect(waiting.hasAttribute('value')).toBe(false);
    // No cancel while importing: the server would carry on.
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();

    xhr.status = 200;
    xhr.responseHeaders = { 'Content-Type': 'application/x-ndjson' };
    xhr.responseText = `${JSON.stringify({ progress: { done: 0, total: 120 } })}\n${JSON.stringify({ progress: { done: 50, total: 120 } })}\n{"progress":{"do`;
    act(() => xhr.emit('progress'));
    const bar = await screen.findByRole('progressbar', { name: 'Importing households… 50 of 120' });
    expect(bar.getAttribute('max')).toBe('120');
    expect(bar.getAttribute('value')).toBe('50');
    expect(screen.getByRole('status').textContent).toBe('Importing 120 households…');

    xhr.responseText = xhr.responseText.replace(/\{"progress":\{"do$/, '');
    await xhr.stream([{ progress: { done: 120, total: 120 } }, { status: 201, import: result(rows, 120) }]);
    expect((await screen.findByTestId('import-done')).textContent).toBe('120 households imported.');
    expect(screen.getByRole('link', { name: 'See the households' }).getAttribute('href')).toBe('/partnerships/p-1');
  });

  it('shows the rows again when the import is refused because a row changed meanwhile (nothing imported)', async () => {
    renderImport('en');
    await chooseAndCheck(csv(), 'File to import', 'Check the file');
    await FakeXhr.sent[0].respond(200, { preview: result([row(2, 'A-1'), row(3, 'A-2')]) });
    fireEvent.click(await screen.findByRole('button', { name: 'Import 2 households' }));
    const taken = result([row(2, 'A-1'), row(3, 'A-2', { errors: [{ code: 'IMPORT_REFERENCE_TAKEN', column: 'reference' }] })]);
    await FakeXhr.sent[1].stream([{ progress: { done: 0, total: 2 } }, { progress: { done: 2, total: 2 } }, { status: 422, error: { code: 'IMPORT_HAS_ERRORS', preview: taken } }]);
    expect((await screen.findByTestId('import-refusal')).textContent).toBe('Some rows have errors, so nothing was imported. Correct them and upload the file again.');
    const bad = screen.getAllByTestId('import-row')[1];
    expect(within(bad).getByRole('listitem').textContent).toBe('reference: A household with this reference already exists in this partnership.');
    expect(screen.queryByRole('button', { name: /^Import \d+ households$/ })).toBeNull();
    expect(screen.queryByTestId('import-done')).toBeNull();
  });

  it('explains a refused file: the missing and unknown columns, in French', async () => {
    renderImport('fr');
    await chooseAndCheck(csv('ménages.csv'), 'Fichier à importer', 'Vérifier le fichier');
    await FakeXhr.sent[0].respond(400, { error: { code: 'IMPORT_MISSING_COLUMNS', columns: ['reference', 'head_first_name'], unknown: ['ref', 'name'] } });
    expect((await screen.findByTestId('import-refusal')).textContent).toBe(
      'Des colonnes manquent dans le fichier : reference, head_first_name. Le fichier contient des colonnes que le hub ne connaît pas : ref, name.',
    );
    expect(screen.queryByTestId('import-preview')).toBeNull();
  });

  it('refuses a file over 50 MB without sending it, and says how large a file may be', async () => {
    renderImport('en');
    const big = csv('huge.csv');
    Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 + 1 });
    await chooseAndCheck(big, 'File to import', 'Check the file');
    expect((await screen.findByRole('alert')).textContent).toBe('This file is too large. The largest file accepted is 50 MB.');
    expect(FakeXhr.sent).toHaveLength(0);
  });

  it('says when the server cannot be reached, and that the encoding was guessed', async () => {
    renderImport('en');
    await chooseAndCheck(csv(), 'File to import', 'Check the file');
    await FakeXhr.sent[0].fail();
    expect((await screen.findByTestId('import-refusal')).textContent).toBe('The server cannot be reached. Check your connection and try again.');

    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    await FakeXhr.sent[1].respond(200, { preview: { ...result([row(2, 'W-1', { headName: 'Zoë Müller' })]), encoding: 'windows-1252' } });
    expect(await screen.findByText(/read as Windows-1252/)).toBeTruthy();
    expect(screen.getByText('Zoë Müller')).toBeTruthy();
  });

  it('is not offered to who may not register households', async () => {
    renderImport('en', false);
    expect(await screen.findByRole('heading', { level: 1, name: 'No access' })).toBeTruthy();
    expect(screen.queryByLabelText('File to import')).toBeNull();
  });
});
