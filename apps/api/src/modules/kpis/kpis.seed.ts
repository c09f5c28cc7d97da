import type { EntityManager } from 'typeorm';

/** The streams' 2025 commitments (demo, idempotent): Yeonje-gu's 24 programmes in 9 fields for 1,000 people; LA-LA LAnd's and Nam-gu's own. */
const TARGETS: Array<[stream: string, kpi: string, target: number, baseline: number | null]> = [
  ['YEONJE-IT-DX-2025', 'PROGRAMMES_RUN', 24, null],
  ['YEONJE-IT-DX-2025', 'FIELDS_COVERED', 9, null],
  ['YEONJE-IT-DX-2025', 'PARTICIPANTS', 1000, null],
  ['LALALAND-2025', 'PARTICIPANTS', 1200, 800],
  ['LALALAND-2025', 'COMPLETION_RATE', 80, 72],
  ['LALALAND-2025', 'MENTORS_TRAINED', 60, null],
  ['LALALAND-2025', 'SATISFACTION', 4.3, 4.1],
  ['LALALAND-2025', 'BUDGET_EXECUTION_RATE', 95, null],
  ['LALALAND-2025', 'GENERATION_MIX', 0.6, 0.45],
  ['NAM-ONPLUS-2025', 'PARTICIPANTS', 300, null],
  ['NAM-ONPLUS-2025', 'EMPLOYMENT_OUTCOMES', 20, null],
];

const MILESTONES: Array<[stream: string, titleKo: string, titleEn: string, dueOn: string, doneOn: string | null]> = [
  ['LALALAND-2025', '사업 착수 보고회', 'Kick-off meeting', '2025-04-10', '2025-04-10'],
  ['LALALAND-2025', '상반기 성과 공유회', 'Mid-year results meeting', '2025-07-15', '2025-07-16'],
  ['LALALAND-2025', '교육부 결과보고서 제출', 'Result report to the Ministry', '2026-02-27', null],
];

export async function seedKpis(em: EntityManager): Promise<void> {
  for (const [code, kpi, target, baseline] of TARGETS) {
    await em.query(
      // Only what is missing (a closed year refuses even an insert that would do nothing: refuse_closed_year).
      `INSERT INTO kpi_target (stream_id, kpi_code, year, quarter, target, baseline) SELECT s.id, $2::varchar, 2025, 0, $3::numeric, $4::numeric FROM funding_stream s
        WHERE s.code = $1 AND NOT EXISTS (SELECT 1 FROM kpi_target t WHERE t.stream_id = s.id AND t.kpi_code = $2::varchar AND t.year = 2025 AND t.quarter = 0)`,
      [code, kpi, target, baseline],
    );
  }
  for (const [code, titleKo, titleEn, dueOn, doneOn] of MILESTONES) {
    await em.query(
      `INSERT INTO kpi_milestone (stream_id, title_ko, title_en, due_on, done_on) SELECT s.id, $2::varchar, $3::varchar, $4::date, $5::date FROM funding_stream s
        WHERE s.code = $1 AND NOT EXISTS (SELECT 1 FROM kpi_milestone m WHERE m.stream_id = s.id AND m.title_ko = $2::varchar)`,
      [code, titleKo, titleEn, dueOn, doneOn],
    );
  }
}
