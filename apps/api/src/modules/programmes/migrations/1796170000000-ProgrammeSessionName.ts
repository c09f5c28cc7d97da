import { MigrationInterface, QueryRunner } from 'typeorm';

/** One name for the class meeting: the table learning_session becomes programme_session, like its entity and GraphQL type. */
export class ProgrammeSessionName1796170000000 implements MigrationInterface {
  name = 'ProgrammeSessionName1796170000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "learning_session" RENAME TO "programme_session"`);
    await queryRunner.query(
      `ALTER TABLE "programme_session" RENAME CONSTRAINT "learning_session_time_check" TO "programme_session_time_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_session" RENAME CONSTRAINT "learning_session_venue_no_overlap" TO "programme_session_venue_no_overlap"`,
    );
    await queryRunner.query(`ALTER INDEX "learning_session_check_in_key" RENAME TO "programme_session_check_in_key"`);
    await queryRunner.query(`ALTER INDEX "learning_session_programme_idx" RENAME TO "programme_session_programme_idx"`);
    await queryRunner.query(`ALTER INDEX "learning_session_starts_idx" RENAME TO "programme_session_starts_idx"`);
    // The foreign keys' generated names follow the table name.
    await queryRunner.query(
      `ALTER TABLE "programme_session" RENAME CONSTRAINT "FK_df1133b0817638875a4fbf870ba" TO "FK_9b8c4fea374d5ef8d3a29f224f0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_session" RENAME CONSTRAINT "FK_700fcd403618ec0907aec48defc" TO "FK_11800eb3fa28042a642d8192cdc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_session" RENAME CONSTRAINT "FK_34fe1de797535d450677f352507" TO "FK_beb8ee7ede22f20ed21acabf23e"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "programme_session" RENAME CONSTRAINT "FK_9b8c4fea374d5ef8d3a29f224f0" TO "FK_df1133b0817638875a4fbf870ba"`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_session" RENAME CONSTRAINT "FK_11800eb3fa28042a642d8192cdc" TO "FK_700fcd403618ec0907aec48defc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_session" RENAME CONSTRAINT "FK_beb8ee7ede22f20ed21acabf23e" TO "FK_34fe1de797535d450677f352507"`,
    );
    await queryRunner.query(`ALTER INDEX "programme_session_starts_idx" RENAME TO "learning_session_starts_idx"`);
    await queryRunner.query(`ALTER INDEX "programme_session_programme_idx" RENAME TO "learning_session_programme_idx"`);
    await queryRunner.query(`ALTER INDEX "programme_session_check_in_key" RENAME TO "learning_session_check_in_key"`);
    await queryRunner.query(
      `ALTER TABLE "programme_session" RENAME CONSTRAINT "programme_session_venue_no_overlap" TO "learning_session_venue_no_overlap"`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_session" RENAME CONSTRAINT "programme_session_time_check" TO "learning_session_time_check"`,
    );
    await queryRunner.query(`ALTER TABLE "programme_session" RENAME TO "learning_session"`);
  }
}
