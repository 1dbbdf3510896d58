import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DefaultLogger, FlushMode, type LogContext, type LoggerOptions, MikroORM, type Options } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { migrations as postgresqlMigrations } from '../migrations/postgresql/index.js';
import { migrations as sqliteMigrations } from '../migrations/sqlite/index.js';
import { AccessLogEntry, FundingAuditEntry } from '../modules/audit/audit.entity.js';
import { Document, DocumentVersion } from '../modules/document/document.entity.js';
import { Invitation, Session, SignInFailure } from '../modules/auth/auth.entity.js';
import { Household, HouseholdMember } from '../modules/household/household.entity.js';
import { GuidanceStep, HouseholdEvent, Housing, StepTemplate } from '../modules/progress/progress.entity.js';
import { ActionItem, AgendaItem, CalendarFeed, EvaluationScore, Meeting, MeetingDecision, MeetingInvitee, MeetingPartnership } from '../modules/meeting/meeting.entity.js';
import { Message, MessagingProfile, Thread, ThreadState } from '../modules/messaging/messaging.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { OutboxMessage } from '../modules/outbox/outbox.entity.js';
import { Partnership, PartnershipMember } from '../modules/partnership/partnership.entity.js';
import { FeedbackRevision, FeedbackRound, FeedbackSchedule } from '../modules/feedback/feedback.entity.js';
import { Notification, NotificationPreference } from '../modules/notification/notification.entity.js';
import { Programme, Quota } from '../modules/programme/programme.entity.js';
import { DeskRotaEntry } from '../modules/desk/desk.entity.js';
import { ReturnFile } from '../modules/desk/return-file.entity.js';
import { User } from '../modules/user/user.entity.js';

export const entities = [
  Programme,
  Quota,
  DeskRotaEntry,
  ReturnFile,
  Organisation,
  User,
  Partnership,
  PartnershipMember,
  Household,
  HouseholdMember,
  StepTemplate,
  GuidanceStep,
  Housing,
  HouseholdEvent,
  Session,
  SignInFailure,
  Invitation,
  OutboxMessage,
  AccessLogEntry,
  FundingAuditEntry,
  Document,
  DocumentVersion,
  Meeting,
  MeetingPartnership,
  MeetingInvitee,
  AgendaItem,
  MeetingDecision,
  ActionItem,
  EvaluationScore,
  CalendarFeed,
  Notification,
  NotificationPreference,
  FeedbackSchedule,
  FeedbackRound,
  FeedbackRevision,
  Thread,
  Message,
  ThreadState,
  MessagingProfile,
];

/** Counts every SQL statement the ORM sends, so tests can prove there is no N+1. */
export interface StatementCounter {
  count: number;
}

class CountingLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly counter: StatementCounter,
  ) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    this.counter.count++;
    super.logQuery(context);
  }
}

export function ormOptions(database: Config['database'], counter: StatementCounter = { count: 0 }, debug = false): Options {
  const common: Options = {
    entities,
    extensions: [Migrator],
    debug: debug ? ['query', 'query-params'] : false,
    loggerFactory: (options) => new CountingLogger(options, counter),
    discovery: { disableDynamicFileAccess: true },
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
    // Changes are written only by a service's explicit flush (one transaction), never by a query
    // in the middle of a mutation: a failing mutation leaves nothing half-saved.
    flushMode: FlushMode.COMMIT,
    allowGlobalContext: false,
  };
  if (database.kind === 'postgresql') {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: database.url,
      migrations: { migrationsList: postgresqlMigrations, snapshot: false, silent: true, transactional: true, allOrNothing: true, path: 'src/migrations/postgresql' },
    };
  }
  if (database.sqlitePath && database.sqlitePath !== ':memory:') mkdirSync(path.dirname(database.sqlitePath), { recursive: true });
  return {
    ...common,
    driver: LibSqlDriver,
    dbName: database.sqlitePath ?? ':memory:',
    migrations: { migrationsList: sqliteMigrations, snapshot: false, silent: true, transactional: true, allOrNothing: true, path: 'src/migrations/sqlite' },
  };
}

/** Opens the database and brings its schema up to date with the committed migrations. */
export async function openDatabase(database: Config['database'], options: { migrate?: boolean; debug?: boolean } = {}) {
  const statements: StatementCounter = { count: 0 };
  const orm = await MikroORM.init(ormOptions(database, statements, options.debug));
  if (database.kind === 'sqlite') {
    const connection = orm.em.getConnection();
    for (const pragma of ['foreign_keys = ON', 'journal_mode = WAL', 'busy_timeout = 5000']) await connection.execute(`PRAGMA ${pragma}`, [], 'run');
  }
  if (options.migrate !== false) await orm.getMigrator().up();
  return { orm, statements };
}
