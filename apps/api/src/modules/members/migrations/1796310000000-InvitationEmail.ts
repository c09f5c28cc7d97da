import { MigrationInterface, QueryRunner } from 'typeorm';

/** Invitations are e-mailed with a link of their own: its token's hash beside the copied link's. */
export class InvitationEmail1796310000000 implements MigrationInterface {
  name = 'InvitationEmail1796310000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitation" ADD "email_token_hash" character(64)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "invitation_email_token_hash_key" ON "invitation"  ("email_token_hash") WHERE email_token_hash IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."invitation_email_token_hash_key"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "email_token_hash"`);
  }
}
