import { MigrationInterface, QueryRunner } from 'typeorm';

/** Act: citizens' activities supported by an organization, and who takes part (age band at joining, hours). */
export class Activities1796230000000 implements MigrationInterface {
  name = 'Activities1796230000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."activity_kind" AS ENUM('LEARNING_CLUB', 'COMMUNITY_PROJECT', 'VOLUNTEER_EVENT', 'CHALLENGE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "stream_id" uuid, "kind" "public"."activity_kind" NOT NULL, "title" character varying(200) NOT NULL, "description" character varying(2000), "starts_on" date NOT NULL, "ends_on" date, "leader_participant_id" uuid, "open_headcount" integer NOT NULL DEFAULT '0', CONSTRAINT "activity_headcount_check" CHECK (open_headcount >= 0), CONSTRAINT "activity_dates_check" CHECK (ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT "PK_24625a1d6b1b089c8ae206fe467" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "activity_stream_idx" ON "activity"  ("stream_id", "starts_on") `);
    await queryRunner.query(`CREATE INDEX "activity_org_idx" ON "activity"  ("organization_id", "starts_on") `);
    await queryRunner.query(
      `CREATE TABLE "activity_participant" ("activity_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "age_band" "public"."age_band" NOT NULL, "hours" numeric(6,1) NOT NULL DEFAULT '0', "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "activity_participant_hours_check" CHECK (hours >= 0 AND hours <= 10000), CONSTRAINT "PK_ffdb647d50d34965cbb3a569fe5" PRIMARY KEY ("activity_id", "participant_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "activity_participant_person_idx" ON "activity_participant"  ("participant_id") `);
    await queryRunner.query(
      `ALTER TABLE "activity" ADD CONSTRAINT "FK_15d2fc0dc8149ced879feb993bf" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity" ADD CONSTRAINT "FK_da77751707ee5ad73e74ef2216b" FOREIGN KEY ("stream_id") REFERENCES "funding_stream"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity" ADD CONSTRAINT "FK_5edcd721b618135f5608dbf71ae" FOREIGN KEY ("leader_participant_id") REFERENCES "participant"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_participant" ADD CONSTRAINT "FK_5d88d380bfe60e28fcdcde9e12c" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_participant" ADD CONSTRAINT "FK_6b0347423fec39efae8bb084476" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "activity_participant" DROP CONSTRAINT "FK_6b0347423fec39efae8bb084476"`);
    await queryRunner.query(`ALTER TABLE "activity_participant" DROP CONSTRAINT "FK_5d88d380bfe60e28fcdcde9e12c"`);
    await queryRunner.query(`ALTER TABLE "activity" DROP CONSTRAINT "FK_5edcd721b618135f5608dbf71ae"`);
    await queryRunner.query(`ALTER TABLE "activity" DROP CONSTRAINT "FK_da77751707ee5ad73e74ef2216b"`);
    await queryRunner.query(`ALTER TABLE "activity" DROP CONSTRAINT "FK_15d2fc0dc8149ced879feb993bf"`);
    await queryRunner.query(`DROP INDEX "public"."activity_participant_person_idx"`);
    await queryRunner.query(`DROP TABLE "activity_participant"`);
    await queryRunner.query(`DROP INDEX "public"."activity_org_idx"`);
    await queryRunner.query(`DROP INDEX "public"."activity_stream_idx"`);
    await queryRunner.query(`DROP TABLE "activity"`);
    await queryRunner.query(`DROP TYPE "public"."activity_kind"`);
  }
}
