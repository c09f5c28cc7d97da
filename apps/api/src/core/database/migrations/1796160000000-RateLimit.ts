import { MigrationInterface, QueryRunner } from 'typeorm';

/** Hits per client key and window for the credential rate limit (core/http/rate-limit.ts). Unlogged: losing it in a crash only resets the windows. */
export class RateLimit1796160000000 implements MigrationInterface {
  name = 'RateLimit1796160000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "rate_limit" ("key" character varying(200) NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL, CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit"`);
  }
}
