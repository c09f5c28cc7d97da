import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { EventBus } from '../../core/events/event-bus';
import { lockProgramme } from '../programmes';
import { PARTICIPANTS } from '../participants';
import { ApplicantPlaces } from '../enrolments';

/**
 * First come, first seated — in batches. Each confirmed application commits on its own (in parallel, nothing shared
 * locked); then one run per programme at a time takes the programme's lock once and seats every pending application
 * in the order it counted (its receipt number): the free seats to the first, the waitlist in that order. A request
 * waits for the run that starts after its commit, so its answer says seat or waitlist; within a process, requests
 * arriving during a run share the next one (2,000 applicants in a second make a handful of runs, not 2,000 lock
 * waits). Across replicas the lock orders the runs; an application left pending by a crash is seated by the next run.
 */
@Injectable()
export class FirstComeSeats {
  private readonly waiting = new Map<string, Promise<void>>();
  private readonly tail = new Map<string, Promise<void>>();

  constructor(
    private readonly tx: Transactions,
    private readonly events: EventBus,
    private readonly places: ApplicantPlaces,
  ) {}

  /** Resolves once a seating run that began after this call has finished. */
  seat(programmeId: string): Promise<void> {
    const queued = this.waiting.get(programmeId);
    if (queued) return queued;
    const before = this.tail.get(programmeId) ?? Promise.resolve();
    const run = before
      .catch(() => undefined)
      .then(() => {
        this.waiting.delete(programmeId);
        return this.run(programmeId);
      });
    this.waiting.set(programmeId, run);
    this.tail.set(programmeId, run);
    void run
      .catch(() => undefined)
      .finally(() => {
        if (this.tail.get(programmeId) === run) this.tail.delete(programmeId);
      });
    return run;
  }

  private async run(programmeId: string): Promise<void> {
    const ctx = RequestContext.system('first-come-seats');
    await this.tx.run(ctx, async (em) => {
      await lockProgramme(em, programmeId);
      const pending = (await em.query(
        `SELECT a.id, a.participant_id AS "participantId", p.organization_id AS "organizationId", p.birth_year AS "birthYear",
                p.district_code AS "districtCode", p.pseudonym_key AS "pseudonymKey"
           FROM application a JOIN ${PARTICIPANTS} p ON p.id = a.participant_id
          WHERE a.programme_id = $1 AND a.status = 'PENDING' ORDER BY a.number`,
        [programmeId],
      )) as Array<{
        id: string;
        participantId: string;
        organizationId: string;
        birthYear: number;
        districtCode: string | null;
        pseudonymKey: string;
      }>;
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
      for (const a of pending) await this.events.publish(ctx, 'application.received', { applicationId: a.id });
    });
  }
}
