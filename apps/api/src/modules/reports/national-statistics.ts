import type { DataSource } from 'typeorm';
import {
  AGE_BANDS,
  AGE_BAND_LABELS,
  EDUCATION_DOMAINS,
  EDUCATION_DOMAIN_LABELS,
  GENDERS,
  GENDER_LABELS,
  ORGANIZATION_KIND_LABELS,
  REPORT_KIND_LABELS,
  seoulDate,
  suppressColumn,
} from '@lalaland/shared';
import type { StreamAccess } from '../funding';
import { periodOf } from '../kpis';
import type { ReportContent } from './report-content';
import type { ReportRun } from './report-run.entity';

const HIDDEN = '<5';

/** The national lifelong-education statistics: institutions, programmes by the 6 statutory domains, learners by sex and age, instructors. */
export async function statisticsContent(
  db: DataSource,
  access: StreamAccess,
  run: ReportRun,
  progress: (percent: number) => Promise<void>,
): Promise<ReportContent> {
  const stream = access.stream;
  const { from, to } = periodOf(run.year, 0);
  const orgs: Array<{ name: string; kind: keyof typeof ORGANIZATION_KIND_LABELS; programmes: number }> = await db.query(
    `SELECT o.name_ko AS name, o.kind, (SELECT count(*)::int FROM programme p WHERE p.stream_id = $1 AND p.host_organization_id = o.id AND p.status IN ('RUNNING', 'COMPLETED')) AS programmes
         FROM stream_member m JOIN organization o ON o.id = m.organization_id WHERE m.stream_id = $1 ORDER BY o.name_ko`,
    [stream.id],
  );
  await progress(20);
  const domains: Array<{ domain: string; programmes: number; sessions: number; hours: string }> = await db.query(
    `SELECT p.domain::text AS domain, count(DISTINCT p.id)::int AS programmes, count(s.id)::int AS sessions, COALESCE(round(sum(extract(epoch FROM s.ends_at - s.starts_at)) / 3600.0, 1), 0) AS hours
         FROM programme p LEFT JOIN programme_session s ON s.programme_id = p.id AND s.cancelled_at IS NULL
        WHERE p.stream_id = $1 AND p.status IN ('RUNNING', 'COMPLETED') AND p.starts_on >= $2::date AND p.starts_on < $3::date GROUP BY 1`,
    [stream.id, from, to],
  );
  const learners: Array<{ gender: string; age_band: string; n: number }> = await db.query(
    `SELECT c.gender, c.age_band::text, sum(c.participants)::int AS n FROM kpi_cell c JOIN programme p ON p.id = c.programme_id
        WHERE p.stream_id = $1 AND c.month >= $2::date AND c.month < $3::date GROUP BY 1, 2`,
    [stream.id, from, to],
  );
  await progress(40);
  const instructors: Array<{ name: string; n: number }> = await db.query(
    `SELECT o.name_ko AS name, count(*)::int AS n FROM instructor i JOIN organization o ON o.id = i.organization_id WHERE i.stream_id = $1 GROUP BY o.name_ko ORDER BY o.name_ko`,
    [stream.id],
  );
  // Learners by sex × age: each row suppressed as a table of its own, and so is each column (no cell recoverable from a margin).
  const genders = [...GENDERS, ''] as const;
  const grid = genders.map((g) => AGE_BANDS.map((b) => learners.find((l) => l.gender === g && l.age_band === b)?.n ?? 0));
  const byRow = grid.map((r) => suppressColumn(r).cells);
  const cols = AGE_BANDS.map((_, j) => suppressColumn(grid.map((r) => r[j] ?? 0)).cells);
  return {
    title: `${stream.nameKo} ${run.year}년 ${REPORT_KIND_LABELS.NATIONAL_STATISTICS.ko}`,
    subtitle: `${stream.code} · 작성 ${seoulDate()} · 평생교육 6대 영역 기준 (5명 미만 칸은 "<5")`,
    overview: [
      ['사업명', stream.nameKo],
      ['참여 기관 수', String(orgs.length)],
    ],
    tables: [
      {
        title: '기관 현황',
        header: ['기관', '유형', '운영 프로그램'],
        rows: orgs.map((o) => [o.name, ORGANIZATION_KIND_LABELS[o.kind]?.ko ?? o.kind, o.programmes]),
      },
      {
        title: '영역별 프로그램',
        header: ['평생교육 영역', '프로그램', '회차', '교육 시간'],
        rows: EDUCATION_DOMAINS.map((d) => {
          const r = domains.find((x) => x.domain === d);
          return [EDUCATION_DOMAIN_LABELS[d].ko, r?.programmes ?? 0, r?.sessions ?? 0, Number(r?.hours ?? 0)];
        }),
      },
      {
        title: '성별·연령대별 학습자(실인원)',
        header: ['성별', ...AGE_BANDS.map((b) => AGE_BAND_LABELS[b].ko)],
        rows: genders.map((g, i) => [
          g ? GENDER_LABELS[g].ko : '미상',
          ...AGE_BANDS.map((_, j) => (byRow[i]?.[j] === null || cols[j]?.[i] === null ? HIDDEN : (grid[i]?.[j] ?? 0))),
        ]),
      },
      { title: '강사 현황', header: ['기관', '등록 강사'], rows: instructors.map((r) => [r.name, r.n]) },
    ],
    narrative: null,
  };
}
