import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { DeskRotaDocument, DeskRotaSection } from './DeskRotaSection';

const entry = (id: string, desk: string, name: string, weekdays: number[]) => ({ __typename: 'DeskRotaEntry' as const, id, desk, weekdays, organisation: { __typename: 'Organisation' as const, id: `o-${id}`, name } });

describe('DeskRotaSection', () => {
  it('shows who is at which desk on which days, with the weekday names of the language (nl)', async () => {
    renderPage(<DeskRotaSection partnershipId="p-9" />, {
      locale: 'nl',
      mocks: [
        viewerMock('COORDINATOR', 'nl'),
        { request: { query: DeskRotaDocument, variables: { partnershipId: 'p-9' } }, result: { data: { deskRota: [entry('1', 'Brussel', 'IOM', [1, 2, 4]), entry('2', 'Brussel', 'Caritas International', [3])] } } },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Loketrooster' });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['LoketAanwezige partnerDagen', 'BrusselIOMmaandag, dinsdag, donderdag', 'BrusselCaritas Internationalwoensdag']);
  });
});
