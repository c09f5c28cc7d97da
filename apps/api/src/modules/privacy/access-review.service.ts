import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { seoulDate } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { AuditService } from '../../core/audit/audit.service';
import { Transactions } from '../../core/database/transaction';
import type { AccessReview, AccessReviewFlag, AccessReviewMonth, AccessReviewReader } from './access-review.dto';

/** More different people than this read by one person in one day is flagged (VOLUME). */
export const UNUSUAL_PEOPLE_A_DAY = 100;
/** Rows shown per list: the officer's page stays readable; the figures count everything. */
const LIST_MAX = 200;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The monthly access-log review (접속기록 점검): an organization's personal-data access log and downloads for one
 * month (Seoul), by reader and by purpose, with the patterns an auditor looks for flagged; the privacy officer (the
 * organization's admin) signs it with a note once the month has ended, and the signed figures are kept as written.
 */
@Injectable()
export class AccessReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly audit: AuditService,
  ) {}

  private monthOf(month: string): { first: string; ended: boolean } {
    const current = seoulDate().slice(0, 7);
    if (!MONTH.test(month) || month > current) throw new AppError('ACCESS_REVIEW_MONTH_INVALID');
    return { first: `${month}-01`, ended: month < current };
  }

  async review(ctx: RequestContext, month: string): Promise<AccessReview> {
    const { first, ended } = this.monthOf(month);
    const org = ctx.activeOrganizationId!;
    const range = `($2::date)::timestamp AT TIME ZONE 'Asia/Seoul'`;
    const until = `(($2::date + interval '1 month'))::timestamp AT TIME ZONE 'Asia/Seoul'`;
    const [readers, purposes, downloads, [threshold], [signed]] = (await Promise.all([
      this.db.query(
        `WITH a AS (
           SELECT a.user_id, a.participant_id, (a.occurred_at AT TIME ZONE 'Asia/Seoul') AS local
             FROM personal_data_access a
            WHERE a.organization_id = $1 AND a.occurred_at >= ${range} AND a.occurred_at < ${until}),
         people AS (SELECT DISTINCT participant_id FROM a),
         idle AS (
           SELECT p.participant_id FROM people p
            WHERE NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.participant_id = p.participant_id AND e.status IN ('APPLIED', 'ENROLLED', 'WAITLISTED'))
              AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.participant_id = p.participant_id AND r.status IN ('SUBMITTED', 'ACCEPTED', 'ENGAGED'))
              AND NOT EXISTS (SELECT 1 FROM follow_up f JOIN enrolment e ON e.id = f.enrolment_id
                               WHERE e.participant_id = p.participant_id AND f.status = 'PENDING')),
         days AS (SELECT user_id, local::date, count(DISTINCT participant_id) AS n FROM a GROUP BY 1, 2),
         downloads AS (
           SELECT user_id, count(*) AS n, sum(people) AS people FROM personal_data_download
            WHERE organization_id = $1 AND occurred_at >= ${range} AND occurred_at < ${until} GROUP BY 1)
         SELECT coalesce(u.display_name, '(삭제된 계정)') AS name, count(*)::int AS reads, count(DISTINCT a.participant_id)::int AS people,
                count(*) FILTER (WHERE extract(hour FROM a.local) NOT BETWEEN 8 AND 19 OR extract(isodow FROM a.local) >= 6)::int AS "outsideHours",
                count(*) FILTER (WHERE a.participant_id IN (SELECT participant_id FROM idle))::int AS "withoutOpenWork",
                (SELECT max(n) FROM days d WHERE d.user_id IS NOT DISTINCT FROM a.user_id)::int AS "busiestDay",
                coalesce(max(dl.n), 0)::int AS downloads, coalesce(max(dl.people), 0)::int AS "peopleDownloaded"
           FROM a LEFT JOIN app_user u ON u.id = a.user_id LEFT JOIN downloads dl ON dl.user_id IS NOT DISTINCT FROM a.user_id
          GROUP BY a.user_id, u.display_name ORDER BY count(*) DESC LIMIT ${LIST_MAX}`,
        [org, first],
      ),
      this.db.query(
        `SELECT purpose, count(*)::int AS reads, count(DISTINCT participant_id)::int AS people FROM personal_data_access
          WHERE organization_id = $1 AND occurred_at >= ${range} AND occurred_at < ${until}
          GROUP BY purpose ORDER BY count(*) DESC LIMIT ${LIST_MAX}`,
        [org, first],
      ),
      this.db.query(
        `SELECT d.occurred_at AS at, coalesce(u.display_name, '(삭제된 계정)') AS name, d.purpose, d.people, d.reason
           FROM personal_data_download d LEFT JOIN app_user u ON u.id = d.user_id
          WHERE d.organization_id = $1 AND d.occurred_at >= ${range} AND d.occurred_at < ${until}
          ORDER BY d.people DESC, d.occurred_at DESC LIMIT ${LIST_MAX}`,
        [org, first],
      ),
      this.db.query('SELECT coalesce((SELECT bulk_reason_threshold FROM personal_data_policy WHERE organization_id = $1), 1000) AS n', [
        org,
      ]),
      this.db.query(
        `SELECT u.display_name AS "signedBy", r.signed_at AS "signedAt", r.note FROM access_review r JOIN app_user u ON u.id = r.signed_by_id
          WHERE r.organization_id = $1 AND r.month = $2`,
        [org, first],
      ),
    ])) as [
      AccessReviewReader[],
      AccessReview['purposes'],
      AccessReview['downloads'],
      [{ n: number }],
      [AccessReview['signOff'] | undefined],
    ];
    const flags: AccessReviewFlag[] = [
      ...readers.filter((r) => r.busiestDay > UNUSUAL_PEOPLE_A_DAY).map((r) => flag('VOLUME', r.name, r.busiestDay)),
      ...readers.filter((r) => r.outsideHours > 0).map((r) => flag('OUTSIDE_HOURS', r.name, r.outsideHours)),
      ...readers.filter((r) => r.withoutOpenWork > 0).map((r) => flag('NO_OPEN_WORK', r.name, r.withoutOpenWork)),
      // Asked for its reason at the time, or above today's threshold.
      ...downloads.filter((d) => d.reason !== null || d.people > threshold.n).map((d) => flag('BULK_DOWNLOAD', d.name, d.people)),
    ];
    const totalReads = readers.reduce((n, r) => n + r.reads, 0);
    return { month, totalReads, readers, purposes, downloads, flags, signOff: signed ?? null, ended };
  }

  /** The last twelve months: how much was read and whether each was signed. */
  async months(ctx: RequestContext): Promise<AccessReviewMonth[]> {
    return (await this.db.query(
      `WITH m AS (SELECT to_char(d, 'YYYY-MM') AS month, d::date AS first
                    FROM generate_series(date_trunc('month', (now() AT TIME ZONE 'Asia/Seoul')) - interval '11 months',
                                         date_trunc('month', (now() AT TIME ZONE 'Asia/Seoul')), interval '1 month') d)
       SELECT m.month,
              (SELECT count(*) FROM personal_data_access a WHERE a.organization_id = $1
                  AND a.occurred_at >= m.first::timestamp AT TIME ZONE 'Asia/Seoul'
                  AND a.occurred_at < (m.first + interval '1 month')::timestamp AT TIME ZONE 'Asia/Seoul')::int AS reads,
              EXISTS (SELECT 1 FROM access_review r WHERE r.organization_id = $1 AND r.month = m.first) AS signed
         FROM m ORDER BY m.month DESC`,
      [ctx.activeOrganizationId],
    )) as AccessReviewMonth[];
  }

  /** The officer's signature with a note, once the month has ended; the figures signed are kept with it. */
  async sign(ctx: RequestContext, month: string, note: string): Promise<AccessReview> {
    const review = await this.review(ctx, month);
    if (!review.ended) throw new AppError('ACCESS_REVIEW_MONTH_OPEN', { params: { month } });
    if (review.signOff) throw new AppError('ACCESS_REVIEW_SIGNED', { params: { month } });
    const { signOff: _none, ...figures } = review;
    await this.tx.run(ctx, async (em) => {
      await em.query('INSERT INTO access_review (organization_id, month, signed_by_id, note, figures) VALUES ($1, $2, $3, $4, $5)', [
        ctx.activeOrganizationId,
        `${month}-01`,
        ctx.userId,
        note.trim(),
        JSON.stringify(figures),
      ]);
      await this.audit.record(ctx, {
        action: 'organization.access_review_signed',
        entityType: 'organization',
        entityId: ctx.activeOrganizationId!,
        organizationId: ctx.activeOrganizationId,
        changes: { month: [null, month], flags: [null, figures.flags.length] },
      });
    });
    return this.review(ctx, month);
  }
}

const flag = (kind: AccessReviewFlag['kind'], name: string, count: number): AccessReviewFlag => ({ kind, name, count });
