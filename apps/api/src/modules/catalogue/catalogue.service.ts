import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CATALOGUE_STATUSES, seoulDate, type EducationDomain, type ProgrammeFormat, type SelectionMethod } from '@lalaland/shared';
import { LiveEvents } from '../../core/live/live-events';
import { StatementLog, logStatements } from '../../core/database/statement-log';
import { ReadSet, ReadTables } from '../../core/database/tables-read';
import { passes, type CatalogueFilters, type Filterable } from './catalogue-filters';
import { matchScore, prepare, prepareQuery, queryWords, type Prepared } from './korean-search';

export const CATALOGUE_PAGE_SIZE = 20;
/** At most this many listed programmes are held (the catalogue of a city is a few hundred). */
const MAX_LISTED = 5000;
/** The snapshot is rebuilt at least this often ("not yet over" moves with the date). */
const SNAPSHOT_MS = 60_000;

export interface CatalogueItem {
  id: string;
  title: string;
  description: string | null;
  domain: EducationDomain;
  format: ProgrammeFormat;
  capacity: number;
  seatsTaken: number;
  host: string;
  startsOn: string;
  endsOn: string | null;
  firstSession: Date | null;
  sessions: number;
  applyFrom: Date | null;
  applyUntil: Date | null;
  selection: SelectionMethod;
  feeWon: number;
  place: string | null;
}

/** A listed programme as the snapshot holds it: its card, and what the filters and search look at. */
interface Listed extends CatalogueItem, Filterable {
  text: string;
  prepared?: Prepared;
}

/**
 * Every listed programme, and the scores of the searches made on them (per query, every programme it matches: the
 * filters then only pick from it); both go with the next change. At most SEARCHES_KEPT queries and MATCHES_KEPT
 * matches in all are kept (the oldest query goes first), whatever strangers search for.
 */
interface Snapshot {
  at: number;
  items: Listed[];
  scores: Map<string, Map<string, number>>;
  matches: number;
}
const SEARCHES_KEPT = 500;
const MATCHES_KEPT = 100_000;

function scoresOf(snapshot: Snapshot, words: readonly string[]): Map<string, number> {
  const key = words.join(' ');
  let scores = snapshot.scores.get(key);
  if (scores) return scores;
  const query = prepareQuery(words);
  scores = new Map();
  for (const p of snapshot.items) {
    const score = matchScore(query, (p.prepared ??= prepare(p.text)));
    if (score > 0) scores.set(p.id, score);
  }
  while (snapshot.scores.size && (snapshot.scores.size >= SEARCHES_KEPT || snapshot.matches + scores.size > MATCHES_KEPT)) {
    const [oldest, kept] = snapshot.scores.entries().next().value!;
    snapshot.scores.delete(oldest);
    snapshot.matches -= kept.size;
  }
  snapshot.scores.set(key, scores);
  snapshot.matches += scores.size;
  return scores;
}

export interface CatalogueSession {
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  address: string | null;
  online: boolean;
}

export interface CatalogueProgramme extends CatalogueItem {
  audience: string | null;
  ageBands: string[];
  cohosts: string[];
  hostAddress: string | null;
  minAge: number | null;
  maxAge: number | null;
  districts: string[];
  residentQuota: number | null;
  perPersonLimit: number | null;
  accessibility: string | null;
  contactPhone: string | null;
  waitlisted: number;
  updatedAt: Date;
  schedule: CatalogueSession[];
}

const ITEM_COLUMNS = `p.id, p.title_ko AS title, p.description, p.domain, p.format, p.capacity, p.seats_taken AS "seatsTaken",
  o.name_ko AS host, p.starts_on::text AS "startsOn", p.ends_on::text AS "endsOn",
  (SELECT min(s.starts_at) FROM programme_session s WHERE s.programme_id = p.id AND s.cancelled_at IS NULL) AS "firstSession",
  (SELECT count(*)::int FROM programme_session s WHERE s.programme_id = p.id AND s.cancelled_at IS NULL) AS sessions,
  f.apply_from AS "applyFrom", f.apply_until AS "applyUntil", f.selection, f.fee_won AS "feeWon",
  (SELECT v.name FROM programme_session s JOIN venue v ON v.id = s.venue_id
    WHERE s.programme_id = p.id AND s.cancelled_at IS NULL ORDER BY s.starts_at LIMIT 1) AS place`;
const LISTED = `FROM programme_offer f JOIN programme p ON p.id = f.programme_id JOIN organization o ON o.id = p.host_organization_id
  WHERE f.published AND p.status = ANY($1::programme_status[])`;

/**
 * The public catalogue: programmes their hosts published while recruiting or running and not yet over, with nothing
 * about any person (seat counts only). The list pages are computed from an in-memory snapshot of every listed programme
 * (one statement), rebuilt after a change to a table it reads is signalled (on every replica) and at least once a minute;
 * filters, the clock-dependent ones included, and the Korean-aware search (korean-search.ts) run on it.
 */
@Injectable()
export class CatalogueService {
  private snapshot: Snapshot | null = null;
  private loading: { generation: number; promise: Promise<Snapshot> } | null = null;
  private generation = 0;

