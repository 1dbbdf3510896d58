/**
 * A second server process for tests (test/pubsub.test.ts): starts a hub on the database and Redis
 * given in HUB_CONFIG (a Config as JSON, from the harness's hub), without migrating or seeding (the
 * harness's hub owns the database), prints `READY <url>` and stops on SIGTERM.
 *
 * Run: node --conditions=source --import @swc-node/register/esm-register test/hub-process.ts
 */
import 'reflect-metadata';
import { createLogger } from '../src/app/logger.js';
import { openDatabase } from '../src/app/orm.js';
import { startServer } from '../src/app/server.js';
import type { Config } from '../src/config.js';

async function main() {
  const config = JSON.parse(process.env.HUB_CONFIG ?? '') as Config;
  // HUB_STANDBY: loaded and waiting; opens the database and listens once a line comes on stdin
  // (a fault test's replacement for a killed hub starts at once instead of loading its code then).
  if (process.env.HUB_STANDBY) {
    process.stdout.write('STANDBY\n');
    // Never started (the test ended): leave when the test's end of the pipe closes.
    process.stdin.once('end', () => process.exit(0));
    await new Promise((resolve) => process.stdin.once('data', resolve));
  }
  const { orm } = await openDatabase(config.database, { migrate: false });
  // HUB_KEEP_PORT: listen on the configured port (a hub restarted by a fault test keeps its address).
  const server = await startServer({ ...config, port: process.env.HUB_KEEP_PORT ? config.port : 0 }, orm, createLogger('error'));
  process.stdout.write(`READY ${server.url.replace('localhost', '127.0.0.1')}\n`);
  const stop = async () => {
    const force = setTimeout(() => process.exit(1), 5_000).unref();
    await server.close();
    await orm.close(true);
    clearTimeout(force);
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
