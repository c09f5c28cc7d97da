import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Destruction when every basis has ended (파기, PIPA 제21조): a participant's identifying fields are removed and the record
 * marked (`destroyed_at`); each destruction is a row of the destruction register (파기 대장: what, whose key, when, by
 * which rule), kept as written.
 */
export class Destruction1796481600000 implements MigrationInterface {
  name = 'Destruction1796481600000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE participant ADD destroyed_at timestamptz');
    await q.query(`CREATE TABLE destruction_register (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      destroyed_at timestamptz NOT NULL DEFAULT now(),
      organization_id uuid NOT NULL,
      participant_id uuid NOT NULL,
      pseudonym_key varchar(12) NOT NULL,
      rule varchar(40) NOT NULL,
      basis_ended date,
      items jsonb NOT NULL,
      request_id varchar(100))`);
    await q.query('CREATE INDEX destruction_register_org_idx ON destruction_register (organization_id, destroyed_at)');
    await q.query(`CREATE TRIGGER destruction_register_kept BEFORE UPDATE OR DELETE ON destruction_register
      FOR EACH ROW EXECUTE FUNCTION refuse_change_of_kept_log()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE destruction_register');
    await q.query('ALTER TABLE participant DROP COLUMN destroyed_at');
  }
}
