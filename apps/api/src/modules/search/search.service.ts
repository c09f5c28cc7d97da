import { Injectable } from '@nestjs/common';
import { AccessService } from '../../core/access/access.service';
import { positionalBind } from '../../core/access/access-policy';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { likePattern } from '../../core/graphql/pagination';
import { ParticipantService } from '../participants';
import { SEARCH_KINDS, SOURCES, type SearchKind, type SourceScope } from './search-sources';

export type { SearchKind } from './search-sources';

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  detail: string | null;
  link: string;
  at: Date;
}

const KEY = /^P[A-Z0-9]{7}$/;
const MAX_WORDS = 6;

/** A query's words: two characters and more (one is not a word the index can find), at most six, each once. */
export function searchWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => [...w].length >= 2);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/**
 * One search over everything the caller may see — programmes, participants, mentors, referrals, activities, openings,
 * venues, announcements, tasks, meetings and document names — as one statement: each part filtered by its module's
 * own access rule (search-sources.ts), found through the bigram index, ranked (exact title, title starting with the
 * words, words in the title, words elsewhere), then newest first.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly tx: Transactions,
    private readonly accessLayer: AccessService,
    private readonly participants: ParticipantService,
  ) {}

  async search(ctx: RequestContext, text: string, limit: number, kind: SearchKind | null): Promise<SearchHit[]> {
    const words = searchWords(text.trim());
    if (!words.length) return [];
    const whole = words.join(' ');
    const key = words.length === 1 && KEY.test(words[0]!.toUpperCase()) ? words[0]!.toUpperCase() : null;
    const params: unknown[] = [whole, words.map(likePattern), whole, `${likePattern(whole).slice(1)}`, key];
    const bind = positionalBind(params);
    const scope: SourceScope = {
      ctx,
      key,
      bind,
      visible: (policy, alias) => this.accessLayer.predicate(ctx, policy, alias, params),
      capability: (policy, alias, name) => policy.capabilities({ ctx, alias, bind })[name]!,
    };
    const parts = (kind ? [kind] : SEARCH_KINDS)
      .map((k) => SOURCES[k](scope))
      .filter((sql): sql is string => sql !== null)
      .map((sql) => `(${sql} ORDER BY rank DESC, at DESC LIMIT ${limit})`);
    if (!parts.length) return [];
    // Every parameter typed once (a source the caller may not use leaves some unreferenced, which PostgreSQL refuses).
    const typed = '(SELECT $1::text, $2::text[], $3::text, $4::text, $5::text) AS typed';
    const sql = `SELECT kind, id, title, detail, link, at, person FROM (${parts.join('\nUNION ALL\n')}) hit, ${typed}
      ORDER BY rank DESC, at DESC, id LIMIT ${limit}`;
    const rows = (await this.tx.readOwnWrites(ctx).query(sql, params)) as Array<SearchHit & { person: string | null }>;
    // A name shown is a read of personal data, logged like any other.
    await this.participants.logNamesShown(
      ctx,
      rows.flatMap((r) => (r.person ? [r.person] : [])),
      'graphql:search',
    );
    return rows.map(({ person: _, ...hit }) => hit);
  }
}
