import { useCallback, useEffect, useRef, useState } from 'react';
import type { UploadFailure } from '../../app/errors';
import { startUpload, type UploadedDocument, type UploadHandle, type UploadTarget } from './upload';

export type UploadStatus = 'waiting' | 'uploading' | 'done' | 'failed' | 'cancelled';

/** One file of the queue, as the list shows it. */
export interface UploadItem {
  key: string;
  name: string;
  size: number;
  /** Bytes sent so far (of `total`, which is the request body: a little more than the file). */
  loaded: number;
  total: number;
  status: UploadStatus;
  failure: UploadFailure | null;
}

interface Job {
  file: File;
  target: UploadTarget;
  handle: UploadHandle | null;
}

/** Files sent at the same time; the others wait their turn (a phone's connection is shared). */
const AT_ONCE = 2;

let lastKey = 0;

/**
 * A queue of uploads with their progress: files are sent two at a time; each can be cancelled
 * (waiting or under way). Finished files stay in the list (uploaded, refused with the API's
 * answer, or cancelled) until dismissed. Uploads still running when the component goes away are
 * cancelled.
 */
export function useUploadQueue(onUploaded: (document: UploadedDocument) => void) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const jobs = useRef(new Map<string, Job>());
  const uploaded = useRef(onUploaded);
  useEffect(() => {
    uploaded.current = onUploaded;
  }, [onUploaded]);

  const update = useCallback((key: string, patch: Partial<UploadItem>) => {
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  const pump = useCallback(() => {
    // Named so that a finished upload starts the next one without reading `pump` before it is declared.
    const next = (): void => {
      let free = AT_ONCE - [...jobs.current.values()].filter((job) => job.handle).length;
      for (const [key, job] of jobs.current) {
        if (free <= 0) break;
        if (job.handle) continue;
        free -= 1;
        update(key, { status: 'uploading' });
        const handle = startUpload(job.target, job.file, (loaded, total) => update(key, { loaded, total }));
        job.handle = handle;
        void handle.result.then((result) => {
          // Gone: the component was unmounted (and the upload cancelled).
          if (jobs.current.get(key) !== job) return;
          jobs.current.delete(key);
          if (result.ok) {
            update(key, { status: 'done' });
            uploaded.current(result.document);
          } else if (result.cancelled) {
            update(key, { status: 'cancelled' });
          } else {
            update(key, { status: 'failed', failure: result.failure });
          }
          next();
        });
      }
    };
    next();
  }, [update]);

  const add = useCallback(
    (files: readonly File[], target: UploadTarget) => {
      const added: UploadItem[] = files.map((file) => {
        const key = `upload-${++lastKey}`;
        jobs.current.set(key, { file, target, handle: null });
        return { key, name: file.name, size: file.size, loaded: 0, total: file.size, status: 'waiting', failure: null };
      });
      setItems((list) => [...list, ...added]);
      pump();
    },
    [pump],
  );

  const cancel = useCallback(
    (key: string) => {
      const job = jobs.current.get(key);
      if (!job) return;
      if (job.handle) {
        job.handle.cancel(); // the result says "cancelled"
      } else {
        jobs.current.delete(key);
        update(key, { status: 'cancelled' });
      }
    },
    [update],
  );

  const dismiss = useCallback((key: string) => {
    if (jobs.current.has(key)) return; // still under way: cancel it first
    setItems((list) => list.filter((item) => item.key !== key));
  }, []);

  useEffect(() => {
    const running = jobs.current;
    return () => {
      const handles = [...running.values()].map((job) => job.handle);
      running.clear();
      for (const handle of handles) handle?.cancel();
    };
  }, []);

  return { items, add, cancel, dismiss };
}