  /** The tables the snapshot is read from: a write to another one leaves it (docs/adr/0018). */
  private readonly reads: ReadSet;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    live: LiveEvents,
    private readonly tables: ReadTables,
  ) {
    this.reads = new ReadSet(tables);
    live.onDataChanged((table) => {
      // While a snapshot loads, its tables are not known yet: any write may make it stale.
      if (!this.loading && !this.reads.changedBy(table)) return;
      this.generation++;
      this.snapshot = null;
    });
  }

  /** Whether a write to `table` may change what the catalogue shows (the pages' cache asks). */
  changedBy(table: string | null): boolean {
    return !!this.loading || this.reads.changedBy(table);
  }

  /** Every listed programme (loaded once per change; concurrent callers share the statement). */
  private async listed(): Promise<Snapshot> {
    if (this.snapshot && Date.now() - this.snapshot.at < SNAPSHOT_MS) return this.snapshot;
    if (this.loading?.generation === this.generation) return this.loading.promise;
    const generation = this.generation;
    const promise = (async () => {
      const log = new StatementLog();
      const rows = (await logStatements(log, () =>
        this.db.query(
          `SELECT ${ITEM_COLUMNS}, o.admin_code AS "adminCode", f.districts, p.pillar, p.age_bands::text[] AS "ageBands",
                f.min_age AS "minAge", f.max_age AS "maxAge", f.accessibility IS NOT NULL AS accessible,
                ARRAY(SELECT DISTINCT extract(isodow FROM s.starts_at AT TIME ZONE 'Asia/Seoul')::int FROM programme_session s
                       WHERE s.programme_id = p.id AND s.cancelled_at IS NULL) AS weekdays,
                ARRAY(SELECT DISTINCT CASE WHEN extract(hour FROM s.starts_at AT TIME ZONE 'Asia/Seoul') < 12 THEN 'MORNING'
                                           WHEN extract(hour FROM s.starts_at AT TIME ZONE 'Asia/Seoul') < 18 THEN 'AFTERNOON'
                                           ELSE 'EVENING' END
                        FROM programme_session s WHERE s.programme_id = p.id AND s.cancelled_at IS NULL) AS dayparts,
                p.title_ko || ' ' || coalesce(p.description, '') || ' ' || o.name_ko AS text
           ${LISTED} ORDER BY p.starts_on, p.title_ko, p.id LIMIT ${MAX_LISTED}`,
          [[...CATALOGUE_STATUSES]],
        ),
      )) as Listed[];
      this.reads.add(this.tables.tablesOf(log));
      const snapshot: Snapshot = { at: Date.now(), items: rows, scores: new Map(), matches: 0 };
      if (generation === this.generation) this.snapshot = snapshot;
      return snapshot;
    })().finally(() => {
      if (this.loading?.promise === promise) this.loading = null;
    });
    this.loading = { generation, promise };
    return promise;
  }

  /** A page of the catalogue, soonest start first (ranked by match when searching), and how many there are. */
  async list(filters: CatalogueFilters): Promise<{ items: CatalogueItem[]; total: number }> {
    const today = seoulDate();
    const now = new Date();
    const snapshot = await this.listed();
    const shown = snapshot.items.filter((p) => passes(p, filters, today, now));
    const words = queryWords(filters.q ?? '');
    const scores = words.length ? scoresOf(snapshot, words) : null;
    const ranked = scores ? shown.filter((p) => scores.has(p.id)).sort((a, b) => scores.get(b.id)! - scores.get(a.id)!) : shown;
    const offset = (filters.page - 1) * CATALOGUE_PAGE_SIZE;
    return { items: ranked.slice(offset, offset + CATALOGUE_PAGE_SIZE), total: ranked.length };
  }

  /** One catalogue programme with its whole schedule, or null when it is not (or no longer) in the catalogue. */
  async one(id: string): Promise<CatalogueProgramme | null> {
    const [p] = (await this.db.query(
      `SELECT ${ITEM_COLUMNS}, p.target_audience AS audience, p.age_bands::text[] AS "ageBands", p.waitlisted_count AS waitlisted,
              o.address AS "hostAddress", f.min_age AS "minAge", f.max_age AS "maxAge", f.districts,
              f.resident_quota AS "residentQuota", f.per_person_limit AS "perPersonLimit", f.accessibility, f.contact_phone AS "contactPhone", f.updated_at AS "updatedAt",
              ARRAY(SELECT c.name_ko FROM programme_cohost pc JOIN organization c ON c.id = pc.organization_id
                     WHERE pc.programme_id = p.id ORDER BY c.name_ko) AS cohosts
           ${LISTED} AND p.id = $2`,
      [[...CATALOGUE_STATUSES], id],
    )) as CatalogueProgramme[];
    if (!p || (p.endsOn !== null && p.endsOn < seoulDate())) return null;
    p.schedule = (await this.db.query(
      `SELECT s.starts_at AS "startsAt", s.ends_at AS "endsAt", v.name AS venue, v.address, s.online_url IS NOT NULL AS online
         FROM programme_session s LEFT JOIN venue v ON v.id = s.venue_id
        WHERE s.programme_id = $1 AND s.cancelled_at IS NULL ORDER BY s.starts_at LIMIT 200`,
      [id],
    )) as CatalogueSession[];
    return p;
  }

  /** Every catalogue programme's id and last change, for the sitemap (bounded). */
  async sitemap(): Promise<Array<{ id: string; updatedAt: Date }>> {
    const today = seoulDate();
    return (await this.db.query(
      `SELECT p.id, greatest(f.updated_at, p.updated_at) AS "updatedAt" ${LISTED} AND (p.ends_on IS NULL OR p.ends_on >= $2::date)
        ORDER BY p.starts_on, p.id LIMIT 10000`,
      [[...CATALOGUE_STATUSES], today],
    )) as Array<{ id: string; updatedAt: Date }>;
  }
}
