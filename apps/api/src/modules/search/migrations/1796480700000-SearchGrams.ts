import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each searchable record's text, as the GIN-indexed set of its words' two-character pieces (search/search-grams.ts). */
const INDEXES: Array<[name: string, table: string, text: string]> = [
  ['programme_search_grams', 'programme', `title_ko || ' ' || coalesce(title_en, '') || ' ' || coalesce(description, '')`],
  ['participant_search_grams', 'participant', 'name'],
  ['activity_search_grams', 'activity', `title || ' ' || coalesce(description, '')`],
  ['opening_search_grams', 'opening', `title || ' ' || coalesce(description, '')`],
  ['venue_search_grams', 'venue', `name || ' ' || coalesce(address, '')`],
  ['announcement_search_grams', 'announcement', `title || ' ' || body`],
  ['task_search_grams', 'task', `title || ' ' || coalesce(description, '')`],
  ['meeting_search_grams', 'meeting', `title || ' ' || coalesce(minutes, '')`],
  ['document_search_grams', 'document', 'name'],
];

/**
 * Search that finds Korean words of two and three syllables. PostgreSQL's trigram indexes need three characters inside
 * the pattern (취업, 교육 and 멘토 have two), and its full-text configurations have no Korean parser; so a record's text
 * is indexed as the set of its words' bigrams (lower-cased, split on anything but letters and digits), and a query
 * asks for records holding every bigram of its words, then checks the words themselves. Replaces the trigram indexes.
 * The function is declared costly (it splits text with a regular expression), so the planner finds rows through the
 * index (with another index where one narrows it: the holding organization) rather than computing it row by row.
 */
export class SearchGrams1796480700000 implements MigrationInterface {
  name = 'SearchGrams1796480700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION search_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT COST 10000 AS $$
      SELECT coalesce(array_agg(DISTINCT substr(w, i, 2)), '{}')
        FROM regexp_split_to_table(lower(t), '[^[:alnum:]가-힣]+') AS w, generate_series(1, length(w) - 1) AS i
       WHERE length(w) >= 2 $$`);
    for (const [name, table, text] of INDEXES)
      await queryRunner.query(`CREATE INDEX "${name}" ON "${table}" USING gin (search_grams(${text}))`);
    for (const name of ['document_search_trgm', 'meeting_search_trgm', 'announcement_search_trgm', 'task_search_trgm'])
      await queryRunner.query(`DROP INDEX IF EXISTS "public"."${name}"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await queryRunner.query(`DROP INDEX "public"."${name}"`);
    await queryRunner.query(`DROP FUNCTION search_grams(text)`);
    await queryRunner.query(`CREATE INDEX "task_search_trgm" ON "task" USING gin ("title" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "announcement_search_trgm" ON "announcement" USING gin ("title" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "meeting_search_trgm" ON "meeting" USING gin ("title" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "document_search_trgm" ON "document" USING gin ("name" gin_trgm_ops)`);
  }
}
