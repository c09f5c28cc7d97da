import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The quiet tables as they were when this migration ran (history: today core and each module declare theirs, and core
 * installs the trigger on every other table after the migrations — core/database/read-cache-signals.ts).
 */
const QUIET_AT_THE_TIME = [
  'migrations',
  'rate_limit',
  'audit_event',
  'personal_data_access',
  'outbox_message',
  'kpi_cell',
  'kpi_person',
  'kpi_dim',
  'kpi_dim_delta',
  'notification',
  'notification_digest',
  'api_key',
];

/** The statement a migration runs to make a new table signal its changes (one NOTIFY per transaction: PostgreSQL folds duplicates). */
export const signalChanges = (table: string) =>
  `CREATE TRIGGER "read_cache_signal" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION read_cache_signal()`;

/**
 * The response cache's invalidation (core/graphql/response-cache.ts): every write to a table an answer can be read
 * from sends NOTIFY lalaland_data at its commit, to every replica, and never for a rolled-back change.
 */
export class ReadCacheSignal1796380000000 implements MigrationInterface {
  name = 'ReadCacheSignal1796380000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION read_cache_signal() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('lalaland_data', ''); RETURN NULL; END $$`);
    const tables: Array<{ name: string }> = await q.query(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND NOT (tablename = ANY($1)) ORDER BY 1`,
      [QUIET_AT_THE_TIME],
    );
    for (const { name } of tables) await q.query(signalChanges(name));
    // A session signals when it ends or changes organization, not when its idle clock is touched (once a minute).
    await q.query(`DROP TRIGGER "read_cache_signal" ON "user_session"`);
    await q.query(
      `CREATE TRIGGER "read_cache_signal" AFTER DELETE OR UPDATE OF active_organization_id ON "user_session" FOR EACH STATEMENT EXECUTE FUNCTION read_cache_signal()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    const tables: Array<{ name: string }> = await q.query(
      `SELECT c.relname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = 'read_cache_signal' AND NOT t.tgisinternal`,
    );
    for (const { name } of tables) await q.query(`DROP TRIGGER "read_cache_signal" ON "${name}"`);
    await q.query(`DROP FUNCTION read_cache_signal()`);
  }
}
