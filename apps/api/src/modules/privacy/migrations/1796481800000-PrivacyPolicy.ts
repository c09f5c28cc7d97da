import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The published privacy policy's history (개인정보 처리방침, PIPA 제30조): a version each time what the platform holds
 * changes (a module adds an item, a processor is configured), kept; and each organization's privacy officer by position
 * and office contact (no person's name: public pages carry no personal data).
 */
export class PrivacyPolicy1796481800000 implements MigrationInterface {
  name = 'PrivacyPolicy1796481800000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE privacy_policy_version (
      version integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      published_at timestamptz NOT NULL DEFAULT now(),
      digest char(64) NOT NULL,
      content jsonb NOT NULL)`);
    await q.query(`CREATE TRIGGER privacy_policy_version_kept BEFORE UPDATE OR DELETE ON privacy_policy_version
      FOR EACH ROW EXECUTE FUNCTION refuse_change_of_kept_log()`);
    await q.query(`CREATE TABLE privacy_officer (
      organization_id uuid PRIMARY KEY REFERENCES organization(id) ON DELETE CASCADE,
      position varchar(100) NOT NULL,
      contact varchar(200) NOT NULL,
      changed_at timestamptz NOT NULL DEFAULT now())`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE privacy_officer');
    await q.query('DROP TABLE privacy_policy_version');
  }
}
