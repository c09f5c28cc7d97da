import type { EntityManager } from 'typeorm';
import { ageBandOf } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { AuditService } from '../../core/audit/audit.service';
import { Transactions } from '../../core/database/transaction';
import type { EventBus } from '../../core/events/event-bus';
import { prng } from '../../core/prng';
import { SEED_PROGRAMMES, PROGRAMMES, PROGRAMME_SESSIONS, lockProgramme } from '../programmes';
import { EnrolmentRules } from './enrolment-rules';
import { PARTICIPANTS } from '../participants';
import { ORGANIZATIONS } from '../organizations';

/** The seed announces nothing: what a module would do on an event, its own seed does for the demo data. */
const NO_EVENTS = { publish: async () => undefined } as Pick<EventBus, 'publish'> as EventBus;

/**
 * Learn's demo enrolments, once (when no sample enrolment exists): each demo programme's roster from its host's demo
 * people in registration order, attendance of every session that has ended (mostly present, some late, excused or
 * absent), and the completions of finished programmes with their certificates, dated the day each programme ended.
 */
export async function seedEnrolments(em: EntityManager): Promise<void> {
  const done: unknown[] = await em.query('SELECT 1 FROM enrolment WHERE is_sample LIMIT 1');
  if (done.length) return;
  const tx = new Transactions(em.connection);
  const rules = new EnrolmentRules(new AuditService(em.connection, tx), NO_EVENTS);
  const ctx = RequestContext.system('seed');
  const rnd = prng(2026);
  const people = new Map<string, string[]>();
  const peopleOf = async (short: string) => {
    if (!people.has(short))
      people.set(
        short,
        (
          (await em.query(
            `SELECT p.id FROM ${PARTICIPANTS} p JOIN ${ORGANIZATIONS} o ON o.id = p.organization_id
              WHERE o.short_code = $1 AND p.is_sample AND p.pseudonym_key LIKE 'P%' ORDER BY p.created_at, p.id`,
            [short],
          )) as Array<{ id: string }>
        ).map((r) => r.id),
      );
    return people.get(short)!;
  };
  for (const [index, s] of SEED_PROGRAMMES.entries()) {
    const [programme] = (await em.query(
      `SELECT p.id, p.host_organization_id AS "hostId" FROM ${PROGRAMMES} p JOIN ${ORGANIZATIONS} o ON o.id = p.host_organization_id
        WHERE p.is_sample AND p.title_ko = $1 AND o.short_code = $2 LIMIT 1`,
      [s.titleKo, s.host],
    )) as Array<{ id: string; hostId: string }>;
    if (!programme) continue;
    const sessions = (await em.query(
      `SELECT id, (extract(epoch FROM ends_at - starts_at) / 60)::int AS minutes FROM ${PROGRAMME_SESSIONS} s WHERE programme_id = $1 ORDER BY starts_at`,
      [programme.id],
    )) as Array<{ id: string; minutes: number }>;

    const roster = (await peopleOf(s.host)).slice((index * 7) % 10, ((index * 7) % 10) + (s.enrol ?? 0));
    const enrolled: string[] = [];
    for (const [n, participantId] of roster.entries()) {
      const [p] = (await em.query(`SELECT birth_year, district_code FROM ${PARTICIPANTS} p WHERE id = $1`, [participantId])) as Array<{
        birth_year: number;
        district_code: string | null;
      }>;
      const status = s.status === 'APPROVED' ? 'APPLIED' : n < s.capacity ? 'ENROLLED' : 'WAITLISTED';
      const [er] = (await em.query(
        `INSERT INTO enrolment (programme_id, participant_id, organization_id, status, age_band, district_code, applied_at, status_changed_at, is_sample)
         VALUES ($1, $2, $3, $4, $5, $6, TIMESTAMPTZ '2025-04-15 09:00+09' + make_interval(mins => $7), now(), true) RETURNING id`,
        [programme.id, participantId, programme.hostId, status, ageBandOf(p!.birth_year, 2025), p!.district_code, n],
      )) as Array<{ id: string }>;
      if (status === 'ENROLLED') enrolled.push(er!.id);
    }

    // Attendance of every session that has ended: mostly present, some late, excused or absent.
    const past = sessions.filter((_, n) => s.status === 'COMPLETED' || n < Math.ceil(sessions.length * 0.6));
    for (const session of past) {
      const marks = enrolled.map(() => {
        const r = rnd();
        return r < 0.82 ? 'PRESENT' : r < 0.88 ? 'LATE' : r < 0.92 ? 'EXCUSED' : 'ABSENT';
      });
      await em.query(
        `INSERT INTO attendance (session_id, enrolment_id, status, minutes, marked_at) SELECT $1, x.e, x.s, CASE WHEN x.s IN ('PRESENT', 'LATE') THEN $4 ELSE 0 END, now()
           FROM unnest($2::uuid[], $3::attendance_status[]) AS x(e, s)`,
        [session.id, enrolled, marks, session.minutes],
      );
    }
    if (s.status === 'COMPLETED') {
      const row = await lockProgramme(em, programme.id);
      await tx.within(ctx, em, () => rules.complete(ctx, em, row));
      // The sample year's results are dated the day the programme ended (its last session), not the day of seeding.
      await em.query(
        `UPDATE enrolment SET status_changed_at = (SELECT max(ends_at) FROM ${PROGRAMME_SESSIONS} s WHERE programme_id = $1) WHERE programme_id = $1 AND status IN ('COMPLETED', 'NOT_COMPLETED')`,
        [programme.id],
      );
    }
  }
}

