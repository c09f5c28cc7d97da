import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PROGRAMME_EDITABLE, seoulInstant } from '@lalaland/shared';
import { RequestContext, loadEach } from '../../core/context/request-context';
import { AppError, problem } from '../../core/errors/app-error';
import { AuditService, diff } from '../../core/audit/audit.service';
import { EventBus } from '../../core/events/event-bus';
import './programmes.events';
import { isUuid } from '../../core/graphql/pagination';
import { Programme } from './programme.entity';
import { ProgrammeSession } from './programme-session.entity';
import { calendarFilters } from './programme-filters';
import { queryBind } from '../../core/access/access-policy';
import { CalendarArgs, SessionPlaceInput, SessionSeriesInput, UpdateSessionInput, assertWindow } from './programme-session.dto';
import { VenueService } from './venue.service';
import { InstructorService } from './instructor.service';
import { VenueBookings } from './venue-bookings';
import { ProgrammeService } from './programme.service';
import type { ProgrammeAccess } from './programme.access';
import { randomCode } from '../../core/random-code';
import { SESSION_COLUMNS, markVisible, prefetchedSessions, sessionsByProgramme } from './session-rows';
import { Transactions } from '../../core/database/transaction';
import { seriesDates, checkTimes, MAX_SESSIONS_PER_PROGRAMME } from './session-times';
import { PROGRAMMES_FIELDS } from './programmes.errors';

const SESSION_FIELDS: Array<keyof ProgrammeSession> = ['startsAt', 'endsAt', 'venueId', 'onlineUrl', 'instructorId', 'title'];
/**
 * A programme's sessions. A venue is never double-booked: a PostgreSQL exclusion
 * constraint on (venue, time range) refuses the overlap, and the error names the session it clashes with.
 */
