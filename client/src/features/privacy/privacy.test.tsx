import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../app/i18n';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { MessageItem } from '../messaging/MessageItem';
import { downloadWithProgress, DownloadError, filenameOf } from './download';
import { EraseHouseholdDocument, ErasurePanel, ErasurePreviewDocument } from './ErasurePanel';
import { PrivacyPage, PrivacyPageDocument } from './PrivacyPage';

const author = { __typename: 'User' as const, id: 'u-2', name: 'Koen Janssens' };
const removed = (removedUnder: 'RETENTION' | 'REQUEST' | null) => ({
  __typename: 'Message' as const,
  id: 'm-1',
  seq: 4,
  body: '',
  internal: false,
  edited: false,
  deleted: true,
  removedUnder,
  createdAt: '2026-11-24T10:00:00.000Z',
  editedAt: null,
  author,
  replyTo: null,
  mentions: [],
  attachments: [],
  viewerCan: { __typename: 'MessageViewerCan' as const, edit: false, delete: false },
});

describe('a message whose text was erased', () => {
  it.each([
    ['en', 'RETENTION', 'Removed under the retention policy'],
    ['nl', 'RETENTION', 'Verwijderd volgens de bewaartermijn'],
    ['fr', 'RETENTION', 'Supprimé selon la durée de conservation'],
    ['en', 'REQUEST', 'Removed on request (right to erasure)'],
    ['en', null, 'deleted'],
  ] as const)('in %s, %s: says so in its place', (locale, mode, text) => {
    render(
      <I18nProvider initialLocale={locale}>
        <ol>
          <MessageItem message={removed(mode) as never} own={false} seenBy={[]} onEdit={async () => {}} onDelete={async () => {}} />
        </ol>
      </I18nProvider>,
    );
    expect(screen.getByText(new RegExp(text.replace(/[()]/g, '\\$&'), 'i'))).toBeTruthy();
  });
});

describe('downloadWithProgress', () => {
  const streamed = (chunks: string[], headers: Record<string, string>) =>
    new Response(
      new ReadableStream({
        start(controller) {
          for (const c of chunks) controller.enqueue(new TextEncoder().encode(c));
          controller.close();
        },
      }),
      { status: 200, headers },
    );

  it('reports the bytes received as they come, with the server’s estimate, and names the file', async () => {
    const seen: { received: number; estimated: number | null }[] = [];
    const fetchImpl = vi.fn(() =>
      Promise.resolve(
        streamed(['PK', 'zip-', 'bytes'], {
          'content-type': 'application/zip',
          'x-partner-hub-estimated-bytes': '20',
          'content-disposition': `attachment; filename="x.zip"; filename*=UTF-8''personal-data-HH-2026-0004.zip`,
        }),
      ),
    );
    const { blob, filename } = await downloadWithProgress('/privacy/households/h-1/export.zip', (p) => seen.push(p), fetchImpl);
    expect(filename).toBe('personal-data-HH-2026-0004.zip');
    expect(blob.size).toBe(11);
    expect(seen.map((p) => p.received)).toEqual([0, 2, 6, 11]);
    expect(seen.every((p) => p.estimated === 20)).toBe(true);
  });

  it('turns a refused export into its error code', async () => {
    const fetchImpl = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ error: { code: 'FORBIDDEN' } }), { status: 403 })));
    await expect(downloadWithProgress('/x', () => {}, fetchImpl as never)).rejects.toEqual(new DownloadError('FORBIDDEN'));
    expect(filenameOf(null, 'export.zip')).toBe('export.zip');
  });
});

