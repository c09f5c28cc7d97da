import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { PROGRAMME_EDITABLE, formatSeoulDateTime, seoulInstant } from '@lalaland/shared';
import { RequestContext, byIds, loadEach } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { AuditService, diff } from '../../core/audit/audit.service';
import { EventBus } from '../../core/events/event-bus';
import './programmes.events';
import { Page, isUuid } from '../../core/graphql/pagination';
import { FundingService } from '../funding';
import { Programme } from './programme.entity';
import { Instructor } from './instructor.entity';
import { ProgrammeSession } from './programme-session.entity';
import { CalendarArgs, SessionPlaceInput, SessionSeriesInput, UpdateSessionInput, assertWindow } from './programme-session.dto';
import { InstructorInput, InstructorsArgs } from './instructor.dto';
import { VenueService } from './venue.service';
import { ProgrammeService } from './programme.service';
import type { ProgrammeAccess } from './programme.access';
import { randomCode } from '../../core/random-code';
import { SESSION_COLUMNS, markVisible, prefetchedSessions, sessionsByProgramme } from './session-rows';
import { Transactions } from '../../core/database/transaction';
import { seriesDates, checkTimes, MAX_SESSIONS_PER_PROGRAMME, FOREIGN_VENUE_DAYS_AHEAD, FOREIGN_VENUE_WEEKLY_HOURS } from './session-times';

const SESSION_FIELDS: Array<keyof ProgrammeSession> = ['startsAt', 'endsAt', 'venueId', 'onlineUrl', 'instructorId', 'title'];
/**
 * The stream's instructor pool and sessions. A venue is never double-booked: a PostgreSQL exclusion
 * constraint on (venue, time range) refuses the overlap, and the error names the session it clashes with.
 */
