import type { DataSource } from 'typeorm';
import { signalChanges } from './migrations/1796380000000-ReadCacheSignal';

/** Core's tables whose writes change no cached answer: logs, the outbox, counters. Modules declare theirs (`quietTables`). */
export const CORE_QUIET_TABLES = ['migrations', 'rate_limit', 'audit_event', 'personal_data_access', 'outbox_message'];

/**
 * After the migrations: every table that neither signals the response cache nor is quiet gets the trigger (one
 * NOTIFY per writing transaction, at commit), so a module's new table needs nothing in its migration for it.
 * Returns the tables it installed the trigger on.
 */
export async function installReadCacheSignals(ds: DataSource, quietTables: readonly string[]): Promise<string[]> {
  const rows: Array<{ name: string }> = await ds.query(
    `SELECT t.tablename AS name FROM pg_tables t
      WHERE t.schemaname = current_schema() AND NOT (t.tablename = ANY($1))
        AND NOT EXISTS (SELECT 1 FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
                         WHERE c.relname = t.tablename AND c.relnamespace = current_schema()::regnamespace AND g.tgname = 'read_cache_signal')
      ORDER BY 1`,
    [quietTables],
  );
  for (const { name } of rows) await ds.query(signalChanges(name));
  return rows.map((r) => r.name);
}