describe('ErasurePanel', () => {
  const preview = (counts: [string, number][], erasure: { id: string; completedAt: string } | null = null) => ({
    request: { query: ErasurePreviewDocument, variables: { subjectType: 'HOUSEHOLD', id: 'h-1' } },
    result: {
      data: {
        erasurePreview: {
          __typename: 'ErasurePreview' as const,
          subjectType: 'HOUSEHOLD',
          subjectId: 'h-1',
          label: 'HH-2026-0004',
          confirmation: 'HH-2026-0004',
          counts: counts.map(([kind, count]) => ({ __typename: 'ErasureCount' as const, kind, count })),
          erasure: erasure && { __typename: 'Erasure' as const, ...erasure },
        },
      },
    },
  });

  it('shows the dry run first, asks for the reference and a reason, then erases', async () => {
    const erase = vi.fn(() => ({
      data: {
        eraseHousehold: {
          __typename: 'Erasure' as const,
          id: 'e-1',
          subjectType: 'HOUSEHOLD',
          subjectId: 'h-1',
          mode: 'REQUEST',
          reason: 'Letter of 3 March',
          startedAt: '2026-12-07T09:00:00.000Z',
          completedAt: '2026-12-07T09:00:01.000Z',
          requestedBy: { __typename: 'User' as const, id: 'u-1', name: 'Ann Admin' },
          removed: [{ __typename: 'ErasureCount' as const, kind: 'members', count: 1 }],
        },
      },
    }));
    renderPage(<ErasurePanel subjectType="HOUSEHOLD" id="h-1" />, {
      mocks: [
        viewerMock('ADMIN'),
        preview([
          ['members', 1],
          ['messages', 2],
          ['documentFiles', 1],
          ['pendingEmails', 0],
        ]),
        { request: { query: EraseHouseholdDocument, variables: { id: 'h-1', reason: 'Letter of 3 March', confirmation: 'HH-2026-0004' } }, result: erase },
        preview([['members', 0]], { id: 'e-1', completedAt: '2026-12-07T09:00:01.000Z' }),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Show what would be erased' }));
    const list = await screen.findByRole('list', { name: 'Erasing would remove or blank:' });
    expect(list.textContent).toContain('Names and birth years of members: 1');
    expect(list.textContent).toContain('Message texts (the messages keep their place): 2');
    expect(list.textContent).toContain('Files in the document store: 1');
    expect(list.textContent).not.toContain('Pending emails');
    const submit = screen.getByRole<HTMLButtonElement>('button', { name: 'Erase HH-2026-0004 permanently' });
    expect(submit.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Type HH-2026-0004 to confirm'), { target: { value: 'HH-2026-0004' } });
    expect(submit.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Reason (kept with the erasure)'), { target: { value: 'Letter of 3 March' } });
    expect(submit.disabled).toBe(false);
    fireEvent.click(submit);
    expect(await screen.findByText('HH-2026-0004 was erased.')).toBeTruthy();
    await waitFor(() => expect(erase).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Nothing left to erase.')).toBeTruthy();
  });
});

describe('PrivacyPage', () => {
  it('lists the erasures made: when, the subject, why, by whom, the reason and what was removed', async () => {
    renderPage(<PrivacyPage />, {
      mocks: [
        viewerMock('ADMIN'),
        {
          request: { query: PrivacyPageDocument },
          result: {
            data: {
              programmes: [],
              myHouseholds: [],
              users: [],
              erasures: [
                {
                  __typename: 'Erasure' as const,
                  id: 'e-1',
                  subjectType: 'HOUSEHOLD',
                  subjectId: 'h-gone',
                  mode: 'REQUEST',
                  reason: 'Letter of 3 March',
                  startedAt: '2026-12-07T09:00:00.000Z',
                  completedAt: '2026-12-07T09:00:01.000Z',
                  requestedBy: { __typename: 'User' as const, id: 'u-1', name: 'Ann Admin' },
                  removed: [
                    { __typename: 'ErasureCount' as const, kind: 'members', count: 2 },
                    { __typename: 'ErasureCount' as const, kind: 'messages', count: 0 },
                  ],
                },
              ],
            },
          },
        },
      ],
    });
    const row = (await screen.findByText('Ann Admin')).closest('tr');
    expect(row?.textContent).toContain('Household: h-gone');
    expect(row?.textContent).toContain('On request');
    expect(row?.textContent).toContain('Ann Admin');
    expect(row?.textContent).toContain('Letter of 3 March');
    expect(row?.textContent).toContain('Names and birth years of members: 2');
    expect(row?.textContent).not.toContain('Message texts');
  });
});
