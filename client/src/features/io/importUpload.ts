import type { ArrivalRoute, HouseholdImportColumn } from '@partner-hub/shared';
import type { UploadFailure } from '../../app/errors';

/** One problem of a row, as the API answers it (household-import.ts). */
export interface ImportRowError {
  /** An `ErrorCode` (`IMPORT_…`); one the client does not know yet is shown as a value not valid. */
  code: string;
  column: HouseholdImportColumn | null;
  /** The line of the file a duplicate reference was first used on. */
  otherLine?: number;
}

export interface ImportPreviewRow {
  line: number;
  reference: string | null;
  headName: string | null;
  persons: number;
  arrivalDate: string | null;
  arrivalRoute: ArrivalRoute | null;
  city: string | null;
  errors: ImportRowError[];
}

/** The preview (nothing written) or the result of an import. */
export interface ImportResult {
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'utf-16' | 'windows-1252' | null;
  rowCount: number;
  errorCount: number;
  rows: ImportPreviewRow[];
  imported: number;
}

export type ImportMode = 'preview' | 'import';

/** Where the request is: sending the file (bytes), then going through the rows on the server. */
export type ImportProgress = { phase: 'upload'; loaded: number; total: number } | { phase: 'rows'; done: number; total: number };

export type ImportOutcome =
  | { ok: true; result: ImportResult }
  /** The import was refused because rows have errors (422 IMPORT_HAS_ERRORS): the preview says which. */
  | { ok: false; cancelled: false; rowErrors: ImportResult }
  | { ok: false; cancelled: false; failure: UploadFailure }
  | { ok: false; cancelled: true };

export interface ImportHandle {
  /** Settles once; never rejects. */
  outcome: Promise<ImportOutcome>;
  cancel: () => void;
}

export const importUrl = (partnershipId: string, mode: ImportMode) => `/partnerships/${encodeURIComponent(partnershipId)}/households/import${mode === 'preview' ? '/preview' : ''}`;

const parse = (line: string): unknown => {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
};

/** What an answer's body says, whether sent as one JSON document or as the last of its JSON lines. */
function settle(status: number, body: unknown, mode: ImportMode): ImportOutcome {
  const b = (body && typeof body === 'object' ? body : {}) as { preview?: ImportResult; import?: ImportResult; error?: { code?: string; preview?: ImportResult } };
  const result = mode === 'preview' ? b.preview : b.import;
  if (status >= 200 && status < 300 && result) return { ok: true, result };
  if (status === 422 && b.error?.code === 'IMPORT_HAS_ERRORS' && b.error.preview) return { ok: false, cancelled: false, rowErrors: b.error.preview };
  return { ok: false, cancelled: false, failure: { status, body } };
}

/**
 * Sends a household import file (preview or import) with XMLHttpRequest: its upload events tell how
 * much of the file has gone, and with `Accept: application/x-ndjson` the server then streams
 * `{"progress":{"done","total"}}` lines as it goes through the rows, and ends with the answer
 * (`{"status":…, …}`). Refusals before the rows are read come back as plain JSON with their status.
 */
export function startImport(partnershipId: string, mode: ImportMode, file: File, onProgress: (progress: ImportProgress) => void): ImportHandle {
  const xhr = new XMLHttpRequest();
  let cancelled = false;
  let read = 0;
  const streamed = () => (xhr.getResponseHeader?.('Content-Type') ?? '').startsWith('application/x-ndjson');
  /** The complete lines received since last time. */
  const newLines = (): unknown[] => {
    const text = xhr.responseText ?? '';
    const end = text.lastIndexOf('\n') + 1;
    if (end <= read) return [];
    const lines = text.slice(read, end).split('\n').filter(Boolean).map(parse);
    read = end;
    return lines;
  };
  let last: unknown = null;
  const take = () => {
    for (const line of newLines()) {
      const progress = line && typeof line === 'object' ? (line as { progress?: { done: number; total: number } }).progress : undefined;
      if (progress) onProgress({ phase: 'rows', done: progress.done, total: progress.total });
      else last = line;
    }
  };

  const outcome = new Promise<ImportOutcome>((resolve) => {
    xhr.open('POST', importUrl(partnershipId, mode));
    xhr.setRequestHeader('X-Partner-Hub-Upload', '1');
    xhr.setRequestHeader('Accept', 'application/x-ndjson, application/json');
    xhr.upload.addEventListener('progress', (event) => onProgress({ phase: 'upload', loaded: event.loaded, total: event.lengthComputable ? event.total : file.size }));
    xhr.addEventListener('progress', () => {
      if (streamed()) take();
    });
    xhr.addEventListener('load', () => {
      if (streamed()) {
        take();
        const answer = (last ?? {}) as { status?: number };
        resolve(settle(typeof answer.status === 'number' ? answer.status : 0, answer, mode));
      } else {
        resolve(settle(xhr.status, parse(xhr.responseText), mode));
      }
    });
    const unreachable = () => resolve({ ok: false, cancelled: false, failure: { status: 0, body: null } });
    xhr.addEventListener('error', unreachable);
    xhr.addEventListener('timeout', unreachable);
    xhr.addEventListener('abort', () => (cancelled ? resolve({ ok: false, cancelled: true }) : unreachable()));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
  return {
    outcome,
    cancel: () => {
      cancelled = true;
      xhr.abort();
    },
  };
}
