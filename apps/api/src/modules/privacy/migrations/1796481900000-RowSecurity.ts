import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The database's second wall (docs/adr/0016): row-level security on the tables that hold people's personal data —
 * participants, their consents, counselling notes, enrolments (gender and district at enrolment) and documents marked as
 * personal data. A scoped read (Transactions.scoped) names the caller's organization
 * in `lalaland.org` for its transaction; rows of another organization are then invisible unless a referral to the
 * caller's organization concerns the person (the sharing the services check item by item). Unscoped statements (the
 * system, read models, the public door, platform admins) name none and are decided by the services alone. FORCE: an
 * API that connects as the tables' owner (one role for everything) is held by the wall too; only superusers bypass it.
 */
export class RowSecurity1796481900000 implements MigrationInterface {
  name = 'RowSecurity1796481900000';

  public async up(q: QueryRunner): Promise<void> {
    // Policies read it as `(SELECT request_org())`: an InitPlan, evaluated once per statement, not once per row.
    await q.query(`CREATE FUNCTION request_org() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT nullif(current_setting('lalaland.org', true), '')::uuid $$`);
    await q.query(`CREATE FUNCTION referred_to_request_org(person uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT EXISTS (SELECT 1 FROM referral r WHERE r.participant_id = person AND r.to_organization_id = request_org()) $$`);
    await q.query('ALTER TABLE participant ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY');
    await q.query(`CREATE POLICY participant_second_wall ON participant
      USING ((SELECT request_org()) IS NULL OR organization_id = (SELECT request_org()) OR referred_to_request_org(id))
      WITH CHECK ((SELECT request_org()) IS NULL OR organization_id = (SELECT request_org()))`);
    await q.query('ALTER TABLE consent ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY');
    await q.query(`CREATE POLICY consent_second_wall ON consent
      USING ((SELECT request_org()) IS NULL OR organization_id = (SELECT request_org())
             OR recipient_organization_id = (SELECT request_org()) OR referred_to_request_org(participant_id))
      WITH CHECK ((SELECT request_org()) IS NULL OR organization_id = (SELECT request_org()))`);
    await q.query('ALTER TABLE counselling_note ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY');
    await q.query(`CREATE POLICY counselling_note_second_wall ON counselling_note
      USING ((SELECT request_org()) IS NULL OR organization_id = (SELECT request_org()) OR referred_to_request_org(participant_id))
      WITH CHECK ((SELECT request_org()) IS NULL OR organization_id = (SELECT request_org()))`);
    // Enrolments carry the person's gender and district at enrolment: those the organization holds, or of people referred to it.
    await q.query('ALTER TABLE enrolment ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY');
    await q.query(`CREATE POLICY enrolment_second_wall ON enrolment
      USING ((SELECT request_org()) IS NULL OR organization_id = (SELECT request_org()) OR referred_to_request_org(participant_id))
      WITH CHECK ((SELECT request_org()) IS NULL OR organization_id = (SELECT request_org()))`);
    // Documents marked as personal data: the uploading organization's, or a referral's recipient's.
    await q.query('ALTER TABLE document ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY');
    await q.query(`CREATE POLICY document_second_wall ON document
      USING ((SELECT request_org()) IS NULL OR NOT personal_data OR organization_id = (SELECT request_org())
             OR (record_type = 'REFERRAL' AND EXISTS (SELECT 1 FROM referral r WHERE r.id = record_id AND r.to_organization_id = (SELECT request_org()))))
      WITH CHECK ((SELECT request_org()) IS NULL OR NOT personal_data OR organization_id = (SELECT request_org()))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of ['document', 'enrolment', 'counselling_note', 'consent', 'participant']) {
      await q.query(`DROP POLICY ${t}_second_wall ON ${t}`);
      await q.query(`ALTER TABLE ${t} NO FORCE ROW LEVEL SECURITY, DISABLE ROW LEVEL SECURITY`);
    }
    await q.query('DROP FUNCTION referred_to_request_org(uuid)');
    await q.query('DROP FUNCTION request_org()');
  }
}
