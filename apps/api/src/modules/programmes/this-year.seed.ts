import type { EntityManager } from 'typeorm';
import { seoulDate, seoulInstant } from '@lalaland/shared';
import { SEED_FUNDING, codeForYear, confirmCarried, openNextYear, FUNDING_STREAMS } from '../funding';
import { randomCode } from '../../core/random-code';
import { copyInitiatives } from './stream-year.handler';
import { seriesDates } from './session-times';
import { ORGANIZATIONS } from '../organizations';

/**
 * The demo follows the clock: each demo stream's years are opened, one from the last (as its lead would), up to the
 * fiscal year that holds today, so staff always have this year to plan and run in. Runs at every start (idempotent).
 */
export async function followTheClock(em: EntityManager): Promise<void> {
  const today = seoulDate();
  for (const stream of SEED_FUNDING.streams) {
    for (let year = 2025; year < 2100; year++) {
      const [s] = (await em.query(`SELECT id, period_end::text AS end FROM ${FUNDING_STREAMS} s WHERE code = $1`, [
        codeForYear(stream.code, year),
      ])) as Array<{ id: string; end: string }>;
      if (!s || s.end >= today) break;
      const next = await openNextYear(em, s.id);
      if (!next) continue;
      await copyInitiatives(em, s.id, next.id, next.fiscalYear);
      await confirmCarried(em, next.id);
    }
  }
}

/**
 * Classes of this year (titles of the demo's kind, all marked sample): three a citizen can still apply to, and one
 * that began last week, so this week has classes to take attendance in and mentors to place.
 */
const THIS_YEAR: Array<{
  host: string;
  venue: string;
  title: string;
  description: string;
  weekdays: number[];
  start: string;
  weeksAhead: number;
  sessions?: number;
  status?: 'RUNNING';
}> = [
  {
    host: 'SAHA',
    venue: 'SAHA',
    title: '생활 속 디지털 금융 교실 (샘플)',
    description: '모바일 뱅킹, 간편결제, 금융 사기 예방까지 생활에 필요한 디지털 금융을 익힙니다.',
    weekdays: [1, 3, 5],
    start: '10:00',
    weeksAhead: 0,
    sessions: 12,
    status: 'RUNNING',
  },
  {
    host: 'BWFLE',
    venue: 'BWFLE',
    title: '어르신 스마트폰 첫걸음 (샘플)',
    description: '전화·문자·사진·카카오톡부터 키오스크 주문까지, 스마트폰을 처음부터 천천히 배웁니다.',
    weekdays: [2],
    start: '15:00',
    weeksAhead: 1,
  },
  {
    host: 'SAMPLE_UNIV_A',
    venue: 'SAMPLE_UNIV_A',
    title: '생성형 AI로 일 잘하기 (샘플)',
    description: '문서 작성, 요약, 이미지 만들기까지 생성형 AI를 업무와 구직에 활용합니다.',
    weekdays: [4],
    start: '19:00',
    weeksAhead: 2,
  },
  {
    host: 'SAHA',
    venue: 'SAMPLE_LC_SAHA',
    title: '세대공감 디지털 챌린지 (샘플)',
    description: '청년과 어르신이 한 팀이 되어 디지털 과제를 함께 해결합니다.',
    weekdays: [6],
    start: '14:00',
    weeksAhead: 3,
  },
];

/**
 * This year's demo classes, once per year: a few recruiting programmes of the LA-LA LAnd initiative that holds today,
 * with weekly sessions in the coming weeks — what the public catalogue shows in the demo.
 */
export async function seedThisYear(em: EntityManager): Promise<void> {
  const today = seoulDate();
  const [initiative] = (await em.query(
    `SELECT i.id, i.stream_id FROM initiative i JOIN ${FUNDING_STREAMS} s ON s.id = i.stream_id
      WHERE i.code LIKE 'LALALAND%' AND s.period_start <= $1::date AND s.period_end >= $1::date LIMIT 1`,
    [today],
  )) as Array<{ id: string; stream_id: string }>;
  if (!initiative) return;
  if (((await em.query('SELECT 1 FROM programme WHERE initiative_id = $1 AND is_sample LIMIT 1', [initiative.id])) as unknown[]).length)
    return;
  const monday = new Date(`${today}T00:00:00Z`);
  monday.setUTCDate(monday.getUTCDate() + ((8 - monday.getUTCDay()) % 7 || 7));
  for (const c of THIS_YEAR) {
    const first = new Date(monday.getTime() + ((c.weeksAhead - 1) * 7 + (c.weekdays[0]! - 1)) * 86_400_000).toISOString().slice(0, 10);
    const dates = seriesDates(first, c.weekdays, c.sessions ?? 8);
    const [p] = (await em.query(
      `INSERT INTO programme (initiative_id, stream_id, title_ko, pillar, domain, host_organization_id, target_audience, age_bands, format, capacity,
                              target_participants, target_completions, completion_rate, starts_on, ends_on, status, description, is_sample)
       SELECT $1, $2, $3, 'LEARN', 'LIBERAL_ARTS', o.id, '부산 시민', '{}'::age_band[], 'OFFLINE', 20, 20, 16, 80, $4, $5, $8::programme_status, $6, true
         FROM ${ORGANIZATIONS} o WHERE o.short_code = $7 RETURNING id`,
      [initiative.id, initiative.stream_id, c.title, dates[0], dates[dates.length - 1], c.description, c.host, c.status ?? 'RECRUITING'],
    )) as Array<{ id: string }>;
    const [venue] = (await em.query(
      `SELECT v.id FROM venue v JOIN ${ORGANIZATIONS} o ON o.id = v.organization_id WHERE o.short_code = $1 AND v.is_sample LIMIT 1`,
      [c.venue],
    )) as Array<{ id: string }>;
    const [h, m] = c.start.split(':').map(Number) as [number, number];
    const end = `${String(h + 2).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
    for (const d of dates)
      await em.query(
        'INSERT INTO programme_session (programme_id, starts_at, ends_at, venue_id, check_in_code) VALUES ($1, $2, $3, $4, $5)',
        [p!.id, seoulInstant(d, c.start), seoulInstant(d, end), venue?.id ?? null, randomCode(6)],
      );
  }
}
