/**
 * Logical backup and restore of the application's data, and a drill that proves the pair (docs/operations.md):
 *   node apps/api/scripts/restore-drill.mjs dump <database url> <dir>       every table's rows (COPY, binary) + a manifest
 *   node apps/api/scripts/restore-drill.mjs restore <dir> <database url>    into a database migrated to the same version
 *   node apps/api/scripts/restore-drill.mjs drill [<database url>]          dump → new database → the app migrates it and
 *     starts → restore → the app starts on it → every table's count equals the source's; then the drill database is
 *     dropped. Without a URL: the embedded PostgreSQL of `npm start` (.data), which must be running.
 * Production backups are CloudNativePG's (base backups + WAL, point-in-time); this dump needs no server-side tool and
 * shows that data restored into a fresh database runs the app. Restore needs a superuser (triggers off while copying).
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import copy from 'pg-copy-streams';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const quote = (name) => `"${name.replace(/"/g, '""')}"`;

async function connect(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

async function tables(client) {
  return (await client.query('SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1')).rows.map(
    (r) => r.name,
  );
}

async function counts(client) {
  const out = {};
  for (const t of await tables(client)) out[t] = Number((await client.query(`SELECT count(*) AS n FROM ${quote(t)}`)).rows[0].n);
  return out;
}

async function lastMigration(client) {
  return (await client.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1')).rows[0]?.name ?? null;
}

/** Every table's rows in one repeatable-read snapshot: consistent across tables while the app keeps writing. */
export async function dump(url, dir) {
  mkdirSync(dir, { recursive: true });
  const client = await connect(url);
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const manifest = { migration: await lastMigration(client), at: new Date().toISOString(), tables: {} };
    for (const t of await tables(client)) {
      await pipeline(client.query(copy.to(`COPY ${quote(t)} TO STDOUT (FORMAT binary)`)), createWriteStream(join(dir, `${t}.bin`)));
      manifest.tables[t] = Number((await client.query(`SELECT count(*) AS n FROM ${quote(t)}`)).rows[0].n);
    }
    await client.query('COMMIT');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
    return manifest;
  } finally {
    await client.end();
  }
}

/** Replaces every table's rows with the dump's, in one transaction, then moves identity sequences past the restored ids. */
export async function restore(dir, url) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const client = await connect(url);
  try {
    const migration = await lastMigration(client);
    if (migration !== manifest.migration)
      throw new Error(
        `the target is migrated to ${migration}, the dump was taken at ${manifest.migration}: migrate the target to the same version first`,
      );
    const present = await tables(client);
    const missing = Object.keys(manifest.tables).filter((t) => !present.includes(t));
    if (missing.length) throw new Error(`tables missing in the target: ${missing.join(', ')}`);
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica'); // no triggers, no foreign-key checks while copying
    await client.query(`TRUNCATE ${present.map(quote).join(', ')}`);
    for (const t of Object.keys(manifest.tables)) {
      try {
        await pipeline(createReadStream(join(dir, `${t}.bin`)), client.query(copy.from(`COPY ${quote(t)} FROM STDIN (FORMAT binary)`)));
      } catch (err) {
        throw new Error(`restoring ${t}: ${err.message}`, { cause: err });
      }
    }
    const sequences = (
      await client.query(`SELECT c.relname AS t, a.attname AS col FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`)
    ).rows;
    for (const { t, col } of sequences) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${quote(col)}) FROM ${quote(t)}), 0) + 1, false)`,
        [quote(t), col],
      );
    }
    await client.query('COMMIT');
    return await counts(client);
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

/** Starts the built API on `url` until it is ready (it migrates first), checks /health, stops it. */
async function startApp(url, env = {}) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, [join(repo, 'apps/api/dist/main.js')], {
    cwd: repo,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'false',
      PII_KEY: process.env.PII_KEY ?? '5'.repeat(64),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the app did not start:\n${output}`)), 90_000);
    child.stdout.on('data', (d) => {
      output += d;
      if (output.includes('portal and API ready')) {
        clearTimeout(timer);
        ok();
      }
    });
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the app exited with ${code}:\n${output}`));
    });
  });
  const health = await fetch(`http://127.0.0.1:${port}/health`);
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  if (!health.ok) throw new Error(`/health answered ${health.status}`);
}

function embeddedUrl() {
  const data = resolve(process.env.DATA_DIR ?? join(repo, '.data'));
  const pid = join(data, 'postgres', 'postmaster.pid');
  if (!existsSync(pid)) throw new Error(`no running embedded PostgreSQL under ${data}: start the app (npm start) or give a database URL`);
  const { owner } = JSON.parse(readFileSync(join(data, 'postgres-credentials.json'), 'utf8'));
  return `postgres://postgres:${owner}@127.0.0.1:${readFileSync(pid, 'utf8').split('\n')[3].trim()}/lalaland`;
}

/** dump → new database → the app migrates it → restore → the app starts on it → counts equal. */
export async function drill(sourceUrl) {
  const dir = mkdtempSync(join(tmpdir(), 'lalaland-dump-'));
  const target = new URL(sourceUrl);
  const name = `${target.pathname.slice(1)}_drill_${Date.now()}`;
  const admin = await connect(sourceUrl);
  const steps = [];
  const step = (what, t0) => steps.push(`${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  try {
    let t0 = Date.now();
    const manifest = await dump(sourceUrl, dir);
    step(`dump (${Object.values(manifest.tables).reduce((a, b) => a + b, 0)} rows in ${Object.keys(manifest.tables).length} tables)`, t0);
    await admin.query(`CREATE DATABASE ${quote(name)}`);
    target.pathname = `/${name}`;
    t0 = Date.now();
    await startApp(target.href);
    step('new database migrated by the app', t0);
    t0 = Date.now();
    const restored = await restore(dir, target.href);
    step('restore', t0);
    t0 = Date.now();
    await startApp(target.href);
    step('the app started on the restored database, /health 200', t0);
    const differ = Object.keys(manifest.tables).filter((t) => manifest.tables[t] !== restored[t]);
    return { ok: differ.length === 0, differ, steps, tables: Object.keys(manifest.tables).length };
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, a, b] = process.argv.slice(2);
  const run = {
    dump: () => dump(a, b),
    restore: () => restore(a, b),
    drill: () => drill(a ?? embeddedUrl()),
  }[command];
  if (!run) {
    console.error('usage: restore-drill.mjs dump <url> <dir> | restore <dir> <url> | drill [<url>]');
    process.exit(2);
  }
  run().then(
    (result) => {
      console.log(JSON.stringify(result, null, 2));
      process.exit(result?.ok === false ? 1 : 0);
    },
    (err) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
