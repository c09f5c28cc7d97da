import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { OnEvent } from '../../core/events/domain-events';
import type { FundingEvents } from '../funding';

/**
 * A year closes with its result report: the latest one generated for that year is kept as submitted (kept_at), and a
 * year without one does not close (REPORT_REQUIRED_TO_CLOSE rolls the whole close back).
 */
@Injectable()
export class ReportYearHandler {
  constructor(private readonly tx: Transactions) {}

  @OnEvent('stream.year_closed', 'transaction')
  async yearClosed(ctx: RequestContext, e: FundingEvents['stream.year_closed']): Promise<void> {
    await this.tx.run(ctx, async (em) => {
      // A CTE, so the driver answers the updated rows themselves (an UPDATE … RETURNING answers [rows, count]).
      const rows = (await em.query(
        `WITH kept AS (
           UPDATE report_run SET kept_at = now() WHERE id = (
             SELECT id FROM report_run WHERE stream_id = $1 AND year = $2 AND kind = 'RESULT' AND status = 'DONE' ORDER BY finished_at DESC, id LIMIT 1)
           RETURNING id)
         SELECT id FROM kept`,
        [e.streamId, e.fiscalYear],
      )) as Array<{ id: string }>;
      if (!rows.length) throw new AppError('REPORT_REQUIRED_TO_CLOSE', { params: { year: e.fiscalYear } });
    });
  }
}
