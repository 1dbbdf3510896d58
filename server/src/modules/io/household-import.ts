/**
 * Household import from a CSV or XLSX file. The preview and the import run the same steps: each
 * row is read and checked (columns, dates, route, members, references within the file and against
 * the partnership's households), then every row that passed is registered through the household
 * service's own checks and creation (prepareHousehold, as registerHousehold) inside one transaction,
 * in batches of rows flushed together, so its rules and guards apply as on the screen. The preview always rolls the transaction back; the
 * import commits only when no row has an error: all rows or none.
 */
import {
  type ArrivalRoute,
  type ErrorCode,
  HOUSEHOLD_IMPORT_COLUMNS,
  HOUSEHOLD_IMPORT_MAX_ROWS,
  HOUSEHOLD_IMPORT_REQUIRED,
  type HouseholdImportColumn,
  RELATIONSHIPS,
  type Relationship,
} from '@partner-hub/shared';
import { validate } from 'class-validator';
import { DateTime } from 'luxon';
import { type EntityManager, FlushMode } from '@mikro-orm/core';
import { type Context, createContext, requireViewer } from '../../app/context.js';
import { AppError } from '../../app/errors.js';
import { todayInBrussels } from '../../app/validators.js';
import { Household } from '../household/household.entity.js';
import { activeTemplates, HouseholdMemberInput, personsReceived, prepareHousehold, recordHouseholdEvent, RegisterHouseholdInput } from '../household/index.js';
import { checkFollowsHouseholds, partnershipProgramme } from '../programme/index.js';
import { HousingInput } from '../progress/index.js';
import { Housing } from '../progress/progress.entity.js';
import { loadPartnership } from '../partnership/index.js';
import { type InCell, type ReadSheet, readSheet } from './sheet.js';

export interface RowError {
  code: ErrorCode;
  column: HouseholdImportColumn | null;
  /** Another line of the file the error refers to (the first use of a duplicate reference). */
  otherLine?: number;
}

export interface PreviewRow {
  line: number;
  reference: string | null;
  headName: string | null;
  persons: number;
  arrivalDate: string | null;
  arrivalRoute: ArrivalRoute | null;
  city: string | null;
  errors: RowError[];
}

export interface ImportResult {
  format: ReadSheet['format'];
  encoding: ReadSheet['encoding'];
  rowCount: number;
  /** Rows with at least one error. */
  errorCount: number;
  rows: PreviewRow[];
  /** Households written: 0 for a preview or when any row has an error. */
  imported: number;
}

const normaliseHeader = (h: string) =>
  h
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s\-.]+/g, '_');

/** Which column each header is; refuses a file whose headers miss a required column or name an unknown one. */
function mapColumns(headers: string[]): Map<HouseholdImportColumn, number> {
  const known = new Set<string>(HOUSEHOLD_IMPORT_COLUMNS);
  const map = new Map<HouseholdImportColumn, number>();
  const unknown: string[] = [];
  headers.forEach((h, i) => {
    if (!h) return;
    const key = normaliseHeader(h);
    if (known.has(key) && !map.has(key as HouseholdImportColumn)) map.set(key as HouseholdImportColumn, i);
    else unknown.push(h);
  });
  const missing = HOUSEHOLD_IMPORT_REQUIRED.filter((c) => !map.has(c));
  if (missing.length) throw new AppError('IMPORT_MISSING_COLUMNS', `Missing columns: ${missing.join(', ')}`, { columns: missing, unknown });
  if (unknown.length) throw new AppError('IMPORT_UNKNOWN_COLUMNS', `Unknown columns: ${unknown.join(', ')}`, { columns: unknown });
  return map;
}

const text = (c: InCell | undefined): string | null => {
  if (c === null || c === undefined) return null;
  if (typeof c === 'object') return c.date;
  return String(c).trim() || null;
};

const validIso = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).isValid && iso >= '1900-01-01' && iso <= '2100-12-31';

