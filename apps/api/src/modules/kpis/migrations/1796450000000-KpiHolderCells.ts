import { MigrationInterface, QueryRunner } from 'typeorm';

const month = (ts: string) => `date_trunc('month', ${ts} AT TIME ZONE 'Asia/Seoul')::date`;
const dims = `e.age_band, COALESCE(e.gender::text, '') AS gender, COALESCE(e.district_code, '') AS district_code`;
const counted = `e.status IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')`;
const held = `JOIN participant pt ON pt.id = e.participant_id AND pt.organization_id = holder JOIN programme pp ON pp.id = e.programme_id AND pp.stream_id = ANY(streams)`;

/**
 * One organization's own share of the roll-up cells (hardening 2, item 9b): kpi_recount's rules over the enrolments of
 * the people it holds, in the given streams. A viewer's suppressed figures are decided on what the others contributed
 * (the cell minus this), so records a viewer adds to a cell (padding) never make another's small count appear.
 */
export class KpiHolderCells1796450000000 implements MigrationInterface {
  name = 'KpiHolderCells1796450000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION kpi_holder_cells(holder uuid, streams uuid[])
      RETURNS TABLE (programme_id uuid, month date, age_band age_band, gender text, district_code text, participations int, participants int, results int, completions int, attended_minutes bigint)
      LANGUAGE sql STABLE AS $$
      SELECT programme_id, month, age_band, gender, district_code, sum(participations)::int, sum(participants)::int, sum(results)::int, sum(completions)::int, sum(attended_minutes)::bigint
        FROM (SELECT e.programme_id, ${month('e.applied_at')} AS month, ${dims}, 1 AS participations, 0 AS participants, 0 AS results, 0 AS completions, 0 AS attended_minutes
                FROM enrolment e ${held} WHERE ${counted}
              UNION ALL
              SELECT e.programme_id, ${month('COALESCE(e.status_changed_at, e.applied_at)')}, ${dims}, 0, 0, 1, (e.status = 'COMPLETED')::int, 0
                FROM enrolment e ${held} WHERE e.status IN ('COMPLETED', 'NOT_COMPLETED')
              UNION ALL
              (SELECT DISTINCT ON (pp.stream_id, extract(year FROM e.applied_at AT TIME ZONE 'Asia/Seoul'), e.participant_id)
                      e.programme_id, ${month('e.applied_at')}, ${dims}, 0, 1, 0, 0, 0
                 FROM enrolment e ${held} WHERE ${counted}
                ORDER BY pp.stream_id, extract(year FROM e.applied_at AT TIME ZONE 'Asia/Seoul'), e.participant_id, e.applied_at, e.id)
              UNION ALL
              SELECT e.programme_id, ${month('s.starts_at')}, ${dims}, 0, 0, 0, 0, a.minutes
                FROM attendance a JOIN programme_session s ON s.id = a.session_id JOIN enrolment e ON e.id = a.enrolment_id ${held}) x
       GROUP BY 1, 2, 3, 4, 5 $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION kpi_holder_cells(uuid, uuid[])`);
  }
}
