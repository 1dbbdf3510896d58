/**
 * A local SMTP catcher for trying the hub's mail: accepts everything on 127.0.0.1 (port
 * SMTP_CATCHER_PORT, default 1025), prints each message's envelope, subject and plain text, and
 * keeps the raw message as a .eml file (open it in a mail client) under DIR (default ./data/mail).
 * Run: `pnpm --filter @partner-hub/server mail:catch`, then start the hub with SMTP_URL=smtp://127.0.0.1:1025.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const port = Number(process.env.SMTP_CATCHER_PORT ?? 1025);
const dir = path.resolve(process.env.DIR ?? path.join(import.meta.dirname, '../../data/mail'));
mkdirSync(dir, { recursive: true });
let n = 0;

/** Keeps the raw message as a .eml file, then prints it. */
async function keep(raw: Buffer, to: string) {
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${++n}.eml`);
  writeFileSync(file, raw);
  const mail = await simpleParser(raw);
  console.log(`\n=== to ${to}: ${mail.subject ?? ''}`);
  for (const h of mail.headerLines.filter((l) => l.key.startsWith('list-unsubscribe'))) console.log(h.line);
  if (mail.attachments.length) console.log(`attachments: ${mail.attachments.map((a) => `${a.filename ?? '(unnamed)'} (${a.contentType})`).join(', ')}`);
  console.log((mail.text ?? '').trim());
  console.log(`(saved ${file})`);
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  // Any user name and password are fine (SMTP_URL may carry some).
  onAuth: (_auth, _session, callback) => callback(null, { user: 'catcher' }),
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    // A message that cannot be kept or read is refused to the sender (it used to be an unhandled rejection).
    stream.on('end', () => {
      keep(Buffer.concat(chunks), session.envelope.rcptTo.map((r) => r.address).join(', ')).then(
        () => callback(),
        (error: Error) => callback(error),
      );
    });
  },
});

server.listen(port, '127.0.0.1', () => console.log(`SMTP catcher on smtp://127.0.0.1:${port}; messages saved under ${dir}`));
process.once('SIGINT', () => server.close(() => process.exit(0)));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
