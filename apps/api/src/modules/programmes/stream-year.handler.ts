import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { OnEvent } from '../../core/events/domain-events';
import { codeForYear, type FundingEvents } from '../funding';

/**
 * A stream's next year carries its initiatives (the programmes of work staff create programmes in, under the year's
 * code: LALALAND → LALALAND-2026), its fields and its instructor pool, inside the transaction that opened the year.
 */
export async function copyInitiatives(em: EntityManager, fromStreamId: string, toStreamId: string, fiscalYear: number): Promise<void> {
  const initiatives = (await em.query('SELECT code, name_ko, name_en FROM initiative WHERE stream_id = $1', [fromStreamId])) as Array<{
    code: string;
    name_ko: string;
    name_en: string;
  }>;
  for (const i of initiatives)
    await em.query(`INSERT INTO initiative (stream_id, code, name_ko, name_en) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING`, [
      toStreamId,
      codeForYear(i.code, fiscalYear),
      `${i.name_ko.replace(/ \(\d{4}\)$/, '')} (${fiscalYear})`,
      `${i.name_en.replace(/ \(\d{4}\)$/, '')} (${fiscalYear})`,
    ]);
  await em.query(
    `INSERT INTO stream_field (stream_id, code, name_ko, name_en, sort_order) SELECT $2, code, name_ko, name_en, sort_order FROM stream_field WHERE stream_id = $1 ON CONFLICT DO NOTHING`,
    [fromStreamId, toStreamId],
  );
  await em.query(
    `INSERT INTO instructor (stream_id, organization_id, name, fields, districts, bio, is_sample)
     SELECT $2, organization_id, name, fields, districts, bio, is_sample FROM instructor WHERE stream_id = $1`,
    [fromStreamId, toStreamId],
  );
}

@Injectable()
export class StreamYearHandler {
  constructor(private readonly tx: Transactions) {}

  @OnEvent('stream.year_opened', 'transaction')
  async yearOpened(ctx: RequestContext, e: FundingEvents['stream.year_opened']): Promise<void> {
    await this.tx.run(ctx, (em) => copyInitiatives(em, e.fromStreamId, e.toStreamId, e.fiscalYear));
  }
}
