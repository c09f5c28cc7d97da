import { Injectable } from '@nestjs/common';
import { AccessService } from '../../core/access/access.service';
import { VENUE_ACCESS } from './programme.access';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { RequestContext, byIds } from '../../core/context/request-context';
import { AppError, problem } from '../../core/errors/app-error';
import { AuditService, diff } from '../../core/audit/audit.service';
import { Page, PageArgs, isUuid } from '../../core/graphql/pagination';
import { ProgrammeSession } from './programme-session.entity';
import { Venue, VenueRelease } from './venue.entity';
import { WindowArgs, assertWindow } from './programme-session.dto';
import { ReleaseBookingsInput, VenueBooking, VenueInput } from './venue.dto';
import { ProgrammeService } from './programme.service';
import { Transactions } from '../../core/database/transaction';
import { PROGRAMMES_FIELDS } from './programmes.errors';

/**
 * Venues: every member books any partner's room for a session; the owning organization sees every booking of its
 * rooms (titles only where it may see the programme) and may release one with a reason.
 */
@Injectable()
export class VenueService {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly programmes: ProgrammeService,
    private readonly accessLayer: AccessService,
  ) {}

  byId(ctx: RequestContext) {
    return ctx.loader<Venue>('venue.byId', async (ids) => byIds(ids, await this.db.getRepository(Venue).findBy({ id: In([...ids]) })));
  }

  /** Venues are public places: every signed-in organization sees them all, to book any partner's learning centre. */
  async list(ctx: RequestContext, organizationId: string | null | undefined, page: PageArgs): Promise<Page<Venue>> {
    const [items, totalCount] = await this.db.getRepository(Venue).findAndCount({
      where: organizationId ? { organizationId } : {},
      order: { name: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return { items, totalCount, offset: page.offset, limit: page.limit };
  }

  async get(ctx: RequestContext, id: string): Promise<Venue> {
    const v = isUuid(id) ? await this.byId(ctx).load(id) : null;
    if (!v) throw new AppError('VENUE_NOT_FOUND');
    return v;
  }

  async create(ctx: RequestContext, input: VenueInput): Promise<Venue> {
    const org = ctx.activeOrganizationId;
    if (!org) throw new AppError('FORBIDDEN');
    return this.tx.run(ctx, async (em) => {
      const v = em.create(Venue, {
        organizationId: org,
        name: input.name.trim(),
        address: input.address?.trim() || null,
        capacity: input.capacity ?? null,
        isSample: false,
      });
      await em.save(v);
      await this.audit.record(ctx, {
        action: 'venue.create',
        entityType: 'venue',
        entityId: v.id,
        organizationId: org,
        changes: diff(null, v, ['name', 'address', 'capacity']),
      });
      return v;
    });
  }

  /** The venue's owner (its staff; platform admins): the one who sees every booking of it and may release one (VENUE_ACCESS). */
  private async ownsVenue(ctx: RequestContext, v: Venue): Promise<boolean> {
    return !!(await this.accessLayer.find(ctx, VENUE_ACCESS, v.id))?.owns;
  }

  /** Bookings of a venue in a window (at most 62 days, 500 rows), for its owner only (others: null). */
  async bookings(ctx: RequestContext, venue: Venue, args: WindowArgs): Promise<VenueBooking[] | null> {
    if (!(await this.ownsVenue(ctx, venue))) return null;
    assertWindow(args);
    const rows = (await this.db.query(
      `SELECT s.id, s.programme_id, s.starts_at, s.ends_at, s.cancelled_at IS NOT NULL AS cancelled, p.host_organization_id, p.title_ko, p.title_en
         FROM programme_session s JOIN programme p ON p.id = s.programme_id
        WHERE s.venue_id = $1 AND s.starts_at < $3 AND s.ends_at > $2 ORDER BY s.starts_at LIMIT 500`,
      [venue.id, args.from, args.to],
    )) as Array<{
      id: string;
      programme_id: string;
      starts_at: Date;
      ends_at: Date;
      cancelled: boolean;
      host_organization_id: string;
      title_ko: string;
      title_en: string | null;
    }>;
    const visible = await this.programmes.visibleIds(
      ctx,
      rows.map((r) => r.programme_id),
    );
    return rows.map((r) => ({
      sessionId: r.id,
      programmeId: r.programme_id,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      bookedById: r.host_organization_id,
      programmeTitle: visible.has(r.programme_id) ? (ctx.lang === 'en' ? (r.title_en ?? r.title_ko) : r.title_ko) : null,
      cancelled: r.cancelled,
    }));
  }

  /**
   * The venue's owner takes its room back from a session: the session keeps its time and loses the venue; its
   * programme may not book the venue again until the owner allows it (`allowVenueBooking`). The booking
   * organization finds the release, with the reason, in its audit trail.
   */
  async releaseBooking(ctx: RequestContext, sessionId: string, reason: string): Promise<boolean> {
    const session = isUuid(sessionId) ? await this.db.getRepository(ProgrammeSession).findOneBy({ id: sessionId }) : null;
    const venue = session?.venueId ? await this.byId(ctx).load(session.venueId) : null;
    if (!session || !venue || !(await this.ownsVenue(ctx, venue))) throw new AppError('SESSION_NOT_FOUND');
    return (await this.release(ctx, venue, reason, { sessionId })) > 0;
  }

  /**
   * The owner releases many bookings at once: every live booking of the venue by a programme, or in a date range
   * (Seoul days), or both; each programme touched may not book the venue again until the owner allows it.
   */
  async releaseBookings(ctx: RequestContext, input: ReleaseBookingsInput): Promise<number> {
    const venue = isUuid(input.venueId) ? await this.byId(ctx).load(input.venueId) : null;
    if (!venue || !(await this.ownsVenue(ctx, venue))) throw new AppError('VENUE_NOT_FOUND');
    if (!input.programmeId && !input.from)
      throw new AppError('VALIDATION_FAILED', {
        fields: [problem('programmeId', 'isNotEmpty', PROGRAMMES_FIELDS.programmeIdIsNotEmpty)],
      });
    if (input.from && input.to && input.to < input.from)
      throw new AppError('VALIDATION_FAILED', {
        fields: [problem('to', 'min', PROGRAMMES_FIELDS.toMin)],
      });
    return this.release(ctx, venue, input.reason, {
      programmeId: input.programmeId ?? undefined,
      from: input.from ?? undefined,
      to: input.to ?? undefined,
    });
  }

  private async release(
    ctx: RequestContext,
    venue: Venue,
    reason: string,
    which: { sessionId?: string; programmeId?: string; from?: string; to?: string },
  ): Promise<number> {
    const why = reason.trim();
    if (!why)
      throw new AppError('VALIDATION_FAILED', {
        fields: [problem('reason', 'isNotEmpty', PROGRAMMES_FIELDS.reasonIsNotEmpty)],
      });
    return this.tx.run(ctx, async (em) => {
      const released = (await em.query(
        `UPDATE programme_session s SET venue_id = NULL FROM programme p
          WHERE p.id = s.programme_id AND s.venue_id = $1 AND s.cancelled_at IS NULL
            AND ($2::uuid IS NULL OR s.id = $2) AND ($3::uuid IS NULL OR s.programme_id = $3)
            AND ($4::date IS NULL OR (s.starts_at AT TIME ZONE 'Asia/Seoul')::date >= $4) AND ($5::date IS NULL OR (s.starts_at AT TIME ZONE 'Asia/Seoul')::date <= $5)
        RETURNING s.id, s.programme_id, p.host_organization_id`,
        [venue.id, which.sessionId ?? null, which.programmeId ?? null, which.from ?? null, which.to ?? null],
      )) as [Array<{ id: string; programme_id: string; host_organization_id: string }>, number];
      const rows = released[0];
      if (which.sessionId && !rows.length) throw new AppError('SESSION_NOT_FOUND');
      const programmes = new Map(rows.map((r) => [r.programme_id, r.host_organization_id]));
      for (const [programmeId, host] of programmes) {
        if (host === venue.organizationId) continue; // the owner's own programmes are not barred from its own rooms
        await em.query(
          `INSERT INTO venue_release (venue_id, programme_id, released_by_id, reason) VALUES ($1, $2, $3, $4)
           ON CONFLICT (venue_id, programme_id) DO UPDATE SET released_at = now(), released_by_id = EXCLUDED.released_by_id, reason = EXCLUDED.reason`,
          [venue.id, programmeId, ctx.userId, why],
        );
        await this.audit.record(ctx, {
          action: 'venue.booking_released',
          entityType: 'programme',
          entityId: programmeId,
          organizationId: host,
          changes: {
            venueId: [venue.id, null],
            sessions: [null, rows.filter((r) => r.programme_id === programmeId).length],
            reason: [null, why],
            releasedBy: [null, venue.organizationId],
          },
        });
      }
      return rows.length;
    });
  }

  /** The owner lets a released programme book the venue again. */
  async allowBooking(ctx: RequestContext, venueId: string, programmeId: string): Promise<boolean> {
    const venue = isUuid(venueId) ? await this.byId(ctx).load(venueId) : null;
    if (!venue || !(await this.ownsVenue(ctx, venue))) throw new AppError('VENUE_NOT_FOUND');
    return this.tx.run(ctx, async (em) => {
      const [, n] = (await em.query('DELETE FROM venue_release WHERE venue_id = $1 AND programme_id = $2', [
        venue.id,
        isUuid(programmeId) ? programmeId : null,
      ])) as [unknown, number];
      if (!n) throw new AppError('PROGRAMME_NOT_FOUND');
      await this.audit.record(ctx, {
        action: 'venue.booking_allowed',
        entityType: 'programme',
        entityId: programmeId,
        organizationId: venue.organizationId,
        changes: { venueId: [null, venue.id] },
      });
      return true;
    });
  }

  /** Programmes the owner released from the venue (the owner only; others: null). */
  async releases(ctx: RequestContext, venue: Venue): Promise<VenueRelease[] | null> {
    if (!(await this.ownsVenue(ctx, venue))) return null;
    const rows = await this.db
      .getRepository(VenueRelease)
      .find({ where: { venueId: venue.id }, relations: { programme: true }, order: { releasedAt: 'DESC' }, take: 200 });
    const visible = await this.programmes.visibleIds(
      ctx,
      rows.map((r) => r.programmeId),
    );
    return rows.map((r) =>
      Object.assign(r, {
        programmeTitle:
          visible.has(r.programmeId) && r.programme
            ? ctx.lang === 'en'
              ? (r.programme.titleEn ?? r.programme.titleKo)
              : r.programme.titleKo
            : null,
      }),
    );
  }
}
