import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795553957124 implements MigrationInterface {
  name = 'Foundation1795553957124';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "organization_id" uuid, "action" character varying(80) NOT NULL, "entity_type" character varying(60) NOT NULL, "entity_id" uuid, "changes" jsonb, "request_id" character varying(64) NOT NULL, "ip" character varying(64), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_event_entity_idx" ON "audit_event"  ("entity_type", "entity_id") `);
    await queryRunner.query(`CREATE INDEX "audit_event_org_time_idx" ON "audit_event"  ("organization_id", "occurred_at") `);
    await queryRunner.query(
      `CREATE TYPE "public"."organization_kind" AS ENUM('CITY', 'DISTRICT', 'INSTITUTE', 'UNIVERSITY', 'COMPANY', 'LEARNING_CENTER', 'MINISTRY')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" "public"."organization_kind" NOT NULL, "name_ko" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "short_code" character varying(40) NOT NULL, "admin_code" character varying(10), "parent_id" uuid, "contact_email" character varying(254), "contact_phone" character varying(40), "address" character varying(300), "is_sample" boolean NOT NULL DEFAULT false, "active_from" date NOT NULL DEFAULT ('now'::text)::date, "active_to" date, CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "organization_short_code_key" ON "organization"  ("short_code") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "organization_admin_code_key" ON "organization"  ("admin_code") WHERE admin_code IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "organization_name" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "name_ko" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "valid_from" date NOT NULL, "valid_to" date NOT NULL, CONSTRAINT "PK_cc1ad3b60d5674e36f17c6e2250" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "organization_name_org_idx" ON "organization_name"  ("organization_id", "valid_to") `);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(254) NOT NULL, "display_name" character varying(100) NOT NULL, "password_hash" character varying(200), "is_platform_admin" boolean NOT NULL DEFAULT false, "locale" character varying(2) NOT NULL DEFAULT 'ko', "failed_login_count" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "active_organization_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ip" character varying(64), "user_agent" character varying(300), CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "user_session_token_hash_key" ON "user_session"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "user_session_user_idx" ON "user_session"  ("user_id") `);
    await queryRunner.query(`CREATE TYPE "public"."membership_role" AS ENUM('ORG_ADMIN', 'STAFF', 'VIEWER')`);
    await queryRunner.query(
      `CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" "public"."membership_role" NOT NULL, CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "membership_org_idx" ON "membership"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "membership_user_org_key" ON "membership"  ("user_id", "organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "role" "public"."membership_role" NOT NULL, "token_hash" character(64) NOT NULL, "invited_by_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "invitation_token_hash_key" ON "invitation"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "invitation_org_idx" ON "invitation"  ("organization_id") `);
    await queryRunner.query(
      `ALTER TABLE "organization" ADD CONSTRAINT "FK_15acafd6698ac846c6b6a6a50ec" FOREIGN KEY ("parent_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_name" ADD CONSTRAINT "FK_13649113311eaac84eea3259bf1" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_session" ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_session" ADD CONSTRAINT "FK_8d15e05561e6f2338a1f51293f1" FOREIGN KEY ("active_organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_de7c148c7834d738ac7113f3dd8" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_9fcebfddfa4369ac0e3c26dc8a3" FOREIGN KEY ("invited_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_9fcebfddfa4369ac0e3c26dc8a3"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_de7c148c7834d738ac7113f3dd8"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d"`);
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "FK_8d15e05561e6f2338a1f51293f1"`);
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"`);
    await queryRunner.query(`ALTER TABLE "organization_name" DROP CONSTRAINT "FK_13649113311eaac84eea3259bf1"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "FK_15acafd6698ac846c6b6a6a50ec"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_org_idx"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP INDEX "public"."membership_user_org_key"`);
    await queryRunner.query(`DROP INDEX "public"."membership_org_idx"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP TYPE "public"."membership_role"`);
    await queryRunner.query(`DROP INDEX "public"."user_session_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."user_session_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_email_key"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."organization_name_org_idx"`);
    await queryRunner.query(`DROP TABLE "organization_name"`);
    await queryRunner.query(`DROP INDEX "public"."organization_admin_code_key"`);
    await queryRunner.query(`DROP INDEX "public"."organization_short_code_key"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_org_time_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_entity_idx"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
