import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  AGE_BANDS,
  AGE_BAND_LABELS,
  BUSAN_DISTRICTS,
  EDUCATION_DOMAIN_LABELS,
  GENDER_LABELS,
  KPI_DIMENSIONS,
  PILLAR_LABELS,
  generationMixIndex,
  suppressColumn,
  suppressColumnExcept,
  type AgeBand,
  type KpiDimension,
} from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { preparedQuery } from '../../core/database/prepared';
import { ownKey, type Breakdown, type FigureScope, type MixRow, type OwnShare, type PairCell } from './kpi.types';

const DIM_COLUMNS: Record<KpiDimension, string> = {
  ORGANIZATION: 'p.host_organization_id::text',
  PILLAR: 'p.pillar::text',
  DOMAIN: 'p.domain::text',
  FIELD: "COALESCE(p.field_id::text, '')",
  MONTH: "to_char(c.month, 'YYYY-MM')",
  AGE_BAND: 'c.age_band::text',
  GENDER: 'c.gender',
  DISTRICT: 'c.district_code',
};
const COUNTED = `('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')`;
const DISTRICT_NAMES = new Map(BUSAN_DISTRICTS.map((d) => [d.code, d]));

/**
 * A scope's figures by dimension (organization, pillar, domain, field, month, age band, gender, district), the generation
 * mix of its programmes and activities and its mentor × learner age-band pairs, suppressed where the scope asks.
 */