/** A date cell: an XLSX date, an Excel serial number, YYYY-MM-DD, or day first (D/M/YYYY, D-M-YYYY, D.M.YYYY) as written in Belgium. */
export function parseDate(c: InCell | undefined): string | null | undefined {
  if (c === null || c === undefined) return null;
  if (typeof c === 'object') return validIso(c.date) ? c.date : undefined;
  if (typeof c === 'number') {
    if (!Number.isInteger(c) || c < 1 || c > 80_000) return undefined;
    const iso = new Date(Date.UTC(1899, 11, 30) + c * 86_400_000).toISOString().slice(0, 10);
    return validIso(iso) ? iso : undefined;
  }
  const s = c.trim();
  if (!s) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return validIso(s) ? s : undefined;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return validIso(iso) ? iso : undefined;
}

/** Arrival routes by their code or by the words of the exports (nl, fr, en). */
const ROUTES: Record<string, ArrivalRoute> = {
  direct: 'DIRECT',
  rechtstreeks: 'DIRECT',
  after_reception: 'AFTER_RECEPTION',
  'after reception': 'AFTER_RECEPTION',
  'na opvang': 'AFTER_RECEPTION',
  'apres accueil': 'AFTER_RECEPTION',
};
const parseRoute = (c: InCell | undefined): ArrivalRoute | null | undefined => {
  const t = text(c);
  if (!t) return null;
  return ROUTES[
    t
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
  ];
};

const parseYear = (c: InCell | undefined): number | null | undefined => {
  const t = text(c);
  if (!t) return null;
  return /^\d{4}$/.test(t) ? Number(t) : undefined;
};

/** The other members: "first, last, year, relationship; …" (the head comes from the head columns). */
function parseMembers(c: InCell | undefined): { firstName: string; lastName: string; birthYear: number; relationship: Relationship }[] | undefined {
  const t = text(c);
  if (!t) return [];
  const members = [];
  for (const part of t
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const fields = part.split(',').map((f) => f.trim());
    if (fields.length !== 4) return undefined;
    const [firstName, lastName, year, relationship] = fields as [string, string, string, string];
    const rel = relationship.toUpperCase() as Relationship;
    if (!firstName || !lastName || !/^\d{4}$/.test(year) || !RELATIONSHIPS.includes(rel) || rel === 'HEAD') return undefined;
    members.push({ firstName, lastName, birthYear: Number(year), relationship: rel });
  }
  return members;
}

/** The import column a validation or service error is about. */
function columnOfField(field: unknown): HouseholdImportColumn | null {
  if (typeof field !== 'string') return null;
  const [head, index, sub] = field.split('.');
  if (head === 'members') {
    if (index !== '0') return 'members';
    return sub === 'lastName' ? 'head_last_name' : sub === 'birthYear' ? 'head_birth_year' : 'head_first_name';
  }
  const byField: Record<string, HouseholdImportColumn> = {
    reference: 'reference',
    plannedArrivalDate: 'arrival_date',
    arrivalDate: 'arrival_date',
    arrivalRoute: 'arrival_route',
    street: 'street',
    postalCode: 'postal_code',
    city: 'city',
    leaseStart: 'lease_start',
    leaseEnd: 'lease_end',
  };
  return byField[head ?? ''] ?? null;
}

interface ParsedRow {
  preview: PreviewRow;
  input: RegisterHouseholdInput;
  arrivalDate: string | null;
  housing: HousingInput | null;
}

async function validationErrors(target: object): Promise<RowError[]> {
  const flat = (errors: Awaited<ReturnType<typeof validate>>, prefix = ''): string[] =>
    errors.flatMap((e) => {
      const field = prefix ? `${prefix}.${e.property}` : e.property;
      return [...(e.constraints ? [field] : []), ...flat(e.children ?? [], field)];
    });
  return flat(await validate(target, { forbidUnknownValues: false })).map((field) => ({ code: 'IMPORT_BAD_VALUE', column: columnOfField(field) }));
}

