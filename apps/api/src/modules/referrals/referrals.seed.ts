import type { EntityManager } from 'typeorm';
import { seedSharingConsent, PARTICIPANTS } from '../participants';
import { ORGANIZATIONS } from '../organizations';
import { PROGRAMMES } from '../programmes';

/**
 * Demo data (idempotent): Saha-gu refers one of its learners to the sample university's start-up academy with a sharing
 * consent for the name and phone (as the citizen agreed on paper), and another with no sharing consent.
 */
export async function seedReferrals(em: EntityManager): Promise<void> {
  const [done] = (await em.query('SELECT count(*)::int AS n FROM referral')) as Array<{ n: number }>;
  if (done!.n > 0) return;
  const people = (await em.query(
    `SELECT p.id, p.organization_id FROM ${PARTICIPANTS} p JOIN ${ORGANIZATIONS} o ON o.id = p.organization_id WHERE o.short_code = 'SAHA' ORDER BY p.created_at, p.id LIMIT 2`,
  )) as Array<{ id: string; organization_id: string }>;
  const [univ] = (await em.query(`SELECT id FROM ${ORGANIZATIONS} o WHERE short_code = 'SAMPLE_UNIV_A'`)) as Array<{ id: string }>;
  const [course] = (await em.query(`SELECT id FROM ${PROGRAMMES} p WHERE title_ko = '대학 연계 AI 창업 아카데미 (샘플)'`)) as Array<{
    id: string;
  }>;
  if (people.length < 2 || !univ) return;
  const consent = await seedSharingConsent(em, people[0]!.id, people[0]!.organization_id, univ.id, ['NAME', 'PHONE']);
  await em.query(
    `INSERT INTO referral (participant_id, from_organization_id, to_organization_id, programme_id, reason, note, status, consent_id, sharing_purpose)
     VALUES ($1, $2, $3, $4, 'EMPLOYMENT', '디지털 기초 과정을 마치고 AI 실무로 취업을 준비하고 싶어 합니다. (샘플)', 'SUBMITTED', $5, '연계 과정 안내와 수강 등록'),
            ($6, $2, $3, NULL, 'COUNSELLING', '진로 상담을 원합니다. 개인정보 제공에는 동의하지 않았습니다. (샘플)', 'SUBMITTED', NULL, NULL)`,
    [people[0]!.id, people[0]!.organization_id, univ.id, course?.id ?? null, consent, people[1]!.id],
  );
}