@Injectable()
export class KpiBreakdowns {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The roll-ups by each dimension, suppressed column by column where the scope asks: a stream's (or the consortium's)
   * from its dimension roll-up and its unfolded deltas (a few hundred rows), one organization's from its programmes'
   * cells (grouping sets over them).
   */
  /**
   * The viewer's own share of the scope's cells, by dimension and key and in total (the cells of the people it holds:
   * kpi_holder_cells), so suppression is decided on what the others contributed.
   */
  async ownShare(scope: FigureScope): Promise<OwnShare> {
    const dims = KPI_DIMENSIONS.filter((d) => d !== 'ORGANIZATION' || scope.byOrganization);
    const own = new Map<string, { participants: number; enrolments: number; completions: number }>();
    if (!scope.viewer || !scope.streams.length) return own;
    const g: Array<{ g: number; key: string | null; participants: number; enrolments: number; completions: number }> = await this.db.query(
      `SELECT GROUPING(${dims.map((d) => DIM_COLUMNS[d]).join(', ')}) AS g, COALESCE(${dims.map((d) => DIM_COLUMNS[d]).join(', ')}) AS key,
              sum(c.participants)::int AS participants, sum(c.participations)::int AS enrolments, sum(c.completions)::int AS completions
         FROM kpi_holder_cells($5, $1) c JOIN programme p ON p.id = c.programme_id
        WHERE c.month >= $2::date AND c.month < $3::date AND ($4::uuid IS NULL OR p.host_organization_id = $4)
        GROUP BY GROUPING SETS (${dims.map((d) => `(${DIM_COLUMNS[d]})`).join(', ')}, ())`,
      [scope.streams.map((s) => s.id), scope.from, scope.to, scope.organizationId, scope.viewer],
    );
    const all = (1 << dims.length) - 1;
    for (const r of g)
      own.set(ownKey(r.g === all ? 'TOTAL' : dims[dims.length - 1 - Math.log2(all - r.g)]!, r.g === all ? null : r.key), r);
    return own;
  }

  async breakdowns(ctx: RequestContext, scope: FigureScope, own: OwnShare | null = null): Promise<Breakdown[]> {
    const dims = KPI_DIMENSIONS.filter((d) => d !== 'ORGANIZATION' || scope.byOrganization);
    if (!scope.streams.length) return [];
    const ids = scope.streams.map((s) => s.id);
    type Grouped = {
      dimension: KpiDimension | 'TOTAL';
      key: string | null;
      participants: number;
      enrolments: number;
      completions: number;
      minutes: string;
    };
    let rows: Grouped[];
    if (!scope.organizationId) {
      rows = await preparedQuery<Grouped>(
        this.db,
        'kpi_breakdowns',
        `SELECT CASE WHEN GROUPING(x.key) = 1 THEN 'TOTAL' ELSE x.dimension END AS dimension, x.key,
                sum(participants)::int AS participants, sum(participations)::int AS enrolments, sum(completions)::int AS completions, sum(attended_minutes) AS minutes
           FROM (SELECT dimension, CASE WHEN dimension = 'MONTH' THEN to_char(month, 'YYYY-MM') ELSE key END AS key, participants, participations, completions, attended_minutes
                   FROM kpi_dim WHERE stream_id = ANY($1) AND month >= $2::date AND month < $3::date AND dimension = ANY($4)
                 UNION ALL
                 SELECT dimension, CASE WHEN dimension = 'MONTH' THEN to_char(month, 'YYYY-MM') ELSE key END, participants, participations, completions, attended_minutes
                   FROM kpi_dim_delta WHERE stream_id = ANY($1) AND month >= $2::date AND month < $3::date AND dimension = ANY($4)) x
          GROUP BY GROUPING SETS ((x.dimension, x.key), (x.dimension))
         HAVING GROUPING(x.key) = 0 OR x.dimension = 'MONTH'`,
        [ids, scope.from, scope.to, dims],
      );
    } else {
      const g: Array<{ g: number; key: string | null; participants: number; enrolments: number; completions: number; minutes: string }> =
        await this.db.query(
          `SELECT GROUPING(${dims.map((d) => DIM_COLUMNS[d]).join(', ')}) AS g, COALESCE(${dims.map((d) => DIM_COLUMNS[d]).join(', ')}) AS key,
                sum(c.participants)::int AS participants, sum(c.participations)::int AS enrolments, sum(c.completions)::int AS completions, sum(c.attended_minutes) AS minutes
           FROM kpi_cell c JOIN programme p ON p.id = c.programme_id
          WHERE p.stream_id = ANY($1) AND p.host_organization_id = $4 AND c.month >= $2::date AND c.month < $3::date
          GROUP BY GROUPING SETS (${dims.map((d) => `(${DIM_COLUMNS[d]})`).join(', ')}, ())`,
          [ids, scope.from, scope.to, scope.organizationId],
        );
      const all = (1 << dims.length) - 1;
      rows = g.map((r) => ({ ...r, dimension: r.g === all ? 'TOTAL' : dims[dims.length - 1 - Math.log2(all - r.g)]! }));
    }
    const totalRow = rows.find((r) => r.dimension === 'TOTAL') ?? { participants: 0, enrolments: 0, completions: 0, minutes: '0' };
    const labels = await this.labels(rows.filter((r) => r.dimension === 'ORGANIZATION' || r.dimension === 'FIELD').map((r) => r.key ?? ''));
    return dims.map((dimension) => {
      const mine = rows
        .filter((r) => r.dimension === dimension && (r.participants || r.enrolments || r.completions || Number(r.minutes)))
        .sort((a, b) =>
          dimension === 'MONTH' || dimension === 'AGE_BAND'
            ? order(dimension, a.key, b.key)
            : b.participants - a.participants || (a.key ?? '').localeCompare(b.key ?? ''),
        );
      return this.suppressTable(dimension, mine.slice(0, 60), totalRow, scope.suppress, labels, own);
    });
  }

  private suppressTable(
    dimension: KpiDimension,
    rows: Array<{ key: string | null; participants: number; enrolments: number; completions: number; minutes: string }>,
    totalRow: { participants: number; enrolments: number; completions: number; minutes: string } | undefined,
    suppress: boolean,
    labels: Map<string, { ko: string; en: string }>,
    own: OwnShare | null,
  ): Breakdown {
    type Measure = 'participants' | 'enrolments' | 'completions';
    const ownOf = (r: { key: string | null }, m: Measure) => own?.get(ownKey(dimension, r.key))?.[m] ?? 0;
    const col = (m: Measure) => {
      const values = rows.map((r) => r[m]);
      if (!suppress) return { cells: values, total: values.reduce((a, v) => a + v, 0) };
      return own?.size
        ? suppressColumnExcept(
            values,
            rows.map((r) => ownOf(r, m)),
          )
        : suppressColumn(values);
    };
    const people = col('participants');
    const enrolments = col('enrolments');
    const completions = col('completions');
    const hours = (m: string | number) => Math.round((Number(m) / 60) * 10) / 10;
    const out = rows.map((r, i) => {
      const key = r.key ?? '';
      const label = labelOf(dimension, key, labels);
      return {
        key,
        labelKo: label.ko,
        labelEn: label.en,
        participants: people.cells[i] ?? null,
        enrolments: enrolments.cells[i] ?? null,
        completions: completions.cells[i] ?? null,
        learningHours: people.cells[i] === null ? null : hours(r.minutes),
      };
    });
    return {
      dimension,
      rows: out,
      total: {
        key: '',
        labelKo: '합계',
        labelEn: 'Total',
        participants: people.total,
        enrolments: enrolments.total,
        completions: completions.total,
        learningHours: people.total === null ? null : hours(totalRow?.minutes ?? 0),
      },
    };
  }

  /** Names of the organizations and fields a breakdown shows (one statement for both). */
  private async labels(keys: string[]): Promise<Map<string, { ko: string; en: string }>> {
    const map = new Map<string, { ko: string; en: string }>();
    const ids = keys.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (!ids.length) return map;
    const rows: Array<{ id: string; ko: string; en: string | null }> = await this.db.query(
      `SELECT id, name_ko AS ko, name_en AS en FROM organization WHERE id = ANY($1::uuid[]) UNION ALL SELECT id, name_ko, name_en FROM stream_field WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    for (const r of rows) map.set(r.id, { ko: r.ko, en: r.en ?? r.ko });
    return map;
  }

  /** The generation mix of each programme (by enrolments' age bands at enrolment), largest first. */
  async programmeMix(scope: FigureScope): Promise<MixRow[]> {
    if (!scope.streams.length) return [];
    const rows: Array<{ id: string; title: string; bands: number[] }> = scope.organizationId
      ? await this.db.query(
          `SELECT p.id, p.title_ko AS title, ARRAY[${AGE_BANDS.map((b) => `COALESCE(sum(c.participations) FILTER (WHERE c.age_band = '${b}'), 0)::int`).join(', ')}] AS bands
             FROM kpi_cell c JOIN programme p ON p.id = c.programme_id
            WHERE p.stream_id = ANY($1) AND p.host_organization_id = $4 AND c.month >= $2::date AND c.month < $3::date
            GROUP BY p.id HAVING sum(c.participations) > 0 ORDER BY sum(c.participations) DESC, p.id LIMIT 20`,
          [scope.streams.map((s) => s.id), scope.from, scope.to, scope.organizationId],
        )
      : await preparedQuery<{ id: string; title: string; bands: number[] }>(
          this.db,
          'kpi_programme_mix',
          `SELECT p.id, p.title_ko AS title, t.bands
             FROM (SELECT key, ARRAY[sum(under_20), sum(age_20_39), sum(age_40_64), sum(age_65_plus)]::int[] AS bands, sum(participations) AS n
                     FROM (SELECT key, under_20, age_20_39, age_40_64, age_65_plus, participations FROM kpi_dim
                            WHERE stream_id = ANY($1) AND dimension = 'PROGRAMME' AND month >= $2::date AND month < $3::date
                           UNION ALL
                           SELECT key, under_20, age_20_39, age_40_64, age_65_plus, participations FROM kpi_dim_delta
                            WHERE stream_id = ANY($1) AND dimension = 'PROGRAMME' AND month >= $2::date AND month < $3::date) x
                    GROUP BY key HAVING sum(participations) > 0 ORDER BY sum(participations) DESC, key LIMIT 20) t
             JOIN programme p ON p.id = t.key::uuid
            ORDER BY t.n DESC, t.key`,
          [scope.streams.map((s) => s.id), scope.from, scope.to],
        );
    return rows.map((r) => mixRow(r.id, r.title, r.bands, scope.suppress));
  }

  /**
   * The generation mix of each activity of the streams (age band at joining) and the mentor × learner age-band pairs
   * (each mentor confirmed for a session, with each person enrolled in its programme): one statement for both.
   */
  async peopleMix(scope: FigureScope): Promise<{ activityMix: MixRow[]; mentorPairs: PairCell[] }> {
    type Mix = { id: string; title: string; bands: number[] };
    type Pair = { m: AgeBand; l: AgeBand; n: number };
    const [row] = scope.streams.length
      ? await preparedQuery<{ activities: Mix[]; pairs: Pair[] }>(
          this.db,
          'kpi_people_mix',
          `SELECT (SELECT COALESCE(json_agg(x), '[]') FROM (
                     SELECT a.id, a.title, ARRAY[${AGE_BANDS.map((b) => `(count(*) FILTER (WHERE ap.age_band = '${b}'))::int`).join(', ')}] AS bands
                       FROM activity a JOIN activity_participant ap ON ap.activity_id = a.id
                      WHERE a.stream_id = ANY($1) AND ($4::uuid IS NULL OR a.organization_id = $4)
                        AND ap.joined_at >= ($2::date::timestamp AT TIME ZONE 'Asia/Seoul') AND ap.joined_at < ($3::date::timestamp AT TIME ZONE 'Asia/Seoul')
                      GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 20) x) AS activities,
                  (SELECT COALESCE(json_agg(y), '[]') FROM (
                     SELECT m.age_band AS m, e.age_band AS l, count(DISTINCT (a.mentor_id, e.participant_id))::int AS n
                       FROM mentor_assignment a JOIN mentor m ON m.id = a.mentor_id JOIN programme p ON p.id = a.programme_id
                       JOIN enrolment e ON e.programme_id = a.programme_id AND e.status IN ${COUNTED}
                      WHERE p.stream_id = ANY($1) AND ($4::uuid IS NULL OR p.host_organization_id = $4) AND a.status = 'CONFIRMED'
                        AND lower(a.during) >= ($2::date::timestamp AT TIME ZONE 'Asia/Seoul') AND lower(a.during) < ($3::date::timestamp AT TIME ZONE 'Asia/Seoul')
                      GROUP BY 1, 2) y) AS pairs`,
          [scope.streams.map((s) => s.id), scope.from, scope.to, scope.organizationId],
        )
      : [];
    const activityMix = (row?.activities ?? []).map((r) => mixRow(r.id, r.title, r.bands, scope.suppress));
    const pairs = row?.pairs ?? [];
    const cells = AGE_BANDS.flatMap((m) =>
      AGE_BANDS.map((l) => ({ mentorAgeBand: m, learnerAgeBand: l, n: pairs.find((r) => r.m === m && r.l === l)?.n ?? 0 })),
    );
    const shown = scope.suppress ? suppressColumn(cells.map((c) => c.n)).cells : cells.map((c) => c.n);
    return {
      activityMix,
      mentorPairs: cells.map((c, i) => ({ mentorAgeBand: c.mentorAgeBand, learnerAgeBand: c.learnerAgeBand, pairs: shown[i] ?? null })),
    };
  }
}

function mixRow(id: string, title: string, bands: number[], suppress: boolean): MixRow {
  const people = bands.reduce((a, b) => a + b, 0);
  const hidden = suppress && people > 0 && people < 5;
  return {
    id,
    title,
    people: hidden ? null : people,
    mixIndex: hidden ? null : generationMixIndex(Object.fromEntries(AGE_BANDS.map((b, i) => [b, bands[i]]))),
  };
}

function order(dimension: KpiDimension, a: string | null, b: string | null): number {
  if (dimension === 'AGE_BAND') return AGE_BANDS.indexOf(a as AgeBand) - AGE_BANDS.indexOf(b as AgeBand);
  return (a ?? '').localeCompare(b ?? '');
}

function labelOf(dimension: KpiDimension, key: string, names: Map<string, { ko: string; en: string }>): { ko: string; en: string } {
  const unknown = { ko: '미상', en: 'Unknown' };
  switch (dimension) {
    case 'ORGANIZATION':
    case 'FIELD':
      return names.get(key) ?? (dimension === 'FIELD' ? { ko: '분야 없음', en: 'No field' } : unknown);
    case 'PILLAR':
      return PILLAR_LABELS[key as keyof typeof PILLAR_LABELS] ?? unknown;
    case 'DOMAIN':
      return EDUCATION_DOMAIN_LABELS[key as keyof typeof EDUCATION_DOMAIN_LABELS] ?? unknown;
    case 'AGE_BAND':
      return AGE_BAND_LABELS[key as AgeBand] ?? unknown;
    case 'GENDER':
      return GENDER_LABELS[key as keyof typeof GENDER_LABELS] ?? unknown;
    case 'DISTRICT': {
      const d = DISTRICT_NAMES.get(key);
      return d ? { ko: d.ko, en: d.en } : key ? { ko: key, en: key } : unknown;
    }
    case 'MONTH':
      return { ko: key ? `${key.slice(0, 4)}년 ${Number(key.slice(5))}월` : '', en: key };
  }
}
