import { Injectable } from '@nestjs/common';
import { AccessService } from '../../core/access/access.service';
import { ENROLMENT_ACCESS } from './enrolment.access';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, QueryFailedError } from 'typeorm';
import { ATTENDED, PROGRAMME_ENROLLABLE, SEAT_HOLDING, ageBandOf, canChangeEnrolment, maskName, seoulDate, verbOf } from '@lalaland/shared';
import type { EnrolmentStatus } from '@lalaland/shared';
import { RequestContext, byIds } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { AuditService } from '../../core/audit/audit.service';
import { Page } from '../../core/graphql/pagination';
import {
  Programme,
  ProgrammeService,
  outsideCount,
  refreshCounters,
  lockProgramme,
  PROGRAMME_SESSIONS,
  ENROLMENT_COUNTS,
} from '../programmes';
import { heldSession } from './held-session';
import { EnrolmentRules } from './enrolment-rules';
import { ConsentService, Participant, ParticipantService, certificateNames, operationConsentSql } from '../participants';
import { Certificate, CertificateVerification, Enrolment } from './enrolment.entity';
import { AttendanceSummary, EnrolmentCounts, RosterArgs } from './enrolments.dto';
import { Transactions } from '../../core/database/transaction';
import { EventBus } from '../../core/events/event-bus';
import './enrolments.events';

/** Changes staff may make by hand; completion comes from the completion rule, seats from the waitlist. */

/**
 * Enrolments: capacity is decided in the database. The programme row is locked (SELECT … FOR UPDATE) in every
 * transaction that takes or frees a seat; the enrolment_tally trigger keeps seats_taken and the status counters in
 * step with the enrolment rows, and a CHECK constraint keeps seats_taken ≤ capacity as a second wall.
 */
