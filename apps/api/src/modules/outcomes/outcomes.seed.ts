import type { EntityManager } from 'typeorm';
import { seoulDate } from '@lalaland/shared';
import { createFollowUps } from './follow-ups';

/**
 * Demo data (idempotent): follow-ups for every completion in the demo (as the completion event would have made them),
 * spread around today (a few overdue, several due within two weeks); a few outcomes for completers of Saha-gu's start-up course and Nam-gu's coach course.
 */
export async function seedOutcomes(em: EntityManager): Promise<void> {
  const completed = (await em.query("SELECT id FROM enrolment WHERE status = 'COMPLETED'")) as Array<{ id: string }>;
  await createFollowUps(
    em,
    completed.map((r) => r.id),
  );
  // The demo follows the clock: each organization's sample follow-ups still open are spread around today as a working
  // year's would be — three overdue by days, six due within two weeks, the rest weekly after — the same order every day.
  await em.query(
    `WITH open AS (
       SELECT f.id, row_number() OVER (PARTITION BY f.organization_id ORDER BY f.due_on, f.months, f.id) AS n
         FROM follow_up f JOIN enrolment e ON e.id = f.enrolment_id WHERE e.is_sample AND f.status = 'PENDING')
     UPDATE follow_up f SET due_on = CASE WHEN o.n <= 3 THEN $1::date - (4 * o.n)::int
                                          WHEN o.n <= 9 THEN $1::date + (2 * (o.n - 3))::int
                                          ELSE $1::date + 14 + (7 * (o.n - 9))::int END
       FROM open o WHERE o.id = f.id`,
    [seoulDate()],
  );
  const [done] = (await em.query('SELECT count(*)::int AS n FROM outcome')) as Array<{ n: number }>;
  if (done!.n > 0) return;
  const rows = (await em.query(
    `SELECT e.participant_id, e.organization_id, e.programme_id, p.title_ko FROM enrolment e JOIN programme p ON p.id = e.programme_id
      WHERE e.status = 'COMPLETED' AND p.title_ko IN ('디지털 마케팅 창업 과정 (샘플)', 'AI 학습코치 양성과정') ORDER BY p.title_ko, e.applied_at, e.id`,
  )) as Array<{ participant_id: string; organization_id: string; programme_id: string; title_ko: string }>;
  const startUp = rows.filter((r) => r.title_ko.startsWith('디지털 마케팅')).slice(0, 3);
  const coaches = rows.filter((r) => r.title_ko.startsWith('AI 학습코치')).slice(0, 2);
  for (const [n, r] of startUp.entries())
    await em.query(
      `INSERT INTO outcome (participant_id, organization_id, kind, employment_type, business_number, occurred_on, evidence, source, programme_ids)
       VALUES ($1, $2, $3, $4, NULL, DATE '2025-10-15' + $5::int, $6, 'VERIFIED', ARRAY[$7]::uuid[])`,
      [
        r.participant_id,
        r.organization_id,
        n === 0 ? 'STARTED_BUSINESS' : 'EMPLOYED',
        n === 0 ? null : 'PART_TIME',
        n * 7,
        n === 0 ? '사업자등록증 사본 (샘플)' : '근로계약서 (샘플)',
        r.programme_id,
      ],
    );
  for (const r of coaches)
    await em.query(
      `INSERT INTO outcome (participant_id, organization_id, kind, occurred_on, source, programme_ids) VALUES ($1, $2, 'VOLUNTEERING', DATE '2025-09-01', 'SELF_REPORTED', ARRAY[$3]::uuid[])`,
      [r.participant_id, r.organization_id, r.programme_id],
    );
}
