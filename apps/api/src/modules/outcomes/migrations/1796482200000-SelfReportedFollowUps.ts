import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Follow-ups asked of the person by text (a link to a short form): when it was asked, the hash of the link's token, and
 * when the person answered it themselves (the answer-rate KPI counts these).
 */
export class SelfReportedFollowUps1796482200000 implements MigrationInterface {
  name = 'SelfReportedFollowUps1796482200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE follow_up ADD COLUMN asked_at timestamptz, ADD COLUMN ask_token_hash char(64),
      ADD COLUMN self_answered_at timestamptz`);
    await q.query('CREATE UNIQUE INDEX follow_up_ask_token_key ON follow_up (ask_token_hash) WHERE ask_token_hash IS NOT NULL');
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE follow_up DROP COLUMN asked_at, DROP COLUMN ask_token_hash, DROP COLUMN self_answered_at');
  }
}