/**
 * This year's running demo classes (programmes' `seedThisYear`) get a roster from their host's demo people and the
 * attendance of the sessions already held, once each: the staff's week has a class with people in it.
 */
export async function seedThisYearEnrolments(em: EntityManager): Promise<void> {
  const running = (await em.query(
    `SELECT p.id, p.host_organization_id AS "hostId" FROM ${PROGRAMMES} p
      WHERE p.is_sample AND p.status = 'RUNNING' AND p.starts_on >= current_date - 60
        AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.programme_id = p.id)`,
  )) as Array<{ id: string; hostId: string }>;
  const rnd = prng(2027);
  for (const programme of running) {
    const people = (await em.query(
      `SELECT p.id, p.birth_year, p.district_code FROM ${PARTICIPANTS} p
        WHERE p.organization_id = $1 AND p.is_sample AND p.pseudonym_key LIKE 'P%' ORDER BY p.created_at, p.id LIMIT 8`,
      [programme.hostId],
    )) as Array<{ id: string; birth_year: number; district_code: string | null }>;
    const year = new Date().getUTCFullYear();
    const enrolled = (await em.query(
      `INSERT INTO enrolment (programme_id, participant_id, organization_id, status, age_band, district_code, applied_at, status_changed_at, is_sample)
       SELECT $1, x.p, $2, 'ENROLLED', x.b::age_band, x.d, now() - interval '14 days', now(), true
         FROM unnest($3::uuid[], $4::text[], $5::text[]) AS x(p, b, d) RETURNING id`,
      [
        programme.id,
        programme.hostId,
        people.map((p) => p.id),
        people.map((p) => ageBandOf(p.birth_year, year)),
        people.map((p) => p.district_code),
      ],
    )) as Array<{ id: string }>;
    const held = (await em.query(
      `SELECT id, (extract(epoch FROM ends_at - starts_at) / 60)::int AS minutes FROM ${PROGRAMME_SESSIONS} s
        WHERE programme_id = $1 AND ends_at < now() ORDER BY starts_at`,
      [programme.id],
    )) as Array<{ id: string; minutes: number }>;
    for (const session of held)
      await em.query(
        `INSERT INTO attendance (session_id, enrolment_id, status, minutes, marked_at)
         SELECT $1, x.e, x.s, CASE WHEN x.s IN ('PRESENT', 'LATE') THEN $4 ELSE 0 END, now() FROM unnest($2::uuid[], $3::attendance_status[]) AS x(e, s)`,
        [session.id, enrolled.map((e) => e.id), enrolled.map(() => (rnd() < 0.88 ? 'PRESENT' : 'LATE')), session.minutes],
      );
  }
}
