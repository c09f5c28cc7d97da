import { MigrationInterface, QueryRunner } from 'typeorm';

/** Announcements may address the organizations running programmes of chosen pillars (Learn, Link, Act) in the stream. */
export class AnnouncementPillars1796340000000 implements MigrationInterface {
  name = 'AnnouncementPillars1796340000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "announcement" ADD "audience_pillars" text array NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "announcement" DROP COLUMN "audience_pillars"`);
  }
}
