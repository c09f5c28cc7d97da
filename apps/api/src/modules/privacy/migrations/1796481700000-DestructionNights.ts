import { MigrationInterface, QueryRunner } from 'typeorm';

/** The nightly destruction's schedule: one row per night (its outbox message is the alarm), with what it did. */
export class DestructionNights1796481700000 implements MigrationInterface {
  name = 'DestructionNights1796481700000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE destruction_night (
      night date PRIMARY KEY,
      finished_at timestamptz,
      destroyed integer)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE destruction_night');
  }
}
