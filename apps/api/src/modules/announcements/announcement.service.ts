import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ANNOUNCEMENT_PIN_MAX_DAYS, Permission, seoulDate } from '@lalaland/shared';
import { AccessService } from '../../core/access/access.service';
import { AuditService } from '../../core/audit/audit.service';
import { RequestContext, byIds } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError, problem } from '../../core/errors/app-error';
import { EventBus } from '../../core/events/event-bus';
import type { Page } from '../../core/graphql/pagination';
import { FundingService, STREAM_MEMBERS } from '../funding';
import { ANNOUNCEMENT_ACCESS } from './announcement.access';
import { Announcement, AnnouncementReceipt } from './announcement.entity';
import type { AnnouncementInput, AnnouncementsArgs } from './announcements.dto';
import './announcements.events';
import { RecordGrantFor, type RecordGrant } from '../../core/records/record-access';
import { ANNOUNCEMENTS_FIELDS } from './announcements.errors';
import { PROGRAMMES } from '../programmes';
import { MEMBERSHIPS } from '../auth';

export interface Reach {
  organizationId: string;
  audience: number;
  read: number;
  firstReadAt: Date | null;
}

/** Announcements to a stream's members: posted, listed (pinned first), read receipts per person and per organization. */
@Injectable()
export class AnnouncementService {
  constructor(
    private readonly tx: Transactions,
    private readonly accessLayer: AccessService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly funding: FundingService,
  ) {}

  /** Documents of an announcement: whoever it reaches reads them; its sender adds. */
  @RecordGrantFor('ANNOUNCEMENT')
  async recordGrant(ctx: RequestContext, id: string): Promise<RecordGrant> {
    const g = await this.accessLayer.require(ctx, ANNOUNCEMENT_ACCESS, id);
    return { write: !!g.canEdit && ctx.can(Permission.CoordinationWrite), personal: false };
  }

  /** The caller's capabilities on one announcement (its policy's), or null where it may not see it: batched per request tick. */
  granted(ctx: RequestContext, id: string) {
    return this.accessLayer.find(ctx, ANNOUNCEMENT_ACCESS, id);
  }

  byId(ctx: RequestContext) {
    return ctx.loader<Announcement>('announcement.byId', async (ids) =>
      byIds(
        ids,
        await this.tx
          .readOwnWrites(ctx)
          .getRepository(Announcement)
          .findBy({ id: In([...ids]) }),
      ),
    );
  }

  async get(ctx: RequestContext, id: string): Promise<Announcement> {
    return (await this.accessLayer.load(ctx, ANNOUNCEMENT_ACCESS, this.byId(ctx), id)).row;
  }

  /** What the caller may see: pinned ones (until their day) first, then the newest. */
  async list(ctx: RequestContext, args: AnnouncementsArgs): Promise<Page<Announcement>> {
    const qb = this.accessLayer.filter(ctx, ANNOUNCEMENT_ACCESS, this.db.getRepository(Announcement).createQueryBuilder('a'), 'a');
    if (args.unreadOnly)
      qb.andWhere('NOT EXISTS (SELECT 1 FROM announcement_receipt r WHERE r.announcement_id = a.id AND r.user_id = :me)', {
        me: ctx.userId,
      });
    qb.orderBy('CASE WHEN a.pinned_until >= :today THEN 0 ELSE 1 END', 'ASC')
      .setParameter('today', seoulDate())
      .addOrderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC');
    const [items, totalCount] = await qb.skip(args.offset).take(args.limit).getManyAndCount();
    for (const a of items) this.byId(ctx).prime(a.id, a);
    return { items, totalCount, offset: args.offset, limit: args.limit };
  }

