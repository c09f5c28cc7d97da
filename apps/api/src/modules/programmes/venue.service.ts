import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { RequestContext, byIds } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { AuditService, diff } from '../../core/audit/audit.service';
import { Page, PageArgs, isUuid } from '../../core/graphql/pagination';
import { ProgrammeSession } from './programme-session.entity';
import { Venue } from './venue.entity';
import { WindowArgs, assertWindow } from './programme-session.dto';
import { VenueBooking, VenueInput } from './venue.dto';
import { ProgrammeService } from './programme.service';
import { Transactions } from '../../core/database/transaction';

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
      const v = em.create(Venue, { organizationId: org, name: input.name.trim(), address: input.address?.trim() || null, capacity: input.capacity ?? null, isSample: false });
      await em.save(v);
      await this.audit.record(ctx, em, { action: 'venue.create', entityType: 'venue', entityId: v.id, organizationId: org, changes: diff(null, v, ['name', 'address', 'capacity']) });
      return v;
    });
  }

  /** The venue's owner (its staff; platform admins): the one who sees every booking of it and may release one. */
  private ownsVenue(ctx: RequestContext, v: Venue): boolean {
    return ctx.isPlatformAdmin || (!!ctx.activeOrganizationId && v.organizationId === ctx.activeOrganizationId);
  }

  /** Bookings of a venue in a window (at most 62 days, 500 rows), for its owner only (others: null). */
  async bookings(ctx: RequestContext, venue: Venue, args: WindowArgs): Promise<VenueBooking[] | null> {
    if (!this.ownsVenue(ctx, venue)) return null;
    assertWindow(args);
    const rows = (await this.db.query(
      `SELECT s.id, s.programme_id, s.starts_at, s.ends_at, s.cancelled_at IS NOT NULL AS cancelled, p.host_organization_id, p.title_ko, p.title_en
         FROM programme_session s JOIN programme p ON p.id = s.programme_id
        WHERE s.venue_id = $1 AND s.starts_at < $3 AND s.ends_at > $2 ORDER BY s.starts_at LIMIT 500`,
      [venue.id, args.from, args.to],
    )) as Array<{ id: string; programme_id: string; starts_at: Date; ends_at: Date; cancelled: boolean; host_organization_id: string; title_ko: string; title_en: string | null }>;
    const visible = await this.programmes.visibleIds(
      ctx,
      rows.map((r) => r.programme_id),
    );
    return rows.map((r) => ({
      sessionId: r.id,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      bookedById: r.host_organization_id,
      programmeTitle: visible.has(r.programme_id) ? (ctx.lang === 'en' ? (r.title_en ?? r.title_ko) : r.title_ko) : null,
      cancelled: r.cancelled,
    }));
  }

  /**
   * The venue's owner takes its room back from a session: the session keeps its time and loses the venue, and the
   * booking organization finds the release, with the reason, in its audit trail (notifications come with coordination).
   */
  async releaseBooking(ctx: RequestContext, sessionId: string, reason: string): Promise<boolean> {
    const why = reason.trim();
    if (!why) throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'reason', problems: ['isNotEmpty'], ko: '취소 사유를 입력하세요.', en: 'Give a reason.' }] });
    const session = isUuid(sessionId) ? await this.db.getRepository(ProgrammeSession).findOneBy({ id: sessionId }) : null;
    const venue = session?.venueId ? await this.byId(ctx).load(session.venueId) : null;
    if (!session || !venue || !this.ownsVenue(ctx, venue)) throw new AppError('SESSION_NOT_FOUND');
    return this.tx.run(ctx, async (em) => {
      const s = await em.findOneOrFail(ProgrammeSession, { where: { id: sessionId }, lock: { mode: 'pessimistic_write' } });
      if (s.venueId !== venue.id) throw new AppError('SESSION_NOT_FOUND');
      const [host] = (await em.query('SELECT host_organization_id FROM programme WHERE id = $1', [s.programmeId])) as Array<{ host_organization_id: string }>;
      s.venueId = null;
      await em.save(s);
      await this.audit.record(ctx, em, {
        action: 'venue.booking_released',
        entityType: 'session',
        entityId: s.id,
        organizationId: host!.host_organization_id,
        changes: { venueId: [venue.id, null], reason: [null, why.slice(0, 500)], releasedBy: [null, venue.organizationId] },
      });
      return true;
    });
  }
}
