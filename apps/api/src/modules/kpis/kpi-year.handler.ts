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

/** A year closing freezes its KPI figures (kpi_frozen), inside the transaction that closes it; they are read from there since. */
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
