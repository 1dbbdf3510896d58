/**
 * A real SMTP server in the test process (the `smtp-server` package, loopback only), parsing what
 * it receives with `mailparser`. It can refuse the next messages with a given reply code, and be
 * stopped and started again on the same port (a mail server that is down for a while).
 */
import { createServer, type AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  envelopeTo: string[];
  raw: string;
  parsed: ParsedMail;
}

export interface TestSmtp {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** The next messages get these reply codes (451: try later, 550: refused) instead of being accepted. */
  refuseNext(...codes: number[]): void;
  /** Refuse every message with this code until cleared (null). */
  refuseAll(code: number | null): void;
  to(address: string): ReceivedMail[];
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** A port nothing listens on (yet). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function startSmtp(options: { port?: number; listen?: boolean } = {}): Promise<TestSmtp> {
  const port = options.port ?? (await freePort());
  const received: ReceivedMail[] = [];
  const refusals: number[] = [];
  let always: number | null = null;
  let server: SMTPServer | null = null;

  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const code = refusals.shift() ?? always;
          if (code) {
            callback(Object.assign(new Error(code >= 500 ? 'Mailbox unavailable' : 'Try again later'), { responseCode: code }));
            return;
          }
          const raw = Buffer.concat(chunks).toString('utf8');
          simpleParser(raw).then(
            (parsed) => {
              received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), raw, parsed });
              callback();
            },
            (error: Error) => callback(error),
          );
        });
      },
    });

  const smtp: TestSmtp = {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: (...codes) => refusals.push(...codes),
    refuseAll: (code) => {
      always = code;
    },
    to: (address) => received.filter((m) => m.envelopeTo.includes(address)),
    async start() {
      server = make();
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(port, '127.0.0.1', () => resolve());
      });
    },
    async stop() {
      if (!server) return;
      const s = server;
      server = null;
      await new Promise<void>((resolve) => s.close(() => resolve()));
    },
  };
  if (options.listen !== false) await smtp.start();
  return smtp;
}
