import { Metrics } from '../../core/metrics/metrics';
import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  AGE_BAND_LABELS,
  BUDGET_CATEGORY_LABELS,
  EDUCATION_DOMAIN_LABELS,
  FUNDING_SOURCE_LABELS,
  OUTCOME_KINDS,
  OUTCOME_KIND_LABELS,
  REPORT_KIND_LABELS,
  formatWon,
  seoulDate,
  suppressColumn,
  type ReportKind,
} from '@lalaland/shared';
import { AuditService } from '../../core/audit/audit.service';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { OnEvent } from '../../core/events/domain-events';
import { EventBus } from '../../core/events/event-bus';
import { safeError } from '../../core/logging';
import { UserDirectory } from '../auth';
import { DocumentService } from '../documents';
import { RecordGrantFor, type RecordGrant } from '../../core/records/record-access';
import { FundingService, type StreamAccess } from '../funding';
import { KpiService, figureTable, periodOf, type ExportTable } from '../kpis';
import { ReportRun } from './report-run.entity';
import { reportPdf, reportXlsx, type ReportContent } from './report-content';
import { statisticsContent } from './national-statistics';
import type { ReportEvents } from './reports.events';
import './reports.events';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HIDDEN = '<5';
const shown = (v: number | null) => (v === null ? HIDDEN : v);

/**
 * The Ministry result report and the national statistics export of a stream's year: asked for by the lead's admins,
 * generated after commit by the outbox worker (progress written as it goes, so the portal's bar moves), kept as
 * documents of the run (XLSX, and a PDF with the Korean font embedded). Figures come from KpiService, as suppressed
 * as anything leaving the organizations that hold the records: the report shows what the dashboard shows.
 */
