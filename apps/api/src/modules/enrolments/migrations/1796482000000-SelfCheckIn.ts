import { MigrationInterface, QueryRunner } from 'typeorm';

/** Attendance a learner marked themselves by the session's QR code (staff see it as such and may correct it). */
export class SelfCheckIn1796482000000 implements MigrationInterface {
  name = 'SelfCheckIn1796482000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE attendance ADD COLUMN self_checked_in boolean NOT NULL DEFAULT false');
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE attendance DROP COLUMN self_checked_in');
  }
}
