import { ViewerDocument } from '../app/viewer';
import type { Role } from '@partner-hub/shared';

export function viewerMock(role: Role | null, language: 'nl' | 'fr' | 'en' = 'en') {
  return {
    request: { query: ViewerDocument },
    result: {
      data: {
        me: role
          ? {
              __typename: 'User' as const,
              id: 'u-1',
              name: 'Ann Admin',
              email: 'ann@example.org',
              role,
              language,
              organisation: null,
            }
          : null,
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export const partnershipViewerCan = (overrides: Partial<Record<string, boolean>> = {}) => ({
  __typename: 'PartnershipViewerCan' as const,
  view: true,
  update: false,
  manageMembers: false,
  assignContactPerson: false,
  registerHousehold: false,
  viewFunding: true,
  inviteCoordinator: false,
  inviteVolunteer: false,
  ...overrides,
});

export function householdRow(id: string, reference: string, totalCents: number | null) {
  return {
    __typename: 'Household' as const,
    id,
    reference,
    status: 'IN_GUIDANCE' as const,
    plannedArrivalDate: null,
    arrivalDate: '2023-03-01',
    head: { __typename: 'HouseholdMember' as const, id: `${id}-m1`, firstName: 'Amina', lastName: 'Haddad' },
    members: [1, 2, 3, 4, 5].map((n) => ({ __typename: 'HouseholdMember' as const, id: `${id}-m${n}` })),
    partnership: { __typename: 'Partnership' as const, id: 'p-1', name: 'Gent welcomes', personsCount: 6, fundingTotalCents: 2_500_000 },
    funding: totalCents === null ? null : { __typename: 'Funding' as const, totalCents },
  };
}

export function partnershipData(overrides: Record<string, unknown> = {}) {
  const organisation = { __typename: 'Organisation' as const, id: 'o-1', name: 'OCMW Gent', kind: 'OCMW' as const };
  return {
    __typename: 'Partnership' as const,
    id: 'p-1',
    name: 'Gent welcomes',
    fundingTotalCents: 2_500_000,
    personsCount: 6,
    capacityPledged: 10,
    programme: { __typename: 'Programme' as const, id: 'prog-1', code: 'RESETTLEMENT' as const },
    track: 'COMMUNITY_SPONSORSHIP' as const,
    status: 'ACTIVE' as const,
    agreementStart: '2023-01-01',
    agreementEnd: '2023-12-31',
    members: [{ __typename: 'PartnershipMember' as const, lead: true, organisation }],
    contactPerson: { __typename: 'User' as const, id: 'u-2', name: 'Carl Contact', email: 'carl@fedasil.be' },
    deputy: null,
    viewerCan: partnershipViewerCan(),
    households: [householdRow('h-1', 'RS-2023-001', 2_200_000), householdRow('h-2', 'RS-2023-002', 300_000)],
    ...overrides,
  };
}
