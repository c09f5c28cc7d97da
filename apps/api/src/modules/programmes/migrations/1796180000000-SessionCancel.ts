import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session can be cancelled (its programme was): it stays for history, and its venue booking no longer holds the room
 * (the exclusion constraint skips cancelled sessions). Sessions of programmes already cancelled, not yet held, are
 * marked now.
 */
export class SessionCancel1796180000000 implements MigrationInterface {
  name = 'SessionCancel1796180000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programme_session" ADD "cancelled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "programme_session" DROP CONSTRAINT "programme_session_venue_no_overlap"`);
    await queryRunner.query(
      `ALTER TABLE "programme_session" ADD CONSTRAINT "programme_session_venue_no_overlap" EXCLUDE USING gist ("venue_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("venue_id" IS NOT NULL AND "cancelled_at" IS NULL)`,
    );
    await queryRunner.query(
      `UPDATE "programme_session" s SET "cancelled_at" = p."updated_at" FROM "programme" p WHERE p."id" = s."programme_id" AND p."status" = 'CANCELLED' AND s."ends_at" > p."updated_at"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programme_session" DROP CONSTRAINT "programme_session_venue_no_overlap"`);
    await queryRunner.query(
      `ALTER TABLE "programme_session" ADD CONSTRAINT "programme_session_venue_no_overlap" EXCLUDE USING gist ("venue_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("venue_id" IS NOT NULL)`,
    );
    await queryRunner.query(`ALTER TABLE "programme_session" DROP COLUMN "cancelled_at"`);
  }
}
