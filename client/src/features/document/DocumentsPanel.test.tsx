import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '../../test/fake-xhr';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { DocumentAddedDocument, DocumentsPanel, DocumentsPanelDocument } from './DocumentsPanel';
import { DeleteDocumentDocument } from './DocumentRow';
import { RenameDocumentDocument } from './EditDocumentForm';
import styles from './document.module.css';

beforeEach(() => {
  FakeXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});
afterEach(() => vi.unstubAllGlobals());

// ----- Data as the API sends it ----------------------------------------------------------------

const user = (id: string, name: string) => ({ __typename: 'User' as const, id, name });

function version(documentId: string, number: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'DocumentVersion' as const,
    id: `${documentId}-v${number}`,
    number,
    size: 1_572_864,
    contentType: 'application/pdf',
    originalName: 'huurcontract.pdf',
    uploadedAt: '2026-03-02T10:00:00.000Z',
    downloadUrl: `/documents/${documentId}/download?version=${number}`,
    previewUrl: `/documents/${documentId}/download?version=${number}&inline=1`,
    uploadedBy: user('u-5', 'Lotte Claes'),
    ...overrides,
  };
}

function documentData(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Document' as const,
    id,
    name: 'huurcontract.pdf',
    category: 'LEASE' as const,
    createdAt: '2026-03-01T09:00:00.000Z',
    downloadUrl: `/documents/${id}/download`,
    household: { __typename: 'Household' as const, id: 'h-1' },
    createdBy: user('u-5', 'Lotte Claes'),
    viewerCan: { __typename: 'DocumentViewerCan' as const, manage: true, upload: true },
    versions: [version(id, 2), version(id, 1, { originalName: 'huurcontract-ontwerp.pdf', size: 2048, uploadedAt: '2026-03-01T09:00:00.000Z', uploadedBy: user('u-6', 'Pieter Wouters') })],
    ...overrides,
  };
}

const photo = () =>
  documentData('d-2', {
    name: 'paspoort.jpg',
    category: 'IDENTITY_RESIDENCE',
    viewerCan: { __typename: 'DocumentViewerCan', manage: false, upload: false },
    versions: [version('d-2', 1, { contentType: 'image/jpeg', originalName: 'paspoort.jpg', size: 300_000, previewUrl: '/documents/d-2/download?version=1&inline=1' })],
  });

const listMock = (documents: unknown[], variables: Record<string, unknown> = { householdId: 'h-1' }) => ({
  request: { query: DocumentsPanelDocument, variables },
  result: { data: { documents } },
});

/** The live subscription, quiet while the test runs. */
const quiet = (variables: Record<string, unknown> = { partnershipId: 'p-1', householdId: 'h-1' }) => ({
  request: { query: DocumentAddedDocument, variables },
  result: { data: { documentAdded: documentData('d-1') } },
  delay: 60_000,
});

function renderPanel(mocks: unknown[], props: { householdId?: string; canUpload?: boolean; needToKnow?: boolean } = {}, locale: 'nl' | 'en' | 'fr' = 'nl') {
  const { householdId = 'h-1', canUpload = true, needToKnow = true } = props;
  return renderPage(<DocumentsPanel partnershipId="p-1" householdId={householdId || undefined} canUpload={canUpload} needToKnow={needToKnow} />, {
    locale,
    mocks: [viewerMock('COORDINATOR', locale), ...(mocks as never[])],
  });
}

const chooseFiles = (files: File[]) => fireEvent.change(screen.getByLabelText('Bestanden'), { target: { files } });
const pdf = (name = 'lease.pdf', size = 4000) => new File([`%PDF-1.4\n${'x'.repeat(size)}\n%%EOF`], name, { type: 'application/pdf' });

