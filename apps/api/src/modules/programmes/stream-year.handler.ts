import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { OnEvent } from '../../core/events/domain-events';
import { AuditService } from '../../core/audit/audit.service';
import { codeForYear, inStreamSql, type FundingEvents } from '../funding';

/**
 * A stream's next year carries its initiatives (the programmes of work staff create programmes in, under the year's
 * code: LALALAND → LALALAND-2026), its fields, its instructor pool and its recurring programmes (as drafts), inside
 * the transaction that opened the year.
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

/**
 * The last year's programmes that run every year, copied as drafts into the next year for their host (still a member):
 * the same title, description, kind, capacity, targets and co-hosts (those still members), dates a year later, no
 * sessions or people (participants, mentors and credentials carry across years without copies). Returns the copies.
 */
export async function copyRecurring(
  em: EntityManager,
  fromStreamId: string,
  toStreamId: string,
  fiscalYear: number,
): Promise<Array<{ id: string; host: string; from: string }>> {
  const member = (alias: string) => inStreamSql('$2', alias);
  const made = (await em.query(
    `INSERT INTO programme (initiative_id, stream_id, title_ko, title_en, description, pillar, domain, field_id, host_organization_id,
                            target_audience, age_bands, format, capacity, target_participants, target_completions, completion_rate,
                            starts_on, ends_on, status, is_sample, recurs_yearly, copied_from_id)
     SELECT ni.id, $2, p.title_ko, p.title_en, p.description, p.pillar, p.domain, nf.id, p.host_organization_id,
            p.target_audience, p.age_bands, p.format, p.capacity, p.target_participants, p.target_completions, p.completion_rate,
            (p.starts_on + interval '1 year')::date, (p.ends_on + interval '1 year')::date, 'DRAFT', p.is_sample, true, p.id
       FROM programme p
       JOIN initiative i ON i.id = p.initiative_id
       JOIN initiative ni ON ni.stream_id = $2 AND ni.code = regexp_replace(i.code, '-[0-9]{4}$', '') || '-' || $3::text
       LEFT JOIN stream_field f ON f.id = p.field_id
       LEFT JOIN stream_field nf ON nf.stream_id = $2 AND nf.code = f.code
      WHERE p.stream_id = $1 AND p.recurs_yearly AND p.status <> 'CANCELLED' AND ${member('p.host_organization_id')}
        AND NOT EXISTS (SELECT 1 FROM programme c WHERE c.copied_from_id = p.id)
     RETURNING id, host_organization_id AS host, copied_from_id AS "from"`,
    [fromStreamId, toStreamId, fiscalYear],
  )) as Array<{ id: string; host: string; from: string }>;
  if (made.length)
    await em.query(
      `INSERT INTO programme_cohost (programme_id, organization_id)
       SELECT c.id, pc.organization_id FROM programme c JOIN programme_cohost pc ON pc.programme_id = c.copied_from_id
        WHERE c.id = ANY($1) AND ${member('pc.organization_id')}`,
      [made.map((m) => m.id), toStreamId],
    );
  return made;
}

@Injectable()
export class StreamYearHandler {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditService,
  ) {}

  @OnEvent('stream.year_opened', 'transaction')
  async yearOpened(ctx: RequestContext, e: FundingEvents['stream.year_opened']): Promise<void> {
    await this.tx.run(ctx, async (em) => {
      await copyInitiatives(em, e.fromStreamId, e.toStreamId, e.fiscalYear);
      for (const copy of await copyRecurring(em, e.fromStreamId, e.toStreamId, e.fiscalYear))
        await this.audit.record(ctx, {
          action: 'programme.create',
          entityType: 'programme',
          entityId: copy.id,
          organizationId: copy.host,
          changes: { copiedFromId: [null, copy.from], status: [null, 'DRAFT'] },
        });
    });
  }
}
