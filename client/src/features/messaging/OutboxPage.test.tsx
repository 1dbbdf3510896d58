import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { OutboxDocument, OutboxPage, RetryOutboxMessageDocument } from './OutboxPage';

const message = (id: string, over: Record<string, unknown>) => ({
  __typename: 'OutboxMessage' as const,
  id,
  to: `${id}@example.org`,
  subject: `Subject ${id}`,
  body: `Body ${id}`,
  createdAt: '2026-03-02T10:00:00.000Z',
  kind: 'MENTION',
  status: 'QUEUED',
  attempts: 0,
  lastError: null,
  nextAttemptAt: '2026-03-02T10:00:00.000Z',
  sentAt: null,
  ...over,
});

describe('OutboxPage', () => {
  it('shows each mail’s delivery state, and sends a failed one again', async () => {
    const retry = vi.fn(() => ({
      data: {
        retryOutboxMessage: { __typename: 'OutboxMessage', id: 'm-3', status: 'QUEUED', attempts: 0, lastError: '550 Mailbox unavailable', nextAttemptAt: '2026-03-02T11:00:00.000Z', sentAt: null },
      },
    }));
    renderPage(<OutboxPage />, {
      mocks: [
        viewerMock('ADMIN'),
        {
          request: { query: OutboxDocument, variables: { status: null } },
          result: {
            data: {
              outbox: [
                message('m-1', { status: 'SENT', attempts: 1, sentAt: '2026-03-02T10:01:00.000Z' }),
                message('m-2', { status: 'QUEUED', attempts: 2, lastError: '451 Try again later', nextAttemptAt: '2026-03-02T10:05:00.000Z' }),
                message('m-3', { status: 'FAILED', attempts: 1, lastError: '550 Mailbox unavailable' }),
              ],
            },
          },
        },
        { request: { query: RetryOutboxMessageDocument, variables: { id: 'm-3' } }, result: retry },
      ],
    });
    const [sent, queued, failed] = await screen.findAllByTestId('outbox-message');
    expect(within(sent).getByText('Sent')).toBeTruthy();
    expect(within(sent).getByText('Delivered')).toBeTruthy();
    expect(within(sent).queryByRole('button')).toBeNull();
    expect(within(queued).getByText('Queued', { selector: '.badge' })).toBeTruthy();
    expect(within(queued).getByText('Next attempt')).toBeTruthy();
    expect(within(queued).getByText('451 Try again later')).toBeTruthy();
    expect(within(failed).getByText('Failed')).toBeTruthy();
    expect(within(failed).getByText('550 Mailbox unavailable')).toBeTruthy();
    fireEvent.click(within(failed).getByRole('button', { name: 'Send again' }));
    expect(await screen.findByText('Queued again: it will be sent shortly.')).toBeTruthy();
    expect(retry).toHaveBeenCalledTimes(1);
    expect(failed.getAttribute('data-status')).toBe('QUEUED');
    expect(within(failed).queryByRole('button')).toBeNull();
  });

  it('shows only the mails in the chosen state', async () => {
    renderPage(<OutboxPage />, {
      mocks: [
        viewerMock('ADMIN'),
        { request: { query: OutboxDocument, variables: { status: null } }, result: { data: { outbox: [message('m-1', { status: 'SENT' }), message('m-2', { status: 'FAILED' })] } } },
        { request: { query: OutboxDocument, variables: { status: 'FAILED' } }, result: { data: { outbox: [message('m-2', { status: 'FAILED' })] } } },
      ],
    });
    expect(await screen.findAllByTestId('outbox-message')).toHaveLength(2);
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'FAILED' } });
    await vi.waitFor(() => expect(screen.getAllByTestId('outbox-message')).toHaveLength(1));
    expect(screen.getByTestId('outbox-message').getAttribute('data-status')).toBe('FAILED');
  });
});
