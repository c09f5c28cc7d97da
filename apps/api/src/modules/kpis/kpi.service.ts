import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
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
  seoulDate,
  suppressColumn,
  type AgeBand,
  type KpiCode,
  type KpiDimension,
} from '@lalaland/shared';
import { AccessService } from '../../core/access/access.service';
import { AuditService } from '../../core/audit/audit.service';
import { RequestContext } from '../../core/context/request-context';
import { preparedQuery } from '../../core/database/prepared';
import { Transactions } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { LiveEvents } from '../../core/live/live-events';
import { safeError } from '../../core/logging';
import { FundingService, FundingStream } from '../funding';
import { ORGANIZATION_FIGURES_ACCESS } from './kpi.access';
import { ACTUALS_SQL, KPI_BY_CODE, KPI_DICTIONARY, type KpiDefinition } from './kpi-dictionary';
import { KpiMilestone, KpiTarget } from './kpi.entity';

export type DashboardKind = 'STREAM' | 'CONSORTIUM' | 'ORGANIZATION';

export interface DashboardArgs {
  kind: DashboardKind;
  streamId?: string | null;
  organizationId?: string | null;
  year?: number | null;
  quarter?: number | null;
}

/** What a caller's dashboard covers, decided once by the access rules. */
export interface FigureScope {
  kind: DashboardKind;
  streams: FundingStream[];
  organizationId: string | null;
  /** Small cells are hidden (the figures leave the organization that holds the records). */
  suppress: boolean;
  /** Rows per organization are shown (lead, ministry, platform admin). */
  byOrganization: boolean;
  year: number;
  quarter: number;
  from: string;
  to: string;
}

export interface Figure {
  code: KpiCode;
  actual: number | null;
  suppressed: boolean;
  target: number | null;
  baseline: number | null;
  achievement: number | null;
}

export interface BreakdownRow {
  key: string;
  labelKo: string;
  labelEn: string;
  participants: number | null;
  enrolments: number | null;
  completions: number | null;
  learningHours: number | null;
}

export interface Breakdown {
  dimension: KpiDimension;
  rows: BreakdownRow[];
  total: BreakdownRow;
}

export interface MixRow {
  id: string;
  title: string;
  people: number | null;
  mixIndex: number | null;
}

export interface PairCell {
  mentorAgeBand: AgeBand;
  learnerAgeBand: AgeBand;
  pairs: number | null;
}

export interface Dashboard {
  scope: FigureScope;
  figures: Figure[];
  breakdowns: Breakdown[];
  /** One row per stream (the consortium's). */
  streamFigures: Array<{ stream: FundingStream; figures: Figure[] }>;
  programmeMix: MixRow[];
  activityMix: MixRow[];
  mentorPairs: PairCell[];
}

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

