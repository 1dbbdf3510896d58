import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { meetingData } from '../../test/meetingFixtures';
import { renderPage } from '../../test/render';
import { direction } from './EvaluationTrend';
import { splitByTime } from './MeetingList';
import { MeetingsChangedDocument } from './live';
import { PartnershipMeetings, PartnershipMeetingsDocument } from './PartnershipMeetings';
import styles from './meeting.module.css';

const entry = (id: string, date: string, ratings: [number, number, number], signedOff = true) => ({
  __typename: 'EvaluationHistoryEntry',
  date,
  signedOff,
  average: (ratings[0] + ratings[1] + ratings[2]) / 3,
  meeting: { __typename: 'Meeting', id, title: id === 'm-2' ? 'Evaluation autumn' : `Evaluation ${date}` },
  ratings: (['SUSTAINABLE_HOUSING', 'GUIDANCE', 'OPERATIONAL_COOPERATION'] as const).map((objective, i) => ({ __typename: 'EvaluationRating', objective, rating: ratings[i] })),
});

function listed(meetings: unknown[], history: unknown[]) {
  return { request: { query: PartnershipMeetingsDocument, variables: { partnershipId: 'p-1' } }, result: { data: { meetings, evaluationHistory: history } } };
}

describe('PartnershipMeetings (partnership page)', () => {
  it('shows upcoming and past meetings, and the evaluation history with a trend arrow per objective', async () => {
    const upcoming = meetingData({ id: 'm-3', title: 'Evaluation 2027', startsAt: '2099-03-01T09:00:00.000Z', endsAt: '2099-03-01T10:00:00.000Z' });
    const past = meetingData({ id: 'm-2', title: 'Evaluation autumn', startsAt: '2026-10-01T08:00:00.000Z', endsAt: '2026-10-01T09:00:00.000Z' });
    const history = [entry('m-1', '2026-04-01', [3, 4, 4]), entry('m-2', '2026-10-01', [4, 4, 2])];
    renderPage(<PartnershipMeetings partnershipId="p-1" canSchedule />, { mocks: [viewerMock('CONTACT_PERSON'), listed([upcoming, past], history)] });

    expect(
      within(await screen.findByRole('list', { name: 'Upcoming' }))
        .getByRole('link', { name: 'Evaluation 2027' })
        .getAttribute('href'),
    ).toBe('/meetings/m-3');
    expect(within(screen.getByRole('list', { name: 'Past' })).getByRole('link', { name: 'Evaluation autumn' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Schedule a meeting' }).getAttribute('href')).toBe('/meetings/new?partnershipId=p-1');

    const table = screen.getByRole('table', { name: 'Evaluation history' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    // Oldest first; the second row compares with the first.
    expect(within(rows[0]).getByRole('rowheader').textContent).toBe('1 April 2026');
    const [housing, guidance, cooperation] = within(rows[1]).getAllByRole('cell');
    expect(housing.textContent).toBe('4 of 5 ↑better than the previous evaluation');
    expect(guidance.textContent).toBe('4 of 5 →the same as the previous evaluation');
    expect(cooperation.textContent).toBe('2 of 5 ↓worse than the previous evaluation');
    // The arrows are pictures for the eye only.
    expect(housing.querySelector(`.${styles.trend}`)!.getAttribute('aria-hidden')).toBe('true');
    expect(within(rows[0]).queryByText(/previous evaluation/)).toBeNull();
  });

  it('shows a meeting scheduled for the partnership live, without a reload', async () => {
    const scheduled = meetingData({ id: 'm-5', title: 'Consultation spring', startsAt: '2099-04-01T09:00:00.000Z', endsAt: '2099-04-01T10:00:00.000Z' });
    const live = {
      request: { query: MeetingsChangedDocument, variables: { partnershipId: 'p-1' } },
      result: { data: { meetingsChanged: { __typename: 'MeetingListChange', meetingId: 'm-5', meeting: { ...scheduled, actionItems: [] } } } },
      delay: 30,
    };
    renderPage(<PartnershipMeetings partnershipId="p-1" canSchedule={false} />, { mocks: [viewerMock('COORDINATOR'), listed([], []), live, listed([scheduled], [])] });
    expect(await screen.findByText('No meetings with this partnership yet.')).toBeTruthy();
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Upcoming' }))
          .getByRole('link', { name: 'Consultation spring' })
          .getAttribute('href'),
      ).toBe('/meetings/m-5'),
    );
  });

  it('says when there are no meetings or evaluations yet, and hides scheduling from partners', async () => {
    renderPage(<PartnershipMeetings partnershipId="p-1" canSchedule={false} />, { locale: 'fr', mocks: [viewerMock('COORDINATOR', 'fr'), listed([], [])] });
    expect(await screen.findByText('Pas encore de réunion avec ce partenariat.')).toBeTruthy();
    expect(screen.getByText('Aucune évaluation signée pour l’instant.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Planifier une réunion' })).toBeNull();
  });
});

describe('trend and time helpers', () => {
  it('compares ratings with the previous evaluation', () => {
    expect(direction(4, 3)).toBe('up');
    expect(direction(2, 3)).toBe('down');
    expect(direction(3, 3)).toBe('same');
    expect(direction(3, null)).toBeNull();
  });

  it('splits meetings into upcoming (soonest first) and past (latest first) by their end', () => {
    const m = (id: string, startsAt: string, endsAt: string) => ({ id, startsAt, endsAt });
    const now = new Date('2026-11-24T12:00:00Z');
    const { upcoming, past } = splitByTime(
      [
        m('a', '2026-11-24T11:00:00Z', '2026-11-24T13:00:00Z'),
        m('b', '2026-12-01T09:00:00Z', '2026-12-01T10:00:00Z'),
        m('c', '2026-10-01T09:00:00Z', '2026-10-01T10:00:00Z'),
        m('d', '2026-11-01T09:00:00Z', '2026-11-01T10:00:00Z'),
      ],
      now,
    );
    expect(upcoming.map((x) => x.id)).toEqual(['a', 'b']);
    expect(past.map((x) => x.id)).toEqual(['d', 'c']);
  });
});
