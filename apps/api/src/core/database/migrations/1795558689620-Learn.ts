import { MigrationInterface, QueryRunner } from 'typeorm';

export class Learn1795558689620 implements MigrationInterface {
  name = 'Learn1795558689620';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The venue exclusion constraint compares uuids with = inside a GiST index (a trusted extension since PostgreSQL 13).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(
      `CREATE TABLE "initiative" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "stream_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "name_ko" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, CONSTRAINT "PK_139c30696418b01a4922ce3b916" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "initiative_stream_idx" ON "initiative"  ("stream_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "initiative_code_key" ON "initiative"  ("code") `);
    await queryRunner.query(
      `CREATE TABLE "stream_field" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "stream_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "name_ko" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_c3c6c19702d49cc75c1d6abadf3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "stream_field_code_key" ON "stream_field"  ("stream_id", "code") `);
    await queryRunner.query(`CREATE TYPE "public"."pillar" AS ENUM('LEARN', 'LINK', 'ACT')`);
    await queryRunner.query(
      `CREATE TYPE "public"."education_domain" AS ENUM('REMEDIAL', 'LITERACY', 'VOCATIONAL', 'LIBERAL_ARTS', 'CULTURE_ARTS', 'CIVIC')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."age_band" AS ENUM('UNDER_20', 'AGE_20_39', 'AGE_40_64', 'AGE_65_PLUS')`);
    await queryRunner.query(`CREATE TYPE "public"."programme_format" AS ENUM('OFFLINE', 'ONLINE', 'BLENDED')`);
    await queryRunner.query(
      `CREATE TYPE "public"."programme_status" AS ENUM('DRAFT', 'PROPOSED', 'APPROVED', 'RETURNED', 'RECRUITING', 'RUNNING', 'COMPLETED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "initiative_id" uuid NOT NULL, "stream_id" uuid NOT NULL, "parent_id" uuid, "title_ko" character varying(200) NOT NULL, "title_en" character varying(200), "description" character varying(2000), "pillar" "public"."pillar" NOT NULL, "domain" "public"."education_domain" NOT NULL, "field_id" uuid, "host_organization_id" uuid NOT NULL, "target_audience" character varying(300), "age_bands" "public"."age_band" array NOT NULL DEFAULT '{}', "format" "public"."programme_format" NOT NULL, "capacity" integer NOT NULL, "seats_taken" integer NOT NULL DEFAULT '0', "target_participants" integer, "target_completions" integer, "completion_rate" integer NOT NULL DEFAULT '80', "starts_on" date NOT NULL, "ends_on" date, "status" "public"."programme_status" NOT NULL DEFAULT 'DRAFT', "status_comment" character varying(1000), "created_by_id" uuid, "is_sample" boolean NOT NULL DEFAULT false, CONSTRAINT "programme_period_check" CHECK (ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT "programme_completion_rate_check" CHECK (completion_rate BETWEEN 1 AND 100), CONSTRAINT "programme_seats_check" CHECK (seats_taken >= 0 AND seats_taken <= capacity), CONSTRAINT "programme_capacity_check" CHECK (capacity > 0), CONSTRAINT "PK_76ff6b30b74f213944d1ac0a660" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "programme_parent_idx" ON "programme"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "programme_host_idx" ON "programme"  ("host_organization_id") `);
    await queryRunner.query(`CREATE INDEX "programme_stream_status_idx" ON "programme"  ("stream_id", "status") `);
    await queryRunner.query(
      `CREATE TABLE "programme_cohost" ("programme_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_ff618d230c89d6cfd6855f48c46" PRIMARY KEY ("programme_id", "organization_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "programme_cohost_org_idx" ON "programme_cohost"  ("organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "venue" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "address" character varying(300), "capacity" integer, "is_sample" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_c53deb6d1bcb088f9d459e7dbc0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "venue_org_idx" ON "venue"  ("organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "instructor" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "stream_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "fields" character varying(60) array NOT NULL DEFAULT '{}', "districts" character varying(5) array NOT NULL DEFAULT '{}', "bio" character varying(500), "is_sample" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_ccc0348eefb581ca002c05ef2f3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "instructor_stream_idx" ON "instructor"  ("stream_id") `);
    await queryRunner.query(
      `CREATE TABLE "learning_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programme_id" uuid NOT NULL, "title" character varying(200), "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "venue_id" uuid, "online_url" character varying(500), "instructor_id" uuid, "series_id" uuid, "check_in_code" character varying(8) NOT NULL, CONSTRAINT "learning_session_time_check" CHECK (ends_at > starts_at), CONSTRAINT "learning_session_venue_no_overlap" EXCLUDE USING gist ("venue_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("venue_id" IS NOT NULL), CONSTRAINT "PK_9a537ba6db2819e46e34753a6b0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "learning_session_check_in_key" ON "learning_session"  ("check_in_code") `);
    await queryRunner.query(`CREATE INDEX "learning_session_starts_idx" ON "learning_session"  ("starts_at") `);
    await queryRunner.query(`CREATE INDEX "learning_session_programme_idx" ON "learning_session"  ("programme_id", "starts_at") `);
    await queryRunner.query(`CREATE TYPE "public"."gender" AS ENUM('FEMALE', 'MALE', 'OTHER')`);
    await queryRunner.query(
      `CREATE TABLE "participant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "pseudonym_key" character varying(12) NOT NULL, "name" character varying(100) NOT NULL, "phone_encrypted" character varying(200), "phone_hash" character(64), "birth_year" integer NOT NULL, "gender" "public"."gender", "district_code" character varying(5), "registered_by_id" uuid, "is_sample" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_64da4237f502041781ca15d4c41" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "participant_org_name_idx" ON "participant"  ("organization_id", "name") `);
    await queryRunner.query(`CREATE INDEX "participant_org_phone_idx" ON "participant"  ("organization_id", "phone_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "participant_pseudonym_key" ON "participant"  ("pseudonym_key") `);
    await queryRunner.query(`CREATE TYPE "public"."consent_purpose" AS ENUM('PROGRAMME_OPERATION', 'THIRD_PARTY_SHARING')`);
    await queryRunner.query(`CREATE TYPE "public"."personal_field" AS ENUM('NAME', 'PHONE', 'BIRTH_YEAR', 'GENDER', 'DISTRICT')`);
    await queryRunner.query(
      `CREATE TABLE "consent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "participant_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "purpose" "public"."consent_purpose" NOT NULL, "recipient_organization_id" uuid, "items" "public"."personal_field" array NOT NULL, "retention_until" date NOT NULL, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL, "method" character varying(20) NOT NULL, "recorded_by_id" uuid, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by_id" uuid, CONSTRAINT "PK_9115e8d6b082d4fc46d56134d29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "consent_participant_idx" ON "consent"  ("participant_id") `);
    await queryRunner.query(
      `CREATE TABLE "personal_data_access" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid, "organization_id" uuid, "participant_id" uuid NOT NULL, "fields" "public"."personal_field" array NOT NULL, "purpose" character varying(100) NOT NULL, "request_id" character varying(100), CONSTRAINT "PK_18b5cfcd7267c4fe5349bcd93b3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "personal_data_access_org_idx" ON "personal_data_access"  ("organization_id", "occurred_at") `);
    await queryRunner.query(
      `CREATE INDEX "personal_data_access_participant_idx" ON "personal_data_access"  ("participant_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."enrolment_status" AS ENUM('APPLIED', 'ENROLLED', 'WAITLISTED', 'COMPLETED', 'DROPPED', 'NO_SHOW')`,
    );
    await queryRunner.query(
      `CREATE TABLE "enrolment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programme_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "status" "public"."enrolment_status" NOT NULL, "age_band" "public"."age_band" NOT NULL, "district_code" character varying(5), "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "status_changed_at" TIMESTAMP WITH TIME ZONE, "is_sample" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_5d2679f6c891d77c58aa0e05f2b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "enrolment_org_idx" ON "enrolment"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "enrolment_participant_idx" ON "enrolment"  ("participant_id") `);
    await queryRunner.query(`CREATE INDEX "enrolment_programme_status_idx" ON "enrolment"  ("programme_id", "status", "applied_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "enrolment_programme_participant_key" ON "enrolment"  ("programme_id", "participant_id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."attendance_status" AS ENUM('PRESENT', 'LATE', 'EXCUSED', 'ABSENT')`);
    await queryRunner.query(
      `CREATE TABLE "attendance" ("session_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "status" "public"."attendance_status" NOT NULL, "minutes" integer NOT NULL, "marked_by_id" uuid, "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "attendance_minutes_check" CHECK (minutes >= 0), CONSTRAINT "PK_b0250f0dce411bc759d523a9237" PRIMARY KEY ("session_id", "enrolment_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "attendance_enrolment_idx" ON "attendance"  ("enrolment_id") `);
    await queryRunner.query(
      `CREATE TABLE "certificate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "enrolment_id" uuid NOT NULL, "code" character varying(16) NOT NULL, "holder_name" character varying(100) NOT NULL, "programme_title" character varying(200) NOT NULL, "issuer_name" character varying(300) NOT NULL, "hours" numeric(7,1) NOT NULL, "issued_on" date NOT NULL, CONSTRAINT "PK_8daddfc65f59e341c2bbc9c9e43" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "certificate_code_key" ON "certificate"  ("code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "certificate_enrolment_key" ON "certificate"  ("enrolment_id") `);
    await queryRunner.query(
      `ALTER TABLE "initiative" ADD CONSTRAINT "FK_a0eb0a94e2e7c36742d7a5c4ed7" FOREIGN KEY ("stream_id") REFERENCES "funding_stream"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stream_field" ADD CONSTRAINT "FK_6421c84248ecd51a979e8d09466" FOREIGN KEY ("stream_id") REFERENCES "funding_stream"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme" ADD CONSTRAINT "FK_669bf348969e29347f4286ea357" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme" ADD CONSTRAINT "FK_2c8aff2c4fc1f9518267e06af67" FOREIGN KEY ("stream_id") REFERENCES "funding_stream"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme" ADD CONSTRAINT "FK_b8748703749592fbfa8c07e0611" FOREIGN KEY ("parent_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme" ADD CONSTRAINT "FK_eae08f83e5147f651e34aed52c3" FOREIGN KEY ("field_id") REFERENCES "stream_field"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme" ADD CONSTRAINT "FK_52d4df496cc74109233729fa4d0" FOREIGN KEY ("host_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_cohost" ADD CONSTRAINT "FK_849369b454527e0a9e739c65ee2" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_cohost" ADD CONSTRAINT "FK_ebed7ca4403daf15b8cabd66134" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "venue" ADD CONSTRAINT "FK_aee67c5e46d14461cddfa9ebb74" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "instructor" ADD CONSTRAINT "FK_f07f585b44ab1dbba4a494fa15c" FOREIGN KEY ("stream_id") REFERENCES "funding_stream"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "instructor" ADD CONSTRAINT "FK_19f79867dde83ed0c88ade7fbef" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_session" ADD CONSTRAINT "FK_df1133b0817638875a4fbf870ba" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_session" ADD CONSTRAINT "FK_700fcd403618ec0907aec48defc" FOREIGN KEY ("venue_id") REFERENCES "venue"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_session" ADD CONSTRAINT "FK_34fe1de797535d450677f352507" FOREIGN KEY ("instructor_id") REFERENCES "instructor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant" ADD CONSTRAINT "FK_0e1b184359bb21f836148729b44" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consent" ADD CONSTRAINT "FK_6b57919aac2876100ff0fe87fde" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consent" ADD CONSTRAINT "FK_53b303126bad60ec79f7ab8cc53" FOREIGN KEY ("recipient_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment" ADD CONSTRAINT "FK_a680aa1bc443abb2512f0e241fd" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment" ADD CONSTRAINT "FK_f4bbdea96292a11a5bc24ec64be" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment" ADD CONSTRAINT "FK_09cdfb993e1e1aa25ec94391926" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "FK_5940f7beb6d791a618dbf88361e" FOREIGN KEY ("session_id") REFERENCES "learning_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "FK_619475bdf0b3bec25febcf4c25e" FOREIGN KEY ("enrolment_id") REFERENCES "enrolment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate" ADD CONSTRAINT "FK_006c65c4df51536ef09a8761689" FOREIGN KEY ("enrolment_id") REFERENCES "enrolment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "FK_006c65c4df51536ef09a8761689"`);
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "FK_619475bdf0b3bec25febcf4c25e"`);
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "FK_5940f7beb6d791a618dbf88361e"`);
    await queryRunner.query(`ALTER TABLE "enrolment" DROP CONSTRAINT "FK_09cdfb993e1e1aa25ec94391926"`);
    await queryRunner.query(`ALTER TABLE "enrolment" DROP CONSTRAINT "FK_f4bbdea96292a11a5bc24ec64be"`);
    await queryRunner.query(`ALTER TABLE "enrolment" DROP CONSTRAINT "FK_a680aa1bc443abb2512f0e241fd"`);
    await queryRunner.query(`ALTER TABLE "consent" DROP CONSTRAINT "FK_53b303126bad60ec79f7ab8cc53"`);
    await queryRunner.query(`ALTER TABLE "consent" DROP CONSTRAINT "FK_6b57919aac2876100ff0fe87fde"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP CONSTRAINT "FK_0e1b184359bb21f836148729b44"`);
    await queryRunner.query(`ALTER TABLE "learning_session" DROP CONSTRAINT "FK_34fe1de797535d450677f352507"`);
    await queryRunner.query(`ALTER TABLE "learning_session" DROP CONSTRAINT "FK_700fcd403618ec0907aec48defc"`);
    await queryRunner.query(`ALTER TABLE "learning_session" DROP CONSTRAINT "FK_df1133b0817638875a4fbf870ba"`);
    await queryRunner.query(`ALTER TABLE "instructor" DROP CONSTRAINT "FK_19f79867dde83ed0c88ade7fbef"`);
    await queryRunner.query(`ALTER TABLE "instructor" DROP CONSTRAINT "FK_f07f585b44ab1dbba4a494fa15c"`);
    await queryRunner.query(`ALTER TABLE "venue" DROP CONSTRAINT "FK_aee67c5e46d14461cddfa9ebb74"`);
    await queryRunner.query(`ALTER TABLE "programme_cohost" DROP CONSTRAINT "FK_ebed7ca4403daf15b8cabd66134"`);
    await queryRunner.query(`ALTER TABLE "programme_cohost" DROP CONSTRAINT "FK_849369b454527e0a9e739c65ee2"`);
    await queryRunner.query(`ALTER TABLE "programme" DROP CONSTRAINT "FK_52d4df496cc74109233729fa4d0"`);
    await queryRunner.query(`ALTER TABLE "programme" DROP CONSTRAINT "FK_eae08f83e5147f651e34aed52c3"`);
    await queryRunner.query(`ALTER TABLE "programme" DROP CONSTRAINT "FK_b8748703749592fbfa8c07e0611"`);
    await queryRunner.query(`ALTER TABLE "programme" DROP CONSTRAINT "FK_2c8aff2c4fc1f9518267e06af67"`);
    await queryRunner.query(`ALTER TABLE "programme" DROP CONSTRAINT "FK_669bf348969e29347f4286ea357"`);
    await queryRunner.query(`ALTER TABLE "stream_field" DROP CONSTRAINT "FK_6421c84248ecd51a979e8d09466"`);
    await queryRunner.query(`ALTER TABLE "initiative" DROP CONSTRAINT "FK_a0eb0a94e2e7c36742d7a5c4ed7"`);
    await queryRunner.query(`DROP INDEX "public"."certificate_enrolment_key"`);
    await queryRunner.query(`DROP INDEX "public"."certificate_code_key"`);
    await queryRunner.query(`DROP TABLE "certificate"`);
    await queryRunner.query(`DROP INDEX "public"."attendance_enrolment_idx"`);
    await queryRunner.query(`DROP TABLE "attendance"`);
    await queryRunner.query(`DROP TYPE "public"."attendance_status"`);
    await queryRunner.query(`DROP INDEX "public"."enrolment_programme_participant_key"`);
    await queryRunner.query(`DROP INDEX "public"."enrolment_programme_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."enrolment_participant_idx"`);
    await queryRunner.query(`DROP INDEX "public"."enrolment_org_idx"`);
    await queryRunner.query(`DROP TABLE "enrolment"`);
    await queryRunner.query(`DROP TYPE "public"."enrolment_status"`);
    await queryRunner.query(`DROP INDEX "public"."personal_data_access_participant_idx"`);
    await queryRunner.query(`DROP INDEX "public"."personal_data_access_org_idx"`);
    await queryRunner.query(`DROP TABLE "personal_data_access"`);
    await queryRunner.query(`DROP INDEX "public"."consent_participant_idx"`);
    await queryRunner.query(`DROP TABLE "consent"`);
    await queryRunner.query(`DROP TYPE "public"."personal_field"`);
    await queryRunner.query(`DROP TYPE "public"."consent_purpose"`);
    await queryRunner.query(`DROP INDEX "public"."participant_pseudonym_key"`);
    await queryRunner.query(`DROP INDEX "public"."participant_org_phone_idx"`);
    await queryRunner.query(`DROP INDEX "public"."participant_org_name_idx"`);
    await queryRunner.query(`DROP TABLE "participant"`);
    await queryRunner.query(`DROP TYPE "public"."gender"`);
    await queryRunner.query(`DROP INDEX "public"."learning_session_programme_idx"`);
    await queryRunner.query(`DROP INDEX "public"."learning_session_starts_idx"`);
    await queryRunner.query(`DROP INDEX "public"."learning_session_check_in_key"`);
    await queryRunner.query(`DROP TABLE "learning_session"`);
    await queryRunner.query(`DROP INDEX "public"."instructor_stream_idx"`);
    await queryRunner.query(`DROP TABLE "instructor"`);
    await queryRunner.query(`DROP INDEX "public"."venue_org_idx"`);
    await queryRunner.query(`DROP TABLE "venue"`);
    await queryRunner.query(`DROP INDEX "public"."programme_cohost_org_idx"`);
    await queryRunner.query(`DROP TABLE "programme_cohost"`);
    await queryRunner.query(`DROP INDEX "public"."programme_stream_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."programme_host_idx"`);
    await queryRunner.query(`DROP INDEX "public"."programme_parent_idx"`);
    await queryRunner.query(`DROP TABLE "programme"`);
    await queryRunner.query(`DROP TYPE "public"."programme_status"`);
    await queryRunner.query(`DROP TYPE "public"."programme_format"`);
    await queryRunner.query(`DROP TYPE "public"."age_band"`);
    await queryRunner.query(`DROP TYPE "public"."education_domain"`);
    await queryRunner.query(`DROP TYPE "public"."pillar"`);
    await queryRunner.query(`DROP INDEX "public"."stream_field_code_key"`);
    await queryRunner.query(`DROP TABLE "stream_field"`);
    await queryRunner.query(`DROP INDEX "public"."initiative_code_key"`);
    await queryRunner.query(`DROP INDEX "public"."initiative_stream_idx"`);
    await queryRunner.query(`DROP TABLE "initiative"`);
  }
}
