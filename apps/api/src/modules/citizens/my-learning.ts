import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ConsentPurpose, EducationDomain, EnrolmentStatus, PersonalField } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { isUuid } from '../../core/graphql/pagination';
import { ApplicantPlaces } from '../enrolments';
import { ApplicantRecords } from '../participants';
import type { Person } from './citizen-sessions';

export interface MyEnrolment {
  id: string;
  programmeId: string;
  title: string;
  host: string;
  status: EnrolmentStatus;
  waitlistPosition: number | null;
  nextSession: Date | null;
  place: string | null;
  sessions: number;
  attended: number;
  hours: number;
  certificateCode: string | null;
  applicationNumber: number | null;
}

export interface MyConsent {
  id: string;
  purpose: ConsentPurpose;
  holder: string;
  recipient: string | null;
  items: PersonalField[];
  retentionUntil: string;
  givenAt: Date;
  withdrawnAt: Date | null;
}

export interface MyLearning {
  enrolments: MyEnrolment[];
  /** Applications still waiting for a draw or a review (the rest show as their enrolments). */
  pending: Array<{ number: number; title: string; host: string; programmeId: string }>;
  hours: Array<{ year: number; domain: EducationDomain; hours: number }>;
  consents: MyConsent[];
  referrals: Array<{ from: string; to: string; status: string; items: PersonalField[]; sentAt: Date }>;
  /** A mentor's time by year: logged, and verified by the hosts (what counts). */
  mentorHours: Array<{ year: number; logged: number; verified: number }>;
}

/** At most this many rows of each kind on the page (a person's lifetime of courses fits many times over). */
const MAX_ROWS = 200;

/** The person's consents ($1: their records), with what each allows and to whom. */
const CONSENTS = `SELECT c.id, c.purpose, o.name_ko AS holder, r.name_ko AS recipient, c.items::text[] AS items,
         c.retention_until::text AS "retentionUntil", c.given_at AS "givenAt", c.withdrawn_at AS "withdrawnAt"
    FROM consent c JOIN organization o ON o.id = c.organization_id LEFT JOIN organization r ON r.id = c.recipient_organization_id
   WHERE c.participant_id = ANY($1::uuid[])`;

/**
 * What the citizen's own space shows, across every organization holding them (a read model: one statement per kind,
 * each bounded). Each view is logged as the person's own access, one row per record read.
 */
