import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError, problem } from '../../core/errors/app-error';
import { EventBus } from '../../core/events/event-bus';
import { isUuid } from '../../core/graphql/pagination';
import { PROGRAMMES, PROGRAMME_ACCESS, ProgrammeService, lockProgramme, seesRoster } from '../programmes';
import { findParticipant, PARTICIPANTS } from '../participants';
import { ApplicantPlaces, ENROLMENTS } from '../enrolments';
import { findOffer } from '../catalogue';
import { Application, DrawInfo, ProgrammeDraw } from './application.entity';
import { draw } from './draw';
import { pendingApplications } from './first-come-seats';
import { APPLICATION_FIELDS } from './applications.errors';
import type { ApplicationsSummary } from './applications.dto';
import { AccessService } from '../../core/access/access.service';
import { ApplyService } from './apply.service';

export interface StaffApplicationRow extends Application {
  participantKey: string;
  enrolmentStatus: string | null;
}

const LIST_MAX = 2000;

/** The staff's side: a programme's online applications, the draw, the review's decisions (host and co-hosts; audited). */
@Injectable()
export class StaffApplicationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly programmes: ProgrammeService,
    private readonly places: ApplicantPlaces,
    private readonly apply: ApplyService,
    private readonly access: AccessService,
  ) {}

  /** The online applications of a programme the caller's organization runs or sees the roster of (null for others who see it). */
  async list(ctx: RequestContext, programmeId: string): Promise<StaffApplicationRow[] | null> {
    if (!(await this.programmes.seesRoster(ctx, programmeId))) {
      await this.programmes.access(ctx, programmeId); // PROGRAMME_NOT_FOUND for those who do not see the programme
      return null;
    }
    const rows = (await this.db.query(
      `SELECT a.*, pt.pseudonym_key AS participant_key, e.status AS enrolment_status
         FROM application a JOIN ${PARTICIPANTS} pt ON pt.id = a.participant_id LEFT JOIN ${ENROLMENTS} e ON e.id = a.enrolment_id
        WHERE a.programme_id = $1 ORDER BY a.draw_rank NULLS LAST, a.number LIMIT ${LIST_MAX}`,
      [programmeId],
    )) as Array<Record<string, unknown>>;
    return rows.map((r) => ({
      ...this.db.getRepository(Application).create({
        id: r.id as string,
        programmeId: r.programme_id as string,
        participantId: r.participant_id as string,
        number: r.number as number,
        enrolmentId: r.enrolment_id as string | null,
        status: r.status as Application['status'],
        resident: r.resident as boolean,
        drawRank: r.draw_rank as number | null,
        reason: r.reason as string | null,
        createdAt: r.created_at as Date,
      }),
      participantKey: r.participant_key as string,
      enrolmentStatus: (r.enrolment_status as string | null) ?? null,
    }));
  }

  /**
   * For the home of the staff who run programmes: those with applications in the last two weeks that the caller's
   * organization hosts or co-hosts (PROGRAMME_ACCESS's roster rule), newest first, at most 10.
   */
  async summary(ctx: RequestContext): Promise<ApplicationsSummary[]> {
    const rows = (await this.db.query(
      `SELECT a.programme_id AS "programmeId", p.title_ko AS title,
              count(*) FILTER (WHERE a.created_at > now() - interval '7 days')::int AS "newThisWeek",
              count(*) FILTER (WHERE a.status = 'PENDING')::int AS pending
         FROM application a JOIN ${PROGRAMMES} p ON p.id = a.programme_id
        GROUP BY a.programme_id, p.title_ko
       HAVING max(a.created_at) > now() - interval '14 days'
        ORDER BY max(a.created_at) DESC LIMIT 200`,
    )) as ApplicationsSummary[];
    const facts = await this.access.check(
      ctx,
      PROGRAMME_ACCESS,
      rows.map((r) => r.programmeId),
    );
    return rows.filter((r) => facts.has(r.programmeId) && seesRoster(facts.get(r.programmeId)!)).slice(0, 10);
  }

  /** The lottery's seed hash (and the seed once drawn), for a lottery programme the caller sees. */
  async drawInfo(ctx: RequestContext, programmeId: string): Promise<DrawInfo | null> {
    await this.programmes.access(ctx, programmeId);
    const offer = await findOffer(this.db.manager, programmeId);
    if (offer?.selection !== 'LOTTERY') return null;
    const d = await this.apply.drawInfo(programmeId);
    return { seedHash: d.seedHash, seed: d.drawnAt ? d.seed : null, drawnAt: d.drawnAt };
  }

  /**
   * Draws a lottery programme once its applications have closed: every pending application in the order of its lot,
   * the free seats to residents first up to the quota, then to the rest; the others waitlisted in that order.
   */
  async runDraw(ctx: RequestContext, programmeId: string): Promise<DrawInfo> {
    const access = await this.programmes.access(ctx, programmeId);
    if (!access.runs) throw new AppError('FORBIDDEN');
    const offer = await findOffer(this.db.manager, programmeId);
    if (offer?.selection !== 'LOTTERY' || !offer.applyUntil || offer.applyUntil.getTime() > Date.now())
      throw new AppError('DRAW_NOT_READY');
    await this.apply.drawInfo(programmeId); // the seed exists (fixed when the form was first shown)
    return this.tx.run(ctx, async (em) => {
      const d = await em.findOneOrFail(ProgrammeDraw, { where: { programmeId }, lock: { mode: 'pessimistic_write' } });
      if (d.drawnAt) throw new AppError('DRAW_NOT_READY');
      const p = await lockProgramme(em, programmeId);
      const pending = await pendingApplications(em, programmeId);
      const result = draw(d.seed, pending, p.capacity - p.seatsTaken, offer.residentQuota ?? 0);
      const byNumber = new Map(pending.map((a) => [a.number, a]));
      // In draw order, the seats first: one statement places them all (the waitlist keeps the draw's ranks).
      const ordered = result.order.map((entry) => ({ ...byNumber.get(entry.number)!, rank: entry.rank }));
      const placed = await this.places.placeMany(
        ctx,
        em,
        programmeId,
        ordered.map((a) => ({ ...a, id: a.participantId, queueRank: a.rank })),
      );
      await em.query(
        `UPDATE application a SET status = 'PLACED', enrolment_id = x.e, draw_rank = x.r
           FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS x(a, e, r) WHERE a.id = x.a`,
        [ordered.map((a) => a.id), ordered.map((a) => placed.get(a.participantId)!.enrolmentId), ordered.map((a) => a.rank)],
      );
      await this.events.publishMany(
        ctx,
        'application.decided',
        ordered.map((a) => ({ applicationId: a.id })),
      );
      d.drawnAt = new Date();
      d.drawnById = ctx.userId;
      await em.save(d);
      await this.audit.record(ctx, {
        action: 'application.draw',
        entityType: 'programme',
        entityId: programmeId,
        organizationId: p.hostOrganizationId,
        changes: { applications: pending.length, seats: result.order.filter((x) => x.seat).length, seedHash: d.seedHash },
      });
      this.programmes.forget(ctx, programmeId);
      return { seedHash: d.seedHash, seed: d.seed, drawnAt: d.drawnAt };
    });
  }

  /** A reviewed programme's application accepted (a seat, or the waitlist when full) or declined with a reason the applicant is told. */
  async decide(ctx: RequestContext, applicationId: string, accept: boolean, reason: string | null): Promise<Application> {
    const found = isUuid(applicationId) ? await this.db.getRepository(Application).findOneBy({ id: applicationId }) : null;
    const access = found ? await this.programmes.findAccess(ctx, found.programmeId) : null;
    if (!found || !access?.seesRoster) throw new AppError('APPLICATION_NOT_FOUND');
    if (!access.runs) throw new AppError('FORBIDDEN');
    const offer = await findOffer(this.db.manager, found.programmeId);
    if (offer?.selection !== 'REVIEW') throw new AppError('REVIEW_ONLY');
    const why = reason?.trim() ?? '';
    if (!accept && !why)
      throw new AppError('VALIDATION_FAILED', { fields: [problem('reason', 'required', APPLICATION_FIELDS.reasonRequired)] });
    if (why.length > 300)
      throw new AppError('VALIDATION_FAILED', { fields: [problem('reason', 'maxLength', APPLICATION_FIELDS.reasonLength)] });
    return this.tx.run(ctx, async (em) => {
      const a = await em.findOneOrFail(Application, { where: { id: applicationId }, lock: { mode: 'pessimistic_write' } });
      if (a.status !== 'PENDING') throw new AppError('APPLICATION_NOT_PENDING');
      if (accept) {
        const person = (await findParticipant(em, { id: a.participantId }))!;
        const e = await this.places.place(ctx, em, a.programmeId, person, { status: 'ENROLLED', queueRank: null });
        Object.assign(a, { enrolmentId: e.id, status: 'PLACED' });
      } else Object.assign(a, { status: 'DECLINED', reason: why });
      await em.save(a);
      await this.audit.record(ctx, {
        action: accept ? 'application.accept' : 'application.decline',
        entityType: 'application',
        entityId: a.id,
        organizationId: access.programme.hostOrganizationId,
        changes: { status: ['PENDING', a.status], ...(why ? { reason: why } : {}) },
      });
      await this.events.publish(ctx, 'application.decided', { applicationId: a.id });
      this.programmes.forget(ctx, a.programmeId);
      return a;
    });
  }
}
