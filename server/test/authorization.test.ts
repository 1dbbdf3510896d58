/**
 * The authorization matrix: EVERY root operation of the schema (Query, Mutation, Subscription)
 * run as every actor (signed out, admin, contact person, deputy, coordinator, volunteer) and,
 * where it applies, against an own and another partnership's record, with the exact outcome.
 *
 * Targets: "own" is the demo partnership "Onthaalgroep Mechelen" (contact@ is its contact person,
 * deputy@ its deputy; coordinator@'s Samen Thuis vzw and volunteer@'s Onthaalgroep Mechelen are its
 * members) or one of its records; "other" is "Liège Accueil" (contact.wallonie@, CPAS de Liège,
 * Groupe d'accueil Liège-Centre) or one of its records. Admins see both.
 *
 * Queries run on one hub whose data no case changes; mutations and the subscription run on a
 * second hub, and every case that changes data gets fresh records of its own (made straight in the
 * database), so no case depends on another and the only reason for a case to fail is authorization.
 *
 * The first test fails when the schema has a root operation the table does not cover.
 */
import { FeedbackRound } from '../src/modules/feedback/feedback.entity.js';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { expect, it } from 'vitest';
import { createPubSubHandle } from '../src/app/pubsub.js';
import { createSchema } from '../src/app/schema.js';
import { AccessLogEntry } from '../src/modules/audit/audit.entity.js';
import { Household } from '../src/modules/household/household.entity.js';
import { OutboxMessage } from '../src/modules/outbox/outbox.entity.js';
import { User } from '../src/modules/user/user.entity.js';
import { DEMO } from './harness.js';
import { ACTORS, SIGNED_IN, outcomeFor, suite, keysOf } from './authorization/table.js';
import { sorted } from './authorization/expected.js';
import { QUERY_FIXTURES } from './authorization/cases.js';
import { OPERATIONS } from './authorization/operations.js';

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

it('the table covers every root operation of the schema, for every actor and target', async () => {
  const schema = await createSchema(createPubSubHandle(undefined).pubSub);
  const inSchema = (['Query', 'Mutation', 'Subscription'] as const).flatMap((type) => {
    const t = type === 'Query' ? schema.getQueryType() : type === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    return Object.keys(t?.getFields() ?? {}).map((f) => `${type}.${f}`);
  });
  expect(sorted(Object.keys(OPERATIONS)), 'root operations without a row in the table, or rows without an operation').toEqual(sorted(inSchema));

  for (const [key, spec] of Object.entries(OPERATIONS)) {
    const [type, field] = key.split('.') as [string, string];
    // The row's document runs exactly the operation it is filed under.
    const doc = parse(spec.query);
    const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(ops, key).toHaveLength(1);
    expect(ops[0].operation, key).toBe(type.toLowerCase());
    const roots = ops[0].selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : s.kind));
    expect(roots, key).toEqual([field]);
    // Every actor, and every target, has an exact expected outcome.
    expect(sorted(Object.keys(spec.expect)), key).toEqual(sorted([...ACTORS]));
    for (const actor of ACTORS) for (const target of spec.targets ?? [undefined]) expect(() => outcomeFor(spec, actor, target), `${key} ${actor} ${target}`).not.toThrow();
  }
});

suite('queries (read-only hub)', OPERATIONS, keysOf(OPERATIONS, 'Query'), async ({ hub, ids, fx }) => {
  // Invitations by several people, an outbox message and an access-log row, for the lists.
  await fx.invitation({ email: 'new.staff@fixture.example', role: 'CONTACT_PERSON', by: DEMO.admin });
  await fx.invitation({ email: 'new.coordinator@fixture.example', role: 'COORDINATOR', by: DEMO.contact, organisation: 'Samen Thuis vzw', partnership: ids.partnership.mechelen });
  QUERY_FIXTURES.volunteerInvitationToken = await fx.invitation({ email: 'new.volunteer@fixture.example', role: 'VOLUNTEER', by: DEMO.coordinator, organisation: 'Onthaalgroep Mechelen' });
  await fx.invitation({ email: 'other.coordinator@fixture.example', role: 'COORDINATOR', by: DEMO.otherContact, organisation: 'CPAS de Liège', partnership: ids.partnership.liege });
  const em = hub.orm.em.fork();
  em.create(OutboxMessage, { to: 'outbox@fixture.example', subject: 'Fixture message', body: 'Fixture body' });
  em.create(AccessLogEntry, { user: em.getReference(User, ids.user[DEMO.contact]), household: em.getReference(Household, ids.household.mechelen), what: 'specificNeeds' });
  await em.flush();
  // One notification for every demo person; a submitted feedback round of Liège; the demo's accepted round of Mechelen.
  for (const a of SIGNED_IN) await fx.notification(DEMO[a], `For ${DEMO[a]}`);
  QUERY_FIXTURES.liegeRoundId = (await fx.feedbackRound('other', 'SUBMITTED', { partnershipId: ids.partnership.liege })).id;
  QUERY_FIXTURES.mechelenAcceptedRoundId = (await hub.orm.em.fork().findOneOrFail(FeedbackRound, { partnership: ids.partnership.mechelen, status: 'ACCEPTED' })).id;
});

suite('mutations and subscriptions (fresh records per case)', OPERATIONS, [...keysOf(OPERATIONS, 'Mutation'), ...keysOf(OPERATIONS, 'Subscription')]);
