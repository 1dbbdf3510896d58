/**
 * `pnpm backup [folder]` and `pnpm restore <folder> [--force]` (root package.json, through
 * scripts/ops.mjs): the hub's settings come from the environment, as for `pnpm start`.
 */
import { loadConfig } from '../config.js';
import { BackupError, backup, defaultBackupDir, restore } from './backup.js';

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  const force = rest.includes('--force');
  const folder = rest.find((a) => !a.startsWith('--'));
  // The session secret is not needed here: do not let the settings generate one in the data folder.
  const config = loadConfig({ ...process.env, SESSION_SECRET: process.env.SESSION_SECRET || 'not-used-by-backup' });
  if (command === 'backup') {
    // `--default-name`: `folder` is where backups go; this one gets a dated folder inside it.
    const out = !folder ? defaultBackupDir() : rest.includes('--default-name') ? defaultBackupDir(folder) : folder;
    const manifest = await backup(config, out);
    console.log(`backup written to ${out}`);
    console.log(`  database: ${manifest.database.kind}, ${manifest.database.bytes} bytes`);
    console.log(manifest.documents.kind === 'local' ? `  documents: ${manifest.documents.files} files` : '  documents: on S3, not copied (back up the bucket itself: see README)');
    return;
  }
  if (command === 'restore') {
    if (!folder) throw new BackupError('usage: pnpm restore <backup folder> [--force]');
    const manifest = await restore(config, folder, { force });
    console.log(`restored the backup of ${manifest.createdAt} (${manifest.database.kind}, ${manifest.documents.files} documents): start the hub`);
    return;
  }
  throw new BackupError('usage: cli.ts backup [folder] | restore <folder> [--force]');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof BackupError ? `error: ${error.message}` : error);
  process.exit(1);
});