@Injectable()
export class MyLearningReader {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly places: ApplicantPlaces,
    private readonly records: ApplicantRecords,
  ) {}

  /** Everything the space shows; the read logged under `purpose` (null: the caller logs it, with the fields it reads). */
  async read(ctx: RequestContext, person: Person, purpose: string | null = 'citizen:my-learning'): Promise<MyLearning> {
    const ids = person.holdings.map((h) => h.participantId);
    if (!ids.length) return { enrolments: [], pending: [], hours: [], consents: [], referrals: [], mentorHours: [] };
    const em = this.db.manager;
    const [enrolments, pending, hours, consents, referrals, mentorHours] = await Promise.all([
      this.enrolments(em, ids),
      em.query(
        `SELECT a.number, p.title_ko AS title, o.name_ko AS host, p.id AS "programmeId" FROM application a
           JOIN programme p ON p.id = a.programme_id JOIN organization o ON o.id = p.host_organization_id
          WHERE a.participant_id = ANY($1::uuid[]) AND a.status = 'PENDING' ORDER BY a.number DESC LIMIT ${MAX_ROWS}`,
        [ids],
      ),
      em.query(
        `SELECT extract(year FROM s.starts_at AT TIME ZONE 'Asia/Seoul')::int AS year, p.domain, round(sum(a.minutes) / 60.0, 1)::float AS hours
           FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id JOIN programme_session s ON s.id = a.session_id
           JOIN programme p ON p.id = e.programme_id
          WHERE e.participant_id = ANY($1::uuid[]) AND a.minutes > 0 GROUP BY 1, 2 ORDER BY 1 DESC, 2`,
        [ids],
      ),
      em.query(`${CONSENTS} ORDER BY c.withdrawn_at IS NOT NULL, c.given_at DESC LIMIT ${MAX_ROWS}`, [ids]),
      em.query(
        `SELECT f.name_ko AS "from", t.name_ko AS "to", r.status, coalesce(c.items::text[], '{}') AS items, r.created_at AS "sentAt"
           FROM referral r JOIN organization f ON f.id = r.from_organization_id JOIN organization t ON t.id = r.to_organization_id
           LEFT JOIN consent c ON c.id = r.consent_id
          WHERE r.participant_id = ANY($1::uuid[]) ORDER BY r.created_at DESC LIMIT ${MAX_ROWS}`,
        [ids],
      ),
      em.query(
        `SELECT extract(year FROM lower(a.during) AT TIME ZONE 'Asia/Seoul')::int AS year, round(sum(a.logged_minutes) / 60.0, 1)::float AS logged,
                round(coalesce(sum(a.logged_minutes) FILTER (WHERE a.verified_at IS NOT NULL), 0) / 60.0, 1)::float AS verified
           FROM mentor_assignment a JOIN mentor m ON m.id = a.mentor_id
          WHERE m.participant_id = ANY($1::uuid[]) AND a.logged_minutes IS NOT NULL GROUP BY 1 ORDER BY 1 DESC LIMIT 50`,
        [ids],
      ),
    ]);
    if (purpose) await this.logOwnAccess(ctx, person, purpose);
    return { enrolments, pending, hours, consents, referrals, mentorHours } as MyLearning;
  }

  /** One of the person's consents still in force (for its confirmation page), or null. */
  async consent(ctx: RequestContext, person: Person, id: string): Promise<MyConsent | null> {
    const ids = person.holdings.map((h) => h.participantId);
    if (!ids.length || !isUuid(id)) return null;
    const [c] = (await this.db.query(`${CONSENTS} AND c.id = $2 AND c.withdrawn_at IS NULL`, [ids, id])) as MyConsent[];
    if (c) await this.logOwnAccess(ctx, person, 'citizen:consents');
    return c ?? null;
  }

  private async enrolments(em: EntityManager, ids: string[]): Promise<MyEnrolment[]> {
    const rows = (await em.query(
      `SELECT e.id, e.programme_id AS "programmeId", p.title_ko AS title, o.name_ko AS host, e.status,
              n.starts_at AS "nextSession", n.place,
              (SELECT count(*)::int FROM programme_session s WHERE s.programme_id = e.programme_id AND s.cancelled_at IS NULL) AS sessions,
              (SELECT count(*)::int FROM attendance a WHERE a.enrolment_id = e.id AND a.status IN ('PRESENT', 'LATE')) AS attended,
              (SELECT round(coalesce(sum(a.minutes), 0) / 60.0, 1)::float FROM attendance a WHERE a.enrolment_id = e.id) AS hours,
              c.code AS "certificateCode", ap.number AS "applicationNumber"
         FROM enrolment e JOIN programme p ON p.id = e.programme_id JOIN organization o ON o.id = p.host_organization_id
         LEFT JOIN certificate c ON c.enrolment_id = e.id
         LEFT JOIN application ap ON ap.enrolment_id = e.id
         LEFT JOIN LATERAL (SELECT s.starts_at, coalesce(v.name, CASE WHEN s.online_url IS NOT NULL THEN '온라인' END) AS place
                              FROM programme_session s LEFT JOIN venue v ON v.id = s.venue_id
                             WHERE s.programme_id = e.programme_id AND s.cancelled_at IS NULL AND s.starts_at > now()
                             ORDER BY s.starts_at LIMIT 1) n ON e.status IN ('ENROLLED', 'WAITLISTED', 'APPLIED')
        WHERE e.participant_id = ANY($1::uuid[])
        ORDER BY e.status IN ('ENROLLED', 'WAITLISTED', 'APPLIED') DESC, p.starts_on DESC, e.id LIMIT ${MAX_ROWS}`,
      [ids],
    )) as Array<Omit<MyEnrolment, 'waitlistPosition'>>;
    const standings = await this.places.standings(
      em,
      rows.filter((r) => r.status === 'WAITLISTED').map((r) => r.id),
    );
    return rows.map((r) => ({ ...r, waitlistPosition: standings.get(r.id)?.waitlistPosition ?? null }));
  }

  /** The person's own reading, logged against each record read (no staff reader: user null, purpose `citizen:…`). */
  logOwnAccess(ctx: RequestContext, person: Person, purpose: string): Promise<void> {
    return this.records.logOwnReads(ctx, person.holdings, [], '본인 조회', purpose);
  }
}
