import type { EntityManager } from 'typeorm';
import { issueCourseCredentials } from './mentor.service';
import { PROGRAMMES, PROGRAMME_SESSIONS } from '../programmes';
import { ENROLMENTS } from '../enrolments';
import { ORGANIZATIONS } from '../organizations';

/**
 * Demo data (idempotent): Nam-gu's AI Learning Coach course and Yeonje-gu's mentor-training class are mentor courses;
 * their completers hold credentials (as the completion event would have issued them), with skills and weekly hours;
 * Nam-gu's coaches are deployed into the Digital Literacy Academy's sessions, confirmed, the held ones with verified hours
 * (but the last, whose hours wait to be logged).
 */
export async function seedMentors(em: EntityManager): Promise<void> {
  const courses: Array<[title: string, kind: string]> = [
    ['AI 학습코치 양성과정', 'AI_COACH'],
    ['디지털 멘토 양성 교실 (샘플)', 'DIGITAL_MENTOR'],
  ];
  for (const [title, kind] of courses)
    await em.query(
      `INSERT INTO mentor_course (programme_id, kind) SELECT id, $2 FROM ${PROGRAMMES} p WHERE title_ko = $1 ON CONFLICT (programme_id) DO NOTHING`,
      [title, kind],
    );
  const completed = (await em.query(
    `SELECT e.id FROM ${ENROLMENTS} e JOIN mentor_course mc ON mc.programme_id = e.programme_id WHERE e.status = 'COMPLETED'`,
  )) as Array<{ id: string }>;
  await issueCourseCredentials(
    em,
    completed.map((r) => r.id),
  );
  await em.query(
    `UPDATE mentor m SET skills = CASE WHEN c.kind = 'AI_COACH' THEN '{생성형 AI,AI 학습코칭,스마트폰}'::varchar[] ELSE '{스마트폰,키오스크,영상 만들기}'::varchar[] END,
            available_weekdays = CASE WHEN c.kind = 'AI_COACH' THEN '{2,4}'::smallint[] ELSE '{1,3,5}'::smallint[] END, weekly_hours = 6
       FROM mentor_credential c WHERE c.mentor_id = m.id AND c.source = 'COURSE' AND m.skills = '{}'`,
  );
  // Nam-gu's volunteer team that supports AI and online classes: its coaches, the first coordinating.
  await em.query(
    `WITH g AS (
       INSERT INTO mentor_group (organization_id, name, coordinator_id)
       SELECT o.id, 'AI·온라인 수업 지원 봉사단', (SELECT m.id FROM mentor m WHERE m.organization_id = o.id ORDER BY m.created_at, m.id LIMIT 1)
         FROM ${ORGANIZATIONS} o WHERE o.short_code = 'NAM'
       ON CONFLICT (organization_id, name) DO NOTHING RETURNING id, organization_id)
     INSERT INTO mentor_group_member (group_id, mentor_id) SELECT g.id, m.id FROM g JOIN mentor m ON m.organization_id = g.organization_id ON CONFLICT DO NOTHING`,
  );
  // Nam-gu's coaches in the Digital Literacy Academy: two per session, by turns, held sessions confirmed and verified.
  const [academy] = (await em.query(`SELECT id FROM ${PROGRAMMES} p WHERE title_ko = '디지털 리터러시 아카데미'`)) as Array<{ id: string }>;
  if (!academy) return;
  const [done] = (await em.query('SELECT count(*)::int AS n FROM mentor_assignment WHERE programme_id = $1', [academy.id])) as Array<{
    n: number;
  }>;
  if (done!.n > 0) return;
  const coaches = (await em.query(
    `SELECT m.id FROM mentor m JOIN mentor_credential c ON c.mentor_id = m.id AND c.kind = 'AI_COACH' JOIN ${ORGANIZATIONS} o ON o.id = m.organization_id ORDER BY m.created_at, m.id LIMIT 6`,
  )) as Array<{ id: string }>;
  if (!coaches.length) return;
  const sessions = (await em.query(
    `SELECT id, starts_at, ends_at, ends_at <= now() AS held FROM ${PROGRAMME_SESSIONS} s WHERE programme_id = $1 ORDER BY starts_at`,
    [academy.id],
  )) as Array<{
    id: string;
    starts_at: Date;
    ends_at: Date;
    held: boolean;
  }>;
  // The last held session's hours are not logged yet: the demo's "hours to verify" work starts there.
  const lastHeld = sessions.map((s) => s.held).lastIndexOf(true);
  for (const [n, s] of sessions.entries()) {
    const counted = s.held && n !== lastHeld;
    for (const coach of [coaches[(n * 2) % coaches.length]!, coaches[(n * 2 + 1) % coaches.length]!]) {
      await em.query(
        `INSERT INTO mentor_assignment (mentor_id, session_id, programme_id, status, during, week, minutes, responded_at, logged_minutes, verified_at)
         SELECT $1, $2, $3, $4, tstzrange($5, $6, '[)'), (date_trunc('week', $5::timestamptz AT TIME ZONE 'Asia/Seoul'))::date,
                round(extract(epoch FROM ($6::timestamptz - $5::timestamptz)) / 60)::int, $5::timestamptz - interval '3 days',
                CASE WHEN $7 THEN round(extract(epoch FROM ($6::timestamptz - $5::timestamptz)) / 60)::int END, CASE WHEN $7 THEN $6::timestamptz + interval '1 day' END
         ON CONFLICT DO NOTHING`,
        [coach.id, s.id, academy.id, 'CONFIRMED', s.starts_at, s.ends_at, counted],
      );
    }
  }
}
