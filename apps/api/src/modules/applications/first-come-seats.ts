import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { EventBus } from '../../core/events/event-bus';
import { PARTICIPANTS } from '../participants';
import { ApplicantPlaces } from '../enrolments';

/**
 * First come, first seated — in batches. A batch of confirmed applications (Confirmations) is seated in its own
 * transaction: the programme's lock once, then every pending application in the order it counted (its receipt
 * number), the free seats to the first, the waitlist in that order. Across replicas the lock orders the batches.
 */
@Injectable()
export class FirstComeSeats {
  constructor(
    private readonly events: EventBus,
    private readonly places: ApplicantPlaces,
  ) {}

  /** Seats the programme's pending applications, in the caller's transaction (which has locked nothing of it yet). */
  async seatPending(ctx: RequestContext, em: EntityManager, programmeId: string): Promise<void> {
    const pending = await pendingApplications(em, programmeId);
    if (!pending.length) return;
    const placed = await this.places.placeMany(
      ctx,
      em,
      programmeId,
      pending.map((a) => ({ ...a, id: a.participantId })),
    );
    await em.query(
      `UPDATE application a SET status = 'PLACED', enrolment_id = x.e FROM unnest($1::uuid[], $2::uuid[]) AS x(a, e) WHERE a.id = x.a`,
      [pending.map((a) => a.id), pending.map((a) => placed.get(a.participantId)!.enrolmentId)],
    );
    await this.events.publishMany(
      ctx,
      'application.received',
      pending.map((a) => ({ applicationId: a.id })),
    );
  }
}

/** A programme's pending applications in receipt order, with what a seat needs of each applicant (no personal field). */
export async function pendingApplications(em: EntityManager, programmeId: string) {
  return (await em.query(
    `SELECT a.id, a.number, a.resident, a.participant_id AS "participantId", p.organization_id AS "organizationId",
            p.birth_year AS "birthYear", p.district_code AS "districtCode", p.pseudonym_key AS "pseudonymKey"
       FROM application a JOIN ${PARTICIPANTS} p ON p.id = a.participant_id
      WHERE a.programme_id = $1 AND a.status = 'PENDING' ORDER BY a.number`,
    [programmeId],
  )) as Array<{
    id: string;
    number: number;
    resident: boolean;
    participantId: string;
    organizationId: string;
    birthYear: number;
    districtCode: string | null;
    pseudonymKey: string;
  }>;
}
