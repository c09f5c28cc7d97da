import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A learner still enrolled when the programme closes without meeting the completion rule is NOT_COMPLETED (미수료),
 * not left "enrolled" forever. The status holds the seat it took; the tally trigger counts it on its own counter.
 * Rows of programmes already closed are moved by the enrolments module's data upgrade, after this commits (a new enum
 * value cannot be used in the transaction that adds it).
 */
export class NotCompleted1796190000000 implements MigrationInterface {
  name = 'NotCompleted1796190000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."enrolment_status" ADD VALUE IF NOT EXISTS 'NOT_COMPLETED'`);
    await queryRunner.query(`ALTER TABLE "programme" ADD "not_completed_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION enrolment_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids uuid[]; sts text[]; ns int[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(programme_id), array_agg(status::text), array_agg(1) INTO ids, sts, ns FROM new_rows;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(programme_id), array_agg(status::text), array_agg(-1) INTO ids, sts, ns FROM old_rows;
        ELSE
          SELECT array_agg(programme_id), array_agg(status::text), array_agg(n) INTO ids, sts, ns
            FROM (SELECT programme_id, status, 1 AS n FROM new_rows UNION ALL SELECT programme_id, status, -1 FROM old_rows) d;
        END IF;
        UPDATE programme p
           SET seats_taken = p.seats_taken + d.seats, applied_count = p.applied_count + d.applied,
               waitlisted_count = p.waitlisted_count + d.waitlisted, completed_count = p.completed_count + d.completed,
               dropped_count = p.dropped_count + d.dropped, no_show_count = p.no_show_count + d.no_show,
               not_completed_count = p.not_completed_count + d.not_completed
          FROM (SELECT id,
                       COALESCE(sum(n) FILTER (WHERE st IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')), 0) AS seats,
                       COALESCE(sum(n) FILTER (WHERE st = 'APPLIED'), 0) AS applied,
                       COALESCE(sum(n) FILTER (WHERE st = 'WAITLISTED'), 0) AS waitlisted,
                       COALESCE(sum(n) FILTER (WHERE st = 'COMPLETED'), 0) AS completed,
                       COALESCE(sum(n) FILTER (WHERE st = 'DROPPED'), 0) AS dropped,
                       COALESCE(sum(n) FILTER (WHERE st = 'NO_SHOW'), 0) AS no_show,
                       COALESCE(sum(n) FILTER (WHERE st = 'NOT_COMPLETED'), 0) AS not_completed
                  FROM unnest(ids, sts, ns) AS u(id, st, n) GROUP BY id) d
         WHERE p.id = d.id AND (d.seats, d.applied, d.waitlisted, d.completed, d.dropped, d.no_show, d.not_completed) <> (0, 0, 0, 0, 0, 0, 0);
        RETURN NULL;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The enum value stays (PostgreSQL cannot drop one); rows go back to ENROLLED and the tally to its former shape.
    await queryRunner.query(`UPDATE enrolment SET status = 'ENROLLED' WHERE status::text = 'NOT_COMPLETED'`);
    await queryRunner.query(`ALTER TABLE "programme" DROP COLUMN "not_completed_count"`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION enrolment_tally() RETURNS trigger LANGUAGE plpgsql AS $$
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
  }
}
