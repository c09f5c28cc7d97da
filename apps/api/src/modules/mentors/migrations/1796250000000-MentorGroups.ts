import { MigrationInterface, QueryRunner } from 'typeorm';

/** Mentor groups (a volunteer team) with a coordinator and members, held by one organization. */
export class MentorGroups1796250000000 implements MigrationInterface {
  name = 'MentorGroups1796250000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mentor_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "coordinator_id" uuid, CONSTRAINT "PK_9ccd4401a34453f6dfbc9843662" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "mentor_group_org_name_key" ON "mentor_group"  ("organization_id", "name") `);
    await queryRunner.query(
      `CREATE TABLE "mentor_group_member" ("group_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3da487d106c07827acd4c94bdf8" PRIMARY KEY ("group_id", "mentor_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "mentor_group_member_mentor_idx" ON "mentor_group_member"  ("mentor_id") `);
    await queryRunner.query(
      `ALTER TABLE "mentor_group" ADD CONSTRAINT "FK_3f6268a74235f2f0e8e655047b1" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_group" ADD CONSTRAINT "FK_cdeed7074782a1beeeb7f6a4c1c" FOREIGN KEY ("coordinator_id") REFERENCES "mentor"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_group_member" ADD CONSTRAINT "FK_7953fd1b9d7f051ba1907048cb6" FOREIGN KEY ("group_id") REFERENCES "mentor_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_group_member" ADD CONSTRAINT "FK_033da9ea093bc356a21eb057da0" FOREIGN KEY ("mentor_id") REFERENCES "mentor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mentor_group_member" DROP CONSTRAINT "FK_033da9ea093bc356a21eb057da0"`);
    await queryRunner.query(`ALTER TABLE "mentor_group_member" DROP CONSTRAINT "FK_7953fd1b9d7f051ba1907048cb6"`);
    await queryRunner.query(`ALTER TABLE "mentor_group" DROP CONSTRAINT "FK_cdeed7074782a1beeeb7f6a4c1c"`);
    await queryRunner.query(`ALTER TABLE "mentor_group" DROP CONSTRAINT "FK_3f6268a74235f2f0e8e655047b1"`);
    await queryRunner.query(`DROP INDEX "public"."mentor_group_member_mentor_idx"`);
    await queryRunner.query(`DROP TABLE "mentor_group_member"`);
    await queryRunner.query(`DROP INDEX "public"."mentor_group_org_name_key"`);
    await queryRunner.query(`DROP TABLE "mentor_group"`);
  }
}
