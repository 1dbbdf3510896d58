import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type DestinationStream } from 'pino';

/** Structured logs through pino: one JSON line per event on stdout (errors on stderr). */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(msg: string, data?: Record<string, unknown>): void;
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
}

/**
 * The request being served (set by the HTTP layer for each request, and per socket for the
 * WebSocket): every line logged while serving it carries its `requestId`, which error answers
 * also carry, so a user's report leads to the log lines.
 */
export const requestScope = new AsyncLocalStorage<{ requestId: string; operation?: string }>();

/** The id of the request being served, if any. */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

/**
 * An error's text without the values it may quote: database errors carry the failed statement
 * with its parameters ('…' literals) and the offending key (`Key (name)=(…)`), which can be a
 * household's specific needs or a document's name. The statement's shape and the stack stay.
 */
export function scrubErrorText(text: string): string {
  return text.replace(/'(?:[^']|'')*'/g, "'?'").replace(/\)=\((?:[^)(]|\([^)]*\))*\)/g, ')=(?)');
}

/** A function that takes each line with its level (tests capture logs with one). */
export type LogSink = (line: string, level: LogLevel) => void;

/** A sink function as the stream pino writes to (one JSON line per write). */
function sinkStream(sink: LogSink): DestinationStream {
  return {
    write(line: string) {
      const text = line.endsWith('\n') ? line.slice(0, -1) : line;
      const level = (/"level":"(debug|info|warn|error)"/.exec(text)?.[1] ?? 'info') as LogLevel;
      sink(text, level);
    },
  };
}

/**
 * A logger writing JSON lines `{"level":"info","time":"...","msg":"...",...data}`, with an error's
 * text scrubbed of the values it quotes. `destination` (tests) takes every line instead of stdout
 * and stderr: a stream, or a function given each line and its level.
 */
export function createLogger(level: LogLevel = 'info', destination?: DestinationStream | LogSink): Logger {
  const streams =
    typeof destination === 'function'
      ? sinkStream(destination)
      : (destination ??
        pino.multistream(
          [
            { level: 'debug', stream: pino.destination({ dest: 1, sync: true }) },
            { level: 'error', stream: pino.destination({ dest: 2, sync: true }) },
          ],
          { dedupe: true },
        ));
  const log = pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (data) => (typeof data.error === 'string' ? { ...data, error: scrubErrorText(data.error) } : data),
      },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    streams,
  );
  return {
    debug: (msg, data) => log.debug(data ?? {}, msg),
    info: (msg, data) => log.info(data ?? {}, msg),
    warn: (msg, data) => log.warn(data ?? {}, msg),
    error: (msg, data) => log.error(data ?? {}, msg),
  };
}
