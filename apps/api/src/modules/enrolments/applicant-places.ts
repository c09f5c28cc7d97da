import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ageBandOf, seoulDate, type EnrolmentStatus } from '@lalaland/shared';
import { AuditService } from '../../core/audit/audit.service';
import { RequestContext } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { lockProgramme, refreshCounters } from '../programmes';
import type { Participant } from '../participants';
import { Enrolment } from './enrolment.entity';
import { EnrolmentRules } from './enrolment-rules';

const OPEN_FOR_APPLICANTS = ['RECRUITING', 'RUNNING'];

/**
 * Seats for citizens who applied themselves (the public door): the same enrolment, capacity and waitlist the staff
 * run, decided inside the caller's transaction with the programme locked — first come (a seat while one is free, else
 * the waitlist in arrival order) or as a draw or a review decided (enrolled, or waitlisted at its rank).
 */
@Injectable()
export class ApplicantPlaces {
  constructor(
    private readonly audit: AuditService,
    private readonly rules: EnrolmentRules,
  ) {}

  async place(
    ctx: RequestContext,
    em: EntityManager,
    programmeId: string,
    participant: Participant,
    decided?: { status: 'ENROLLED' | 'WAITLISTED'; queueRank: number | null },
  ): Promise<Enrolment> {
    const p = await lockProgramme(em, programmeId);
    if (!OPEN_FOR_APPLICANTS.includes(p.status)) throw new AppError('PROGRAMME_NOT_ENROLLABLE');
    if (await em.existsBy(Enrolment, { programmeId, participantId: participant.id })) throw new AppError('ALREADY_ENROLLED');
    const free = p.seatsTaken < p.capacity;
    const status: EnrolmentStatus = decided
      ? decided.status === 'ENROLLED' && free
        ? 'ENROLLED'
        : 'WAITLISTED'
      : free
        ? 'ENROLLED'
        : 'WAITLISTED';
    const e = em.create(Enrolment, {
      programmeId,
      participantId: participant.id,
      organizationId: participant.organizationId,
      status,
      queueRank: decided?.queueRank ?? null,
      ageBand: ageBandOf(participant.birthYear, Number(seoulDate().slice(0, 4))),
      districtCode: participant.districtCode,
      appliedAt: new Date(),
      statusChangedAt: new Date(),
      isSample: false,
    });
    await em.save(e);
    await refreshCounters(em, p); // the enrolment_tally trigger has moved the counters
    await this.audit.record(ctx, {
      action: 'enrolment.create',
      entityType: 'enrolment',
      entityId: e.id,
      organizationId: e.organizationId,
      changes: {
        programmeId: [null, programmeId],
        participant: [null, participant.pseudonymKey],
        status: [null, status],
        channel: 'online',
      },
    });
    return e;
  }

  /** Where an enrolment stands on its programme's waitlist (1 = next), or null when it is not waitlisted. */
  async waitlistPosition(em: EntityManager, enrolmentId: string): Promise<number | null> {
    const [row] = (await em.query(
      `SELECT CASE WHEN me.status = 'WAITLISTED' THEN (
                SELECT count(*)::int + 1 FROM enrolment o WHERE o.programme_id = me.programme_id AND o.status = 'WAITLISTED'
                   AND (coalesce(o.queue_rank, 2147483647), o.applied_at, o.id) < (coalesce(me.queue_rank, 2147483647), me.applied_at, me.id)) END AS position
         FROM enrolment me WHERE me.id = $1`,
      [enrolmentId],
    )) as Array<{ position: number | null }>;
    return row?.position ?? null;
  }

  /** Cancels a citizen's own enrolment (their link): dropped, and the waitlist moves as when staff drop someone. */
  async cancel(ctx: RequestContext, em: EntityManager, enrolmentId: string): Promise<EnrolmentStatus> {
    const e = await em.findOneByOrFail(Enrolment, { id: enrolmentId });
    const p = await lockProgramme(em, e.programmeId);
    const locked = await em.findOneOrFail(Enrolment, { where: { id: enrolmentId }, lock: { mode: 'pessimistic_write' } });
    if (!['ENROLLED', 'WAITLISTED', 'APPLIED'].includes(locked.status)) return locked.status;
    const from = locked.status;
    locked.status = 'DROPPED';
    locked.statusChangedAt = new Date();
    await em.save(locked);
    await this.audit.record(ctx, {
      action: 'enrolment.status',
      entityType: 'enrolment',
      entityId: locked.id,
      organizationId: locked.organizationId,
      changes: { status: [from, 'DROPPED'], by: 'applicant' },
    });
    await refreshCounters(em, p);
    if (from === 'ENROLLED') await this.rules.fillSeats(ctx, em, p);
    return 'DROPPED';
  }
}
