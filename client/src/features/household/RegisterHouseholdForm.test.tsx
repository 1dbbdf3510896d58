import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { partnershipData, viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { RegisterHouseholdDocument, RegisterHouseholdForm } from './RegisterHouseholdForm';

function fillMember(index: number, firstName: string, birthYear: string, relationship?: string) {
  const row = screen.getByRole('group', { name: `Family member ${index}` });
  fireEvent.change(within(row).getByLabelText('First name'), { target: { value: firstName } });
  fireEvent.change(within(row).getByLabelText('Last name'), { target: { value: 'Haddad' } });
  fireEvent.change(within(row).getByLabelText('Year of birth'), { target: { value: birthYear } });
  if (relationship) fireEvent.change(within(row).getByLabelText('Relationship'), { target: { value: relationship } });
}

describe('RegisterHouseholdForm', () => {
  it('asks for exactly one head of household before sending', async () => {
    renderPage(<RegisterHouseholdForm partnershipId="p-1" withSpecificNeeds={false} />, { mocks: [viewerMock('COORDINATOR')] });
    await screen.findByRole('group', { name: 'Family member 1' });
    fillMember(1, 'Amina', '1985', 'SPOUSE');
    fireEvent.click(screen.getByRole('button', { name: 'Register household' }));
    expect(screen.getByRole('alert').textContent).toBe('Exactly one family member must be the head of household.');
  });

  it('registers the household with its members and specific needs', async () => {
    const input = {
      partnershipId: 'p-1',
      arrivalRoute: 'DIRECT',
      plannedArrivalDate: '2023-05-02',
      members: [
        { firstName: 'Amina', lastName: 'Haddad', birthYear: 1985, relationship: 'HEAD' },
        { firstName: 'Lina', lastName: 'Haddad', birthYear: 2012, relationship: 'CHILD' },
      ],
      specificNeeds: ['FAMILY_WITH_CHILDREN'],
    };
    const registered = {
      request: { query: RegisterHouseholdDocument, variables: { input } },
      result: {
        data: {
          registerHousehold: { __typename: 'Household', id: 'h-9', reference: 'RS-2023-009', partnership: partnershipData() },
        },
      },
    };
    renderPage(<RegisterHouseholdForm partnershipId="p-1" withSpecificNeeds />, { mocks: [viewerMock('COORDINATOR'), registered] });
    await screen.findByRole('group', { name: 'Family member 1' });

    fireEvent.change(screen.getByLabelText('Arrival route'), { target: { value: 'DIRECT' } });
    fireEvent.change(screen.getByLabelText(/Planned arrival/), { target: { value: '2023-05-02' } });
    fillMember(1, 'Amina', '1985');
    fireEvent.click(screen.getByRole('button', { name: 'Add a family member' }));
    fillMember(2, 'Lina', '2012');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Family with children' }));
    fireEvent.click(screen.getByRole('button', { name: 'Register household' }));

    expect((await screen.findByRole('status')).textContent).toContain('Household RS-2023-009 registered.');
    expect(screen.getByRole('link', { name: 'Open household RS-2023-009' }).getAttribute('href')).toBe('/households/h-9');
    // The form is ready for the next household.
    expect(within(screen.getByRole('group', { name: 'Family member 1' })).getByLabelText<HTMLInputElement>('First name').value).toBe('');
  });

  it('beyond the pledged capacity asks for the override reason and sends it', async () => {
    const input = { partnershipId: 'p-1', arrivalRoute: 'AFTER_RECEPTION', members: [{ firstName: 'Amina', lastName: 'Haddad', birthYear: 1985, relationship: 'HEAD' }] };
    const refused = { request: { query: RegisterHouseholdDocument, variables: { input } }, result: { errors: [{ message: 'Over capacity', extensions: { code: 'CAPACITY_EXCEEDED' } }] } };
    const accepted = {
      request: { query: RegisterHouseholdDocument, variables: { input: { ...input, capacityOverrideReason: 'Agreed with the city' } } },
      result: { data: { registerHousehold: { __typename: 'Household', id: 'h-9', reference: 'RS-2023-009', partnership: partnershipData() } } },
    };
    renderPage(<RegisterHouseholdForm partnershipId="p-1" withSpecificNeeds={false} />, { mocks: [viewerMock('CONTACT_PERSON'), refused, accepted] });
    await screen.findByRole('group', { name: 'Family member 1' });
    fillMember(1, 'Amina', '1985');
    fireEvent.click(screen.getByRole('button', { name: 'Register household' }));
    expect((await screen.findByRole('alert')).textContent).toContain('beyond the capacity the partnership pledged');
    fireEvent.change(screen.getByLabelText('Reason to go beyond the pledged capacity'), { target: { value: 'Agreed with the city' } });
    fireEvent.click(screen.getByRole('button', { name: 'Register household' }));
    expect((await screen.findByRole('status')).textContent).toContain('Household RS-2023-009 registered.');
  });
});

describe('validateMembers', () => {
  it('needs a complete row for every member and exactly one head', async () => {
    const { validateMembers, newMemberRow } = await import('./MembersEditor');
    const row = (relationship: 'HEAD' | 'CHILD', birthYear: string) => ({ ...newMemberRow(relationship), firstName: 'A', lastName: 'B', birthYear });
    expect(validateMembers([])).toBe('error.HOUSEHOLD_NEEDS_MEMBER');
    expect(validateMembers([row('HEAD', '1985')], 2024)).toBeNull();
    expect(validateMembers([row('HEAD', '85')], 2024)).toBe('error.memberIncomplete');
    expect(validateMembers([row('HEAD', '2030')], 2024)).toBe('error.memberIncomplete');
    expect(validateMembers([row('HEAD', '1985'), row('HEAD', '1987')], 2024)).toBe('error.HEAD_OF_HOUSEHOLD_REQUIRED');
    expect(validateMembers([row('CHILD', '2010')], 2024)).toBe('error.HEAD_OF_HOUSEHOLD_REQUIRED');
  });
});
