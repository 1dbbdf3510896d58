import type { ApolloClient } from '@apollo/client';
import { registerWriteKind } from '../../app/offline/writes';
import type { QueuedWrite } from '../../app/offline/writeQueue';
import { graphql } from '../../gql';
import type { HousingInput, StepStatus, UpdateGuidanceStepInput } from '../../gql/graphql';
import { HouseholdProgressDocument } from './householdProgress';

/**
 * The progress writes a volunteer can make offline: a plan step (status, note, due date) and the
 * housing. Both go through the device's write queue with a guard: the write's client id and the
 * version of the record the volunteer saw.
 */

/** Changes a step; the answer carries the household's progress, flags, timeline and board row. */
export const UpdateGuidanceStepDocument = graphql(`
  mutation UpdateGuidanceStep($id: ID!, $input: UpdateGuidanceStepInput!, $guard: WriteGuardInput) {
    updateGuidanceStep(id: $id, input: $input, guard: $guard) {
      id
      version
      ...GuidanceStepItem_step
      household {
        id
        ...HouseholdProgress_household
      }
    }
  }
`);

/** Records the home found; answers the Housing alone, so the household's progress is reloaded after it. */
export const UpdateHousingDocument = graphql(`
  mutation UpdateHousing($householdId: ID!, $input: HousingInput!, $guard: WriteGuardInput) {
    updateHousing(householdId: $householdId, input: $input, guard: $guard) {
      id
      version
      street
      postalCode
      city
      leaseStart
      leaseEnd
      monthlyRentCents
      landlordKind
      movedInOn
      coversFirstYear
      nextHomeSearchStartedOn
      nextHomeFoundOn
    }
  }
`);

const guardOf = (w: QueuedWrite) => ({ clientId: w.clientId, expectedVersion: w.expectedVersion });

export interface StepWrite {
  input: UpdateGuidanceStepInput;
}

export interface HousingWrite {
  householdId: string;
  input: HousingInput;
}

/** The target of a household's housing write (the housing may not exist yet, so not its id). */
export const housingTarget = (householdId: string) => `housing:${householdId}`;

async function sendStep(client: ApolloClient, w: QueuedWrite) {
  const { input } = w.payload as unknown as StepWrite;
  const { data } = await client.mutate({ mutation: UpdateGuidanceStepDocument, variables: { id: w.target, input, guard: guardOf(w) } });
  return { version: data?.updateGuidanceStep.version ?? null };
}

async function sendHousing(client: ApolloClient, w: QueuedWrite) {
  const { householdId, input } = w.payload as unknown as HousingWrite;
  const { data } = await client.mutate({ mutation: UpdateHousingDocument, variables: { householdId, input, guard: guardOf(w) } });
  // Moving in re-times the plan and changes the flags and the timeline: reload them.
  await client.query({ query: HouseholdProgressDocument, variables: { id: householdId }, fetchPolicy: 'network-only' }).catch(() => undefined);
  return { version: data?.updateHousing.version ?? null };
}

// The kinds are known as soon as a view that makes them is loaded.
registerWriteKind('step', { send: sendStep });
registerWriteKind('housing', { send: sendHousing });

/** The fields of a guidance step in the cache that a queued change sets. */
interface CachedStepFields {
  status: StepStatus;
  note: string | null;
  notApplicableReason: string | null;
  dueDate: string | null;
}

/** Shows a queued step change at once, before the server has it (the cache holds the step by id). */
export function showStepChange(client: ApolloClient, stepId: string, input: UpdateGuidanceStepInput): void {
  const id = client.cache.identify({ __typename: 'GuidanceStep', id: stepId });
  if (!id) return;
  client.cache.modify<CachedStepFields>({
    id,
    fields: {
      status: (current) => input.status ?? current,
      note: (current) => (input.note !== undefined ? input.note : current),
      notApplicableReason: (current) => (input.notApplicableReason !== undefined ? input.notApplicableReason : current),
      dueDate: (current) => (input.dueDate !== undefined ? input.dueDate : current),
    },
  });
}

/** Shows a queued housing change at once (when the household's housing is in the cache). */
export function showHousingChange(client: ApolloClient, housingId: string | null, input: HousingInput): void {
  if (!housingId) return;
  const id = client.cache.identify({ __typename: 'Housing', id: housingId });
  if (!id) return;
  const fields = Object.fromEntries(
    Object.entries(input)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, () => v]),
  );
  client.cache.modify({ id, fields });
}
