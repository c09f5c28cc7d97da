import { MigrationInterface, QueryRunner } from 'typeorm';

/** Mentor suggestions read a week's live load for every mentor at once: an index on the live assignments by week. */
export class MentorLoadIndex1796260000000 implements MigrationInterface {
  name = 'MentorLoadIndex1796260000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "mentor_assignment_live_week_idx" ON "mentor_assignment"  ("week", "mentor_id") WHERE status IN ('ASSIGNED', 'CONFIRMED')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."mentor_assignment_live_week_idx"`);
  }
}
