import type { DataSource } from 'typeorm';

/** The role the API connects as under `npm start`: it reads and writes rows, and owns nothing (migrations run as the owner). */
export const APP_ROLE = 'lalaland_app';

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * What the API's role may do, granted by the owner after migrations: rows of every table (now and later), the
 * sequences — only reading and adding to the append-only logs; no DDL, no superuser, no ownership. Run by `migrateAndSeed` when an app role is configured.
 */
export async function grantAppRole(ds: DataSource, role: string, appendOnly: readonly string[] = []): Promise<void> {
  if (!IDENT.test(role)) throw new Error(`invalid role name ${role}`);
  await ds.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
  await ds.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
  await ds.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
  await ds.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`);
  await ds.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role}`);
  // Logs kept as written (ApiModule.appendOnly): read and added to, never changed.
  for (const table of appendOnly) {
    if (!IDENT.test(table)) throw new Error(`invalid table name ${table}`);
    await ds.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${table} FROM ${role}`);
  }
}

/** Creates (or re-keys) a login role that is not a superuser and cannot create databases or roles. */
export async function ensureLoginRole(query: (sql: string) => Promise<unknown>, role: string, password: string): Promise<void> {
  if (!IDENT.test(role) || !/^[A-Za-z0-9]+$/.test(password)) throw new Error('invalid role name or password');
  await query(`DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${role} LOGIN; END IF;
  END $$`);
  await query(`ALTER ROLE ${role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '${password}'`);
}
