/**
 * Fills the configured database (DATABASE_URL or DATA_DIR's SQLite file, as the hub) with a
 * national year of data times VOLUME_SCALE (default 1: 500 partnerships, 5,000 households,
 * 200 threads of 1,000 messages, 50,000 notifications). The database must hold the demo data
 * (made here on an empty database when SEED_DEMO is on, as the hub does at start-up), whose people
 * the rows belong to. Additive: each run adds another set.
 *
 *   pnpm generate:volume
 *   VOLUME_SCALE=0.1 DATABASE_URL=postgresql://postgres@127.0.0.1:5432/hub pnpm generate:volume
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/app/orm.js';
import { User } from '../src/modules/user/user.entity.js';
import { seedDemo } from '../src/seeders/demo.js';
import { ensureReferenceData } from '../src/seeders/reference-data.js';
import { generateVolume, volumeSize } from '../bench/volume-data.js';

const scale = Number(process.env.VOLUME_SCALE ?? 1);
if (!(scale > 0)) throw new Error(`VOLUME_SCALE must be a positive number, got "${process.env.VOLUME_SCALE}"`);
const config = loadConfig();
const { orm } = await openDatabase(config.database);
try {
  // As the hub does at start-up: reference data, and the demo data on an empty database (SEED_DEMO).
  const em = orm.em.fork();
  await ensureReferenceData(em);
  if (config.seedDemo && (await em.count(User, {})) === 0) await seedDemo(em);
  const result = await generateVolume(orm, volumeSize(scale), (line) => console.log(line));
  console.log(`Volume ${result.tag}: ${result.rows} rows in ${(result.ms / 1000).toFixed(1)} s (${config.database.kind}, scale ${scale})`);
} finally {
  await orm.close(true);
}
