import { MigrationInterface, QueryRunner } from 'typeorm';

export class ExpenditureLineScope1796155368224 implements MigrationInterface {
  name = 'ExpenditureLineScope1796155368224';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "expenditure" DROP CONSTRAINT "FK_3073270f38cf8a3aba58d24f5c4"`);
    // An expenditure moved to another stream's line before this constraint existed belongs to its line's stream.
    await queryRunner.query(
      `UPDATE "expenditure" e SET "stream_id" = l."stream_id", "organization_id" = l."organization_id" FROM "budget_line" l WHERE l."id" = e."budget_line_id" AND (e."stream_id", e."organization_id") IS DISTINCT FROM (l."stream_id", l."organization_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_line" ADD CONSTRAINT "budget_line_scope_key" UNIQUE ("id", "stream_id", "organization_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "expenditure" ADD CONSTRAINT "expenditure_line_scope_fkey" FOREIGN KEY ("budget_line_id", "stream_id", "organization_id") REFERENCES "budget_line"("id","stream_id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "expenditure" DROP CONSTRAINT "expenditure_line_scope_fkey"`);
    await queryRunner.query(`ALTER TABLE "budget_line" DROP CONSTRAINT "budget_line_scope_key"`);
    await queryRunner.query(
      `ALTER TABLE "expenditure" ADD CONSTRAINT "FK_3073270f38cf8a3aba58d24f5c4" FOREIGN KEY ("budget_line_id") REFERENCES "budget_line"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }
}
