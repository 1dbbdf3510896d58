/**
 * Spreadsheets in and out: reading an uploaded CSV or XLSX into rows of cells (papaparse, ExcelJS),
 * and writing a table as CSV (in the reader's locale) or XLSX (real number and date cells).
 */
import ExcelJS from 'exceljs';
import { fileTypeFromBuffer } from 'file-type';
import Papa from 'papaparse';
import type { Locale } from '@partner-hub/shared';
import { AppError } from '../../app/errors.js';

/** A cell as read: text, a number, or a calendar date (YYYY-MM-DD, from an XLSX date cell). */
export type InCell = string | number | { date: string } | null;

export interface ReadSheet {
  format: 'csv' | 'xlsx';
  /** How a CSV was decoded: UTF-8 (with or without BOM), UTF-16 (with BOM), or Windows-1252 when it is not valid UTF-8. */
  encoding: 'utf-8' | 'utf-16' | 'windows-1252' | null;
  headers: string[];
  /** Data rows with their line (row) number in the file, blank rows left out. */
  rows: { line: number; cells: InCell[] }[];
}

const isoOfUtcDate = (d: Date) => d.toISOString().slice(0, 10);

/** Characters that are neither text nor layout: a file that decodes to these is not a text spreadsheet. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

function decodeText(bytes: Uint8Array): { text: string; encoding: ReadSheet['encoding'] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16' };
  try {
    // TextDecoder drops a UTF-8 byte-order mark itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Excel on Windows saves "CSV" in Windows-1252, decoded as such on purpose.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

function xlsxCell(value: ExcelJS.CellValue): InCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return { date: isoOfUtcDate(value) };
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return xlsxCell((value as ExcelJS.CellFormulaValue).result);
    if ('text' in value) return String(value.text);
    if ('error' in value) return null;
  }
  return String(value);
}

async function readXlsx(bytes: Buffer): Promise<ReadSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError('IMPORT_NOT_A_SPREADSHEET', 'The file could not be read as a spreadsheet');
  }
  const sheet = workbook.worksheets[0];
  const all: { line: number; cells: InCell[] }[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, line) => {
    const values = row.values as ExcelJS.CellValue[];
    all.push({ line, cells: values.slice(1).map(xlsxCell) });
  });
  return fromRows('xlsx', null, all);
}

function readCsv(bytes: Buffer): ReadSheet {
  const { text, encoding } = decodeText(bytes);
  if (CONTROL.test(text)) throw new AppError('IMPORT_ENCODING_UNSUPPORTED', 'The file is not text in UTF-8, UTF-16 or Windows-1252', { encoding });
  // The delimiter is the one the header line uses most (headers hold no commas or semicolons).
  const header = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [';', ',', '\t'].map((d) => ({ d, n: header.split(d).length })).sort((a, b) => b.n - a.n)[0].d;
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = parsed.data.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => (c.trim() === '' ? null : c)) }));
  return fromRows('csv', encoding, rows);
}

function fromRows(format: ReadSheet['format'], encoding: ReadSheet['encoding'], all: { line: number; cells: InCell[] }[]): ReadSheet {
  const filled = all.filter((r) => r.cells.some((c) => c !== null && !(typeof c === 'string' && c.trim() === '')));
  const [head, ...rows] = filled;
  if (!head) throw new AppError('IMPORT_EMPTY_FILE', 'The file has no rows');
  const headers = head.cells.map((c) => (c === null ? '' : typeof c === 'object' ? c.date : String(c)).replace(/^\uFEFF/, '').trim());
  return { format, encoding, headers, rows };
}

/** Reads an upload: XLSX by its content, anything else that is text as CSV; refuses other files with a coded error. */
export async function readSheet(bytes: Buffer): Promise<ReadSheet> {
  if (bytes.length === 0) throw new AppError('IMPORT_EMPTY_FILE', 'The file is empty');
  const type = await fileTypeFromBuffer(bytes);
  if (type?.ext === 'xlsx') return readXlsx(bytes);
  if (type) throw new AppError('IMPORT_NOT_A_SPREADSHEET', 'Send a CSV or XLSX file', { detected: type.mime });
  return readCsv(bytes);
}

// ----- Writing -------------------------------------------------------------------------------

export type OutKind = 'text' | 'int' | 'money' | 'date';
export type OutCell = string | number | null;

/** A table to export: money in euro cents, dates as YYYY-MM-DD. */
export interface OutTable {
  title: string;
  columns: { header: string; kind: OutKind; width?: number }[];
  rows: OutCell[][];
}

/**
 * A cell a spreadsheet would run as a formula (or whose leading tab or carriage return hides
 * one) gets a leading apostrophe: OWASP's advice against CSV injection.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const NO_BREAK_SPACES = /[\u00a0\u202f]/g;
/** Same Intl locales as the client's screens (client/src/app/format.ts): the Belgian variant of each language. */
const intlLocale = (locale: Locale) => `${locale}-BE`;

function csvFormatters(locale: Locale) {
  const money = new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const int = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(intlLocale(locale), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  return (kind: OutKind, value: OutCell): string => {
    if (value === null || value === '') return '';
    if (kind === 'money' && typeof value === 'number') return money.format(value / 100).replace(NO_BREAK_SPACES, ' ');
    if (kind === 'int' && typeof value === 'number') return int.format(value).replace(NO_BREAK_SPACES, ' ');
    if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return date.format(new Date(`${value}T00:00:00Z`));
    return neutralise(String(value));
  };
}

/** CSV: semicolon-separated (decimal commas in nl and fr), every cell quoted, UTF-8 with BOM for spreadsheet apps. */
export function toCsv(table: OutTable, locale: Locale): string {
  const format = csvFormatters(locale);
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const lines = [table.columns.map((c) => quote(neutralise(c.header))).join(';')];
  for (const row of table.rows) lines.push(table.columns.map((c, i) => quote(format(c.kind, row[i] ?? null))).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const NUM_FMT: Record<OutKind, string | undefined> = { text: undefined, int: '0', money: '#,##0.00', date: 'dd/mm/yyyy' };

/** XLSX: numbers as numbers (money in euros), dates as date cells, text neutralised as in the CSV. */
export async function toXlsx(table: OutTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Partner Hub';
  const sheet = workbook.addWorksheet(table.title.replace(/[[\]*?:/\\]/g, ' ').slice(0, 31) || 'Sheet1');
  sheet.columns = table.columns.map((c) => ({ header: neutralise(c.header), width: c.width ?? (c.kind === 'text' ? 24 : 14), style: NUM_FMT[c.kind] ? { numFmt: NUM_FMT[c.kind] } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(
      table.columns.map((c, i) => {
        const value = row[i] ?? null;
        if (value === null || value === '') return null;
        if (c.kind === 'money' && typeof value === 'number') return value / 100;
        if (c.kind === 'int' && typeof value === 'number') return value;
        if (c.kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
        return neutralise(String(value));
      }),
    );
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