@Injectable()
export class ProgrammeSessionService {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly programmes: ProgrammeService,
    private readonly venues: VenueService,
    private readonly events: EventBus,
    private readonly instructors: InstructorService,
    private readonly bookings: VenueBookings,
  ) {}

  /** Sessions per programme id, in time order: one query for every programme of a list. */
  byProgramme(ctx: RequestContext) {
    return sessionsByProgramme(ctx, this.db);
  }

  /** A programme's sessions: those the programme list fetched with it when they carry the selected fields, else batched. */
  async ofProgramme(ctx: RequestContext, p: Programme, selected: ReadonlySet<string>): Promise<ProgrammeSession[]> {
    return prefetchedSessions(p, selected) ?? (await this.byProgramme(ctx).load(p.id)) ?? [];
  }

  /** A programme the caller runs (host staff), in a state where sessions may change. */
  private async runnable(ctx: RequestContext, programmeId: string): Promise<ProgrammeAccess> {
    const access = await this.programmes.access(ctx, programmeId);
    if (!access.runs) throw new AppError('FORBIDDEN');
    if (!PROGRAMME_EDITABLE.includes(access.programme.status))
      throw new AppError('PROGRAMME_NOT_EDITABLE', { params: { status: access.programme.status } });
    return access;
  }

  /** Venue exists; the instructor is in the programme's stream pool; an offline session has a venue or a link. */
  private async checkPlace(ctx: RequestContext, p: Programme, place: SessionPlaceInput): Promise<void> {
    if (place.venueId && !(await this.venues.byId(ctx).load(place.venueId))) throw new AppError('VENUE_NOT_FOUND');
    if (place.instructorId) {
      const i = await this.instructors.instructorById(ctx).load(place.instructorId);
      if (!i || i.streamId !== p.streamId) throw new AppError('INSTRUCTOR_NOT_FOUND');
    }
    if (!place.venueId && !place.onlineUrl)
      throw new AppError('SESSION_PLACE_REQUIRED', {
        fields: [problem('venueId', 'isNotEmpty', PROGRAMMES_FIELDS.venueIdIsNotEmpty)],
      });
  }

  /** Generates a weekly series in one transaction: a clash on any occurrence saves none. */
  async createSeries(ctx: RequestContext, input: SessionSeriesInput): Promise<ProgrammeSession[]> {
    const { programme } = await this.runnable(ctx, input.programmeId);
    await this.checkPlace(ctx, programme, input);
    if (input.endTime <= input.startTime)
      throw new AppError('SESSION_TIME_INVALID', {
        fields: [problem('endTime', 'min', PROGRAMMES_FIELDS.endTimeMin)],
      });
    const dates = seriesDates(input.firstDate, input.weekdays, input.count);
    const seriesId = randomUUID();
    const planned = dates.map((d) => ({
      venueId: input.venueId ?? null,
      startsAt: seoulInstant(d, input.startTime),
      endsAt: seoulInstant(d, input.endTime),
    }));
    checkTimes(programme, planned);
    return this.bookings.withVenueCheck(
      ctx,
      async (em) => {
        // At most MAX_SESSIONS_PER_PROGRAMME: the programme row is locked so parallel series cannot pass it together.
        await em.query('SELECT id FROM programme WHERE id = $1 FOR UPDATE', [programme.id]);
        await this.bookings.checkForeignVenue(em, programme, planned);
        const [{ n }] = (await em.query('SELECT count(*)::int AS n FROM programme_session WHERE programme_id = $1', [programme.id])) as [
          { n: number },
        ];
        if (n + planned.length > MAX_SESSIONS_PER_PROGRAMME)
          throw new AppError('PROGRAMME_SESSIONS_LIMIT', {
            params: { max: MAX_SESSIONS_PER_PROGRAMME, left: Math.max(0, MAX_SESSIONS_PER_PROGRAMME - n) },
          });
        const rows = planned.map((s) =>
          em.create(ProgrammeSession, {
            programmeId: programme.id,
            title: input.title?.trim() || null,
            ...s,
            onlineUrl: input.onlineUrl ?? null,
            instructorId: input.instructorId ?? null,
            seriesId,
            checkInCode: randomCode(6),
          }),
        );
        await em.save(rows);
        await this.audit.record(ctx, {
          action: 'session.series_create',
          entityType: 'programme',
          entityId: programme.id,
          organizationId: programme.hostOrganizationId,
          changes: {
            seriesId: [null, seriesId],
            count: [null, rows.length],
            first: [null, rows[0]?.startsAt ?? null],
            weekdays: [null, input.weekdays],
          },
        });
        return rows;
      },
      planned,
    );
  }

  /** A session the caller may see with its programme access, or SESSION_NOT_FOUND. */
  async sessionAccess(ctx: RequestContext, id: string): Promise<{ session: ProgrammeSession; access: ProgrammeAccess }> {
    const session = isUuid(id) ? await this.db.getRepository(ProgrammeSession).findOneBy({ id }) : null;
    if (!session) throw new AppError('SESSION_NOT_FOUND');
    const access = await this.programmes.findAccess(ctx, session.programmeId);
    if (!access) throw new AppError('SESSION_NOT_FOUND');
    return { session, access };
  }

  async get(ctx: RequestContext, id: string): Promise<ProgrammeSession> {
    return (await this.sessionAccess(ctx, id)).session;
  }

  /** Session and programme access for attendance: host and co-host staff take it. */
  async forAttendance(ctx: RequestContext, id: string): Promise<{ session: ProgrammeSession; access: ProgrammeAccess }> {
    const found = await this.sessionAccess(ctx, id);
    if (!found.access.takesAttendance) throw new AppError('FORBIDDEN');
    return found;
  }

  /** The session a check-in code opens, for those who take its attendance; anything else is CHECK_IN_CODE_INVALID. */
  async byCheckInCode(ctx: RequestContext, code: string): Promise<ProgrammeSession> {
    const normalized = code.trim().toUpperCase();
    const session = /^[A-Z0-9]{6}$/.test(normalized)
      ? await this.db.getRepository(ProgrammeSession).findOneBy({ checkInCode: normalized })
      : null;
    if (!session) throw new AppError('CHECK_IN_CODE_INVALID');
    const access = await this.programmes.findAccess(ctx, session.programmeId);
    if (!access?.takesAttendance) throw new AppError('CHECK_IN_CODE_INVALID');
    return session;
  }

  async checkInCode(ctx: RequestContext, s: ProgrammeSession): Promise<string | null> {
    const access = await this.programmes.access(ctx, s.programmeId);
    return access.takesAttendance ? s.checkInCode : null;
  }

  async update(ctx: RequestContext, input: UpdateSessionInput): Promise<ProgrammeSession> {
    const { session } = await this.sessionAccess(ctx, input.id);
    const { programme } = await this.runnable(ctx, session.programmeId);
    const next = {
      startsAt: input.startsAt ?? session.startsAt,
      endsAt: input.endsAt ?? session.endsAt,
      venueId: input.venueId === undefined ? session.venueId : input.venueId,
      onlineUrl: input.onlineUrl === undefined ? session.onlineUrl : input.onlineUrl,
      instructorId: input.instructorId === undefined ? session.instructorId : input.instructorId,
      title: input.title === undefined ? session.title : input.title?.trim() || null,
    };
    await this.checkPlace(ctx, programme, next);
    checkTimes(programme, [next]);
    return this.bookings.withVenueCheck(
      ctx,
      async (em) => {
        const s = await em.findOneOrFail(ProgrammeSession, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
        const moved =
          s.venueId !== next.venueId || s.startsAt.getTime() !== next.startsAt.getTime() || s.endsAt.getTime() !== next.endsAt.getTime();
        if (moved) await this.bookings.checkForeignVenue(em, programme, [{ ...next, id: s.id }]);
        const before = { ...s };
        Object.assign(s, next);
        await em.save(s);
        await this.audit.record(ctx, {
          action: 'session.update',
          entityType: 'session',
          entityId: s.id,
          organizationId: programme.hostOrganizationId,
          changes: diff(before, s, SESSION_FIELDS),
        });
        return s;
      },
      [{ ...next, id: input.id }],
    );
  }

  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    const { session } = await this.sessionAccess(ctx, id);
    const { programme } = await this.runnable(ctx, session.programmeId);
    return this.tx.run(ctx, async (em) => {
      await this.events.publish(ctx, 'session.deleting', { sessionId: id, programmeId: session.programmeId });
      await em.delete(ProgrammeSession, { id });
      await this.audit.record(ctx, {
        action: 'session.delete',
        entityType: 'session',
        entityId: id,
        organizationId: programme.hostOrganizationId,
        changes: { startsAt: [session.startsAt, null] },
      });
      return true;
    });
  }

  /** Sessions of every programme the caller may see, in a window of at most 62 days: the consortium calendar. */
  async calendar(ctx: RequestContext, args: CalendarArgs): Promise<ProgrammeSession[]> {
    assertWindow(args);
    // Sessions as plain rows, filtered by the programme rule (visibleTo); their programmes are then read once each and
    // carried as already checked, so the calendar's `programme` fields ask nothing more.
    const qb = this.db
      .getRepository(ProgrammeSession)
      .createQueryBuilder('s')
      .select(SESSION_COLUMNS.map(([prop, col]) => `s.${col} AS "${prop}"`))
      .innerJoin(Programme, 'p', 'p.id = s.programme_id');
    this.programmes.visibleTo(ctx, qb, 'p');
    for (const condition of calendarFilters(ctx, args, queryBind(qb, 'f_'))) qb.andWhere(condition);
    const sessions: ProgrammeSession[] = await qb.orderBy('s.starts_at', 'ASC').addOrderBy('s.id', 'ASC').limit(2000).getRawMany();
    const ids = [...new Set(sessions.map((x) => x.programmeId))];
    const programmes = new Map(ids.map((id, i) => [id, i]));
    const loaded = await loadEach(this.programmes.byId(ctx), ids);
    for (const session of sessions) {
      const programme = loaded[programmes.get(session.programmeId)!];
      if (programme) markVisible(session, programme);
    }
    return sessions;
  }
}
