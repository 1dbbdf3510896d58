import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { ReturnFilesDocument, ReturnFilesSection } from './ReturnFilesSection';

const file = (id: string, stage: string, on: string, overdue: boolean, followedBy: string) => ({
  __typename: 'ReturnFile' as const,
  id,
  reference: `TK-${id}`,
  country: 'Georgia',
  stage,
  overdue,
  hasMedicalNote: false,
  stages: [{ __typename: 'ReturnStageDate' as const, stage, on }],
  followedBy: { __typename: 'Organisation' as const, id: `o-${id}`, name: followedBy },
});

describe('ReturnFilesSection', () => {
  it('lists the open files with their stage, since when, who follows up and the overdue flag (fr)', async () => {
    renderPage(<ReturnFilesSection partnershipId="p-9" />, {
      locale: 'fr',
      mocks: [
        viewerMock('CONTACT_PERSON', 'fr'),
        { request: { query: ReturnFilesDocument, variables: { partnershipId: 'p-9' } }, result: { data: { returnFiles: [file('1', 'DEPARTED', '2026-03-02', true, 'IOM Belgium'), file('2', 'APPLICATION', '2026-03-20', false, 'Caritas International')] } } },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Dossiers de retour' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('Parti')).toBeTruthy();
    expect(within(rows[1]!).getByText('En retard')).toBeTruthy();
    expect(within(rows[1]!).getByText('IOM Belgium')).toBeTruthy();
    expect(within(rows[2]!).getByText('Demande')).toBeTruthy();
    expect(within(rows[2]!).queryByText('En retard')).toBeNull();
  });
});
