import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { seoulDate, type KpiCode } from '@lalaland/shared';
import { AccessService } from '../../core/access/access.service';
import { RequestContext } from '../../core/context/request-context';
import { preparedQuery } from '../../core/database/prepared';
import { AppError } from '../../core/errors/app-error';
import { LiveEvents } from '../../core/live/live-events';
import { safeError } from '../../core/logging';
import { FundingService, FundingStream, streamLeadSql } from '../funding';
import { ORGANIZATION_FIGURES_ACCESS } from './kpi.access';
import { ACTUALS_SQL, KPI_BY_CODE, KPI_DICTIONARY, type KpiDefinition } from './kpi-dictionary';
import { KpiBreakdowns } from './kpi-breakdowns';
import { KpiMilestone, KpiTarget } from './kpi.entity';
import { ownKey, periodOf, type Dashboard, type DashboardArgs, type Figure, type FigureScope, type PublicProgress } from './kpi.types';

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
    @InjectDataSource() private readonly db: DataSource,
    private readonly accessLayer: AccessService,
    private readonly funding: FundingService,
    private readonly live: LiveEvents,
    private readonly dimensions: KpiBreakdowns,
  ) {}

  onApplicationBootstrap(): void {
    this.live.emitter.on('kpi.changed', (_msg, done) => {
      this.forget();
      done();
    });
    // The dimension roll-up's deltas are folded in every few seconds (one replica at a time; readers sum both anyway).
    this.compactor = setInterval(
      () => void this.compact().catch((err: unknown) => this.logger.warn({ err: safeError(err) }, 'kpi compaction failed')),
      5_000,
    );
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
      // the caller's own figures are unsuppressed; another organization's only for those who see the whole stream
      const own = org ? !!(await this.accessLayer.find(ctx, ORGANIZATION_FIGURES_ACCESS, org))?.own : false;
      if (org && !access.seesAll && !own) throw new AppError('KPI_ORGANIZATION_NOT_FOUND');
      const year = args.year ?? access.stream.fiscalYear;
      return {
        kind: 'STREAM',
        streams: [access.stream],
        organizationId: org,
        suppress: !own,
        viewer: own ? null : ctx.activeOrganizationId,
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
      // its streams; for a lead looking at a member, only the streams the caller leads (the funding module's rule)
      const params: unknown[] = [org];
      const bind = (v: unknown) => `$${params.push(v)}`;
      const ids: Array<{ id: string }> = await this.db.query(
        `SELECT sm.stream_id AS id FROM stream_member sm WHERE sm.organization_id = $1${leads ? ` AND ${streamLeadSql(ctx, bind, 'sm.stream_id')}` : ''}`,
        params,
      );
      const streams = (await this.funding.streamById(ctx).loadMany(ids.map((r) => r.id))).filter(
        (s): s is FundingStream => s instanceof FundingStream,
      );
      const year = args.year ?? Math.max(Number(seoulDate().slice(0, 4)) - 1, ...streams.map((s) => s.fiscalYear));
      return {
        kind: 'ORGANIZATION',
        streams,
        organizationId: org,
        suppress: !grant.own,
        viewer: grant.own ? null : ctx.activeOrganizationId,
        byOrganization: false,
        year,
        quarter,
        ...periodOf(year, quarter),
      };
    }
    const streams = await this.funding.list(ctx);
    const year = args.year ?? Math.max(Number(seoulDate().slice(0, 4)) - 1, ...streams.map((s) => s.fiscalYear));
    return {
      kind: 'CONSORTIUM',
      streams,
      organizationId: null,
      suppress: true,
      viewer: ctx.activeOrganizationId,
      byOrganization: false,
      year,
      quarter,
      ...periodOf(year, quarter),
    };
  }

  /** Every KPI's value over the scope (raw, before suppression): the dictionary's statement, once. */
  async actuals(
    streamIds: readonly string[],
    from: string,
    to: string,
    organizationId: string | null,
  ): Promise<Record<KpiCode, number | null>> {
    const [row = {}] = await preparedQuery<Record<string, string | number | null>>(this.db, 'kpi_actuals', ACTUALS_SQL, [
      streamIds,
      from,
      to,
      organizationId,
    ]);
    return Object.fromEntries(
      KPI_DICTIONARY.map((k) => [k.code, row[k.code] === null || row[k.code] === undefined ? null : Number(row[k.code])]),
    ) as Record<KpiCode, number | null>;
  }

  private async targetRows(
    streamIds: readonly string[],
    year: number,
    quarter: number,
  ): Promise<Array<Pick<KpiTarget, 'streamId' | 'kpiCode' | 'target' | 'baseline'>>> {
    if (!streamIds.length) return [];
    const rows = await preparedQuery<{ streamId: string; kpiCode: string; target: string; baseline: string | null }>(
      this.db,
      'kpi_targets',
      'SELECT stream_id AS "streamId", kpi_code AS "kpiCode", target, baseline FROM kpi_target WHERE stream_id = ANY($1) AND year = $2 AND quarter = $3',
      [streamIds, year, quarter],
    );
    return rows.map((r) => ({
      streamId: r.streamId,
      kpiCode: r.kpiCode,
      target: Number(r.target),
      baseline: r.baseline === null ? null : Number(r.baseline),
    }));
  }

  /** A stream's whole-year figures against its year targets, raw (what a closing freezes). */
  async yearFigures(streamId: string, year: number): Promise<Figure[]> {
    const { from, to } = periodOf(year, 0);
    const [values, targets] = await Promise.all([this.actuals([streamId], from, to, null), this.targetRows([streamId], year, 0)]);
    return this.figuresOf(values, targets, false, true);
  }

  /** Figures with targets (summed over the streams for counts; a stream's own target otherwise) and achievement. */
  figuresOf(
    values: Record<KpiCode, number | null>,
    targets: Array<Pick<KpiTarget, 'kpiCode' | 'target' | 'baseline'>>,
    suppress: boolean,
    withTargets: boolean,
    own?: { participants: number; enrolments: number; completions: number },
  ): Figure[] {
    // A count is hidden when the others' part of it is 1–4 (the viewer's own records taken out: padding gives nothing away).
    const ownOf: Partial<Record<KpiCode, number>> = own
      ? { PARTICIPANTS: own.participants, ENROLMENTS: own.enrolments, COMPLETIONS: own.completions }
      : {};
    const hidden = (k: KpiDefinition): boolean => {
      const raw = values[k.code];
      const others = raw === null ? null : raw - (ownOf[k.code] ?? 0);
      const small = (n: number | null) => n !== null && n > 0 && n < 5;
      return (suppress && k.people && (small(raw) || small(others))) || (k.derivedFrom ?? []).some((c) => hidden(KPI_BY_CODE.get(c)!));
    };
    return KPI_DICTIONARY.map((k) => {
      const mine = withTargets ? targets.filter((t) => t.kpiCode === k.code) : [];
      const additive = k.unit === 'PEOPLE' || k.unit === 'COUNT' || k.unit === 'HOURS';
      const only = mine.length === 1 ? mine[0]! : null;
      const target = mine.length ? (additive ? mine.reduce((a, t) => a + t.target, 0) : (only?.target ?? null)) : null;
      const baseline = only?.baseline ?? null;
      const raw = values[k.code];
      const suppressed = hidden(k);
      const actual = suppressed ? null : raw;
      const achievement = actual !== null && target ? Math.round((actual / target) * 1000) / 10 : null;
      return { code: k.code, actual, suppressed, target, baseline, achievement };
    });
  }

  /** Drops this replica's cached figures (a change of this module's commits; the NOTIFY tells the other replicas). */
  forget(): void {
    this.publicCache.clear();
    this.dashboardCache.clear();
  }

  async dashboard(ctx: RequestContext, args: DashboardArgs): Promise<Dashboard> {
    const scope = await this.scope(ctx, args);
    const key = JSON.stringify([
      scope.kind,
      scope.streams.map((s) => s.id),
      scope.organizationId,
      scope.suppress,
      scope.viewer,
      scope.byOrganization,
      scope.year,
      scope.quarter,
    ]);
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
    const own = scope.suppress && scope.viewer ? await this.dimensions.ownShare(scope) : null;
    const [values, targets, breakdowns, streamFigures, programmeMix, { activityMix, mentorPairs }] = await Promise.all([
      this.actuals(ids, scope.from, scope.to, scope.organizationId),
      this.targetRows(ids, scope.year, scope.quarter),
      this.dimensions.breakdowns(ctx, scope, own),
      scope.kind === 'CONSORTIUM' ? this.perStream(scope) : Promise.resolve([]),
      this.dimensions.programmeMix(scope),
      this.dimensions.peopleMix(scope),
    ]);
    // Targets are a stream's: shown for a stream, the consortium (summed) and never against one organization's share.
    const figures = this.figuresOf(values, targets, scope.suppress, !scope.organizationId, own?.get(ownKey('TOTAL', null)));
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
        return {
          code: f.code,
          nameKo: k.nameKo,
          nameEn: k.nameEn,
          unit: k.unit,
          target: f.target,
          actual: f.actual,
          suppressed: f.suppressed,
          achievement: f.achievement,
        };
      }),
      milestones: milestones.map((m) => ({ titleKo: m.titleKo, titleEn: m.titleEn, dueOn: m.dueOn, doneOn: m.doneOn })),
    };
  }
}
