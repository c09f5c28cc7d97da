import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';

export enum JourneyKind {
  ENROLMENT = 'ENROLMENT',
  CERTIFICATE = 'CERTIFICATE',
  MENTOR_CREDENTIAL = 'MENTOR_CREDENTIAL',
  MENTOR_ASSIGNMENT = 'MENTOR_ASSIGNMENT',
  REFERRAL = 'REFERRAL',
  GOAL = 'GOAL',
  OUTCOME = 'OUTCOME',
  FOLLOW_UP = 'FOLLOW_UP',
  ACTIVITY = 'ACTIVITY',
}
registerEnumType(JourneyKind, { name: 'JourneyKind', description: 'What a step of a person’s journey is' });

@ObjectType({ description: 'One step of a person’s journey, newest first: what, when, its state, and where to open it' })
export class JourneyItem {
  @Field(() => DateTimeScalar)
  at!: Date;

  @Field(() => JourneyKind)
  kind!: JourneyKind;

  @Field(() => String, { description: 'A programme title, a goal, a referral reason or an outcome kind' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The state as the record keeps it (an enrolment, referral or follow-up status, an outcome detail)',
  })
  status!: string | null;

  @Field(() => Float, { nullable: true, description: 'Hours: attended (enrolment), certified, or given as a mentor' })
  hours!: number | null;

  @Field(() => String, { nullable: true, description: 'The portal path that opens it' })
  link!: string | null;
}

/** How many steps a journey shows (the newest). */
const JOURNEY_LIMIT = 200;

/**
 * A person's journey across modules in one statement (the holding organization's read model): enrolments with the
 * hours attended, certificates, mentor credentials and assignments, referrals, activities, goals, outcomes and follow-ups.
 */
export async function journeyOf(em: EntityManager, participantId: string): Promise<JourneyItem[]> {
  return em.query(
    `SELECT * FROM (
       SELECT e.applied_at AS at, 'ENROLMENT' AS kind, p.title_ko AS title, e.status::text AS status,
              (SELECT round(coalesce(sum(a.minutes), 0) / 60.0, 1) FROM attendance a WHERE a.enrolment_id = e.id)::float AS hours, '/programmes/' || p.id AS link
         FROM enrolment e JOIN programme p ON p.id = e.programme_id WHERE e.participant_id = $1
       UNION ALL
       SELECT c.issued_on::timestamptz, 'CERTIFICATE', c.programme_title, c.code, c.hours::float, '/certificates/' || c.code || '/print'
         FROM certificate c JOIN enrolment e ON e.id = c.enrolment_id WHERE e.participant_id = $1
       UNION ALL
       SELECT mc.created_at, 'MENTOR_CREDENTIAL', mc.kind::text, mc.source::text, NULL, '/mentors/' || m.id
         FROM mentor_credential mc JOIN mentor m ON m.id = mc.mentor_id WHERE m.participant_id = $1
       UNION ALL
       SELECT lower(ma.during), 'MENTOR_ASSIGNMENT', p.title_ko, ma.status::text,
              CASE WHEN ma.verified_at IS NOT NULL THEN round(ma.logged_minutes / 60.0, 1)::float END, '/mentors/' || m.id
         FROM mentor_assignment ma JOIN mentor m ON m.id = ma.mentor_id JOIN programme p ON p.id = ma.programme_id WHERE m.participant_id = $1
       UNION ALL
       SELECT r.created_at, 'REFERRAL', r.reason::text, r.status::text, NULL, '/referrals/' || r.id FROM referral r WHERE r.participant_id = $1
       UNION ALL
       SELECT g.created_at, 'GOAL', g.title, g.status::text, NULL, NULL FROM goal g WHERE g.participant_id = $1
       UNION ALL
       SELECT o.occurred_on::timestamptz, 'OUTCOME', o.kind::text, coalesce(o.employment_type::text, o.certificate_name, o.source::text), NULL, NULL FROM outcome o WHERE o.participant_id = $1
       UNION ALL
       SELECT ap.joined_at, 'ACTIVITY', ac.title, ac.kind::text, ap.hours::float, '/activities/' || ac.id
         FROM activity_participant ap JOIN activity ac ON ac.id = ap.activity_id WHERE ap.participant_id = $1
       UNION ALL
       SELECT f.due_on::timestamptz, 'FOLLOW_UP', p.title_ko, f.status::text, f.months::float, NULL
         FROM follow_up f JOIN programme p ON p.id = f.programme_id WHERE f.participant_id = $1
     ) j ORDER BY at DESC, kind LIMIT ${JOURNEY_LIMIT}`,
    [participantId],
  );
}
