import type { DocumentCategory } from '@partner-hub/shared';
import type { UploadFailure } from '../../app/errors';

/**
 * Where an upload goes: a new document of a household, a partnership or a meeting, a file to attach
 * to one's next message in a thread (pending until the send attaches it), or a new version of a document.
 */
export type UploadTarget =
  | { householdId: string; category: DocumentCategory }
  | { partnershipId: string; category: DocumentCategory }
  | { meetingId: string; category: DocumentCategory }
  | { threadId: string; category: DocumentCategory }
  | { documentId: string };

/** What the API answers to an accepted upload (201). */
export interface UploadedDocument {
  id: string;
  name: string;
  category: DocumentCategory;
}

export type UploadResult = { ok: true; document: UploadedDocument } | { ok: false; cancelled: true } | { ok: false; cancelled: false; failure: UploadFailure };

export interface UploadHandle {
  /** Settles once: uploaded, refused (with the API's answer), or cancelled. Never rejects. */
  result: Promise<UploadResult>;
  /** Stops the upload (xhr.abort()); the result is then `cancelled`. */
  cancel: () => void;
}

/** POST /documents?... (same origin: the session cookie goes along). */
export function uploadUrl(target: UploadTarget): string {
  const params = new URLSearchParams();
  if ('documentId' in target) params.set('documentId', target.documentId);
  else {
    if ('householdId' in target) params.set('householdId', target.householdId);
    else if ('meetingId' in target) params.set('meetingId', target.meetingId);
    else if ('threadId' in target) params.set('threadId', target.threadId);
    else params.set('partnershipId', target.partnershipId);
    params.set('category', target.category);
  }
  return `/documents?${params.toString()}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Uploads one file as multipart/form-data with XMLHttpRequest, which (unlike fetch) reports the
 * progress of the request body. The `X-Partner-Hub-Upload` header is required by the API: a
 * cross-site form cannot send it.
 */
export function startUpload(target: UploadTarget, file: File, onProgress: (loaded: number, total: number) => void): UploadHandle {
  const xhr = new XMLHttpRequest();
  let cancelled = false;
  const result = new Promise<UploadResult>((resolve) => {
    xhr.open('POST', uploadUrl(target));
    xhr.setRequestHeader('X-Partner-Hub-Upload', '1');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => {
      onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    });
    xhr.addEventListener('load', () => {
      const body = parseJson(xhr.responseText);
      const document = body && typeof body === 'object' ? (body as { document?: UploadedDocument }).document : undefined;
      if (xhr.status >= 200 && xhr.status < 300 && document) {
        onProgress(file.size, file.size);
        resolve({ ok: true, document });
      } else {
        resolve({ ok: false, cancelled: false, failure: { status: xhr.status, body } });
      }
    });
    // The server could not be reached, or closed the connection before answering.
    xhr.addEventListener('error', () => resolve({ ok: false, cancelled: false, failure: { status: 0, body: null } }));
    xhr.addEventListener('timeout', () => resolve({ ok: false, cancelled: false, failure: { status: 0, body: null } }));
    xhr.addEventListener('abort', () => resolve(cancelled ? { ok: false, cancelled: true } : { ok: false, cancelled: false, failure: { status: 0, body: null } }));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      xhr.abort();
    },
  };
}
