import { MigrationInterface, QueryRunner } from 'typeorm';

/** Applications from the public door: drafts waiting for their phone code, applications, lottery draws. */
export class PublicApplications1796480300000 implements MigrationInterface {
  name = 'PublicApplications1796480300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "application_draft" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "phone_hash" character(64) NOT NULL, "phone_encrypted" character varying(300) NOT NULL, "name_encrypted" character varying(300) NOT NULL, "birth_year" smallint NOT NULL, "district_code" character varying(5), "follow_up_consent" boolean NOT NULL DEFAULT false, "code_hash" character(64), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" smallint NOT NULL DEFAULT '0', "confirmed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_24307d1616042b5ac5534ebed82" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "application_draft_phone_idx" ON "application_draft"  ("phone_hash", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "number" SERIAL NOT NULL, "enrolment_id" uuid, "status" character varying(20) NOT NULL, "resident" boolean NOT NULL DEFAULT false, "draw_rank" integer, "reason" character varying(300), "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_569e0c3e863ebdf5f2408ee1670" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "application_number_key" ON "application"  ("number") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "application_programme_person_key" ON "application"  ("programme_id", "participant_id") `);
    await queryRunner.query(
      `CREATE TABLE "programme_draw" ("programme_id" uuid NOT NULL, "seed" character(64) NOT NULL, "seed_hash" character(64) NOT NULL, "drawn_at" TIMESTAMP WITH TIME ZONE, "drawn_by_id" uuid, CONSTRAINT "PK_be393ee98f1442c06dcdcdc017e" PRIMARY KEY ("programme_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_draft" ADD CONSTRAINT "application_draft_programme_fk" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "application" ADD CONSTRAINT "application_programme_fk" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "application" ADD CONSTRAINT "application_participant_fk" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(
      `ALTER TABLE "application" ADD CONSTRAINT "application_enrolment_fk" FOREIGN KEY ("enrolment_id") REFERENCES "enrolment"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_draw" ADD CONSTRAINT "programme_draw_programme_fk" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "programme_draw"`);
    await queryRunner.query(`DROP INDEX "public"."application_programme_person_key"`);
    await queryRunner.query(`DROP INDEX "public"."application_number_key"`);
    await queryRunner.query(`DROP TABLE "application"`);
    await queryRunner.query(`DROP INDEX "public"."application_draft_phone_idx"`);
    await queryRunner.query(`DROP TABLE "application_draft"`);
  }
}
