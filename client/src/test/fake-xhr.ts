import { act } from '@testing-library/react';

// ----- A stand-in for XMLHttpRequest: the test decides progress and answer -------------------

type Listener = (event: unknown) => void;

class Listeners {
  private readonly map = new Map<string, Listener[]>();
  addEventListener(type: string, listener: Listener) {
    this.map.set(type, [...(this.map.get(type) ?? []), listener]);
  }
  emit(type: string, event: unknown = { type }) {
    for (const l of this.map.get(type) ?? []) l(event);
  }
}

export class FakeXhr extends Listeners {
  static sent: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = '';
  aborted = false;
  responseHeaders: Record<string, string> = {};
  upload = new Listeners();
  getResponseHeader(name: string): string | null {
    return Object.entries(this.responseHeaders).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1] ?? null;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort() {
    this.aborted = true;
    this.emit('abort');
  }
  progress(loaded: number, total: number) {
    act(() => this.upload.emit('progress', { loaded, total, lengthComputable: true }));
  }
  /** Emits in React's async act (the callback returns a promise): what the event sets off settles before the test goes on. */
  private settle(type: string) {
    return act(() => {
      this.emit(type);
      return Promise.resolve();
    });
  }
  /** Answers; the panel updates once the upload's promise has settled. */
  async respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    await this.settle('load');
  }
  /** Answers a streamed request (application/x-ndjson): each line is received, then the request ends. */
  async stream(lines: unknown[]) {
    this.status = 200;
    this.responseHeaders = { 'Content-Type': 'application/x-ndjson; charset=utf-8' };
    for (const line of lines) {
      this.responseText += `${JSON.stringify(line)}\n`;
      await this.settle('progress');
    }
    await this.settle('load');
  }
  async fail() {
    await this.settle('error');
  }
}