async function parseRow(partnershipId: string, line: number, cells: InCell[], columns: Map<HouseholdImportColumn, number>): Promise<ParsedRow> {
  const cell = (c: HouseholdImportColumn) => (columns.has(c) ? cells[columns.get(c)!] : null);
  const errors: RowError[] = [];
  const need = (c: HouseholdImportColumn, value: unknown) => value === null && errors.push({ code: 'IMPORT_VALUE_REQUIRED', column: c });
  const bad = (c: HouseholdImportColumn, code: ErrorCode, value: unknown) => value === undefined && errors.push({ code, column: c });

  const reference = text(cell('reference'));
  const firstName = text(cell('head_first_name'));
  const lastName = text(cell('head_last_name'));
  const birthYear = parseYear(cell('head_birth_year'));
  const route = parseRoute(cell('arrival_route'));
  const arrivalDate = parseDate(cell('arrival_date'));
  const members = parseMembers(cell('members'));
  const leaseStart = parseDate(cell('lease_start'));
  const leaseEnd = parseDate(cell('lease_end'));
  need('reference', reference);
  need('head_first_name', firstName);
  need('head_last_name', lastName);
  need('head_birth_year', birthYear);
  bad('head_birth_year', 'IMPORT_BAD_VALUE', birthYear);
  need('arrival_route', route);
  bad('arrival_route', 'IMPORT_UNKNOWN_ROUTE', route);
  bad('arrival_date', 'IMPORT_BAD_DATE', arrivalDate);
  bad('members', 'IMPORT_BAD_MEMBERS', members);
  bad('lease_start', 'IMPORT_BAD_DATE', leaseStart);
  bad('lease_end', 'IMPORT_BAD_DATE', leaseEnd);

  const allMembers = [{ firstName: firstName ?? '', lastName: lastName ?? '', birthYear: birthYear ?? 0, relationship: 'HEAD' as Relationship }, ...(members ?? [])];
  const input = Object.assign(new RegisterHouseholdInput(), {
    partnershipId,
    reference,
    arrivalRoute: route ?? 'DIRECT',
    plannedArrivalDate: arrivalDate ?? null,
    members: allMembers.map((m) => Object.assign(new HouseholdMemberInput(), m)),
  });
  const housingValues = { street: text(cell('street')), postalCode: text(cell('postal_code')), city: text(cell('city')), leaseStart: leaseStart ?? null, leaseEnd: leaseEnd ?? null };
  const housing = Object.values(housingValues).some((v) => v !== null) ? Object.assign(new HousingInput(), housingValues) : null;
  // The housing service's rule (updateHousing): the lease ends after it starts.
  if (leaseStart && leaseEnd && leaseEnd <= leaseStart) errors.push({ code: 'LEASE_DATES_INVALID', column: 'lease_end' });
  if (!errors.length) {
    errors.push(...(await validationErrors(input)));
    if (housing) errors.push(...(await validationErrors(housing)));
  }
  const preview: PreviewRow = {
    line,
    reference,
    headName: [firstName, lastName].filter(Boolean).join(' ') || null,
    persons: allMembers.length,
    arrivalDate: arrivalDate ?? null,
    arrivalRoute: route ?? null,
    city: housingValues.city,
    errors,
  };
  return { preview, input, arrivalDate: arrivalDate ?? null, housing };
}

/** References used twice in the file, or already used in the partnership (one query per 500). */
async function checkReferences(em: EntityManager, partnershipId: string, rows: ParsedRow[]) {
  const first = new Map<string, number>();
  for (const r of rows) {
    const ref = r.preview.reference;
    if (!ref) continue;
    const seen = first.get(ref);
    if (seen !== undefined) r.preview.errors.push({ code: 'IMPORT_DUPLICATE_IN_FILE', column: 'reference', otherLine: seen });
    else first.set(ref, r.preview.line);
  }
  const refs = [...first.keys()];
  const taken = new Set<string>();
  for (let i = 0; i < refs.length; i += 500) {
    const found = await em.find(Household, { partnership: partnershipId, reference: { $in: refs.slice(i, i + 500) } }, { fields: ['reference'] });
    found.forEach((h) => taken.add(h.reference));
  }
  for (const r of rows) if (r.preview.reference && taken.has(r.preview.reference)) r.preview.errors.push({ code: 'IMPORT_REFERENCE_TAKEN', column: 'reference' });
}

class RollBack extends Error {}

/** Rows per unit of work. */
const CHUNK = 250;

/**
 * Reads, checks and (with `commit`) imports a file into a partnership. Authorised as registering a
 * household: coordinators of the partnership's organisations, its contact person and deputy, admins.
 */
export interface ImportProgress {
  /** Rows gone through (checked and, for an import, written in the transaction). */
  done: number;
  total: number;
}

/** How often the progress is told: every this many rows (and at the start and end). */
const PROGRESS_EVERY = 50;

