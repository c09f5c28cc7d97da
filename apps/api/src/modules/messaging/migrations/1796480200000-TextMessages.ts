import { MigrationInterface, QueryRunner } from 'typeorm';

/** Text messages as sent (numbers hashed) and each organization's monthly budget. */
export class TextMessages1796480200000 implements MigrationInterface {
  name = 'TextMessages1796480200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "text_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid, "key" character varying(200) NOT NULL, "kind" character varying(40) NOT NULL, "phone_hash" character(64) NOT NULL, "phone_tail" character varying(4) NOT NULL, "body" character varying(2000) NOT NULL, "status" character varying(20) NOT NULL, "provider_id" character varying(100), "error" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ecaf72ee3af7c6b9c580a8ae7ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "text_message_key" ON "text_message"  ("key") `);
    await queryRunner.query(`CREATE INDEX "text_message_org_month_idx" ON "text_message"  ("organization_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "message_budget" ("organization_id" uuid NOT NULL, "monthly_limit" integer NOT NULL, CONSTRAINT "PK_1a67de76e6cf77bfe61adb6c2fc" PRIMARY KEY ("organization_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "text_message" ADD CONSTRAINT "text_message_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "message_budget" ADD CONSTRAINT "message_budget_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "message_budget"`);
    await queryRunner.query(`DROP INDEX "public"."text_message_org_month_idx"`);
    await queryRunner.query(`DROP INDEX "public"."text_message_key"`);
    await queryRunner.query(`DROP TABLE "text_message"`);
  }
}
