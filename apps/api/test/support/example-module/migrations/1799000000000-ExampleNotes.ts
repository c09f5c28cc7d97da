import { MigrationInterface, QueryRunner } from 'typeorm';

/** Written by `npm run migration:generate -w @lalaland/api -- example ExampleNotes` (the response cache's trigger is core's business). */
export class ExampleNotes1799000000000 implements MigrationInterface {
  name = 'ExampleNotes1799000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "example_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "text" text NOT NULL, CONSTRAINT "PK_f833cb661b739709fe316e5503d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "example_note_org_idx" ON "example_note" ("organization_id", "created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "example_note_org_idx"`);
    await queryRunner.query(`DROP TABLE "example_note"`);
  }
}
