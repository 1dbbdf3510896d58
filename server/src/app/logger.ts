/** A small structured logger: one JSON line per event on stdout (errors on stderr). */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, data?: Record<string, unknown>): void;
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
}

/**
 * An error's text without the values it may quote: database errors carry the failed statement
 * with its parameters ('…' literals) and the offending key (`Key (name)=(…)`), which can be a
 * household's specific needs or a document's name. The statement's shape and the stack stay.
 */
export function scrubErrorText(text: string): string {
  return text.replace(/'(?:[^']|'')*'/g, "'?'").replace(/\)=\((?:[^)(]|\([^)]*\))*\)/g, ')=(?)');
}

const scrub = (data: Record<string, unknown> | undefined) =>
  data && typeof data.error === 'string' ? { ...data, error: scrubErrorText(data.error) } : data;

/** Where lines go: stdout (errors on stderr) unless a sink is given (tests capture logs). */
export type LogSink = (line: string, level: LogLevel) => void;
const stdSink: LogSink = (line, l) => (l === 'error' ? process.stderr : process.stdout).write(`${line}\n`);

export function createLogger(level: LogLevel = 'info', sink: LogSink = stdSink): Logger {
  const write = (l: LogLevel, msg: string, data?: Record<string, unknown>) => {
    if (ORDER[l] < ORDER[level]) return;
    sink(JSON.stringify({ time: new Date().toISOString(), level: l, msg, ...scrub(data) }), l);
  };
  return {
    debug: (m, d) => write('debug', m, d),
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}
