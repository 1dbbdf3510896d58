import 'reflect-metadata';
import { createLogger } from './app/logger.js';
import { openDatabase } from './app/orm.js';
import { startServer } from './app/server.js';
import { loadConfig } from './config.js';
import { User } from './modules/user/user.entity.js';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './seeders/demo.js';
import { RETURN_DESK_USERS } from './seeders/demo-return.js';
import { ensureReferenceData } from './seeders/reference-data.js';

/** Boot: config -> database (migrations) -> reference and demo data -> HTTP + WebSocket; stops gracefully. */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const { orm } = await openDatabase(config.database);
  const em = orm.em.fork();
  await ensureReferenceData(em);
  if (config.seedDemo && (await em.count(User, {})) === 0) {
    await seedDemo(em);
    logger.info('demo data seeded', { password: DEMO_PASSWORD, users: [...DEMO_USERS, ...RETURN_DESK_USERS].map((u) => `${u.email} (${u.role})`) });
  }
  const server = await startServer(config, orm, logger);
  logger.info('Partner Hub is running', {
    url: server.url,
    database: config.database.kind,
    pubsub: config.redisUrl ? 'redis' : 'in-process',
  });
  console.log(`\n  Partner Hub is running at ${server.url}\n`);

  const stop = async (signal: string) => {
    logger.info('stopping', { signal });
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    try {
      await server.close();
      await orm.close(true);
      clearTimeout(force);
      process.exit(0);
    } catch (error) {
      logger.error('stop failed', { error: String(error) });
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
