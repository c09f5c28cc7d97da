import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roll-up counters of enrolments per programme, kept by one statement-level trigger (transition tables: a bulk
 * insert of 100,000 enrolments updates each programme once). seats_taken (ENROLLED + COMPLETED) moves here too,
 * so the capacity CHECK fires on the very statement that would overfill a programme. Writers lock the programme
 * row first (SELECT … FOR UPDATE), so the trigger's UPDATE never waits on another writer's lock order.
 */
export class EnrolmentTally1795560795657 implements MigrationInterface {
  name = 'EnrolmentTally1795560795657';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programme" ADD "applied_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "programme" ADD "waitlisted_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "programme" ADD "completed_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "programme" ADD "dropped_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "programme" ADD "no_show_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`CREATE FUNCTION enrolment_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids uuid[]; sts enrolment_status[]; ns int[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(programme_id), array_agg(status), array_agg(1) INTO ids, sts, ns FROM new_rows;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(programme_id), array_agg(status), array_agg(-1) INTO ids, sts, ns FROM old_rows;
        ELSE
          SELECT array_agg(programme_id), array_agg(status), array_agg(n) INTO ids, sts, ns
            FROM (SELECT programme_id, status, 1 AS n FROM new_rows UNION ALL SELECT programme_id, status, -1 FROM old_rows) d;
        END IF;
        UPDATE programme p
           SET seats_taken = p.seats_taken + d.seats, applied_count = p.applied_count + d.applied,
               waitlisted_count = p.waitlisted_count + d.waitlisted, completed_count = p.completed_count + d.completed,
               dropped_count = p.dropped_count + d.dropped, no_show_count = p.no_show_count + d.no_show
          FROM (SELECT id,
                       COALESCE(sum(n) FILTER (WHERE st IN ('ENROLLED', 'COMPLETED')), 0) AS seats,
                       COALESCE(sum(n) FILTER (WHERE st = 'APPLIED'), 0) AS applied,
                       COALESCE(sum(n) FILTER (WHERE st = 'WAITLISTED'), 0) AS waitlisted,
                       COALESCE(sum(n) FILTER (WHERE st = 'COMPLETED'), 0) AS completed,
                       COALESCE(sum(n) FILTER (WHERE st = 'DROPPED'), 0) AS dropped,
                       COALESCE(sum(n) FILTER (WHERE st = 'NO_SHOW'), 0) AS no_show
                  FROM unnest(ids, sts, ns) AS u(id, st, n) GROUP BY id) d
         WHERE p.id = d.id AND (d.seats, d.applied, d.waitlisted, d.completed, d.dropped, d.no_show) <> (0, 0, 0, 0, 0, 0);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER enrolment_tally_insert AFTER INSERT ON enrolment REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION enrolment_tally()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER enrolment_tally_update AFTER UPDATE ON enrolment REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION enrolment_tally()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER enrolment_tally_delete AFTER DELETE ON enrolment REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION enrolment_tally()`,
    );
    await queryRunner.query(`UPDATE programme p
       SET seats_taken = d.seats, applied_count = d.applied, waitlisted_count = d.waitlisted, completed_count = d.completed, dropped_count = d.dropped, no_show_count = d.no_show
      FROM (SELECT programme_id AS id, count(*) FILTER (WHERE status IN ('ENROLLED', 'COMPLETED'))::int AS seats, count(*) FILTER (WHERE status = 'APPLIED')::int AS applied,
                   count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted, count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
                   count(*) FILTER (WHERE status = 'DROPPED')::int AS dropped, count(*) FILTER (WHERE status = 'NO_SHOW')::int AS no_show
              FROM enrolment GROUP BY programme_id) d
     WHERE p.id = d.id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER enrolment_tally_delete ON enrolment`);
    await queryRunner.query(`DROP TRIGGER enrolment_tally_update ON enrolment`);
    await queryRunner.query(`DROP TRIGGER enrolment_tally_insert ON enrolment`);
    await queryRunner.query(`DROP FUNCTION enrolment_tally()`);
    await queryRunner.query(`ALTER TABLE "programme" DROP COLUMN "no_show_count"`);
    await queryRunner.query(`ALTER TABLE "programme" DROP COLUMN "dropped_count"`);
    await queryRunner.query(`ALTER TABLE "programme" DROP COLUMN "completed_count"`);
    await queryRunner.query(`ALTER TABLE "programme" DROP COLUMN "waitlisted_count"`);
    await queryRunner.query(`ALTER TABLE "programme" DROP COLUMN "applied_count"`);
  }
}