describe('DocumentsPanel', () => {
  it('lists the documents: name, category, date, uploader, size and a download link (nl)', async () => {
    renderPanel([listMock([documentData('d-1'), photo()]), quiet()]);

    const panel = await screen.findByRole('region', { name: 'Documenten' });
    const rows = await within(panel).findAllByTestId('document-row');
    expect(rows).toHaveLength(2);
    const lease = rows[0];
    expect(within(lease).getByRole('rowheader').textContent).toBe('huurcontract.pdf');
    expect(within(lease).getByText('Huurcontract')).toBeTruthy();
    expect(within(lease).getByText(/2 mrt\.? 2026/)).toBeTruthy(); // the latest version's date
    expect(within(lease).getByText('Lotte Claes')).toBeTruthy();
    expect(within(lease).getByText('1,5 MB')).toBeTruthy();
    const download = within(lease).getByRole('link', { name: 'Downloaden: huurcontract.pdf' });
    expect(download.getAttribute('href')).toBe('/documents/d-1/download');
    expect(download.hasAttribute('download')).toBe(true);
    expect(within(rows[1]).getByText('Identiteits- of verblijfsdocumenten')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Tabel: Documenten' })).toBeTruthy();

    // Details: versions with their own downloads, and the actions the viewer may take.
    fireEvent.click(within(lease).getByRole('button', { name: 'Details: huurcontract.pdf' }));
    const details = screen.getByRole('group', { name: 'Details: huurcontract.pdf' });
    fireEvent.click(within(details).getByRole('button', { name: 'Versies (2)' }));
    const versions = within(details).getAllByTestId('document-version');
    expect(versions.map((v) => within(v).getByRole('rowheader').textContent)).toEqual(['Versie 2', 'Versie 1']);
    expect(within(versions[1]).getByText('huurcontract-ontwerp.pdf')).toBeTruthy();
    expect(within(versions[1]).getByText('Pieter Wouters')).toBeTruthy();
    expect(within(versions[1]).getByText('2 kB')).toBeTruthy();
    expect(within(versions[1]).getByRole('link', { name: 'Versie 1 downloaden: huurcontract-ontwerp.pdf' }).getAttribute('href')).toBe('/documents/d-1/download?version=1');
    expect(within(details).getByRole('button', { name: 'Nieuwe versie uploaden van huurcontract.pdf' })).toBeTruthy();
    expect(within(details).getByRole('button', { name: 'Hernoemen of andere categorie voor huurcontract.pdf' })).toBeTruthy();
    expect(within(details).getByRole('button', { name: 'huurcontract.pdf verwijderen' })).toBeTruthy();

    // A PDF preview on demand, in a titled frame.
    expect(within(details).queryByTitle('Voorbeeld: huurcontract.pdf')).toBeNull();
    fireEvent.click(within(details).getByRole('button', { name: 'Voorbeeld tonen' }));
    const frame = within(details).getByTitle('Voorbeeld: huurcontract.pdf');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toBe('/documents/d-1/download?version=2&inline=1');
  });

  it('shows an image preview, and no management to who may not manage', async () => {
    renderPanel([listMock([photo()]), quiet()]);
    const row = await screen.findByTestId('document-row');
    fireEvent.click(within(row).getByRole('button', { name: 'Details: paspoort.jpg' }));
    const details = screen.getByRole('group', { name: 'Details: paspoort.jpg' });
    fireEvent.click(within(details).getByRole('button', { name: 'Voorbeeld tonen' }));
    const image = within(details).getByRole('img', { name: 'Voorbeeld: paspoort.jpg' });
    expect(image.getAttribute('src')).toBe('/documents/d-2/download?version=1&inline=1');
    expect(within(details).queryByRole('button', { name: /verwijderen|Hernoemen|Nieuwe versie/ })).toBeNull();
  });

  it('offers need-to-know categories only on a household, to who may see them', async () => {
    const { unmount } = renderPanel([listMock([]), quiet()], { needToKnow: false });
    expect(await screen.findByText('Er zijn nog geen documenten.')).toBeTruthy();
    const options = () => Array.from(screen.getByLabelText<HTMLSelectElement>(/^Categorie/).options).map((o) => o.value);
    expect(options()).not.toContain('MEDICAL');
    expect(options()).toContain('LEASE');
    unmount();

    renderPanel([listMock([]), quiet()], { needToKnow: true });
    await screen.findByText('Er zijn nog geen documenten.');
    expect(options()).toEqual(['', 'COOPERATION_AGREEMENT', 'LEASE', 'EVALUATION_REPORT', 'BROCHURE', 'IDENTITY_RESIDENCE', 'MEDICAL', 'OTHER']);
    expect(screen.getByText(/elke inzage wordt gelogd/)).toBeTruthy();
  });

  it('uploads each chosen file with progress, then reloads the list', async () => {
    const reloaded = vi.fn(() => ({ data: { documents: [documentData('d-9', { name: 'lease.pdf', versions: [version('d-9', 1, { originalName: 'lease.pdf' })] })] } }));
    renderPanel([listMock([]), { ...listMock([]), result: reloaded }, quiet()]);
    await screen.findByText('Er zijn nog geen documenten.');

    fireEvent.change(screen.getByLabelText(/^Categorie/), { target: { value: 'LEASE' } });
    chooseFiles([pdf('lease.pdf')]);
    expect(FakeXhr.sent).toHaveLength(1);
    const xhr = FakeXhr.sent[0];
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/documents?householdId=h-1&category=LEASE');
    expect(xhr.headers['X-Partner-Hub-Upload']).toBe('1');
    expect((xhr.body!.get('file') as File).name).toBe('lease.pdf');

    const bar = screen.getByRole<HTMLProgressElement>('progressbar', { name: 'Uploaden: lease.pdf' });
    expect(bar.value).toBe(0);
    xhr.progress(1000, 4000);
    expect(bar.value).toBe(25);
    expect(screen.getByText('25%')).toBeTruthy();
    xhr.progress(4000, 4000);
    expect(bar.value).toBe(100);

    await xhr.respond(201, { document: { id: 'd-9', name: 'lease.pdf', category: 'LEASE' } });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(within(screen.getByTestId('upload')).getByText('Geüpload.')).toBeTruthy();
    await waitFor(() => expect(reloaded).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('link', { name: 'Downloaden: lease.pdf' })).toBeTruthy();
    expect(screen.getByText('lease.pdf: Geüpload.')).toBeTruthy(); // announced

    fireEvent.click(screen.getByRole('button', { name: 'Sluiten: lease.pdf' }));
    expect(screen.queryByTestId('upload')).toBeNull();
  });

  it('shows the translated refusal next to the refused file, in an alert (nl)', async () => {
    renderPanel([listMock([]), quiet()]);
    await screen.findByText('Er zijn nog geen documenten.');
    fireEvent.change(screen.getByLabelText(/^Categorie/), { target: { value: 'LEASE' } });
    chooseFiles([new File(['MZ\u0090\u0000'], 'setup.pdf', { type: 'application/pdf' }), pdf('groot.pdf')]);
    expect(FakeXhr.sent).toHaveLength(2);

    await FakeXhr.sent[0].respond(415, { error: { code: 'FILE_TYPE_NOT_ALLOWED', message: 'This kind of file is not accepted', detected: 'application/x-msdownload' } });
    await FakeXhr.sent[1].respond(413, { error: { code: 'FILE_TOO_LARGE', message: 'The file is larger than allowed', limitBytes: 25 * 1024 * 1024 } });

    const [exe, large] = screen.getAllByTestId('upload');
    expect(within(exe).getByText('setup.pdf')).toBeTruthy();
    expect(within(exe).getByRole('alert').textContent).toBe(
      'Dit soort bestand wordt niet aanvaard. Gebruik een pdf, een afbeelding (PNG, JPEG, WebP) of een kantoordocument (Word, Excel, OpenDocument).',
    );
    expect(within(large).getByRole('alert').textContent).toBe('Dit bestand is te groot. Het grootste bestand dat aanvaard wordt, is 25 MB.');
  });

  it('says when the server cannot be reached, or answers without a code', async () => {
    renderPanel([listMock([]), quiet()], {}, 'en');
    await screen.findByText('There are no documents yet.');
    fireEvent.change(screen.getByLabelText(/^Category/), { target: { value: 'OTHER' } });
    fireEvent.change(screen.getByLabelText('Files'), { target: { files: [pdf('a.pdf'), pdf('b.pdf')] } });
    await FakeXhr.sent[0].fail();
    await FakeXhr.sent[1].respond(502, null);
    const [a, b] = screen.getAllByTestId('upload');
    expect(within(a).getByRole('alert').textContent).toBe('The server cannot be reached. Check your connection and try again.');
    expect(within(b).getByRole('alert').textContent).toBe('The file could not be uploaded. Please try again.');
  });

  it('cancels an upload under way (xhr.abort) and one still waiting', async () => {
    renderPanel([listMock([]), quiet()]);
    await screen.findByText('Er zijn nog geen documenten.');
    fireEvent.change(screen.getByLabelText(/^Categorie/), { target: { value: 'OTHER' } });
    chooseFiles([pdf('een.pdf'), pdf('twee.pdf'), pdf('drie.pdf')]);
    // Two at a time: the third waits.
    expect(FakeXhr.sent.map((x) => (x.body!.get('file') as File).name)).toEqual(['een.pdf', 'twee.pdf']);
    expect(within(screen.getAllByTestId('upload')[2]).getByText('Wacht…')).toBeTruthy();

    FakeXhr.sent[0].progress(2000, 4000);
    expect(screen.getByRole<HTMLProgressElement>('progressbar', { name: 'Uploaden: een.pdf' }).value).toBe(50);
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren: een.pdf' }));
    expect(FakeXhr.sent[0].aborted).toBe(true);
    await waitFor(() => expect(screen.queryByRole('progressbar', { name: 'Uploaden: een.pdf' })).toBeNull());
    const [one] = screen.getAllByTestId('upload');
    expect(within(one).getByText('Geannuleerd.')).toBeTruthy();
    expect(within(one).queryByRole('alert')).toBeNull();
    // Its place goes to the waiting file.
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(3));

    fireEvent.click(screen.getByRole('button', { name: 'Annuleren: drie.pdf' }));
    expect(FakeXhr.sent[2].aborted).toBe(true);
    await waitFor(() => expect(screen.getByText('drie.pdf: Geannuleerd.')).toBeTruthy());
    expect(FakeXhr.sent[1].aborted).toBe(false);
  });

  it('holds files chosen before the category, and sends them once it is chosen', async () => {
    renderPanel([listMock([]), quiet()]);
    await screen.findByText('Er zijn nog geen documenten.');
    chooseFiles([pdf('lease.pdf')]);
    expect(FakeXhr.sent).toHaveLength(0);
    expect(screen.getByRole('alert').textContent).toContain('Kies eerst een categorie');
    fireEvent.change(screen.getByLabelText(/^Categorie/), { target: { value: 'LEASE' } });
    expect(FakeXhr.sent).toHaveLength(1);
    expect(FakeXhr.sent[0].url).toBe('/documents?householdId=h-1&category=LEASE');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('accepts dropped files', async () => {
    renderPanel([listMock([]), quiet()]);
    await screen.findByText('Er zijn nog geen documenten.');
    fireEvent.change(screen.getByLabelText(/^Categorie/), { target: { value: 'LEASE' } });
    const zone = screen.getByTestId('dropzone');
    const dataTransfer = { types: ['Files'], files: [pdf('gesleept.pdf')], dropEffect: 'none' };
    fireEvent.dragEnter(zone, { dataTransfer });
    expect(zone.className).toContain(styles.isDragging);
    fireEvent.drop(zone, { dataTransfer });
    expect(zone.className).not.toContain(styles.isDragging);
    expect(FakeXhr.sent).toHaveLength(1);
    expect(screen.getByRole('progressbar', { name: 'Uploaden: gesleept.pdf' })).toBeTruthy();
  });

  it('uploads a new version of a document with its id', async () => {
    renderPanel([listMock([documentData('d-1')]), quiet()]);
    const row = await screen.findByTestId('document-row');
    fireEvent.click(within(row).getByRole('button', { name: 'Details: huurcontract.pdf' }));
    fireEvent.click(screen.getByRole('button', { name: 'Nieuwe versie uploaden van huurcontract.pdf' }));
    fireEvent.change(screen.getByLabelText('Nieuwe versie van huurcontract.pdf'), { target: { files: [pdf('huurcontract-v3.pdf')] } });
    expect(FakeXhr.sent[0].url).toBe('/documents?documentId=d-1');
    expect(screen.getByRole('progressbar', { name: 'Uploaden: huurcontract-v3.pdf' })).toBeTruthy();
  });

  it('renames a document, and deletes one after confirmation', async () => {
    const renamed = {
      request: { query: RenameDocumentDocument, variables: { id: 'd-1', name: 'Huurcontract Bruul 12' } },
      result: { data: { renameDocument: documentData('d-1', { name: 'Huurcontract Bruul 12' }) } },
    };
    const deleted = { request: { query: DeleteDocumentDocument, variables: { id: 'd-1' } }, result: { data: { deleteDocument: true } } };
    renderPanel([listMock([documentData('d-1'), photo()]), quiet(), renamed, deleted]);
    const row = (await screen.findAllByTestId('document-row'))[0];
    fireEvent.click(within(row).getByRole('button', { name: 'Details: huurcontract.pdf' }));
    fireEvent.click(screen.getByRole('button', { name: 'Hernoemen of andere categorie voor huurcontract.pdf' }));
    const form = screen.getByRole('form', { name: 'Hernoemen of andere categorie voor huurcontract.pdf' });
    fireEvent.change(within(form).getByLabelText('Naam'), { target: { value: '  ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(within(form).getByText('Vul een naam in.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Naam'), { target: { value: 'Huurcontract Bruul 12' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Opgeslagen: Huurcontract Bruul 12.')).toBeTruthy();
    expect(screen.getAllByTestId('document-row')[0].querySelector('th')!.textContent).toBe('Huurcontract Bruul 12');

    fireEvent.click(screen.getByRole('button', { name: 'Huurcontract Bruul 12 verwijderen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    await waitFor(() => expect(screen.getAllByTestId('document-row')).toHaveLength(1));
    expect(await screen.findByText('Verwijderd: Huurcontract Bruul 12.')).toBeTruthy();
  });

  it('reloads the list when a document is added elsewhere (documentAdded)', async () => {
    const added = documentData('d-7', { name: 'brochure.pdf', category: 'BROCHURE', household: null });
    const reloaded = vi.fn(() => ({ data: { documents: [added] } }));
    const variables = { partnershipId: 'p-1' };
    renderPanel(
      [
        listMock([], variables),
        { ...listMock([], variables), result: reloaded },
        { request: { query: DocumentAddedDocument, variables: { partnershipId: 'p-1', householdId: null } }, result: { data: { documentAdded: { __typename: 'Document', id: 'd-7' } } }, delay: 20 },
      ],
      { householdId: '', canUpload: false, needToKnow: false },
    );
    expect(await screen.findByText('Er zijn nog geen documenten.')).toBeTruthy();
    expect(screen.queryByLabelText('Bestanden')).toBeNull(); // no upload for who may not
    expect(await screen.findByRole('link', { name: 'Downloaden: brochure.pdf' }, { timeout: 3000 })).toBeTruthy();
    expect(reloaded).toHaveBeenCalledTimes(1);
  });
});
