import type { EntityManager } from 'typeorm';
import { PROGRAMMES } from '../programmes';
import { ORGANIZATIONS } from '../organizations';
import { FUNDING_STREAMS } from '../funding';

/** Demo data (idempotent): openings from the sample companies and university in LA-LA LAnd, tied to its AI course. */
export async function seedOpenings(em: EntityManager): Promise<void> {
  const [done] = (await em.query('SELECT count(*)::int AS n FROM opening')) as Array<{ n: number }>;
  if (done!.n > 0) return;
  const rows: Array<[org: string, kind: string, title: string, skills: string, employment: string | null, places: number]> = [
    ['SAMPLE_CO_A', 'JOB', 'AI 데이터 라벨링 사무원 (샘플)', '{생성형 AI,엑셀}', 'PART_TIME', 3],
    ['SAMPLE_CO_A', 'INTERNSHIP', '디지털 마케팅 인턴 (샘플)', '{SNS 마케팅,영상 만들기}', 'FIXED_TERM', 2],
    ['SAMPLE_UNIV_A', 'MENTORING', '창업 아이템 멘토링 (샘플)', '{창업,사업계획}', null, 10],
  ];
  for (const [org, kind, title, skills, employment, places] of rows)
    await em.query(
      `INSERT INTO opening (organization_id, stream_id, kind, title, description, skills, programme_ids, employment_type, places, deadline)
       SELECT o.id, s.id, $2, $3, '연계 의뢰로 지원자를 받습니다. (샘플)', $4::varchar[],
              coalesce((SELECT array_agg(p.id) FROM ${PROGRAMMES} p WHERE p.title_ko IN ('AI 실무 역량 과정 (샘플)', '디지털 마케팅 창업 과정 (샘플)')), '{}'),
              $5::employment_type, $6, (now() + interval '60 days')::date
         FROM ${ORGANIZATIONS} o, ${FUNDING_STREAMS} s WHERE o.short_code = $1 AND s.code = 'LALALAND-2025'`,
      [org, kind, title, skills, employment, places],
    );
}
