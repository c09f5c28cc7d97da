import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The monthly access-log review (접속기록 점검, 안전성 확보조치 기준 제8조 ②): one signed review per organization and
 * month, with the officer's note and the figures they signed (kept as written: the same trigger as the access log).
 */
export class AccessReview1796481500000 implements MigrationInterface {
  name = 'AccessReview1796481500000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE access_review (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      month date NOT NULL CHECK (extract(day FROM month) = 1),
      signed_by_id uuid NOT NULL REFERENCES app_user(id),
      signed_at timestamptz NOT NULL DEFAULT now(),
      note varchar(2000) NOT NULL,
      figures jsonb NOT NULL,
      CONSTRAINT access_review_month_key UNIQUE (organization_id, month))`);
    await q.query(`CREATE TRIGGER access_review_kept BEFORE UPDATE OR DELETE ON access_review
      FOR EACH ROW EXECUTE FUNCTION refuse_change_of_kept_log()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE access_review');
  }
}