@Injectable()
export class EnrolmentService {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly programmes: ProgrammeService,
    private readonly participants: ParticipantService,
    private readonly consents: ConsentService,
    private readonly rules: EnrolmentRules,
    private readonly accessLayer: AccessService,
    private readonly events: EventBus,
  ) {}

  byId(ctx: RequestContext) {
    return ctx.loader<Enrolment>('enrolment.byId', async (ids) =>
      byIds(ids, await this.db.getRepository(Enrolment).findBy({ id: In([...ids]) })),
    );
  }

  async enrol(ctx: RequestContext, programmeId: string, participantId: string): Promise<Enrolment> {
    const participant = await this.participants.own(ctx, participantId);
    const access = await this.programmes.access(ctx, programmeId);
    if (!access.stream.participates) throw new AppError('FORBIDDEN');
    return this.place(ctx, access.programme.id, participant);
  }

  /**
   * A programme's host enrols a person another organization referred to it (the referrals module has checked the
   * referral): the enrolment stays with the organization holding the person, as every enrolment does.
   */
  async enrolReferred(ctx: RequestContext, programmeId: string, participant: Participant): Promise<Enrolment> {
    const access = await this.programmes.access(ctx, programmeId);
    if (!access.runs) throw new AppError('FORBIDDEN');
    return this.place(ctx, programmeId, participant);
  }

  private async place(ctx: RequestContext, programmeId: string, participant: Participant): Promise<Enrolment> {
    const participantId = participant.id;
    const access = await this.programmes.access(ctx, programmeId);
    if (!PROGRAMME_ENROLLABLE.includes(access.programme.status)) throw new AppError('PROGRAMME_NOT_ENROLLABLE');
    if (!(await this.consents.hasOperationConsent(ctx, participant.id))) throw new AppError('CONSENT_REQUIRED');
    try {
      return await this.tx.run(ctx, async (em) => {
        const p = await lockProgramme(em, programmeId);
        if (!PROGRAMME_ENROLLABLE.includes(p.status)) throw new AppError('PROGRAMME_NOT_ENROLLABLE');
        if (await em.existsBy(Enrolment, { programmeId, participantId })) throw new AppError('ALREADY_ENROLLED');
        const status: EnrolmentStatus = p.status === 'APPROVED' ? 'APPLIED' : p.seatsTaken < p.capacity ? 'ENROLLED' : 'WAITLISTED';
        const e = em.create(Enrolment, {
          programmeId,
          participantId,
          organizationId: participant.organizationId,
          status,
          ageBand: ageBandOf(participant.birthYear, Number(seoulDate().slice(0, 4))),
          districtCode: participant.districtCode,
          appliedAt: new Date(),
          statusChangedAt: new Date(),
          isSample: false,
        });
        await em.save(e);
        this.programmes.forget(ctx, programmeId);
        await this.audit.record(ctx, {
          action: 'enrolment.create',
          entityType: 'enrolment',
          entityId: e.id,
          organizationId: e.organizationId,
          changes: { programmeId: [null, programmeId], participant: [null, participant.pseudonymKey], status: [null, status] },
        });
        return e;
      });
    } catch (err) {
      if (err instanceof QueryFailedError && (err as QueryFailedError & { driverError?: { code?: string } }).driverError?.code === '23505')
        throw new AppError('ALREADY_ENROLLED');
      throw err;
    }
  }

  /** The enrolment, if the caller holds the participant or runs (or co-hosts) the programme. */
  private async enrolmentAccess(ctx: RequestContext, id: string) {
    const { row: e, granted } = await this.accessLayer.load(ctx, ENROLMENT_ACCESS, this.byId(ctx), id);
    const access = await this.programmes.findAccess(ctx, e.programmeId);
    if (!access) throw new AppError('ENROLMENT_NOT_FOUND');
    return { e, access, holds: granted.holds };
  }

  async get(ctx: RequestContext, id: string): Promise<Enrolment> {
    return (await this.enrolmentAccess(ctx, id)).e;
  }

  /** Drop or no-show (by the holding organization or the host); a freed seat goes to the first on the waitlist. */
  async changeStatus(ctx: RequestContext, id: string, to: EnrolmentStatus): Promise<Enrolment> {
    const { e: found, access, holds } = await this.enrolmentAccess(ctx, id);
    if (!holds && !access.runs) throw new AppError('FORBIDDEN');
    if (!canChangeEnrolment(found.status, to)) throw new AppError('ILLEGAL_ENROLMENT_CHANGE', { params: { from: found.status, to } });
    return this.tx.run(ctx, async (em) => {
      const p = await lockProgramme(em, found.programmeId);
      const e = await em.findOneOrFail(Enrolment, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!canChangeEnrolment(e.status, to)) throw new AppError('ILLEGAL_ENROLMENT_CHANGE', { params: { from: e.status, to } });
      const from = e.status;
      e.status = to;
      e.statusChangedAt = new Date();
      await em.save(e);
      await this.audit.record(ctx, {
        action: `enrolment.${verbOf(to)}`,
        entityType: 'enrolment',
        entityId: e.id,
        organizationId: e.organizationId,
        changes: { status: [from, to] },
      });
      await refreshCounters(em, p); // the enrolment_tally trigger has moved the counters (and freed the seat)
      if (to === 'DROPPED') await this.events.publish(ctx, 'enrolment.dropped', { programmeId: p.id, enrolmentIds: [e.id] });
      if (SEAT_HOLDING.includes(from)) await this.rules.fillSeats(ctx, em, p);
      this.programmes.forget(ctx, p.id);
      return e;
    });
  }

  /** The roster: everything for host and co-hosts; a member organization sees the enrolments it holds. */
  async roster(ctx: RequestContext, programmeId: string, args: RosterArgs): Promise<Page<Enrolment> | null> {
    const access = await this.programmes.access(ctx, programmeId);
    if (!access.seesRoster && !access.stream.memberRole) return null; // a ministry sees counts only
    const qb = this.accessLayer.filter(
      ctx,
      ENROLMENT_ACCESS,
      this.db.getRepository(Enrolment).createQueryBuilder('e').where('e.programme_id = :programmeId', { programmeId }),
      'e',
    );
    if (args.status?.length) qb.andWhere('e.status IN (:...st)', { st: args.status });
    qb.orderBy(
      "CASE e.status WHEN 'ENROLLED' THEN 0 WHEN 'COMPLETED' THEN 0 WHEN 'NOT_COMPLETED' THEN 0 WHEN 'APPLIED' THEN 1 WHEN 'WAITLISTED' THEN 2 ELSE 3 END",
      'ASC',
    )
      .addOrderBy('e.queue_rank', 'ASC', 'NULLS LAST')
      .addOrderBy('e.applied_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .offset(args.offset)
      .limit(args.limit);
    const [items, totalCount] = await qb.getManyAndCount();
    for (const e of items) this.byId(ctx).prime(e.id, e);
    return { items, totalCount, offset: args.offset, limit: args.limit };
  }

  /** The latest enrolments of the participants the active organization holds (at most 50). */
  async recent(ctx: RequestContext, limit: number): Promise<Enrolment[]> {
    if (!ctx.activeOrganizationId) return [];
    const rows = await this.db.getRepository(Enrolment).find({
      where: { organizationId: ctx.activeOrganizationId },
      order: { appliedAt: 'DESC', id: 'ASC' },
      take: Math.min(Math.max(limit, 1), 50),
    });
    for (const e of rows) this.byId(ctx).prime(e.id, e);
    return rows;
  }

  /** A participant's enrolments, for the holding organization only (null for others). */
  async ofParticipant(ctx: RequestContext, participantId: string): Promise<Enrolment[] | null> {
    if (!(await this.participants.findOwn(ctx, participantId))) return null;
    return this.db.getRepository(Enrolment).find({ where: { participantId }, order: { appliedAt: 'DESC' } });
  }

  /**
   * Counts per status, read from the programme row's roll-up counters: exact for the host and co-hosts; for anyone else
   * a count of 1–4 people is hidden (null), as in any figure leaving the host (hardening 2, item 9c).
   */
  async counts(ctx: RequestContext, p: Programme): Promise<EnrolmentCounts> {
    const exact = await this.programmes.seesRoster(ctx, p.id);
    const counts: Record<string, number | null> = {};
    for (const [name, count] of Object.entries(ENROLMENT_COUNTS)) counts[name] = exact ? count.of(p) : outsideCount(count.of(p));
    return counts as unknown as EnrolmentCounts;
  }

  /** Attendance so far per enrolment (one grouped query for a roster). */
  attendance(ctx: RequestContext) {
    return ctx.loader<AttendanceSummary>('enrolment.attendance', async (ids) => {
      const rows: Array<{ id: string; attended: number; minutes: number; held: number }> = await this.db.query(
        `WITH asked AS (SELECT id, programme_id FROM enrolment WHERE id = ANY($1::uuid[])),
              held AS (SELECT s.programme_id, count(*)::int AS n FROM ${PROGRAMME_SESSIONS} s
                        WHERE s.programme_id IN (SELECT programme_id FROM asked) AND ${heldSession('s')} GROUP BY s.programme_id)
         SELECT e.id,
                count(a.session_id) FILTER (WHERE a.status = ANY($2::attendance_status[]))::int AS attended,
                COALESCE(sum(a.minutes), 0)::int AS minutes,
                COALESCE(h.n, 0) AS held
           FROM asked e LEFT JOIN attendance a ON a.enrolment_id = e.id LEFT JOIN held h ON h.programme_id = e.programme_id
          GROUP BY e.id, h.n`,
        [[...ids], ATTENDED],
      );
      return ids.map((id) => {
        const r = rows.find((x) => x.id === id) ?? { attended: 0, minutes: 0, held: 0 };
        return {
          attended: r.attended,
          held: r.held,
          hours: Math.round((r.minutes / 60) * 10) / 10,
          rate: r.held ? Math.round((r.attended / r.held) * 1000) / 10 : 0,
        };
      });
    });
  }

  certificateOf(ctx: RequestContext) {
    return ctx.loader<Certificate>('enrolment.certificate', async (ids) => {
      const rows = await this.db.getRepository(Certificate).findBy({ enrolmentId: In([...ids]) });
      return ids.map((id) => rows.find((r) => r.enrolmentId === id) ?? null);
    });
  }

  /** Applies the completion rule now (running or completed programmes), e.g. after the last session's attendance. */
  async evaluateCompletion(ctx: RequestContext, programmeId: string): Promise<number> {
    const access = await this.programmes.access(ctx, programmeId);
    if (!access.runs) throw new AppError('FORBIDDEN');
    if (access.programme.status !== 'RUNNING' && access.programme.status !== 'COMPLETED')
      throw new AppError('ILLEGAL_TRANSITION', { params: { from: access.programme.status, to: 'COMPLETED' } });
    return this.tx.run(ctx, async (em) => {
      const p = await lockProgramme(em, programmeId);
      return this.rules.complete(ctx, em, p);
    });
  }

  /** The public verification page: only what the certificate says, with the holder's name masked. */
  /**
   * A certificate to print for its holder, with the full name: only for the organization holding the participant
   * (anyone else: CERTIFICATE_NOT_FOUND), the name read through the logged path (purpose certificate-print) and only
   * while consent covers it.
   */
  async toPrint(ctx: RequestContext, code: string): Promise<CertificateVerification> {
    const normalized = code.trim().toUpperCase();
    const c = /^[A-Z0-9]{12}$/.test(normalized) ? await this.db.getRepository(Certificate).findOneBy({ code: normalized }) : null;
    const e = c ? await this.byId(ctx).load(c.enrolmentId) : null;
    if (!c || !e || !(await this.participants.findOwn(ctx, e.participantId))) throw new AppError('CERTIFICATE_NOT_FOUND');
    const names = await this.tx.run(ctx, (em) => certificateNames(ctx, em, [e.participantId], 'certificate-print'));
    return {
      code: c.code,
      holderName: names.get(e.participantId) ?? null,
      programmeTitle: c.programmeTitle,
      issuerName: c.issuerName,
      hours: c.hours,
      issuedOn: c.issuedOn,
    };
  }

  async verify(code: string): Promise<CertificateVerification> {
    const normalized = code.trim().toUpperCase();
    const c = /^[A-Z0-9]{12}$/.test(normalized) ? await this.db.getRepository(Certificate).findOneBy({ code: normalized }) : null;
    if (!c) throw new AppError('CERTIFICATE_NOT_FOUND');
    // The masked name is shown only while the holder's consent to the programme's processing is in force: once
    // withdrawn (or past its retention date) the page still confirms the certificate, without any name.
    const [consented] = (await this.db.query(`SELECT 1 FROM enrolment e WHERE e.id = $1 AND ${operationConsentSql('e.participant_id')}`, [
      c.enrolmentId,
    ])) as unknown[];
    return {
      code: c.code,
      holderName: consented ? maskName(c.holderName) : null,
      programmeTitle: c.programmeTitle,
      issuerName: c.issuerName,
      hours: c.hours,
      issuedOn: c.issuedOn,
    };
  }
}
