import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The change signal names the table written (core/graphql/response-cache.ts drops only the answers that read it):
 * one NOTIFY per table and transaction, at commit (PostgreSQL folds a transaction's identical notifications).
 */
export class ReadCacheSignalNamesTable1796482300000 implements MigrationInterface {
  name = 'ReadCacheSignalNamesTable1796482300000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION read_cache_signal() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('lalaland_data', TG_TABLE_NAME); RETURN NULL; END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION read_cache_signal() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('lalaland_data', ''); RETURN NULL; END $$`);
  }
}