  async publish(ctx: RequestContext, input: AnnouncementInput): Promise<Announcement> {
    const org = ctx.activeOrganizationId;
    if (!org) throw new AppError('FORBIDDEN');
    const stream = await this.funding.findAccess(ctx, input.streamId);
    if (!stream?.memberRole) throw new AppError('ANNOUNCEMENT_STREAM_NOT_MEMBER');
    const audience = [...new Set(input.audienceOrganizationIds ?? [])];
    if (audience.length) {
      const members = new Set((await this.funding.members(ctx, input.streamId)).map((m) => m.organizationId));
      if (audience.some((o) => !members.has(o))) throw new AppError('ANNOUNCEMENT_AUDIENCE_NOT_MEMBER');
    }
    if (
      input.pinnedUntil &&
      (input.pinnedUntil < seoulDate() || input.pinnedUntil > seoulDate(Date.now() + ANNOUNCEMENT_PIN_MAX_DAYS * 86_400_000))
    )
      throw new AppError('ANNOUNCEMENT_PIN_TOO_LONG', {
        fields: [problem('pinnedUntil', 'max', ANNOUNCEMENTS_FIELDS.pinnedUntilMax)],
      });
    return this.tx.run(ctx, async (em) => {
      const a = em.create(Announcement, {
        organizationId: org,
        streamId: input.streamId,
        audienceOrganizationIds: audience,
        audienceRoles: [...new Set(input.audienceRoles ?? [])],
        audiencePillars: [...new Set(input.audiencePillars ?? [])],
        title: input.title.trim(),
        body: input.body.trim(),
        pinnedUntil: input.pinnedUntil ?? null,
        createdById: ctx.userId,
      });
      await em.save(a);
      // The sender has read their own announcement.
      await em.insert(AnnouncementReceipt, { announcementId: a.id, userId: ctx.userId!, organizationId: org });
      await this.audit.record(ctx, {
        action: 'announcement.publish',
        entityType: 'announcement',
        entityId: a.id,
        organizationId: org,
        changes: { title: [null, a.title] },
      });
      await this.events.publish(ctx, 'announcement.published', {
        announcementId: a.id,
        title: a.title,
        fromOrganizationId: org,
        streamId: a.streamId,
        audienceOrganizationIds: a.audienceOrganizationIds,
        audienceRoles: a.audienceRoles,
        audiencePillars: a.audiencePillars,
      });
      return a;
    });
  }

  /** The caller has read it (the first time counts); answers the announcement. */
  async markRead(ctx: RequestContext, id: string): Promise<Announcement> {
    const a = await this.get(ctx, id);
    if (ctx.userId && ctx.activeOrganizationId)
      await this.tx.run(ctx, (em) =>
        em.query(
          'INSERT INTO announcement_receipt (announcement_id, user_id, organization_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
          [a.id, ctx.userId, ctx.activeOrganizationId],
        ),
      );
    return a;
  }

  /** Read by me, for a page of announcements (one statement per request tick). */
  readByMe(ctx: RequestContext) {
    return ctx.loader<boolean>('announcement.readByMe', async (ids) => {
      const rows = (await this.tx
        .readOwnWrites(ctx)
        .query('SELECT announcement_id AS id FROM announcement_receipt WHERE user_id = $1 AND announcement_id = ANY($2::uuid[])', [
          ctx.userId,
          [...ids],
        ])) as Array<{ id: string }>;
      const read = new Set(rows.map((r) => r.id));
      return ids.map((id) => read.has(id));
    });
  }

  /**
   * For the sender: each organization it is for, its people in the audience and how many have read it. Organizations
   * with nobody who read it are "who has not read it".
   */
  async reach(ctx: RequestContext, a: Announcement): Promise<Reach[] | null> {
    if (!(await this.accessLayer.find(ctx, ANNOUNCEMENT_ACCESS, a.id))?.canEdit) return null;
    return (await this.tx.readOwnWrites(ctx).query(
      `SELECT sm.organization_id AS "organizationId",
              (SELECT count(*)::int FROM ${MEMBERSHIPS} m WHERE m.organization_id = sm.organization_id AND (cardinality($3::text[]) = 0 OR m.role::text = ANY($3::text[]))) AS audience,
              count(r.user_id)::int AS read, min(r.read_at) AS "firstReadAt"
         FROM ${STREAM_MEMBERS} sm
         LEFT JOIN announcement_receipt r ON r.announcement_id = $1 AND r.organization_id = sm.organization_id
        WHERE sm.stream_id = $2 AND (cardinality($4::uuid[]) = 0 OR sm.organization_id = ANY($4::uuid[])) AND sm.organization_id <> $5
          AND (cardinality($6::text[]) = 0 OR EXISTS (SELECT 1 FROM ${PROGRAMMES} ap WHERE ap.stream_id = $2 AND ap.host_organization_id = sm.organization_id AND ap.pillar::text = ANY($6::text[])))
        GROUP BY sm.organization_id
        ORDER BY count(r.user_id) = 0 DESC, sm.organization_id`,
      [a.id, a.streamId, a.audienceRoles, a.audienceOrganizationIds, a.organizationId, a.audiencePillars],
    )) as Reach[];
  }
}
