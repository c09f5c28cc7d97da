import { Injectable } from '@nestjs/common';
import { AccessService } from '../../core/access/access.service';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { PROGRAMME_ACCESS } from '../programmes';
import { TASK_ACCESS } from '../tasks';
import { ANNOUNCEMENT_ACCESS } from '../announcements';
import { MEETING_ACCESS } from '../meetings';

export type SearchKind = 'ANNOUNCEMENT' | 'TASK' | 'MEETING' | 'DOCUMENT';

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  link: string;
  at: Date;
}

/** `%text%` for ILIKE with the user's own % and _ taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One search over the coordination records the caller may see — announcements, tasks, meetings and document names —
 * as one statement: each part filtered by its module's own access rule, matched by ILIKE (trigram indexes keep it an
 * index scan for three characters and more), newest first.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly tx: Transactions,
    private readonly accessLayer: AccessService,
  ) {}

  async search(ctx: RequestContext, text: string, limit: number): Promise<SearchHit[]> {
    const q = text.trim();
    if (q.length < 2) return [];
    const params: unknown[] = [containing(q)];
    const visible = (policy: Parameters<AccessService['predicate']>[1], alias: string) =>
      this.accessLayer.predicate(ctx, policy, alias, params);
    // Documents: of a record the caller sees through its rule, or uploaded by the caller's organization (its expenditures' receipts).
    // A referral's documents from the other side are personal data shared under a consent that may be withdrawn: their
    // names are found on the referral's page (where each read is a provision), never by search.
    params.push(ctx.activeOrganizationId);
    const own = `$${params.length}::uuid`;
    const documentOf = `(d.organization_id = ${own}
      OR (d.record_type = 'TASK' AND EXISTS (SELECT 1 FROM task t2 WHERE t2.id = d.record_id AND ${visible(TASK_ACCESS, 't2')}))
      OR (d.record_type = 'ANNOUNCEMENT' AND EXISTS (SELECT 1 FROM announcement a2 WHERE a2.id = d.record_id AND ${visible(ANNOUNCEMENT_ACCESS, 'a2')}))
      OR (d.record_type = 'MEETING' AND EXISTS (SELECT 1 FROM meeting m2 WHERE m2.id = d.record_id AND ${visible(MEETING_ACCESS, 'm2')}))
      OR (d.record_type = 'PROGRAMME' AND EXISTS (SELECT 1 FROM programme p2 WHERE p2.id = d.record_id AND ${visible(PROGRAMME_ACCESS, 'p2')})))`;
    const sql = `
      (SELECT 'ANNOUNCEMENT' AS kind, a.id, a.title, '/announcements/' || a.id AS link, a.created_at AS at
         FROM announcement a WHERE (a.title ILIKE $1 OR a.body ILIKE $1) AND ${visible(ANNOUNCEMENT_ACCESS, 'a')} ORDER BY a.created_at DESC LIMIT ${limit})
      UNION ALL
      (SELECT 'TASK', t.id, t.title, '/tasks/' || t.id, t.created_at
         FROM task t WHERE (t.title ILIKE $1 OR t.description ILIKE $1) AND ${visible(TASK_ACCESS, 't')} ORDER BY t.created_at DESC LIMIT ${limit})
      UNION ALL
      (SELECT 'MEETING', m.id, m.title, '/meetings/' || m.id, m.starts_at
         FROM meeting m WHERE (m.title ILIKE $1 OR m.minutes ILIKE $1) AND ${visible(MEETING_ACCESS, 'm')} ORDER BY m.starts_at DESC LIMIT ${limit})
      UNION ALL
      (SELECT 'DOCUMENT', d.id, d.name, '/documents/' || d.id, d.created_at
         FROM document d WHERE d.name ILIKE $1 AND ${documentOf} ORDER BY d.created_at DESC LIMIT ${limit})
      ORDER BY at DESC LIMIT ${limit}`;
    return (await this.tx.readOwnWrites(ctx).query(sql, params)) as SearchHit[];
  }
}
