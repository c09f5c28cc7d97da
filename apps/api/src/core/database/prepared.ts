import { createHash } from 'node:crypto';
import type { Pool, QueryConfig } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { noteStatement } from './statement-log';

/**
 * A read through a named prepared statement, planned once per pooled connection: for hot read paths whose statement
 * costs more to plan than to run (the outcomes dashboard's KPI statement: 9.8 ms → 4.2 ms). `name` must always name
 * the same text. Outside any transaction: use it for reads that need none.
 */
export async function preparedQuery<T>(db: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = (db.driver as unknown as { master: Pool }).master;
  noteStatement(text);
  return (await pool.query({ name, text, values })).rows as T[];
}

const PREPARED_READS = 200;
const readNames = new Map<string, string>();

/** Anything that sends a statement: the pool, or the connection of an open transaction. */
type Queryable = Pick<Pool, 'query'>;

/**
 * A read of one JSON text (core/graphql/sql-read.ts): a named prepared statement for each of the first 200 distinct
 * texts (the shapes the portal asks for, planned once per connection), an unnamed one after that — a client inventing
 * shapes cannot grow every connection's statements. On the pool, or inside `em`'s transaction (a scoped read).
 */
export async function preparedRead(db: DataSource | EntityManager, text: string, values: unknown[]): Promise<Buffer> {
  // Keyed by a digest: V8 hashes strings over 16,383 characters by their length alone.
  const key = createHash('sha256').update(text).digest('base64');
  let name = readNames.get(key);
  if (name === undefined && readNames.size < PREPARED_READS) readNames.set(key, (name = `sql_read_${readNames.size}`));
  const on: Queryable =
    'driver' in db
      ? (db.driver as unknown as { master: Pool }).master
      : ((db.queryRunner as unknown as { databaseConnection: Queryable } | undefined)?.databaseConnection ??
        (db.connection.driver as unknown as { master: Pool }).master);
  // Through TypeORM's logger, as its own statements are: noted for the response cache (and seen by the tests' spy).
  ('driver' in db ? db : db.connection).logger.logQuery(text, values);
  // The text's bytes as PostgreSQL sent them (binary format, no parser): passed to the client without decoding.
  // `binary` is in pg's query options though not in its types.
  const config = { ...(name ? { name } : {}), text, values, binary: true, types: RAW } as QueryConfig;
  const rows = (await on.query(config)).rows as Array<{ json: Buffer }>;
  return rows[0]!.json;
}

const RAW = { getTypeParser: () => (value: unknown) => value } as unknown as QueryConfig['types'];
