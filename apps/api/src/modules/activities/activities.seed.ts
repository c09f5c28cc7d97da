import type { EntityManager } from 'typeorm';
import { ORGANIZATIONS } from '../organizations';
import { FUNDING_STREAMS } from '../funding';
import { PARTICIPANTS } from '../participants';

/**
 * Demo data (idempotent): Yeonje-gu's multigenerational digital challenge (전세대 디지털 챌린지) with registered
 * participants of every generation and an open head count, and Nam-gu's AI learning club led by one of its coaches.
 */
export async function seedActivities(em: EntityManager): Promise<void> {
  const [done] = (await em.query('SELECT count(*)::int AS n FROM activity')) as Array<{ n: number }>;
  if (done!.n > 0) return;
  const add = async (
    org: string,
    stream: string,
    kind: string,
    title: string,
    description: string,
    startsOn: string,
    endsOn: string | null,
    headcount: number,
    leader: boolean,
    people: number,
  ) => {
    const [a] = (await em.query(
      `INSERT INTO activity (organization_id, stream_id, kind, title, description, starts_on, ends_on, open_headcount)
       SELECT o.id, s.id, $3, $4, $5, $6, $7, $8 FROM ${ORGANIZATIONS} o, ${FUNDING_STREAMS} s WHERE o.short_code = $1 AND s.code = $2 RETURNING id, organization_id`,
      [org, stream, kind, title, description, startsOn, endsOn, headcount],
    )) as Array<{ id: string; organization_id: string }>;
    if (!a) return;
    const members = (await em.query(
      `SELECT id, birth_year FROM ${PARTICIPANTS} p WHERE organization_id = $1 ORDER BY birth_year, id LIMIT $2`,
      [a.organization_id, people],
    )) as Array<{
      id: string;
      birth_year: number;
    }>;
    for (const [n, p] of members.entries())
      await em.query(
        `INSERT INTO activity_participant (activity_id, participant_id, age_band, hours)
         VALUES ($1, $2, CASE WHEN 2025 - $3::int < 20 THEN 'UNDER_20' WHEN 2025 - $3::int < 40 THEN 'AGE_20_39' WHEN 2025 - $3::int < 65 THEN 'AGE_40_64' ELSE 'AGE_65_PLUS' END::age_band, $4)
         ON CONFLICT DO NOTHING`,
        [a.id, p.id, p.birth_year, 2 + (n % 4) * 1.5],
      );
    if (leader && members[0]) await em.query('UPDATE activity SET leader_participant_id = $1 WHERE id = $2', [members[0].id, a.id]);
  };
  await add(
    'YEONJE',
    'YEONJE-IT-DX-2025',
    'CHALLENGE',
    '전세대 디지털 챌린지 (샘플)',
    '청소년부터 어르신까지 한 팀이 되어 스마트폰 미션을 함께 해결합니다. (샘플)',
    '2025-10-11',
    '2025-10-11',
    40,
    false,
    30,
  );
  await add(
    'NAM',
    'NAM-ONPLUS-2025',
    'LEARNING_CLUB',
    'AI 학습 동아리 「온플러스 러너스」 (샘플)',
    'AI 학습코치 수료생이 이끄는 주민 학습 동아리입니다. (샘플)',
    '2025-09-01',
    null,
    0,
    true,
    12,
  );
}
