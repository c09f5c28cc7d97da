import { In, type EntityManager } from 'typeorm';
import { StreamMember } from './funding-stream.entity';

/* What other modules may read of funding's tables: the published contract (see organizations/published.ts). */

/** What others may read of a funding stream: code, names, fiscal year and period, the recipient organization. */
export const FUNDING_STREAM_COLUMNS: ReadonlySet<string> = new Set([
  'id',
  'code',
  'name_ko',
  'name_en',
  'fiscal_year',
  'period_start',
  'period_end',
  'recipient_organization_id',
]);

/** Funding streams (FUNDING_STREAM_COLUMNS). */
export const FUNDING_STREAMS = `(SELECT ${[...FUNDING_STREAM_COLUMNS].join(', ')} FROM funding_stream)`;

/** Which organizations take part in which stream, and how. */
export const STREAM_MEMBERS = '(SELECT stream_id, organization_id, role FROM stream_member)';

/** The organization `org` takes part in the stream `streamId` (SQL expressions). */
export const inStreamSql = (streamId: string, org: string) =>
  `EXISTS (SELECT 1 FROM stream_member si WHERE si.stream_id = ${streamId} AND si.organization_id = ${org})`;

/** The organizations `a` and `b` take part in a stream together (SQL expressions). */
export const shareStreamSql = (a: string, b: string) =>
  `EXISTS (SELECT 1 FROM stream_member sa JOIN stream_member sb ON sb.stream_id = sa.stream_id
            WHERE sa.organization_id = ${a} AND sb.organization_id = ${b})`;

/** How many of these organizations take part in the stream. */
export function countInStream(em: EntityManager, streamId: string, organizationIds: readonly string[]): Promise<number> {
  return em.getRepository(StreamMember).countBy({ streamId, organizationId: In([...organizationIds]) });
}