@Injectable()
export class ProgrammeSessionService {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly funding: FundingService,
    private readonly programmes: ProgrammeService,
    private readonly venues: VenueService,
    private readonly events: EventBus,
  ) {}

  instructorById(ctx: RequestContext) {
    return ctx.loader<Instructor>('instructor.byId', async (ids) =>
      byIds(ids, await this.db.getRepository(Instructor).findBy({ id: In([...ids]) })),
    );
  }

  /** Sessions per programme id, in time order: one query for every programme of a list. */
  byProgramme(ctx: RequestContext) {
    return sessionsByProgramme(ctx, this.db);
  }

  /** A programme's sessions: those the programme list fetched with it when they carry the selected fields, else batched. */
  async ofProgramme(ctx: RequestContext, p: Programme, selected: ReadonlySet<string>): Promise<ProgrammeSession[]> {
    return prefetchedSessions(p, selected) ?? (await this.byProgramme(ctx).load(p.id)) ?? [];
  }

  /** The instructor pool of a stream (its members see it), filtered by field and district. */
  async instructors(ctx: RequestContext, args: InstructorsArgs): Promise<Page<Instructor>> {
    await this.funding.access(ctx, args.streamId);
    const qb = this.db.getRepository(Instructor).createQueryBuilder('i').where('i.stream_id = :s', { s: args.streamId });
    if (args.field) qb.andWhere(':f = ANY(i.fields)', { f: args.field });
    if (args.district) qb.andWhere(':d = ANY(i.districts)', { d: args.district });
    qb.orderBy('i.name', 'ASC').offset(args.offset).limit(args.limit);
    const [items, totalCount] = await qb.getManyAndCount();
    return { items, totalCount, offset: args.offset, limit: args.limit };
  }

  async createInstructor(ctx: RequestContext, input: InstructorInput): Promise<Instructor> {
    const stream = await this.funding.access(ctx, input.streamId);
    if (!stream.participates) throw new AppError('FORBIDDEN');
    const org = ctx.activeOrganizationId;
    if (!org) throw new AppError('FORBIDDEN');
    return this.tx.run(ctx, async (em) => {
      const i = em.create(Instructor, {
        streamId: input.streamId,
        organizationId: org,
        name: input.name.trim(),
        fields: input.fields ?? [],
        districts: input.districts ?? [],
        bio: input.bio?.trim() || null,
        isSample: false,
      });
      await em.save(i);
      await this.audit.record(ctx, {
        action: 'instructor.create',
        entityType: 'instructor',
        entityId: i.id,
        organizationId: org,
        changes: diff(null, i, ['streamId', 'name', 'fields', 'districts']),
      });
      return i;
    });
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
      const i = await this.instructorById(ctx).load(place.instructorId);
      if (!i || i.streamId !== p.streamId) throw new AppError('INSTRUCTOR_NOT_FOUND');
    }
    if (!place.venueId && !place.onlineUrl)
      throw new AppError('SESSION_PLACE_REQUIRED', {
        fields: [
          { field: 'venueId', problems: ['isNotEmpty'], ko: '장소 또는 온라인 주소를 지정하세요.', en: 'Give a venue or an online link.' },
        ],
      });
  }

  /**
   * Another organization's venue is a loan, not a claim (hardening 2, item 8): a programme books it at most
   * FOREIGN_VENUE_DAYS_AHEAD days ahead and FOREIGN_VENUE_WEEKLY_HOURS hours a week (Mon–Sun, Seoul) for its host, and
   * never again after the owner released the programme's bookings, until the owner allows it. Bookings of one host at
   * one venue take turns (an advisory lock), so parallel requests cannot pass the weekly hours together.
   */
  private async checkForeignVenue(
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
  private async withVenueCheck<T>(
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

  /** Generates a weekly series in one transaction: a clash on any occurrence saves none. */
  async createSeries(ctx: RequestContext, input: SessionSeriesInput): Promise<ProgrammeSession[]> {
    const { programme } = await this.runnable(ctx, input.programmeId);
    await this.checkPlace(ctx, programme, input);
    if (input.endTime <= input.startTime)
      throw new AppError('SESSION_TIME_INVALID', {
        fields: [
          { field: 'endTime', problems: ['min'], ko: '종료 시각은 시작 시각 이후여야 합니다.', en: 'The end must be after the start.' },
        ],
      });
    const dates = seriesDates(input.firstDate, input.weekdays, input.count);
    const seriesId = randomUUID();
    const planned = dates.map((d) => ({
      venueId: input.venueId ?? null,
      startsAt: seoulInstant(d, input.startTime),
      endsAt: seoulInstant(d, input.endTime),
    }));
    checkTimes(programme, planned);
    return this.withVenueCheck(
      ctx,
      async (em) => {
        // At most MAX_SESSIONS_PER_PROGRAMME: the programme row is locked so parallel series cannot pass it together.
        await em.query('SELECT id FROM programme WHERE id = $1 FOR UPDATE', [programme.id]);
        await this.checkForeignVenue(em, programme, planned);
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
    return this.withVenueCheck(
      ctx,
      async (em) => {
        const s = await em.findOneOrFail(ProgrammeSession, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
        const moved =
          s.venueId !== next.venueId || s.startsAt.getTime() !== next.startsAt.getTime() || s.endsAt.getTime() !== next.endsAt.getTime();
        if (moved) await this.checkForeignVenue(em, programme, [{ ...next, id: s.id }]);
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
      .innerJoin(Programme, 'p', 'p.id = s.programme_id')
      .where('s.starts_at < :to AND s.ends_at > :from', { from: args.from, to: args.to });
    this.programmes.visibleTo(ctx, qb, 'p');
    if (args.streamId) qb.andWhere('p.stream_id = :sid', { sid: args.streamId });
    if (args.mine)
      qb.andWhere(
        '(p.host_organization_id = :me OR EXISTS (SELECT 1 FROM programme_cohost c WHERE c.programme_id = p.id AND c.organization_id = :me))',
        {
          me: ctx.activeOrganizationId ?? '00000000-0000-0000-0000-000000000000',
        },
      );
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
