import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The personal-data access log is kept as written (안전성 확보조치 기준 제8조: at least two years, protected against
 * change): a trigger refuses UPDATE, DELETE and TRUNCATE from any role (SQLSTATE LA002), and the API's role loses those
 * privileges too (ApiModule.appendOnly). A merge no longer moves log rows: it records which record the duplicate became.
 * Downloads that carry personal data are logged with the number of people and, above the organization's threshold
 * (1,000 by default), the reason given.
 */
export class AccessLogKept1796481400000 implements MigrationInterface {
  name = 'AccessLogKept1796481400000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION refuse_change_of_kept_log() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'LOG_KEPT: % on % is refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'LA002';
      END $$`);
    await q.query(`CREATE TRIGGER personal_data_access_kept BEFORE UPDATE OR DELETE ON personal_data_access
      FOR EACH ROW EXECUTE FUNCTION refuse_change_of_kept_log()`);
    await q.query(`CREATE TRIGGER personal_data_access_kept_truncate BEFORE TRUNCATE ON personal_data_access
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_kept_log()`);
    await q.query(`CREATE TABLE participant_merged (
      duplicate_id uuid PRIMARY KEY,
      kept_id uuid NOT NULL,
      merged_at timestamptz NOT NULL DEFAULT now())`);
    await q.query('CREATE INDEX participant_merged_kept_idx ON participant_merged (kept_id)');
    await q.query(`CREATE TABLE personal_data_download (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      occurred_at timestamptz NOT NULL DEFAULT now(),
      user_id uuid,
      organization_id uuid NOT NULL,
      purpose varchar(100) NOT NULL,
      people integer NOT NULL CHECK (people >= 0),
      reason varchar(500),
      request_id varchar(100))`);
    await q.query('CREATE INDEX personal_data_download_org_idx ON personal_data_download (organization_id, occurred_at)');
    await q.query(`CREATE TRIGGER personal_data_download_kept BEFORE UPDATE OR DELETE ON personal_data_download
      FOR EACH ROW EXECUTE FUNCTION refuse_change_of_kept_log()`);
    await q.query(`CREATE TABLE personal_data_policy (
      organization_id uuid PRIMARY KEY REFERENCES organization(id) ON DELETE CASCADE,
      bulk_reason_threshold integer NOT NULL DEFAULT 1000 CHECK (bulk_reason_threshold BETWEEN 1 AND 100000),
      changed_at timestamptz NOT NULL DEFAULT now())`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE personal_data_policy');
    await q.query('DROP TABLE personal_data_download');
    await q.query('DROP TABLE participant_merged');
    await q.query('DROP TRIGGER personal_data_access_kept_truncate ON personal_data_access');
    await q.query('DROP TRIGGER personal_data_access_kept ON personal_data_access');
    await q.query('DROP FUNCTION refuse_change_of_kept_log()');
  }
}
