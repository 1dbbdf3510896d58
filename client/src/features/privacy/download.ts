/**
 * Downloads a streamed file (an export ZIP whose length is not known in advance) with progress:
 * the bytes received so far, and the server's estimate of the total when it sends one.
 */
export interface DownloadProgress {
  received: number;
  /** X-Partner-Hub-Estimated-Bytes: the uncompressed size, so "about". */
  estimated: number | null;
}

export class DownloadError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** The file name of a Content-Disposition header (the UTF-8 form first). */
export function filenameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="([^"]+)"/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

export async function downloadWithProgress(url: string, onProgress: (p: DownloadProgress) => void, fetchImpl: typeof fetch = fetch): Promise<{ blob: Blob; filename: string }> {
  const res = await fetchImpl(url, { credentials: 'same-origin' });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
    throw new DownloadError(body?.error?.code ?? 'INTERNAL_SERVER_ERROR');
  }
  const estimatedHeader = Number(res.headers.get('x-partner-hub-estimated-bytes'));
  const estimated = Number.isFinite(estimatedHeader) && estimatedHeader > 0 ? estimatedHeader : null;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  onProgress({ received, estimated });
  if (res.body) {
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress({ received, estimated });
    }
  } else {
    const whole = new Uint8Array(await res.arrayBuffer());
    chunks.push(whole);
    received = whole.byteLength;
    onProgress({ received, estimated });
  }
  return { blob: new Blob(chunks, { type: res.headers.get('content-type') ?? 'application/octet-stream' }), filename: filenameOf(res.headers.get('content-disposition'), 'export.zip') };
}

/** Hands a downloaded blob to the browser as a file. */
export function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