export async function importHouseholds(ctx: Context, partnershipId: string, bytes: Buffer, options: { commit: boolean; onProgress?: (progress: ImportProgress) => void }): Promise<ImportResult> {
  const viewer = requireViewer(ctx);
  const partnership = await loadPartnership(ctx, partnershipId, 'registerHousehold');
  // Refused as a whole before the file is read: no row could be imported.
  checkFollowsHouseholds(await partnershipProgramme(ctx, partnership.id));
  const sheet = await readSheet(bytes);
  const columns = mapColumns(sheet.headers);
  if (sheet.rows.length > HOUSEHOLD_IMPORT_MAX_ROWS) throw new AppError('IMPORT_TOO_MANY_ROWS', `At most ${HOUSEHOLD_IMPORT_MAX_ROWS} rows in one file`, { limit: HOUSEHOLD_IMPORT_MAX_ROWS });
  const parsed: ParsedRow[] = [];
  for (const r of sheet.rows) parsed.push(await parseRow(partnership.id, r.line, r.cells, columns));
  const total = parsed.length;
  options.onProgress?.({ done: 0, total });

  const today = todayInBrussels();
  const written: { householdId: string; partnershipId: string }[] = [];
  try {
    await ctx.em.fork().transactional(
      async (em) => {
        const fresh = () => createContext({ viewer, em, ip: ctx.ip, cookies: null, app: ctx.app });
        let rowCtx = fresh();
        let pending: Household[] = [];
        let failed = false;
        // What every row would ask the database, asked once (in the transaction): references, the
        // persons already received (then counted on as rows are prepared), the plan's templates.
        await checkReferences(em, partnership.id, parsed);
        let persons = await personsReceived(rowCtx, partnership.id);
        const planTemplates = await activeTemplates(em, partnership.programme.id);
        // A batch is flushed as one unit of work (MikroORM sends each table's rows in few statements),
        // then let go of, so the next batch's flush does not walk the ones before.
        const endBatch = async () => {
          if (!failed && pending.length) await em.flush();
          written.push(...(failed ? [] : pending.map((h) => ({ householdId: h.id, partnershipId: partnership.id }))));
          em.clear();
          pending = [];
          rowCtx = fresh();
        };
        for (const [index, row] of parsed.entries()) {
          // `index` rows are through.
          if (index > 0 && index % PROGRESS_EVERY === 0) options.onProgress?.({ done: index, total });
          if (row.preview.errors.length) {
            failed = true;
            continue;
          }
          try {
            const h = await prepareHousehold(rowCtx, row.input, { personsReceived: persons, referenceChecked: true, planTemplates });
            persons += row.input.members.length;
            // An arrival in the past is recorded as recordArrival does (guidance starts that day); the plan
            // was generated from the same date as planned arrival, so its due dates already count from it.
            if (row.arrivalDate && row.arrivalDate <= today) {
              h.arrivalDate = row.arrivalDate;
              h.guidanceStart = row.arrivalDate;
              recordHouseholdEvent(rowCtx, h, 'ARRIVAL_RECORDED', { arrivalDate: row.arrivalDate, guidanceStart: row.arrivalDate });
            }
            if (row.housing) {
              const values = Object.fromEntries(Object.entries(row.housing).filter(([, v]) => v !== null));
              em.create(Housing, { household: h, ...values });
              recordHouseholdEvent(rowCtx, h, 'HOUSING_UPDATED', { fields: Object.keys(values) });
            }
            pending.push(h);
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            row.preview.errors.push({ code: error.code, column: columnOfField(error.extensions.field) });
            // Nothing will be written now: what the refused row left in the unit of work goes with the batch.
            failed = true;
            await endBatch();
            continue;
          }
          if (pending.length >= CHUNK) await endBatch();
        }
        await endBatch();
        if (!options.commit || failed) throw new RollBack();
      },
      { flushMode: FlushMode.COMMIT },
    );
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
    written.length = 0;
  }
  options.onProgress?.({ done: total, total });
  for (const w of written) ctx.app.pubSub.publish('HOUSEHOLD_CHANGED', w);
  const rows = parsed.map((r) => r.preview);
  return { format: sheet.format, encoding: sheet.encoding, rowCount: rows.length, errorCount: rows.filter((r) => r.errors.length).length, rows, imported: written.length };
}
