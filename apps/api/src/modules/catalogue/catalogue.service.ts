import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CATALOGUE_STATUSES, seoulDate, type EducationDomain, type ProgrammeFormat, type SelectionMethod } from '@lalaland/shared';
import { matchScore, queryWords } from './korean-search';

export const CATALOGUE_PAGE_SIZE = 20;
/** At most this many open programmes are ranked for a search (the catalogue of a city is a few hundred). */
const MAX_CANDIDATES = 2000;

export interface CatalogueFilters {
  q?: string;
  district?: string;
  domain?: EducationDomain;
  format?: ProgrammeFormat;
  free?: boolean;
  openNow?: boolean;
  page: number;
}

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

/**
 * The public catalogue, read from the database: programmes their hosts published while recruiting or running and not
 * yet over, with nothing about any person (seat counts only). Search is Korean-aware (korean-search.ts).
 */
@Injectable()
export class CatalogueService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private where(filters: Omit<CatalogueFilters, 'page'>, params: unknown[]): string {
    params.push([...CATALOGUE_STATUSES], seoulDate());
    const parts = [`f.published`, `p.status = ANY($1::programme_status[])`, `(p.ends_on IS NULL OR p.ends_on >= $2::date)`];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      parts.push(sql(params.length));
    };
    if (filters.district) add((n) => `(o.admin_code = $${n} OR $${n} = ANY(f.districts))`, filters.district);
    if (filters.domain) add((n) => `p.domain = $${n}::education_domain`, filters.domain);
    if (filters.format) add((n) => `p.format = $${n}::programme_format`, filters.format);
    if (filters.free) parts.push(`f.fee_won = 0`);
    if (filters.openNow) parts.push(`(f.apply_from IS NULL OR f.apply_from <= now()) AND (f.apply_until IS NULL OR f.apply_until > now())`);
    return parts.join(' AND ');
  }

  /** A page of the catalogue, soonest start first (ranked by match when searching), and how many there are. */
  async list(filters: CatalogueFilters): Promise<{ items: CatalogueItem[]; total: number }> {
    const params: unknown[] = [];
    const where = this.where(filters, params);
    const from = `FROM programme_offer f JOIN programme p ON p.id = f.programme_id JOIN organization o ON o.id = p.host_organization_id`;
    const words = queryWords(filters.q ?? '');
    const offset = (filters.page - 1) * CATALOGUE_PAGE_SIZE;
    if (!words.length) {
      const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total ${from} WHERE ${where}`, params)) as [{ total: number }];
      const items = (await this.db.query(
        `SELECT ${ITEM_COLUMNS} ${from} WHERE ${where} ORDER BY p.starts_on, p.title_ko, p.id LIMIT ${CATALOGUE_PAGE_SIZE} OFFSET ${offset}`,
        params,
      )) as CatalogueItem[];
      return { items, total };
    }
    const candidates = (await this.db.query(
      `SELECT p.id, p.title_ko || ' ' || coalesce(p.description, '') || ' ' || o.name_ko AS text ${from} WHERE ${where}
        ORDER BY p.starts_on, p.id LIMIT ${MAX_CANDIDATES}`,
      params,
    )) as Array<{ id: string; text: string }>;
    const ranked = candidates
      .map((c) => ({ id: c.id, score: matchScore(words, c.text) }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score);
    const page = ranked.slice(offset, offset + CATALOGUE_PAGE_SIZE).map((c) => c.id);
    if (!page.length) return { items: [], total: ranked.length };
    const rows = (await this.db.query(`SELECT ${ITEM_COLUMNS} ${from} WHERE p.id = ANY($1::uuid[])`, [page])) as CatalogueItem[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return { items: page.map((id) => byId.get(id)!).filter(Boolean), total: ranked.length };
  }

  /** One catalogue programme with its whole schedule, or null when it is not (or no longer) in the catalogue. */
  async one(id: string): Promise<CatalogueProgramme | null> {
    const params: unknown[] = [];
    const where = this.where({}, params);
    params.push(id);
    const [p] = (await this.db.query(
      `SELECT ${ITEM_COLUMNS}, p.target_audience AS audience, p.age_bands::text[] AS "ageBands", p.waitlisted_count AS waitlisted,
              o.address AS "hostAddress", f.min_age AS "minAge", f.max_age AS "maxAge", f.districts,
              f.resident_quota AS "residentQuota", f.accessibility, f.contact_phone AS "contactPhone", f.updated_at AS "updatedAt",
              ARRAY(SELECT c.name_ko FROM programme_cohost pc JOIN organization c ON c.id = pc.organization_id
                     WHERE pc.programme_id = p.id ORDER BY c.name_ko) AS cohosts
         FROM programme_offer f JOIN programme p ON p.id = f.programme_id JOIN organization o ON o.id = p.host_organization_id
        WHERE ${where} AND p.id = $${params.length}`,
      params,
    )) as CatalogueProgramme[];
    if (!p) return null;
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
    const params: unknown[] = [];
    const where = this.where({}, params);
    return (await this.db.query(
      `SELECT p.id, greatest(f.updated_at, p.updated_at) AS "updatedAt"
         FROM programme_offer f JOIN programme p ON p.id = f.programme_id JOIN organization o ON o.id = p.host_organization_id
        WHERE ${where} ORDER BY p.starts_on, p.id LIMIT 10000`,
      params,
    )) as Array<{ id: string; updatedAt: Date }>;
  }
}
