import { MigrationInterface, QueryRunner } from 'typeorm';

/** Per-organization document quotas (modules/documents): a platform admin's setting beside DOCUMENT_QUOTA_MB; usage is summed by uploader. */
export class DocumentQuota1796430000000 implements MigrationInterface {
  name = 'DocumentQuota1796430000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "document_quota" ("organization_id" uuid NOT NULL, "quota_bytes" bigint NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, CONSTRAINT "PK_document_quota" PRIMARY KEY ("organization_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "document_organization_idx" ON "document" ("organization_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."document_organization_idx"`);
    await queryRunner.query(`DROP TABLE "document_quota"`);
  }
}