export function periodOf(year: number, quarter: number): { from: string; to: string } {
  if (!Number.isInteger(year) || year < 2020 || year > 2100 || !Number.isInteger(quarter) || quarter < 0 || quarter > 4) throw new AppError('KPI_PERIOD_INVALID');
  if (!quarter) return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
  const m = (quarter - 1) * 3 + 1;
  const to = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(m + 3).padStart(2, '0')}-01`;
  return { from: `${year}-${String(m).padStart(2, '0')}-01`, to };
}

/**
 * Figures from records: the dictionary's expressions over the roll-ups (kept by triggers in the same transaction as
 * each enrolment and attendance mark) and the small tables; dashboards per stream, consortium and organization, with
 * small cells suppressed wherever the figures leave the organization that holds the records; targets, milestones and
 * the public progress page (cached per replica, dropped at every commit that changes a roll-up or a target).
 */
@Injectable()
export class KpiService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly publicCache = new Map<string, { at: number; value: PublicProgress | null }>();
  /**
   * Computed dashboards by scope (what the access rules decided, never who asked): dropped on every replica at the
   * commit of any change a figure is computed from (the roll-up and source-table triggers NOTIFY `kpi.changed`), and
   * after a minute in any case (a replica whose LISTEN connection was down for a moment catches up).
   */
  private readonly dashboardCache = new Map<string, { at: number; value: Promise<Omit<Dashboard, 'scope'>> }>();
  private readonly logger = new Logger('Kpis');
  private compactor: NodeJS.Timeout | null = null;

  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly accessLayer: AccessService,
    private readonly audit: AuditService,
    private readonly funding: FundingService,
    private readonly live: LiveEvents,
  ) {}

  onApplicationBootstrap(): void {
    this.live.emitter.on('kpi.changed', (_msg, done) => {
      this.dropCaches();
      done();
    });
    // The dimension roll-up's deltas are folded in every few seconds (one replica at a time; readers sum both anyway).
    this.compactor = setInterval(() => void this.compact().catch((err: unknown) => this.logger.warn({ err: safeError(err) }, 'kpi compaction failed')), 5_000);
    this.compactor.unref();
  }

  onApplicationShutdown(): void {
    if (this.compactor) clearInterval(this.compactor);
  }

  /** Folds the dimension roll-up's appended deltas into it; returns the rows written. */
  async compact(): Promise<number> {
    const [row] = (await this.db.query('SELECT kpi_dim_compact() AS n')) as Array<{ n: number }>;
    return row?.n ?? 0;
  }

  dictionary(): readonly KpiDefinition[] {
    return KPI_DICTIONARY;
  }

  /** The caller's scope for a dashboard (NOT_FOUND for a stream or organization that is not theirs to see). */
  async scope(ctx: RequestContext, args: DashboardArgs): Promise<FigureScope> {
    const quarter = args.quarter ?? 0;
    if (args.kind === 'STREAM') {
      if (!args.streamId) throw new AppError('FUNDING_STREAM_NOT_FOUND');
      const access = await this.funding.access(ctx, args.streamId);
      const org = args.organizationId ?? null;
      if (org && !access.seesAll && org !== ctx.activeOrganizationId) throw new AppError('KPI_ORGANIZATION_NOT_FOUND');
      const year = args.year ?? access.stream.fiscalYear;
      return {
        kind: 'STREAM',
        streams: [access.stream],
        organizationId: org,
        suppress: !(org && org === ctx.activeOrganizationId),
        byOrganization: access.seesAll && !org,
        year,
        quarter,
        ...periodOf(year, quarter),
      };
    }
    if (args.kind === 'ORGANIZATION') {
      const org = args.organizationId ?? ctx.activeOrganizationId;
      if (!org) throw new AppError('KPI_ORGANIZATION_NOT_FOUND');
      const grant = await this.accessLayer.require(ctx, ORGANIZATION_FIGURES_ACCESS, org);
      const leads = !grant.own && !grant.everyStream;
      const ids: Array<{ id: string }> = await this.db.query(
        `SELECT sm.stream_id AS id FROM stream_member sm WHERE sm.organization_id = $1
            AND (NOT $2 OR EXISTS (SELECT 1 FROM stream_member l WHERE l.stream_id = sm.stream_id AND l.role = 'LEAD' AND l.organization_id = $3))`,
        [org, leads, ctx.activeOrganizationId],
      );
      const streams = (await this.funding.streamById(ctx).loadMany(ids.map((r) => r.id))).filter((s): s is FundingStream => s instanceof FundingStream);
      const year = args.year ?? Math.max(Number(seoulDate().slice(0, 4)) - 1, ...streams.map((s) => s.fiscalYear));
      return { kind: 'ORGANIZATION', streams, organizationId: org, suppress: !grant.own, byOrganization: false, year, quarter, ...periodOf(year, quarter) };
    }
    const streams = await this.funding.list(ctx);
    const year = args.year ?? Math.max(Number(seoulDate().slice(0, 4)) - 1, ...streams.map((s) => s.fiscalYear));
    return { kind: 'CONSORTIUM', streams, organizationId: null, suppress: true, byOrganization: false, year, quarter, ...periodOf(year, quarter) };
  }

  /** Every KPI's value over the scope (raw, before suppression): the dictionary's statement, once. */
  async actuals(streamIds: readonly string[], from: string, to: string, organizationId: string | null): Promise<Record<KpiCode, number | null>> {
    const [row = {}] = await preparedQuery<Record<string, string | number | null>>(this.db, 'kpi_actuals', ACTUALS_SQL, [streamIds, from, to, organizationId]);
    return Object.fromEntries(KPI_DICTIONARY.map((k) => [k.code, row[k.code] === null || row[k.code] === undefined ? null : Number(row[k.code])])) as Record<KpiCode, number | null>;
  }

  private async targetRows(streamIds: readonly string[], year: number, quarter: number): Promise<KpiTarget[]> {
    if (!streamIds.length) return [];
    return this.db.getRepository(KpiTarget).createQueryBuilder('t').where('t.stream_id = ANY(:ids) AND t.year = :year AND t.quarter = :quarter', { ids: streamIds, year, quarter }).getMany();
  }

  /** Figures with targets (summed over the streams for counts; a stream's own target otherwise) and achievement. */
  private figuresOf(values: Record<KpiCode, number | null>, targets: KpiTarget[], suppress: boolean, withTargets: boolean): Figure[] {
    return KPI_DICTIONARY.map((k) => {
      const mine = withTargets ? targets.filter((t) => t.kpiCode === k.code) : [];
      const additive = k.unit === 'PEOPLE' || k.unit === 'COUNT' || k.unit === 'HOURS';
      const only = mine.length === 1 ? mine[0]! : null;
      const target = mine.length ? (additive ? mine.reduce((a, t) => a + t.target, 0) : (only?.target ?? null)) : null;
      const baseline = only?.baseline ?? null;
      const raw = values[k.code];
      const suppressed = suppress && k.people && raw !== null && raw > 0 && raw < 5;
      const actual = suppressed ? null : raw;
      const achievement = actual !== null && target ? Math.round((actual / target) * 1000) / 10 : null;
      return { code: k.code, actual, suppressed, target, baseline, achievement };
    });
  }

  private dropCaches(): void {
    this.publicCache.clear();
    this.dashboardCache.clear();
  }

  async dashboard(ctx: RequestContext, args: DashboardArgs): Promise<Dashboard> {
    const scope = await this.scope(ctx, args);
    const key = JSON.stringify([scope.kind, scope.streams.map((s) => s.id), scope.organizationId, scope.suppress, scope.byOrganization, scope.year, scope.quarter]);
    let hit = this.dashboardCache.get(key);
    if (!hit || Date.now() - hit.at > 60_000) {
      if (this.dashboardCache.size > 500) this.dashboardCache.clear();
      hit = { at: Date.now(), value: this.compute(ctx, scope) };
      this.dashboardCache.set(key, hit);
      hit.value.catch(() => this.dashboardCache.delete(key));
    }
    return { scope, ...(await hit.value) };
  }

  private async compute(ctx: RequestContext, scope: FigureScope): Promise<Omit<Dashboard, 'scope'>> {
    const ids = scope.streams.map((s) => s.id);
    const [values, targets, breakdowns, streamFigures, programmeMix, activityMix, mentorPairs] = await Promise.all([
      this.actuals(ids, scope.from, scope.to, scope.organizationId),
      this.targetRows(ids, scope.year, scope.quarter),
      this.breakdowns(ctx, scope),
      scope.kind === 'CONSORTIUM' ? this.perStream(scope) : Promise.resolve([]),
      this.programmeMix(scope),
      this.activityMix(scope),
      this.mentorPairs(scope),
    ]);
    // Targets are a stream's: shown for a stream, the consortium (summed) and never against one organization's share.
    const figures = this.figuresOf(values, targets, scope.suppress, !scope.organizationId);
    return { figures, breakdowns, streamFigures, programmeMix, activityMix, mentorPairs };
  }

  private async perStream(scope: FigureScope): Promise<Dashboard['streamFigures']> {
    const targets = await this.targetRows(
      scope.streams.map((s) => s.id),
      scope.year,
      scope.quarter,
    );
    return Promise.all(
      scope.streams.slice(0, 20).map(async (stream) => ({
        stream,
        figures: this.figuresOf(
          await this.actuals([stream.id], scope.from, scope.to, null),
          targets.filter((t) => t.streamId === stream.id),
          scope.suppress,
          true,
        ),
      })),
    );
  }

  /**
   * The roll-ups by each dimension, suppressed column by column where the scope asks: a stream's (or the consortium's)
   * from its dimension roll-up and its unfolded deltas (a few hundred rows), one organization's from its programmes'
   * cells (grouping sets over them).
   */
  async breakdowns(ctx: RequestContext, scope: FigureScope): Promise<Breakdown[]> {
    const dims = KPI_DIMENSIONS.filter((d) => d !== 'ORGANIZATION' || scope.byOrganization);
    if (!scope.streams.length) return [];
    const ids = scope.streams.map((s) => s.id);
    type Grouped = { dimension: KpiDimension | 'TOTAL'; key: string | null; participants: number; enrolments: number; completions: number; minutes: string };
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
      const g: Array<{ g: number; key: string | null; participants: number; enrolments: number; completions: number; minutes: string }> = await this.db.query(
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
    const labels = await this.labels(
      ctx,
      rows.filter((r) => r.dimension === 'ORGANIZATION' || r.dimension === 'FIELD').map((r) => r.key ?? ''),
      [],
    );
    return dims.map((dimension) => {
      const mine = rows
        .filter((r) => r.dimension === dimension && (r.participants || r.enrolments || r.completions || Number(r.minutes)))
        .sort((a, b) => (dimension === 'MONTH' || dimension === 'AGE_BAND' ? order(dimension, a.key, b.key) : b.participants - a.participants || (a.key ?? '').localeCompare(b.key ?? '')));
      return this.suppressTable(dimension, mine.slice(0, 60), totalRow, scope.suppress, labels);
    });
  }

  private suppressTable(
    dimension: KpiDimension,
    rows: Array<{ key: string | null; participants: number; enrolments: number; completions: number; minutes: string }>,
    totalRow: { participants: number; enrolments: number; completions: number; minutes: string } | undefined,
    suppress: boolean,
    labels: Map<string, { ko: string; en: string }>,
  ): Breakdown {
    const col = (pick: (r: (typeof rows)[number]) => number) => (suppress ? suppressColumn(rows.map(pick)) : { cells: rows.map(pick), total: rows.reduce((a, r) => a + pick(r), 0) });
    const people = col((r) => r.participants);
    const enrolments = col((r) => r.enrolments);
    const completions = col((r) => r.completions);
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

  private async labels(ctx: RequestContext, orgIds: string[], fieldIds: string[]): Promise<Map<string, { ko: string; en: string }>> {
    const map = new Map<string, { ko: string; en: string }>();
    const ids = [...orgIds, ...fieldIds].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (!ids.length) return map;
    const rows: Array<{ id: string; ko: string; en: string | null }> = await this.db.query(
      `SELECT id, name_ko AS ko, name_en AS en FROM organization WHERE id = ANY($1::uuid[]) UNION ALL SELECT id, name_ko, name_en FROM stream_field WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    for (const r of rows) map.set(r.id, { ko: r.ko, en: r.en ?? r.ko });
    return map;
  }

  /** The generation mix of each programme (by enrolments' age bands at enrolment), largest first. */
  private async programmeMix(scope: FigureScope): Promise<MixRow[]> {
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

  /** The generation mix of each activity of the streams (age band at joining). */
  private async activityMix(scope: FigureScope): Promise<MixRow[]> {
    if (!scope.streams.length) return [];
    const rows = await preparedQuery<{ id: string; title: string; bands: number[] }>(
      this.db,
      'kpi_activity_mix',
      `SELECT a.id, a.title, ARRAY[${AGE_BANDS.map((b) => `(count(*) FILTER (WHERE ap.age_band = '${b}'))::int`).join(', ')}] AS bands
         FROM activity a JOIN activity_participant ap ON ap.activity_id = a.id
        WHERE a.stream_id = ANY($1) AND ($4::uuid IS NULL OR a.organization_id = $4)
          AND ap.joined_at >= ($2::date::timestamp AT TIME ZONE 'Asia/Seoul') AND ap.joined_at < ($3::date::timestamp AT TIME ZONE 'Asia/Seoul')
        GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 20`,
      [scope.streams.map((s) => s.id), scope.from, scope.to, scope.organizationId],
    );
    return rows.map((r) => mixRow(r.id, r.title, r.bands, scope.suppress));
  }

  /** Mentor × learner age-band pairs: each mentor confirmed for a session, with each person enrolled in its programme. */
  private async mentorPairs(scope: FigureScope): Promise<PairCell[]> {
    const rows: Array<{ m: AgeBand; l: AgeBand; n: number }> = scope.streams.length
      ? await preparedQuery<{ m: AgeBand; l: AgeBand; n: number }>(
          this.db,
          'kpi_mentor_pairs',
          `SELECT m.age_band AS m, e.age_band AS l, count(DISTINCT (a.mentor_id, e.participant_id))::int AS n
             FROM mentor_assignment a JOIN mentor m ON m.id = a.mentor_id JOIN programme p ON p.id = a.programme_id
             JOIN enrolment e ON e.programme_id = a.programme_id AND e.status IN ${COUNTED}
            WHERE p.stream_id = ANY($1) AND ($4::uuid IS NULL OR p.host_organization_id = $4) AND a.status = 'CONFIRMED'
              AND lower(a.during) >= ($2::date::timestamp AT TIME ZONE 'Asia/Seoul') AND lower(a.during) < ($3::date::timestamp AT TIME ZONE 'Asia/Seoul')
            GROUP BY 1, 2`,
          [scope.streams.map((s) => s.id), scope.from, scope.to, scope.organizationId],
        )
      : [];
    const cells = AGE_BANDS.flatMap((m) => AGE_BANDS.map((l) => ({ mentorAgeBand: m, learnerAgeBand: l, n: rows.find((r) => r.m === m && r.l === l)?.n ?? 0 })));
    const shown = scope.suppress ? suppressColumn(cells.map((c) => c.n)).cells : cells.map((c) => c.n);
    return cells.map((c, i) => ({ mentorAgeBand: c.mentorAgeBand, learnerAgeBand: c.learnerAgeBand, pairs: shown[i] ?? null }));
  }

  // ---- targets and milestones -------------------------------------------------------------------------------

  private async manages(ctx: RequestContext, streamId: string): Promise<FundingStream> {
    const access = await this.funding.access(ctx, streamId);
    if (!access.manages) throw new AppError('KPI_TARGET_NOT_LEAD');
    return access.stream;
  }

  async targets(ctx: RequestContext, streamId: string, year: number): Promise<KpiTarget[]> {
    await this.funding.access(ctx, streamId);
    periodOf(year, 0);
    return this.db.getRepository(KpiTarget).find({ where: { streamId, year }, order: { kpiCode: 'ASC', quarter: 'ASC' } });
  }

  /** Sets (or, with a null target, removes) a stream's target for a KPI and period; audited with the old and new values. */
  async setTarget(
    ctx: RequestContext,
    input: { streamId: string; kpiCode: string; year: number; quarter?: number | null; target?: number | null; baseline?: number | null },
  ): Promise<KpiTarget | null> {
    await this.manages(ctx, input.streamId);
    if (!KPI_BY_CODE.has(input.kpiCode as KpiCode)) throw new AppError('KPI_NOT_FOUND');
    const quarter = input.quarter ?? 0;
    periodOf(input.year, quarter);
    return this.changed(
      this.tx.run(ctx, async (em) => {
        const repo = em.getRepository(KpiTarget);
        const key = { streamId: input.streamId, kpiCode: input.kpiCode, year: input.year, quarter };
        const before = await repo.findOne({ where: key, lock: { mode: 'pessimistic_write' } });
        const was = { target: before?.target ?? null, baseline: before?.baseline ?? null };
        let after: KpiTarget | null = null;
        if (input.target === null || input.target === undefined) {
          if (before) await repo.delete(before.id);
        } else {
          after = repo.merge(before ?? repo.create(key), { target: input.target, baseline: input.baseline ?? null, updatedById: ctx.userId });
          await repo.save(after);
        }
        await this.audit.record(ctx, em, {
          action: 'kpi.target.set',
          entityType: 'kpi_target',
          entityId: after?.id ?? before?.id ?? null,
          organizationId: ctx.activeOrganizationId,
          changes: {
            kpi: [null, input.kpiCode],
            period: [null, `${input.year}Q${quarter}`],
            target: [was.target, after?.target ?? null],
            baseline: [was.baseline, after?.baseline ?? null],
          },
        });
        return after;
      }),
    );
  }

  /** After a change of this module's commits: this replica's caches go at once (the table's NOTIFY tells the others). */
  private async changed<T>(work: Promise<T>): Promise<T> {
    const result = await work;
    this.dropCaches();
    return result;
  }

  async milestones(ctx: RequestContext, streamId: string): Promise<KpiMilestone[]> {
    await this.funding.access(ctx, streamId);
    return this.db.getRepository(KpiMilestone).find({ where: { streamId }, order: { dueOn: 'ASC', id: 'ASC' }, take: 100 });
  }

  async saveMilestone(ctx: RequestContext, input: { id?: string | null; streamId: string; titleKo: string; titleEn?: string | null; dueOn: string; doneOn?: string | null }): Promise<KpiMilestone> {
    await this.manages(ctx, input.streamId);
    return this.changed(
      this.tx.run(ctx, async (em) => {
        const repo = em.getRepository(KpiMilestone);
        const before = input.id ? await repo.findOneBy({ id: input.id, streamId: input.streamId }) : null;
        const was = before ? { titleKo: before.titleKo, dueOn: before.dueOn, doneOn: before.doneOn } : null;
        if (input.id && !before) throw new AppError('KPI_MILESTONE_NOT_FOUND');
        const m = repo.merge(before ?? repo.create({ streamId: input.streamId }), { titleKo: input.titleKo, titleEn: input.titleEn ?? null, dueOn: input.dueOn, doneOn: input.doneOn ?? null });
        await repo.save(m);
        await this.audit.record(ctx, em, {
          action: before ? 'kpi.milestone.update' : 'kpi.milestone.create',
          entityType: 'kpi_milestone',
          entityId: m.id,
          organizationId: ctx.activeOrganizationId,
          changes: { titleKo: [was?.titleKo ?? null, m.titleKo], dueOn: [was?.dueOn ?? null, m.dueOn], doneOn: [was?.doneOn ?? null, m.doneOn] },
        });
        return m;
      }),
    );
  }

  async removeMilestone(ctx: RequestContext, id: string): Promise<boolean> {
    const m = /^[0-9a-f-]{36}$/i.test(id) ? await this.db.getRepository(KpiMilestone).findOneBy({ id }) : null;
    if (!m || !(await this.funding.findAccess(ctx, m.streamId))) throw new AppError('KPI_MILESTONE_NOT_FOUND');
    await this.manages(ctx, m.streamId);
    return this.changed(
      this.tx.run(ctx, async (em) => {
        await em.delete(KpiMilestone, { id });
        await this.audit.record(ctx, em, {
          action: 'kpi.milestone.delete',
          entityType: 'kpi_milestone',
          entityId: id,
          organizationId: ctx.activeOrganizationId,
          changes: { titleKo: [m.titleKo, null] },
        });
        return true;
      }),
    );
  }

  // ---- the public progress page --------------------------------------------------------------------------------

  /**
   * A stream's public progress (no sign-in, no personal data): its commitments (the KPIs with a target for the year),
   * their actuals with small counts suppressed, and its milestones. Cached per replica until a roll-up, target or
   * milestone changes (a NOTIFY at that commit) or for a minute (figures from other records).
   */
  async publicProgress(code: string, year?: number): Promise<PublicProgress | null> {
    const key = `${code}|${year ?? ''}`;
    const hit = this.publicCache.get(key);
    if (hit && Date.now() - hit.at < 60_000) return hit.value;
    const value = await this.computePublic(code, year);
    if (this.publicCache.size > 1000) this.publicCache.clear();
    this.publicCache.set(key, { at: Date.now(), value });
    return value;
  }

  private async computePublic(code: string, year?: number): Promise<PublicProgress | null> {
    if (!/^[A-Za-z0-9_-]{1,40}$/.test(code)) return null;
    const stream = await this.db.getRepository(FundingStream).findOneBy({ code });
    if (!stream) return null;
    const y = year ?? stream.fiscalYear;
    const { from, to } = periodOf(y, 0);
    const [values, targets, milestones] = await Promise.all([
      this.actuals([stream.id], from, to, null),
      this.targetRows([stream.id], y, 0),
      this.db.getRepository(KpiMilestone).find({ where: { streamId: stream.id }, order: { dueOn: 'ASC' }, take: 100 }),
    ]);
    const figures = this.figuresOf(values, targets, true, true).filter((f) => f.target !== null);
    return {
      stream: { code: stream.code, nameKo: stream.nameKo, nameEn: stream.nameEn, fiscalYear: stream.fiscalYear },
      year: y,
      asOf: new Date().toISOString(),
      commitments: figures.map((f) => {
        const k = KPI_BY_CODE.get(f.code)!;
        return { code: f.code, nameKo: k.nameKo, nameEn: k.nameEn, unit: k.unit, target: f.target, actual: f.actual, suppressed: f.suppressed, achievement: f.achievement };
      }),
      milestones: milestones.map((m) => ({ titleKo: m.titleKo, titleEn: m.titleEn, dueOn: m.dueOn, doneOn: m.doneOn })),
    };
  }
}

export interface PublicProgress {
  stream: { code: string; nameKo: string; nameEn: string; fiscalYear: number };
  year: number;
  asOf: string;
  commitments: Array<{ code: KpiCode; nameKo: string; nameEn: string; unit: string; target: number | null; actual: number | null; suppressed: boolean; achievement: number | null }>;
  milestones: Array<{ titleKo: string; titleEn: string | null; dueOn: string; doneOn: string | null }>;
}

function mixRow(id: string, title: string, bands: number[], suppress: boolean): MixRow {
  const people = bands.reduce((a, b) => a + b, 0);
  const hidden = suppress && people > 0 && people < 5;
  return { id, title, people: hidden ? null : people, mixIndex: hidden ? null : generationMixIndex(Object.fromEntries(AGE_BANDS.map((b, i) => [b, bands[i]]))) };
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
