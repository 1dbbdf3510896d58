import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DefaultLogger, FlushMode, type LogContext, type LoggerOptions, MikroORM, type Options } from '@mikro-orm/core';
import { LibSqlDriver, LibSqlKnexDialect } from '@mikro-orm/libsql';
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
import { DigestItem, EmailPreference, MailSetting, OverdueReminder } from '../modules/mail/mail.entity.js';
import { PasswordReset } from '../modules/auth/password-reset.entity.js';
import { Partnership, PartnershipMember } from '../modules/partnership/partnership.entity.js';
import { FeedbackRevision, FeedbackRound, FeedbackSchedule } from '../modules/feedback/feedback.entity.js';
import { Notification, NotificationPreference } from '../modules/notification/notification.entity.js';
import { FundingPayment, FundingPeriodStatement, FundingStatementEvent } from '../modules/payments/payments.entity.js';
import { MinutesAcknowledgement } from '../modules/report/report.entity.js';
import { Programme, Quota } from '../modules/programme/programme.entity.js';
import { Erasure, RetentionPolicy, SignInEvent } from '../modules/privacy/privacy.entity.js';
import { DeskRotaEntry } from '../modules/desk/desk.entity.js';
import { ReturnFile } from '../modules/desk/return-file.entity.js';
import { SupportTrajectory } from '../modules/trajectory/trajectory.entity.js';
import { BudgetAuditEntry, PartnershipBudget, SpendingReport } from '../modules/budget/budget.entity.js';
import { User } from '../modules/user/user.entity.js';

export const entities = [
  Programme,
  Quota,
  DeskRotaEntry,
  ReturnFile,
  SupportTrajectory,
  PartnershipBudget,
  SpendingReport,
  BudgetAuditEntry,
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
  EmailPreference,
  MailSetting,
  DigestItem,
  OverdueReminder,
  PasswordReset,
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
  FundingPeriodStatement,
  FundingPayment,
  FundingStatementEvent,
  MinutesAcknowledgement,
  RetentionPolicy,
  Erasure,
  SignInEvent,
];

/** Counts every SQL statement the ORM sends, so tests can prove there is no N+1. */
export interface StatementCounter {
  count: number;
  /** When set, every statement's text is appended too (to trace what one request sends). */
  log?: string[];
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
    this.counter.log?.push(context.query);
    super.logQuery(context);
  }
}

/**
 * The libsql dialect, except that a connection whose statement failed because the database was
 * busy or locked (another process held the write lock past the busy timeout) is not used again:
 * libsql leaves that statement unfinished, and every later COMMIT on the connection would fail
 * ("cannot commit transaction - SQL statements in progress"). The pool replaces it.
 */
class RecoveringLibSqlDialect extends LibSqlKnexDialect {
  override async _query(connection: { __knex__disposed?: unknown }, obj: unknown): Promise<unknown> {
    try {
      return await super._query(connection, obj);
    } catch (error) {
      const { code, message } = error as { code?: unknown; message?: unknown };
      if ((typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)) || (typeof message === 'string' && message.includes('statements in progress'))) {
        // What knex logs when it drops the connection: the code only, not the statement (it holds values).
        connection.__knex__disposed = `${typeof code === 'string' ? code : 'SQLITE_ERROR'}: the connection is replaced`;
      }
      throw error;
    }
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
    driverOptions: { client: RecoveringLibSqlDialect },
    // The driver replaces its connection every 10 s (knex's libsql dialect): per-connection
    // settings are applied to every new connection, not once at start.
    pool: { afterCreate: (connection: { exec(sql: string): unknown }, done: (error: Error | null, connection: unknown) => void) => applySqlitePragmas(connection, done) },
    migrations: { migrationsList: sqliteMigrations, snapshot: false, silent: true, transactional: true, allOrNothing: true, path: 'src/migrations/sqlite' },
  };
}

/**
 * Every SQLite connection: foreign keys enforced; WAL (readers never block the writer, and an
 * online backup reads a consistent snapshot); synchronous FULL: the WAL is synced at every commit,
 * so an acknowledged write survives a power cut, not only a crash of the process (README, "Backup and restore");
 * and a writer waits up to 5 s for another process's write lock instead of failing at once.
 */
export const SQLITE_PRAGMAS = ['foreign_keys = ON', 'journal_mode = WAL', 'synchronous = FULL', 'busy_timeout = 5000'] as const;

function applySqlitePragmas(connection: { exec(sql: string): unknown }, done: (error: Error | null, connection: unknown) => void): void {
  try {
    for (const pragma of SQLITE_PRAGMAS) connection.exec(`PRAGMA ${pragma}`);
    done(null, connection);
  } catch (error) {
    done(error as Error, connection);
  }
}

/** Opens the database and brings its schema up to date with the committed migrations. */
export async function openDatabase(database: Config['database'], options: { migrate?: boolean; debug?: boolean } = {}) {
  const statements: StatementCounter = { count: 0 };
  const orm = await MikroORM.init(ormOptions(database, statements, options.debug));
  if (options.migrate !== false) await orm.getMigrator().up();
  return { orm, statements };
}
