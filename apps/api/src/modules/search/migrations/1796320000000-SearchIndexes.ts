import { MigrationInterface, QueryRunner } from 'typeorm';

/** Search over coordination records: trigram indexes make `title ILIKE '%…%'` an index scan (three characters and more). */
export class SearchIndexes1796320000000 implements MigrationInterface {
  name = 'SearchIndexes1796320000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX "task_search_trgm" ON "task" USING gin ("title" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "announcement_search_trgm" ON "announcement" USING gin ("title" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "meeting_search_trgm" ON "meeting" USING gin ("title" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "document_search_trgm" ON "document" USING gin ("name" gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['document_search_trgm', 'meeting_search_trgm', 'announcement_search_trgm', 'task_search_trgm'])
      await queryRunner.query(`DROP INDEX "public"."${name}"`);
  }
}
