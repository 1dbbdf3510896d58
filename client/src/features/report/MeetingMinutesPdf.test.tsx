import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { AcknowledgeMinutesDocument, MeetingMinutesDocument, MeetingMinutesPdf } from './MeetingMinutesPdf';

const status = (over: Record<string, unknown>) => ({
  __typename: 'MinutesStatus',
  id: 'm-1',
  available: true,
  pdfUrl: '/meetings/m-1/minutes.pdf',
  viewerCanAcknowledge: true,
  viewerAcknowledgedAt: null,
  viewerAcknowledgementCurrent: false,
  acknowledgements: [],
  ...over,
});

describe('MeetingMinutesPdf', () => {
  it('lets a partner open the PDF and acknowledge the minutes (nl)', async () => {
    const acked = status({
      viewerCanAcknowledge: false,
      viewerAcknowledgedAt: '2026-03-11T10:00:00.000Z',
      viewerAcknowledgementCurrent: true,
      acknowledgements: [{ __typename: 'MinutesAcknowledgementView', at: '2026-03-11T10:00:00.000Z', current: true, user: { __typename: 'User', id: 'u-1', name: 'Lotte Claes' } }],
    });
    renderPage(<MeetingMinutesPdf meetingId="m-1" />, {
      locale: 'nl',
      mocks: [
        viewerMock('COORDINATOR', 'nl'),
        { request: { query: MeetingMinutesDocument, variables: { meetingId: 'm-1' } }, result: { data: { meetingMinutes: status({}) } } },
        { request: { query: AcknowledgeMinutesDocument, variables: { meetingId: 'm-1' } }, result: { data: { acknowledgeMinutes: acked } } },
      ],
    });
    const link = await screen.findByRole('link', { name: 'Het verslag en de evaluatie openen (pdf)' });
    expect(link.getAttribute('href')).toBe('/meetings/m-1/minutes.pdf');
    fireEvent.click(screen.getByRole('button', { name: 'Ik heb het verslag gelezen en neem er kennis van' }));
    expect(await screen.findByText('U nam kennis van dit verslag')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ik heb het verslag gelezen en neem er kennis van' })).toBeNull();
  });

  it('shows Fedasil staff who acknowledged, and which acknowledgements predate a change', async () => {
    renderPage(<MeetingMinutesPdf meetingId="m-1" />, {
      locale: 'en',
      mocks: [
        viewerMock('CONTACT_PERSON', 'en'),
        {
          request: { query: MeetingMinutesDocument, variables: { meetingId: 'm-1' } },
          result: {
            data: {
              meetingMinutes: status({
                viewerCanAcknowledge: false,
                acknowledgements: [
                  { __typename: 'MinutesAcknowledgementView', at: '2026-03-11T10:00:00.000Z', current: true, user: { __typename: 'User', id: 'u-1', name: 'Lotte Claes' } },
                  { __typename: 'MinutesAcknowledgementView', at: '2026-03-11T11:00:00.000Z', current: false, user: { __typename: 'User', id: 'u-2', name: 'Pieter Wouters' } },
                ],
              }),
            },
          },
        },
      ],
    });
    const list = await screen.findByTestId('minutes-acknowledgements');
    expect(list.textContent).toContain('Lotte Claes');
    expect(list.textContent).toContain('Pieter Wouters');
    expect(list.textContent).toContain('Changed since the acknowledgement');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