@Injectable()
export class ReportService {
  private readonly logger = new Logger('Reports');

  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly funding: FundingService,
    private readonly kpis: KpiService,
    private readonly documents: DocumentService,
    private readonly directory: UserDirectory,
    private readonly metrics: Metrics,
  ) {}

  /** A run's files follow the stream: the lead, ministries and platform admins see them; the lead's admins add. */
  @RecordGrantFor('REPORT')
  async recordGrant(ctx: RequestContext, id: string): Promise<RecordGrant> {
    const { access } = await this.runAccess(ctx, id);
    return { write: access.manages, personal: false };
  }

  private async runAccess(ctx: RequestContext, id: string): Promise<{ run: ReportRun; access: StreamAccess }> {
    const run = UUID.test(id) ? await this.db.getRepository(ReportRun).findOneBy({ id }) : null;
    const access = run ? await this.funding.findAccess(ctx, run.streamId) : null;
    if (!run || !access || !access.seesAll) throw new AppError('REPORT_NOT_FOUND');
    return { run, access };
  }

  async get(ctx: RequestContext, id: string): Promise<ReportRun> {
    return (await this.runAccess(ctx, id)).run;
  }

  /** A stream's runs, newest first (those who see every member's figures: the lead, ministries, platform admins). */
  async list(ctx: RequestContext, streamId: string): Promise<ReportRun[]> {
    const access = await this.funding.access(ctx, streamId);
    if (!access.seesAll) throw new AppError('REPORT_NOT_FOUND');
    return this.db.getRepository(ReportRun).find({ where: { streamId }, order: { createdAt: 'DESC' }, take: 50 });
  }

  async request(
    ctx: RequestContext,
    input: { streamId: string; year: number; kind: ReportKind; narrative?: string | null },
  ): Promise<ReportRun> {
    const access = await this.funding.access(ctx, input.streamId);
    if (!access.manages) throw new AppError('REPORT_NOT_LEAD');
    periodOf(input.year, 0);
    return this.tx.run(ctx, async (em) => {
      const run = em.create(ReportRun, {
        streamId: input.streamId,
        kind: input.kind,
        year: input.year,
        narrative: input.narrative?.trim() || null,
        organizationId: ctx.activeOrganizationId!,
        requestedById: ctx.userId,
        status: 'QUEUED',
        progress: 0,
      });
      await em.save(run);
      await this.audit.record(ctx, {
        action: 'report.request',
        entityType: 'report_run',
        entityId: run.id,
        organizationId: ctx.activeOrganizationId,
        changes: { kind: [null, input.kind], year: [null, input.year] },
      });
      await this.events.publish(ctx, 'report.requested', { runId: run.id });
      return run;
    });
  }

  /** Progress, committed at once (its own statement), so the portal's bar moves while the delivery runs. */
  private async progress(id: string, progress: number, status: ReportRun['status'] = 'RUNNING'): Promise<void> {
    await this.db.query('UPDATE report_run SET progress = $2, status = $3, updated_at = now() WHERE id = $1', [id, progress, status]);
  }

  @OnEvent('report.requested', 'after-commit')
  async generate(_system: RequestContext, e: ReportEvents['report.requested']): Promise<void> {
    const run = await this.db.getRepository(ReportRun).findOneBy({ id: e.runId });
    if (!run || run.status === 'DONE') return;
    try {
      // The requester's own access decides what the report may hold (as if they had asked the dashboard).
      const ctx = await this.requesterContext(run);
      await this.progress(run.id, 5);
      const content =
        run.kind === 'RESULT'
          ? await this.resultContent(ctx, run)
          : await statisticsContent(this.db, await this.funding.access(ctx, run.streamId), run, (n) => this.progress(run.id, n));
      await this.progress(run.id, 60);
      const stream = (await this.funding.access(ctx, run.streamId)).stream;
      const base = `${stream.code}-${run.year}-${run.kind === 'RESULT' ? '결과보고서' : '평생교육통계'}`;
      const xlsx = await reportXlsx(content);
      await this.progress(run.id, 75);
      const pdf = run.kind === 'RESULT' ? await reportPdf(content) : null;
      await this.progress(run.id, 90);
      await this.documents.upload(ctx, {
        recordType: 'REPORT',
        recordId: run.id,
        personalData: false,
        filename: `${base}.xlsx`,
        stream: Readable.from([xlsx]),
      });
      if (pdf)
        await this.documents.upload(ctx, {
          recordType: 'REPORT',
          recordId: run.id,
          personalData: false,
          filename: `${base}.pdf`,
          stream: Readable.from([pdf]),
        });
      await this.db.query("UPDATE report_run SET progress = 100, status = 'DONE', finished_at = now(), updated_at = now() WHERE id = $1", [
        run.id,
      ]);
      this.metrics.reportRuns.inc({ report: run.kind, outcome: 'done' });
    } catch (err) {
      this.metrics.reportRuns.inc({ report: run.kind, outcome: 'failed' });
      this.logger.warn({ err: safeError(err), runId: run.id }, 'report failed');
      await this.db.query("UPDATE report_run SET status = 'FAILED', failure = $2, finished_at = now(), updated_at = now() WHERE id = $1", [
        run.id,
        err instanceof AppError ? err.code : 'REPORT_FAILED',
      ]);
    }
  }

  private async requesterContext(run: ReportRun): Promise<RequestContext> {
    const sys = RequestContext.system(`report:${run.id}`);
    const m = run.requestedById
      ? (await this.directory.membershipsOf(sys, [run.requestedById])).find((x) => x.organizationId === run.organizationId)
      : undefined;
    if (!m) throw new AppError('REPORT_NOT_LEAD');
    return new RequestContext(`report:${run.id}`, 'ko', {
      sessionId: '',
      user: { id: m.id, email: m.email, displayName: m.displayName, isPlatformAdmin: false, locale: m.locale },
      activeOrganizationId: m.organizationId,
      role: m.role,
    });
  }

  /** The Ministry result report: overview, budget by 비목 and source, KPIs, programmes, outcomes, satisfaction, mentors, narrative. */
  async resultContent(ctx: RequestContext, run: ReportRun): Promise<ReportContent> {
    const access = await this.funding.access(ctx, run.streamId);
    const stream = access.stream;
    const { from, to } = periodOf(run.year, 0);
    const dashboard = await this.kpis.dashboard(ctx, { kind: 'STREAM', streamId: stream.id, year: run.year, quarter: 0 });
    await this.progress(run.id, 20);
    const budget = await this.funding.summary(ctx, stream.id);
    await this.progress(run.id, 30);
    const programmes: Array<{
      title: string;
      host: string;
      domain: keyof typeof EDUCATION_DOMAIN_LABELS;
      status: string;
      people: number;
      completions: number;
      results: number;
    }> = await this.db.query(
      `SELECT p.title_ko AS title, o.name_ko AS host, p.domain, p.status, COALESCE(sum(c.participants), 0)::int AS people, COALESCE(sum(c.completions), 0)::int AS completions, COALESCE(sum(c.results), 0)::int AS results
         FROM programme p JOIN organization o ON o.id = p.host_organization_id
         LEFT JOIN kpi_cell c ON c.programme_id = p.id AND c.month >= $2::date AND c.month < $3::date
        WHERE p.stream_id = $1 AND p.status IN ('RUNNING', 'COMPLETED') GROUP BY p.id, o.name_ko ORDER BY o.name_ko, p.title_ko LIMIT 2000`,
      [stream.id, from, to],
    );
    const peopleCol = suppressColumn(programmes.map((p) => p.people));
    const completionCol = suppressColumn(programmes.map((p) => p.completions));
    await this.progress(run.id, 40);
    const outcomes: Array<{ kind: (typeof OUTCOME_KINDS)[number]; n: number }> = await this.db.query(
      `SELECT o.kind, count(*)::int AS n FROM outcome o WHERE o.organization_id IN (SELECT organization_id FROM stream_member WHERE stream_id = $1) AND o.occurred_on >= $2::date AND o.occurred_on < $3::date GROUP BY 1`,
      [stream.id, from, to],
    );
    const outcomeCol = suppressColumn(OUTCOME_KINDS.map((k) => outcomes.find((o) => o.kind === k)?.n ?? 0));
    const surveys: Array<{ title: string; responses: number; mean: string | null }> = await this.db.query(
      `SELECT p.title_ko AS title, s.response_count AS responses, round(s.item_sums[1]::numeric / NULLIF(s.response_count, 0), 2) AS mean
         FROM survey s JOIN programme p ON p.id = s.programme_id WHERE p.stream_id = $1 AND p.starts_on >= $2::date AND p.starts_on < $3::date ORDER BY p.title_ko LIMIT 2000`,
      [stream.id, from, to],
    );
    await this.progress(run.id, 50);
    const fig = (code: string) => dashboard.figures.find((f) => f.code === code);
    const tables: ExportTable[] = [
      figureTable('성과지표 달성 현황', dashboard.figures),
      {
        title: '예산 집행 — 비목별',
        header: ['비목', '편성액(원)', '집행액(원)', '집행률(%)'],
        rows: [
          ...budget.byCategory.map((t) => [BUDGET_CATEGORY_LABELS[t.category].ko, t.planned, t.executed, t.rate]),
          ['합계', budget.total.planned, budget.total.executed, budget.total.rate],
        ],
      },
      {
        title: '예산 집행 — 재원별',
        header: ['재원', '편성액(원)', '집행액(원)', '집행률(%)'],
        rows: budget.bySource.map((t) => [FUNDING_SOURCE_LABELS[t.source].ko, t.planned, t.executed, t.rate]),
      },
      {
        title: '프로그램별 참여와 수료',
        header: ['프로그램', '운영 기관', '영역', '참여자', '수료', '수료율(%)'],
        rows: programmes.map((p, i) => [
          p.title,
          p.host,
          EDUCATION_DOMAIN_LABELS[p.domain]?.ko ?? p.domain,
          shown(peopleCol.cells[i] ?? null),
          shown(completionCol.cells[i] ?? null),
          // a rate beside a hidden count would give the count back: hidden with either
          peopleCol.cells[i] === null || completionCol.cells[i] === null || !p.results
            ? null
            : Math.round((p.completions / p.results) * 1000) / 10,
        ]),
      },
      {
        title: '성과(취업·창업 등)',
        header: ['구분', '건수'],
        rows: OUTCOME_KINDS.map((k, i) => [OUTCOME_KIND_LABELS[k].ko, shown(outcomeCol.cells[i] ?? null)]),
      },
      {
        title: '만족도 조사',
        header: ['프로그램', '응답 수', '전반적 만족도(5점)'],
        rows: surveys.map((s) => [s.title, s.responses, s.responses >= 5 && s.mean !== null ? Number(s.mean) : null]),
      },
      {
        title: '멘토',
        header: ['구분', '값'],
        rows: [
          ['양성 멘토(명)', shown(fig('MENTORS_TRAINED')?.actual ?? null)],
          ['활동 멘토(명)', shown(fig('MENTORS_DEPLOYED')?.actual ?? null)],
          ['확인된 활동 시간', fig('MENTOR_HOURS')?.actual ?? 0],
          ...dashboard.mentorPairs
            .filter((p) => p.pairs !== 0)
            .map(
              (p) =>
                [`멘토 ${AGE_BAND_LABELS[p.mentorAgeBand].ko} × 학습자 ${AGE_BAND_LABELS[p.learnerAgeBand].ko}`, shown(p.pairs)] as [
                  string,
                  string | number,
                ],
            ),
        ],
      },
    ];
    return {
      title: `${stream.nameKo} ${run.year}년 ${REPORT_KIND_LABELS.RESULT.ko}`,
      subtitle: `${stream.code} · 작성 ${seoulDate()} · LA-LA LAnd에서 기록으로부터 산출 (5명 미만 칸은 "<5"로 가림)`,
      overview: [
        ['사업명', stream.nameKo],
        ['회계연도', String(stream.fiscalYear)],
        ['사업 기간', `${stream.periodStart} ~ ${stream.periodEnd}`],
        ['국비 교부액', formatWon(stream.nationalAmount)],
        ['집행액(승인)', `${formatWon(budget.total.executed)} (${budget.total.rate ?? 0}%)`],
        ['참여자(실인원)', String(shown(fig('PARTICIPANTS')?.actual ?? null))],
        ['운영 프로그램', `${fig('PROGRAMMES_RUN')?.actual ?? 0}개`],
      ],
      tables,
      narrative: run.narrative,
    };
  }
}
