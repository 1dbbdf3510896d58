import type { Response } from 'express';
import { contentDisposition } from '../document/index.js';
import { type OutTable, toCsv, toXlsx } from './sheet.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a built table as a CSV or XLSX download (never cached: it holds the viewer's data). */
export async function sendSheet(res: Response, format: 'csv' | 'xlsx', built: { filename: string; table: OutTable }, locale: Parameters<typeof toCsv>[1]): Promise<void> {
  res.setHeader('Cache-Control', 'private, no-store');
  if (format === 'xlsx') {
    const body = await toXlsx(built.table);
    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader('Content-Disposition', contentDisposition('attachment', `${built.filename}.xlsx`));
    res.send(body);
  } else {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', contentDisposition('attachment', `${built.filename}.csv`));
    res.send(toCsv(built.table, locale));
  }
}
