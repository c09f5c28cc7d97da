import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { meetsCompletion, seoulDate } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { AuditService } from '../../core/audit/audit.service';
import { EventBus } from '../../core/events/event-bus';
import { randomCode } from '../../core/random-code';
import { Programme, refreshCounters, PROGRAMME_SESSIONS } from '../programmes';
import { heldSession } from './held-session';
import { certificateNames } from '../participants';
import { ORGANIZATIONS } from '../organizations';

/**
 * The seat and completion rules, run inside the caller's transaction with the programme row locked
 * (SELECT … FOR UPDATE), so concurrent enrolments, drops and promotions are decided one after another.
 */
@Injectable()
export class EnrolmentRules {
  constructor(
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  /**
   * Fills free seats of a recruiting or running programme: waitlisted (and, when recruiting opens, applied) enrolments
   * in the order they applied (a draw's order first) become ENROLLED; applications that find no seat are waitlisted. Each change is audited.
   */
  async fillSeats(ctx: RequestContext, em: EntityManager, p: Programme): Promise<number> {
    if (p.status !== 'RECRUITING' && p.status !== 'RUNNING') return 0;
    const free = p.capacity - p.seatsTaken;
    let seated: Array<{ id: string; organization_id: string; old: string }> = [];
    if (free > 0) {
      [seated] = (await em.query(
        `WITH next AS (
           SELECT id, status FROM enrolment WHERE programme_id = $1 AND status IN ('WAITLISTED', 'APPLIED')
            ORDER BY queue_rank NULLS LAST, applied_at, id LIMIT $2 FOR UPDATE)
         UPDATE enrolment e SET status = 'ENROLLED', status_changed_at = now(), updated_at = now()
           FROM next WHERE e.id = next.id RETURNING e.id, e.organization_id, next.status AS old`,
        [p.id, free],
      )) as [Array<{ id: string; organization_id: string; old: string }>, number];
    }
    const [waitlisted] = (await em.query(
      `UPDATE enrolment SET status = 'WAITLISTED', status_changed_at = now(), updated_at = now() WHERE programme_id = $1 AND status = 'APPLIED' RETURNING id, organization_id`,
      [p.id],
    )) as [Array<{ id: string; organization_id: string }>, number];
    for (const e of seated) {
      await this.audit.record(ctx, {
        action: e.old === 'WAITLISTED' ? 'enrolment.promote' : 'enrolment.seat',
        entityType: 'enrolment',
        entityId: e.id,
        organizationId: e.organization_id,
        changes: { status: [e.old, 'ENROLLED'] },
      });
    }
    const promoted = seated.filter((e) => e.old === 'WAITLISTED').map((e) => e.id);
    if (promoted.length) await this.events.publish(ctx, 'enrolment.promoted', { programmeId: p.id, enrolmentIds: promoted });
    for (const e of waitlisted) {
      await this.audit.record(ctx, {
        action: 'enrolment.waitlist',
        entityType: 'enrolment',
        entityId: e.id,
        organizationId: e.organization_id,
        changes: { status: ['APPLIED', 'WAITLISTED'] },
      });
    }
    if (seated.length || waitlisted.length) await refreshCounters(em, p);
    return seated.length;
  }

  /**
   * Applies the completion rule: enrolled participants who attended (present or late) at least the programme's
   * completion rate of the sessions held so far become COMPLETED and receive a certificate. Once the programme is
   * closed (COMPLETED), the others become NOT_COMPLETED (미수료), and a later run (marks corrected) can still complete
   * them. Returns how many completed.
   */
  async complete(ctx: RequestContext, em: EntityManager, p: Programme): Promise<number> {
    const rows = (await em.query(
      `WITH held AS (
         SELECT s.id FROM ${PROGRAMME_SESSIONS} s
          WHERE s.programme_id = $1 AND ${heldSession('s')})
       SELECT e.id, e.organization_id, e.participant_id, e.status,
              count(a.session_id) FILTER (WHERE a.status IN ('PRESENT', 'LATE'))::int AS attended,
              COALESCE(sum(a.minutes), 0)::int AS minutes,
              (SELECT count(*) FROM held)::int AS held
         FROM enrolment e
         LEFT JOIN attendance a ON a.enrolment_id = e.id AND a.session_id IN (SELECT id FROM held)
        WHERE e.programme_id = $1 AND e.status IN ('ENROLLED', 'NOT_COMPLETED')
        GROUP BY e.id, e.organization_id, e.participant_id, e.status`,
      [p.id],
    )) as Array<{
      id: string;
      organization_id: string;
      participant_id: string;
      status: string;
      attended: number;
      minutes: number;
      held: number;
    }>;
    const completers = rows.filter((r) => meetsCompletion(r.attended, r.held, p.completionRate));
    if (p.status === 'COMPLETED') {
      const below = await em.query(
        `UPDATE enrolment SET status = 'NOT_COMPLETED', status_changed_at = now(), updated_at = now()
          WHERE programme_id = $1 AND status = 'ENROLLED' AND NOT (id = ANY($2::uuid[])) RETURNING id, organization_id`,
        [p.id, completers.map((c) => c.id)],
      );
      for (const e of (below as [Array<{ id: string; organization_id: string }>, number])[0] ?? []) {
        const r = rows.find((x) => x.id === e.id);
        await this.audit.record(ctx, {
          action: 'enrolment.not_completed',
          entityType: 'enrolment',
          entityId: e.id,
          organizationId: e.organization_id,
          changes: { status: ['ENROLLED', 'NOT_COMPLETED'], attended: [null, r ? `${r.attended}/${r.held}` : null] },
        });
      }
    }
    if (!completers.length) {
      await refreshCounters(em, p);
      return 0;
    }
    const [host] = (await em.query(`SELECT name_ko FROM ${ORGANIZATIONS} o WHERE id = $1`, [p.hostOrganizationId])) as Array<{
      name_ko: string;
    }>;
    await em.query(`UPDATE enrolment SET status = 'COMPLETED', status_changed_at = now(), updated_at = now() WHERE id = ANY($1::uuid[])`, [
      completers.map((c) => c.id),
    ]);
    const wasBelow = new Set(rows.filter((r) => r.status === 'NOT_COMPLETED').map((r) => r.id));
    const names = await certificateNames(
      ctx,
      em,
      completers.map((c) => c.participant_id),
    );
    const today = seoulDate();
    for (const c of completers) {
      await em.query(
        `INSERT INTO certificate (enrolment_id, code, holder_name, programme_title, issuer_name, hours, issued_on) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (enrolment_id) DO NOTHING`,
        [
          c.id,
          randomCode(12),
          names.get(c.participant_id) ?? '',
          p.titleKo,
          host?.name_ko ?? '',
          Math.round((c.minutes / 60) * 10) / 10,
          today,
        ],
      );
      await this.audit.record(ctx, {
        action: 'enrolment.complete',
        entityType: 'enrolment',
        entityId: c.id,
        organizationId: c.organization_id,
        changes: { status: [wasBelow.has(c.id) ? 'NOT_COMPLETED' : 'ENROLLED', 'COMPLETED'], attended: [null, `${c.attended}/${c.held}`] },
      });
    }
    await refreshCounters(em, p);
    await this.events.publish(ctx, 'enrolment.completed', { programmeId: p.id, enrolmentIds: completers.map((c) => c.id) });
    return completers.length;
  }
}
