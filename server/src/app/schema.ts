import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { type ValidationError, validateOrReject } from 'class-validator';
import { ArgumentValidationError, buildSchema } from 'type-graphql';
import { AuditResolver, FundingAuditResolver } from '../modules/audit/audit.resolver.js';
import { DocumentResolver, DocumentVersionResolver, MeetingDocumentsResolver, MessageAttachmentsResolver } from '../modules/document/document.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { OidcResolver } from '../modules/auth/oidc.resolver.js';
import { FeedbackResolver, FeedbackRevisionResolver } from '../modules/feedback/feedback.resolver.js';
import { NotificationResolver } from '../modules/notification/notification.resolver.js';
import { HouseholdResolver } from '../modules/household/household.resolver.js';
import { ActionItemResolver, AgendaItemResolver, MeetingDecisionResolver, MeetingInviteeResolver, MeetingResolver } from '../modules/meeting/meeting.resolver.js';
import { MessageResolver, ThreadResolver } from '../modules/messaging/messaging.resolver.js';
import { OrganisationResolver } from '../modules/organisation/organisation.resolver.js';
import { OutboxResolver } from '../modules/outbox/outbox.resolver.js';
import { MailResolver } from '../modules/mail/mail.resolver.js';
import { PasswordResetResolver } from '../modules/auth/password-reset.resolver.js';
import { PartnershipMemberResolver, PartnershipResolver } from '../modules/partnership/partnership.resolver.js';
import { PaymentsResolver } from '../modules/payments/payments.resolver.js';
import { ReportResolver } from '../modules/report/report.resolver.js';
import { ProgrammeResolver } from '../modules/programme/programme.resolver.js';
import { HouseholdErasureResolver, PrivacyResolver, ProgrammeRetentionResolver } from '../modules/privacy/privacy.resolver.js';
import { DeskRotaResolver } from '../modules/desk/desk.resolver.js';
import { ReturnFileResolver } from '../modules/desk/return-file.resolver.js';
import { SupportTrajectoryResolver } from '../modules/trajectory/trajectory.resolver.js';
import { BudgetAuditResolver, BudgetResolver } from '../modules/budget/budget.resolver.js';
import { GuidanceStepResolver, HouseholdProgressResolver, HousingResolver, ProgressResolver } from '../modules/progress/progress.resolver.js';
import { UserResolver } from '../modules/user/user.resolver.js';
import { guardArguments } from './limits.js';
import type { PubSubHandle } from './pubsub.js';

export const resolvers = [
  AuthResolver,
  OidcResolver,
  UserResolver,
  ProgrammeResolver,
  DeskRotaResolver,
  ReturnFileResolver,
  SupportTrajectoryResolver,
  BudgetResolver,
  BudgetAuditResolver,
  OrganisationResolver,
  PartnershipResolver,
  PartnershipMemberResolver,
  HouseholdResolver,
  HouseholdProgressResolver,
  GuidanceStepResolver,
  HousingResolver,
  ProgressResolver,
  DocumentResolver,
  DocumentVersionResolver,
  MessageAttachmentsResolver,
  MeetingDocumentsResolver,
  AuditResolver,
  FundingAuditResolver,
  OutboxResolver,
  MailResolver,
  PasswordResetResolver,
  NotificationResolver,
  FeedbackResolver,
  FeedbackRevisionResolver,
  MeetingResolver,
  MeetingInviteeResolver,
  AgendaItemResolver,
  MeetingDecisionResolver,
  ActionItemResolver,
  ThreadResolver,
  MessageResolver,
  PaymentsResolver,
  ReportResolver,
  PrivacyResolver,
  ProgrammeRetentionResolver,
  HouseholdErasureResolver,
] as const;

/**
 * The executable schema. Authorization lives in each feature's policy, called by its service;
 * validation of inputs runs at the edge (class-validator).
 */
export async function createSchema(pubSub: PubSubHandle['pubSub']): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    pubSub,
    validate: { forbidUnknownValues: false },
    validateFn: validateArgument,
  });
  // List sizes (1..200) and text without NUL or lone surrogates, for every argument (limits.ts).
  return guardArguments(schema);
}

/** What type-graphql passes to class-validator for `validate: { forbidUnknownValues: false }` (its validate-arg.js). */
const VALIDATOR_OPTIONS = { forbidUnknownValues: false, skipMissingProperties: true } as const;
const validated = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * type-graphql's own validation of an argument (an input object, or each object of a list;
 * failures as its ArgumentValidationError), with class-validator imported once: type-graphql's
 * imports it dynamically at every validated argument of every request.
 */
async function validateArgument(value: unknown): Promise<void> {
  if (!validated(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(validated).map((item) => validateOrReject(item, VALIDATOR_OPTIONS)));
    else await validateOrReject(value, VALIDATOR_OPTIONS);
  } catch (error) {
    throw new ArgumentValidationError(error as ValidationError[]);
  }
}

/** The committed API contract (server/schema.graphql), printed in a stable order. */
export function printContract(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
