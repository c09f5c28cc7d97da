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

  /**
   * A batch of applicants, in arrival order (first come) or draw order (a lottery, each with its rank), seated in one
   * statement under one lock: the free seats to the first of them, the rest waitlisted in that order (their
   * `applied_at` a microsecond apart keeps it). Someone already on the programme keeps their enrolment. Returns each
   * person's enrolment.
   */
  async placeMany(
    ctx: RequestContext,
    em: EntityManager,
    programmeId: string,
    people: ReadonlyArray<{
      id: string;
      organizationId: string;
      birthYear: number;
      districtCode: string | null;
      pseudonymKey: string;
      queueRank?: number;
    }>,
  ): Promise<Map<string, { enrolmentId: string; status: EnrolmentStatus }>> {
    const p = await lockProgramme(em, programmeId);
    if (!OPEN_FOR_APPLICANTS.includes(p.status)) throw new AppError('PROGRAMME_NOT_ENROLLABLE');
    const year = Number(seoulDate().slice(0, 4));
    const inserted = (await em.query(
      `WITH x AS (
         SELECT * FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::int[]) WITH ORDINALITY AS x(pid, org, band, district, rank, i)
          WHERE NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.programme_id = $1 AND e.participant_id = x.pid)),
       r AS (SELECT x.*, row_number() OVER (ORDER BY i) AS k FROM x)
       INSERT INTO enrolment (programme_id, participant_id, organization_id, status, age_band, district_code, queue_rank, applied_at, status_changed_at, is_sample)
       SELECT $1, pid, org, (CASE WHEN k <= $2 THEN 'ENROLLED' ELSE 'WAITLISTED' END)::enrolment_status, band::age_band, district, rank,
              now() + k * interval '1 microsecond', now(), false
         FROM r ORDER BY k
       RETURNING id, participant_id, organization_id, status`,
      [
        programmeId,
        Math.max(0, p.capacity - p.seatsTaken),
        people.map((x) => x.id),
        people.map((x) => x.organizationId),
        people.map((x) => ageBandOf(x.birthYear, year)),
        people.map((x) => x.districtCode),
        people.map((x) => x.queueRank ?? null),
      ],
    )) as Array<{ id: string; participant_id: string; organization_id: string; status: EnrolmentStatus }>;
    const key = new Map(people.map((x) => [x.id, x.pseudonymKey]));
    await this.audit.recordMany(
      ctx,
      inserted.map((e) => ({
        action: 'enrolment.create',
        entityType: 'enrolment',
        entityId: e.id,
        organizationId: e.organization_id,
        changes: {
          programmeId: [null, programmeId],
          participant: [null, key.get(e.participant_id)],
          status: [null, e.status],
          channel: 'online',
        },
      })),
    );
    await refreshCounters(em, p);
    const out = new Map(inserted.map((e) => [e.participant_id, { enrolmentId: e.id, status: e.status }]));
    const missing = people.filter((x) => !out.has(x.id)).map((x) => x.id);
    if (missing.length)
      for (const e of (await em.query(
        'SELECT id, participant_id, status FROM enrolment WHERE programme_id = $1 AND participant_id = ANY($2::uuid[])',
        [programmeId, missing],
      )) as Array<{ id: string; participant_id: string; status: EnrolmentStatus }>)
        out.set(e.participant_id, { enrolmentId: e.id, status: e.status });
    return out;
  }

  /** Each enrolment's status and, when waitlisted, its place on its programme's waitlist (1 = next): one statement. */
  async standings(
    em: EntityManager,
    enrolmentIds: readonly string[],
  ): Promise<Map<string, { status: EnrolmentStatus; waitlistPosition: number | null }>> {
    if (!enrolmentIds.length) return new Map();
    const rows = (await em.query(
      `WITH me AS (SELECT id, programme_id, status FROM enrolment WHERE id = ANY($1::uuid[])),
            w AS (SELECT o.id, row_number() OVER (PARTITION BY o.programme_id
                                                  ORDER BY coalesce(o.queue_rank, 2147483647), o.applied_at, o.id)::int AS position
                    FROM enrolment o WHERE o.status = 'WAITLISTED' AND o.programme_id IN (SELECT programme_id FROM me WHERE status = 'WAITLISTED'))
       SELECT me.id, me.status, w.position FROM me LEFT JOIN w ON w.id = me.id`,
      [enrolmentIds],
    )) as Array<{ id: string; status: EnrolmentStatus; position: number | null }>;
    return new Map(rows.map((r) => [r.id, { status: r.status, waitlistPosition: r.position }]));
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
