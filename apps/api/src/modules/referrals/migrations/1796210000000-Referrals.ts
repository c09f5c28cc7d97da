import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Link: referrals of a participant between organizations, each with the sharing consent recorded for it (none:
 * nothing personal reaches the recipient).
 */
export class Referrals1796210000000 implements MigrationInterface {
  name = 'Referrals1796210000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."referral_reason" AS ENUM('LEARNING', 'EMPLOYMENT', 'START_UP', 'COUNSELLING', 'WELFARE', 'VOLUNTEERING', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."referral_status" AS ENUM('SUBMITTED', 'ACCEPTED', 'DECLINED', 'ENGAGED', 'CLOSED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "referral" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "participant_id" uuid NOT NULL, "from_organization_id" uuid NOT NULL, "to_organization_id" uuid NOT NULL, "programme_id" uuid, "reason" "public"."referral_reason" NOT NULL, "note" character varying(1000), "status" "public"."referral_status" NOT NULL DEFAULT 'SUBMITTED', "consent_id" uuid, "sharing_purpose" character varying(300), "decline_reason" character varying(500), "outcome" character varying(500), "enrolment_id" uuid, "created_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "engaged_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a2d3e935a6591168066defec5ad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "referral_participant_idx" ON "referral"  ("participant_id") `);
    await queryRunner.query(`CREATE INDEX "referral_to_idx" ON "referral"  ("to_organization_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "referral_from_idx" ON "referral"  ("from_organization_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "referral" ADD CONSTRAINT "FK_1fb58a265f7144276dc8ac1ab97" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referral" ADD CONSTRAINT "FK_d8504aa5dd02ef24e6a686db24c" FOREIGN KEY ("from_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referral" ADD CONSTRAINT "FK_3fa7d1fe82c611a3a4dae13ed8f" FOREIGN KEY ("to_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referral" ADD CONSTRAINT "FK_eb798ad39687206c2fef04da634" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referral" ADD CONSTRAINT "FK_e0007f8f4d9c25d0c76f3958f12" FOREIGN KEY ("enrolment_id") REFERENCES "enrolment"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referral" DROP CONSTRAINT "FK_e0007f8f4d9c25d0c76f3958f12"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP CONSTRAINT "FK_eb798ad39687206c2fef04da634"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP CONSTRAINT "FK_3fa7d1fe82c611a3a4dae13ed8f"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP CONSTRAINT "FK_d8504aa5dd02ef24e6a686db24c"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP CONSTRAINT "FK_1fb58a265f7144276dc8ac1ab97"`);
    await queryRunner.query(`DROP INDEX "public"."referral_from_idx"`);
    await queryRunner.query(`DROP INDEX "public"."referral_to_idx"`);
    await queryRunner.query(`DROP INDEX "public"."referral_participant_idx"`);
    await queryRunner.query(`DROP TABLE "referral"`);
    await queryRunner.query(`DROP TYPE "public"."referral_status"`);
    await queryRunner.query(`DROP TYPE "public"."referral_reason"`);
  }
}
