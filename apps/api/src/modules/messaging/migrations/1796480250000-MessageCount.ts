import { MigrationInterface, QueryRunner } from 'typeorm';

/** The budget's tally: texts per organization and month in one row (claimed before each send). */
export class MessageCount1796480250000 implements MigrationInterface {
  name = 'MessageCount1796480250000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "message_count" ("organization_id" uuid NOT NULL, "month" character(7) NOT NULL, "sent" integer NOT NULL DEFAULT '0', "over_budget" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_de354d1c6642a90b5d64f2900ca" PRIMARY KEY ("organization_id", "month"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "message_count" ADD CONSTRAINT "message_count_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "message_count" DROP CONSTRAINT "message_count_organization_fk"`);
    await queryRunner.query(`DROP TABLE "message_count"`);
  }
}
