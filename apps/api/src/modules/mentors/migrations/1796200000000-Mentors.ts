import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Link: mentor courses, mentors (a participant with a role) and their credentials, and mentor assignments to class
 * sessions. An assignment copies its session's time so an exclusion constraint refuses a mentor's overlapping live
 * assignments; a trigger keeps the copy in step when a session moves, and cancels live assignments of a cancelled one.
 */
export class Mentors1796200000000 implements MigrationInterface {
  name = 'Mentors1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."mentor_kind" AS ENUM('AI_COACH', 'DIGITAL_MENTOR', 'VOLUNTEER')`);
    await queryRunner.query(
      `CREATE TABLE "mentor_course" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programme_id" uuid NOT NULL, "kind" "public"."mentor_kind" NOT NULL, CONSTRAINT "PK_afcd14f7619327022f0ca33e26e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "mentor_course_programme_key" ON "mentor_course"  ("programme_id") `);
    await queryRunner.query(
      `CREATE TABLE "mentor" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "participant_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "skills" character varying(60) array NOT NULL DEFAULT '{}', "districts" character varying(5) array NOT NULL DEFAULT '{}', "languages" character varying(30) array NOT NULL DEFAULT '{}', "age_band" "public"."age_band" NOT NULL, "weekly_hours" integer NOT NULL, "available_weekdays" smallint array NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, "note" character varying(500), CONSTRAINT "mentor_weekly_hours_check" CHECK (weekly_hours BETWEEN 1 AND 40), CONSTRAINT "PK_9fcebd0a40237e9b6defcbd9d74" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "mentor_organization_idx" ON "mentor"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "mentor_participant_key" ON "mentor"  ("participant_id") `);
    await queryRunner.query(`CREATE TYPE "public"."mentor_credential_source" AS ENUM('COURSE', 'RECORDED')`);
    await queryRunner.query(
      `CREATE TABLE "mentor_credential" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "mentor_id" uuid NOT NULL, "kind" "public"."mentor_kind" NOT NULL, "source" "public"."mentor_credential_source" NOT NULL, "enrolment_id" uuid, "evidence" character varying(500), "earned_on" date NOT NULL, CONSTRAINT "PK_55d5095040b0d39152c0bb41b25" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "mentor_credential_kind_key" ON "mentor_credential"  ("mentor_id", "kind") `);
    await queryRunner.query(`CREATE TYPE "public"."mentor_assignment_status" AS ENUM('ASSIGNED', 'CONFIRMED', 'DECLINED', 'CANCELLED')`);
    await queryRunner.query(
      `CREATE TABLE "mentor_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "mentor_id" uuid NOT NULL, "session_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "status" "public"."mentor_assignment_status" NOT NULL DEFAULT 'ASSIGNED', "during" tstzrange NOT NULL, "week" date NOT NULL, "minutes" integer NOT NULL, "assigned_by_id" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, "logged_minutes" integer, "verified_at" TIMESTAMP WITH TIME ZONE, "verified_by_id" uuid, CONSTRAINT "mentor_assignment_minutes_check" CHECK (minutes > 0 AND (logged_minutes IS NULL OR logged_minutes BETWEEN 0 AND 1440)), CONSTRAINT "mentor_assignment_no_overlap" EXCLUDE USING gist ("mentor_id" WITH =, "during" WITH &&) WHERE ("status" IN ('ASSIGNED', 'CONFIRMED')), CONSTRAINT "PK_8a5b12f7c0fa380e72e227f26e2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "mentor_assignment_session_idx" ON "mentor_assignment"  ("session_id") `);
    await queryRunner.query(`CREATE INDEX "mentor_assignment_mentor_week_idx" ON "mentor_assignment"  ("mentor_id", "week") `);
    await queryRunner.query(
      `ALTER TABLE "mentor_course" ADD CONSTRAINT "FK_23b65bf7c3ea7c5044127ccb389" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor" ADD CONSTRAINT "FK_2516eac4c2787669cec04758dff" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor" ADD CONSTRAINT "FK_024cbda34b4662a40f0555518a6" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_credential" ADD CONSTRAINT "FK_274b9e3a204262e037f862ebf7c" FOREIGN KEY ("mentor_id") REFERENCES "mentor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_credential" ADD CONSTRAINT "FK_deaa861dfc9a80172b7b8b393a9" FOREIGN KEY ("enrolment_id") REFERENCES "enrolment"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_assignment" ADD CONSTRAINT "FK_a240a8f3ded42faaffb775ac755" FOREIGN KEY ("mentor_id") REFERENCES "mentor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_assignment" ADD CONSTRAINT "FK_2781c5d73946fd87ecb28e6624d" FOREIGN KEY ("session_id") REFERENCES "programme_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_assignment" ADD CONSTRAINT "FK_382aff428ff99d555930c43a67c" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(`CREATE FUNCTION mentor_assignment_follow_session() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE mentor_assignment SET during = tstzrange(NEW.starts_at, NEW.ends_at, '[)'),
               week = (date_trunc('week', NEW.starts_at AT TIME ZONE 'Asia/Seoul'))::date,
               minutes = round(extract(epoch FROM (NEW.ends_at - NEW.starts_at)) / 60)::int,
               status = CASE WHEN NEW.cancelled_at IS NOT NULL AND status IN ('ASSIGNED', 'CONFIRMED') THEN 'CANCELLED'::mentor_assignment_status ELSE status END,
               updated_at = now()
         WHERE session_id = NEW.id;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER programme_session_mentor_follow AFTER UPDATE OF starts_at, ends_at, cancelled_at ON programme_session FOR EACH ROW
      WHEN (OLD.starts_at IS DISTINCT FROM NEW.starts_at OR OLD.ends_at IS DISTINCT FROM NEW.ends_at OR OLD.cancelled_at IS DISTINCT FROM NEW.cancelled_at)
      EXECUTE FUNCTION mentor_assignment_follow_session()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER programme_session_mentor_follow ON programme_session`);
    await queryRunner.query(`DROP FUNCTION mentor_assignment_follow_session()`);
    await queryRunner.query(`ALTER TABLE "mentor_assignment" DROP CONSTRAINT "FK_382aff428ff99d555930c43a67c"`);
    await queryRunner.query(`ALTER TABLE "mentor_assignment" DROP CONSTRAINT "FK_2781c5d73946fd87ecb28e6624d"`);
    await queryRunner.query(`ALTER TABLE "mentor_assignment" DROP CONSTRAINT "FK_a240a8f3ded42faaffb775ac755"`);
    await queryRunner.query(`ALTER TABLE "mentor_credential" DROP CONSTRAINT "FK_deaa861dfc9a80172b7b8b393a9"`);
    await queryRunner.query(`ALTER TABLE "mentor_credential" DROP CONSTRAINT "FK_274b9e3a204262e037f862ebf7c"`);
    await queryRunner.query(`ALTER TABLE "mentor" DROP CONSTRAINT "FK_024cbda34b4662a40f0555518a6"`);
    await queryRunner.query(`ALTER TABLE "mentor" DROP CONSTRAINT "FK_2516eac4c2787669cec04758dff"`);
    await queryRunner.query(`ALTER TABLE "mentor_course" DROP CONSTRAINT "FK_23b65bf7c3ea7c5044127ccb389"`);
    await queryRunner.query(`DROP INDEX "public"."mentor_assignment_mentor_week_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mentor_assignment_session_idx"`);
    await queryRunner.query(`DROP TABLE "mentor_assignment"`);
    await queryRunner.query(`DROP TYPE "public"."mentor_assignment_status"`);
    await queryRunner.query(`DROP INDEX "public"."mentor_credential_kind_key"`);
    await queryRunner.query(`DROP TABLE "mentor_credential"`);
    await queryRunner.query(`DROP TYPE "public"."mentor_credential_source"`);
    await queryRunner.query(`DROP INDEX "public"."mentor_participant_key"`);
    await queryRunner.query(`DROP INDEX "public"."mentor_organization_idx"`);
    await queryRunner.query(`DROP TABLE "mentor"`);
    await queryRunner.query(`DROP INDEX "public"."mentor_course_programme_key"`);
    await queryRunner.query(`DROP TABLE "mentor_course"`);
    await queryRunner.query(`DROP TYPE "public"."mentor_kind"`);
  }
}
