import { MigrationInterface, QueryRunner } from 'typeorm';

/** A draw's order on the waitlist (`enrolment.queue_rank`), ahead of later arrivals. */
export class WaitlistQueueRank1796480100000 implements MigrationInterface {
  name = 'WaitlistQueueRank1796480100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enrolment" ADD "queue_rank" integer`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enrolment" DROP COLUMN "queue_rank"`);
  }
}
