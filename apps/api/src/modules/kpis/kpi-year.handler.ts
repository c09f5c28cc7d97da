import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { KpiCode } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { OnEvent } from '../../core/events/domain-events';
import { FundingService, type FundingEvents } from '../funding';
import { KPI_DICTIONARY } from './kpi-dictionary';
import { KpiService } from './kpi.service';
import type { Figure } from './kpi.types';

/**
 * The KPI side of a stream's years: a year closing freezes its figures (kpi_frozen, read from there since); a year
 * opening proposes its targets from the last year's, with the last year's actuals as baselines.
 */
@Injectable()
export class KpiYearHandler {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly kpis: KpiService,
    private readonly funding: FundingService,
  ) {}

  @OnEvent('stream.year_closed', 'transaction')
  async yearClosed(ctx: RequestContext, e: FundingEvents['stream.year_closed']): Promise<void> {
    const figures = await this.kpis.yearFigures(e.streamId, e.fiscalYear);
    await this.tx.run(ctx, (em) =>
      em.query(
        `INSERT INTO kpi_frozen (stream_id, kpi_code, year, actual, target)
         SELECT $1, f.code, $2, f.actual, f.target FROM jsonb_to_recordset($3::jsonb) AS f(code text, actual numeric, target numeric)`,
        [e.streamId, e.fiscalYear, JSON.stringify(figures)],
      ),
    );
  }

  /**
   * A year opened from the last proposes its targets: each KPI the last year committed to, with last year's target as
   * the proposal and its actual (frozen if that year is closed) as the baseline, for the lead to review.
   */
  @OnEvent('stream.year_opened', 'transaction')
  async yearOpened(ctx: RequestContext, e: FundingEvents['stream.year_opened']): Promise<void> {
    const last = e.fiscalYear - 1;
    const committed = (await this.db.query(
      'SELECT kpi_code AS code, target FROM kpi_target WHERE stream_id = $1 AND year = $2 AND quarter = 0',
      [e.fromStreamId, last],
    )) as Array<{ code: KpiCode; target: string }>;
    if (!committed.length) return;
    const frozen = (await this.db.query('SELECT kpi_code AS code, actual FROM kpi_frozen WHERE stream_id = $1', [
      e.fromStreamId,
    ])) as Array<{
      code: KpiCode;
      actual: string | null;
    }>;
    const actuals = frozen.length
      ? new Map(frozen.map((f) => [f.code, f.actual === null ? null : Number(f.actual)]))
      : new Map((await this.kpis.yearFigures(e.fromStreamId, last)).map((f) => [f.code, f.actual]));
    const rows = committed.map((c) => ({ code: c.code, target: Number(c.target), baseline: actuals.get(c.code) ?? null }));
    await this.tx.run(ctx, (em) =>
      em.query(
        `INSERT INTO kpi_target (stream_id, kpi_code, year, quarter, target, baseline, updated_by_id)
         SELECT $1, r.code, $2, 0, r.target, r.baseline, $4 FROM jsonb_to_recordset($3::jsonb) AS r(code text, target numeric, baseline numeric)
         ON CONFLICT (stream_id, kpi_code, year, quarter) DO NOTHING`,
        [e.toStreamId, e.fiscalYear, JSON.stringify(rows), ctx.userId],
      ),
    );
  }

  /** A closed year's frozen figures as the caller may see them (small counts hidden unless the caller oversees the stream); [] while open. */
  async frozen(ctx: RequestContext, streamId: string): Promise<Figure[]> {
    const access = await this.funding.access(ctx, streamId);
    const rows = (await this.db.query('SELECT kpi_code AS code, actual, target FROM kpi_frozen WHERE stream_id = $1', [
      streamId,
    ])) as Array<{
      code: KpiCode;
      actual: string | null;
      target: string | null;
    }>;
    if (!rows.length) return [];
    const stored = new Map(rows.map((r) => [r.code, r]));
    const values = Object.fromEntries(
      KPI_DICTIONARY.map((k) => {
        const actual = stored.get(k.code)?.actual;
        return [k.code, actual === null || actual === undefined ? null : Number(actual)];
      }),
    ) as Record<KpiCode, number | null>;
    const targets = rows.flatMap((r) => (r.target === null ? [] : [{ kpiCode: r.code, target: Number(r.target), baseline: null }]));
    return this.kpis.figuresOf(values, targets, !access.oversees, true);
  }
}
