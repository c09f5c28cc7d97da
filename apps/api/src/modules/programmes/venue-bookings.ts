import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { formatSeoulDateTime } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { Transactions } from '../../core/database/transaction';
import { Programme } from './programme.entity';
import { ProgrammeService } from './programme.service';
import { FOREIGN_VENUE_DAYS_AHEAD, FOREIGN_VENUE_WEEKLY_HOURS } from './session-times';

/** A session's booking of its venue: another organization's venue is a loan, and a clash names what is already there. */
@Injectable()
export class VenueBookings {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly programmes: ProgrammeService,
  ) {}

  /**
   * Another organization's venue is a loan, not a claim (hardening 2, item 8): a programme books it at most
   * FOREIGN_VENUE_DAYS_AHEAD days ahead and FOREIGN_VENUE_WEEKLY_HOURS hours a week (Mon–Sun, Seoul) for its host, and
   * never again after the owner released the programme's bookings, until the owner allows it. Bookings of one host at
   * one venue take turns (an advisory lock), so parallel requests cannot pass the weekly hours together.
   */
  async checkForeignVenue(
    em: EntityManager,
    programme: Programme,
    planned: Array<{ venueId: string | null; startsAt: Date; endsAt: Date; id?: string }>,
  ): Promise<void> {
    const byVenue = new Map<string, typeof planned>();
    for (const p of planned) if (p.venueId) byVenue.set(p.venueId, [...(byVenue.get(p.venueId) ?? []), p]);
    for (const [venueId, sessions] of byVenue) {
      const [venue] = (await em.query('SELECT organization_id FROM venue WHERE id = $1', [venueId])) as Array<{ organization_id: string }>;
      if (!venue || venue.organization_id === programme.hostOrganizationId) continue;
      if ((await em.query('SELECT 1 FROM venue_release WHERE venue_id = $1 AND programme_id = $2', [venueId, programme.id])).length)
        throw new AppError('VENUE_RELEASED');
      const horizon = Date.now() + FOREIGN_VENUE_DAYS_AHEAD * 86_400_000;
      if (sessions.some((s) => s.startsAt.getTime() > horizon))
        throw new AppError('VENUE_TOO_FAR_AHEAD', { params: { days: FOREIGN_VENUE_DAYS_AHEAD } });
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`venue-hours:${venueId}:${programme.hostOrganizationId}`]);
      const weeks = (await em.query(
        `WITH planned AS (SELECT * FROM jsonb_to_recordset($3::jsonb) AS x(starts_at timestamptz, ends_at timestamptz)),
              booked AS (SELECT s.starts_at, s.ends_at FROM programme_session s JOIN programme p ON p.id = s.programme_id
                          WHERE s.venue_id = $1 AND p.host_organization_id = $2 AND s.cancelled_at IS NULL AND NOT (s.id = ANY($4::uuid[]))
                            AND s.starts_at >= (SELECT min(starts_at) FROM planned) - interval '7 days' AND s.starts_at < (SELECT max(ends_at) FROM planned) + interval '7 days'),
              hours AS (SELECT date_trunc('week', starts_at AT TIME ZONE 'Asia/Seoul')::date AS week, extract(epoch FROM ends_at - starts_at) / 3600 AS h, planned FROM
                          (SELECT starts_at, ends_at, true AS planned FROM planned UNION ALL SELECT starts_at, ends_at, false FROM booked) u)
         SELECT week::text, round(sum(h)::numeric, 1)::float AS total, round(sum(h) FILTER (WHERE NOT planned)::numeric, 1)::float AS booked
           FROM hours GROUP BY week HAVING bool_or(planned) AND sum(h) > $5 ORDER BY week LIMIT 1`,
        [
          venueId,
          programme.hostOrganizationId,
          JSON.stringify(sessions.map((s) => ({ starts_at: s.startsAt, ends_at: s.endsAt }))),
          sessions.map((s) => s.id).filter(Boolean),
          FOREIGN_VENUE_WEEKLY_HOURS,
        ],
      )) as Array<{ week: string; total: number; booked: number | null }>;
      if (weeks[0])
        throw new AppError('VENUE_WEEKLY_HOURS', {
          params: { hours: FOREIGN_VENUE_WEEKLY_HOURS, week: weeks[0].week, booked: weeks[0].booked ?? 0 },
        });
    }
  }

  /** Runs the writes; an exclusion violation becomes VENUE_CONFLICT naming the session already there. */
  async withVenueCheck<T>(
    ctx: RequestContext,
    work: (em: EntityManager) => Promise<T>,
    attempted: Array<{ venueId: string | null; startsAt: Date; endsAt: Date; id?: string }>,
  ): Promise<T> {
    try {
      return await this.tx.run(ctx, work);
    } catch (err) {
      const pgErr = err as QueryFailedError & { driverError?: { code?: string; constraint?: string } };
      if (!(err instanceof QueryFailedError) || pgErr.driverError?.code !== '23P01') throw err;
      for (const a of attempted) {
        if (!a.venueId) continue;
        const [clash] = (await this.db.query(
          `SELECT s.id, s.programme_id, s.starts_at, s.ends_at, p.title_ko, p.title_en FROM programme_session s JOIN programme p ON p.id = s.programme_id
            WHERE s.venue_id = $1 AND s.cancelled_at IS NULL AND tstzrange(s.starts_at, s.ends_at, '[)') && tstzrange($2, $3, '[)') AND ($4::uuid IS NULL OR s.id <> $4) LIMIT 1`,
          [a.venueId, a.startsAt, a.endsAt, a.id ?? null],
        )) as Array<{ id: string; programme_id: string; starts_at: Date; ends_at: Date; title_ko: string; title_en: string | null }>;
        if (clash && !(await this.programmes.findAccess(ctx, clash.programme_id))) {
          // The caller may not see that programme: the venue is taken, and nothing more is said.
          throw new AppError('VENUE_BOOKED', {
            params: { start: formatSeoulDateTime(clash.starts_at, ctx.lang), end: formatSeoulDateTime(clash.ends_at, ctx.lang).slice(-5) },
          });
        }
        if (clash) {
          const title = ctx.lang === 'en' ? (clash.title_en ?? clash.title_ko) : clash.title_ko;
          throw new AppError('VENUE_CONFLICT', {
            params: {
              programme: title,
              start: formatSeoulDateTime(clash.starts_at, ctx.lang),
              end: formatSeoulDateTime(clash.ends_at, ctx.lang).slice(-5),
            },
            details: { conflictingSessionId: clash.id },
          });
        }
      }
      throw new AppError('VENUE_CONFLICT', { params: { programme: '?', start: '', end: '' } });
    }
  }
}
