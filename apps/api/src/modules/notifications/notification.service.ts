import { Injectable } from '@nestjs/common';
import {
  DEFAULT_EMAIL_CHANNEL,
  NOTIFICATION_KINDS,
  seoulDate,
  seoulInstant,
  type EmailChannel,
  type NotificationKind,
} from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { EventBus } from '../../core/events/event-bus';
import { LiveEvents } from '../../core/live/live-events';
import { isUuid, type Page } from '../../core/graphql/pagination';
import { Notification, NotificationPreference } from './notification.entity';
import './notifications.events';

/** What to tell whom: made by a handler of a domain event. */
export interface Tell {
  kind: NotificationKind;
  userIds: readonly string[];
  organizationId: string | null;
  title: { ko: string; en: string };
  link: string;
  /** What caused it, unique per person (`task-assigned:<id>`): telling twice tells once. */
  sourceKey: string;
}

/** The topic of one person's live notifications (their subscription listens to it alone). */
export const notificationTopic = (userId: string) => `notification:${userId}`;

/** Unread counts stop here (the bell shows 99+): the count reads at most this many index entries. */
export const UNREAD_CAP = 100;

/** The next 08:00 in Seoul after `now`. */
export function nextDigestAt(now = new Date()): Date {
  const today = seoulInstant(seoulDate(now), '08:00');
  return today.getTime() > now.getTime() ? today : new Date(today.getTime() + 86_400_000);
}

/**
 * A person's notifications: made once per (person, cause) in the transaction of the work that caused them (an outbox
 * delivery), sent live to their open pages on every replica at commit, and e-mailed at once or in the morning's digest
 * as they chose. Each person reads and marks only their own; another's id answers NOT_FOUND.
 */
@Injectable()
export class NotificationService {
  constructor(
    private readonly tx: Transactions,
    private readonly live: LiveEvents,
    private readonly events: EventBus,
  ) {}

  /** Tells people (inside the caller's transaction): rows, live messages at commit, e-mail as each person chose. */
  async tell(ctx: RequestContext, t: Tell): Promise<Notification[]> {
    const userIds = [...new Set(t.userIds)];
    if (!userIds.length) return [];
    const em = this.tx.readOwnWrites(ctx);
    const made = (await em.query(
      `INSERT INTO notification (user_id, organization_id, kind, title_ko, title_en, link, source_key)
       SELECT u, $2, $3, $4, $5, $6, $7 FROM unnest($1::uuid[]) u
       ON CONFLICT (user_id, source_key) DO NOTHING
       RETURNING id, user_id AS "userId", organization_id AS "organizationId", kind, title_ko AS "titleKo", title_en AS "titleEn", link, read_at AS "readAt", created_at AS "createdAt"`,
      [
        userIds,
        t.organizationId,
        t.kind,
        t.title.ko.slice(0, 300),
        t.title.en.slice(0, 300),
        t.link.slice(0, 300),
        t.sourceKey.slice(0, 200),
      ],
    )) as Notification[];
    if (!made.length) return [];
    const channels = await this.channelsOf(
      ctx,
      made.map((n) => n.userId),
      t.kind,
    );
    await this.live.publish(
      ctx,
      made.map((n) => ({ topic: notificationTopic(n.userId), payload: { notificationAdded: n } })),
    );
    for (const n of made)
      if (channels.get(n.userId) === 'IMMEDIATE') await this.events.publish(ctx, 'notification.mail', { notificationId: n.id });
    await this.scheduleDigests(
      ctx,
      made.filter((n) => channels.get(n.userId) === 'DIGEST').map((n) => n.userId),
    );
    return made;
  }

  async list(ctx: RequestContext, args: { offset: number; limit: number; unreadOnly?: boolean | null }): Promise<Page<Notification>> {
    const qb = this.tx.readOwnWrites(ctx).getRepository(Notification).createQueryBuilder('n').where('n.user_id = :me', { me: ctx.userId });
    if (args.unreadOnly) qb.andWhere('n.read_at IS NULL');
    const [items, totalCount] = await qb
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .skip(args.offset)
      .take(args.limit)
      .getManyAndCount();
    return { items, totalCount, offset: args.offset, limit: args.limit };
  }

  /** Unread notifications of the caller, counted up to UNREAD_CAP over the partial index of unread rows. */
  async unreadCount(ctx: RequestContext): Promise<number> {
    const [row] = (await this.tx
      .readOwnWrites(ctx)
      .query('SELECT count(*)::int AS n FROM (SELECT 1 FROM notification WHERE user_id = $1 AND read_at IS NULL LIMIT $2) x', [
        ctx.userId,
        UNREAD_CAP,
      ])) as Array<{ n: number }>;
    return row!.n;
  }

  /** Marks the caller's notifications read (these ids, or all); another person's id is NOT_FOUND. Returns the unread count. */
  async markRead(ctx: RequestContext, ids: readonly string[] | null): Promise<number> {
    await this.tx.run(ctx, async (em) => {
      if (ids === null) {
        await em.query('UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL', [ctx.userId]);
        return;
      }
      if (!ids.every(isUuid)) throw new AppError('NOTIFICATION_NOT_FOUND');
      const rows = (await em.query(
        'WITH marked AS (UPDATE notification SET read_at = COALESCE(read_at, now()) WHERE user_id = $1 AND id = ANY($2::uuid[]) RETURNING id) SELECT id FROM marked',
        [ctx.userId, ids],
      )) as unknown[];
      if (rows.length !== new Set(ids).size) throw new AppError('NOTIFICATION_NOT_FOUND');
    });
    return this.unreadCount(ctx);
  }

  /** The caller's e-mail choice for every kind (the default where they chose nothing). */
  async preferences(ctx: RequestContext): Promise<Array<{ kind: NotificationKind; email: EmailChannel }>> {
    const mine = await this.tx.readOwnWrites(ctx).find(NotificationPreference, { where: { userId: ctx.userId! } });
    return NOTIFICATION_KINDS.map((kind) => ({ kind, email: mine.find((p) => p.kind === kind)?.email ?? DEFAULT_EMAIL_CHANNEL[kind] }));
  }

  async setPreference(
    ctx: RequestContext,
    kind: NotificationKind,
    email: EmailChannel,
  ): Promise<Array<{ kind: NotificationKind; email: EmailChannel }>> {
    await this.tx.run(ctx, (em) => em.upsert(NotificationPreference, { userId: ctx.userId!, kind, email }, ['userId', 'kind']));
    return this.preferences(ctx);
  }

  private async channelsOf(ctx: RequestContext, userIds: readonly string[], kind: NotificationKind): Promise<Map<string, EmailChannel>> {
    const rows = (await this.tx
      .readOwnWrites(ctx)
      .query('SELECT user_id AS "userId", email FROM notification_preference WHERE kind = $1 AND user_id = ANY($2::uuid[])', [
        kind,
        userIds,
      ])) as Array<{
      userId: string;
      email: EmailChannel;
    }>;
    return new Map(userIds.map((u) => [u, rows.find((r) => r.userId === u)?.email ?? DEFAULT_EMAIL_CHANNEL[kind]]));
  }

  /** One digest per person at a time: the row is the schedule, its outbox message the alarm (only new rows get one). */
  private async scheduleDigests(ctx: RequestContext, userIds: readonly string[]): Promise<void> {
    if (!userIds.length) return;
    const dueAt = nextDigestAt();
    const made = (await this.tx
      .readOwnWrites(ctx)
      .query(
        'INSERT INTO notification_digest (user_id, due_at) SELECT u, $2 FROM unnest($1::uuid[]) u ON CONFLICT (user_id) DO NOTHING RETURNING user_id AS "userId"',
        [userIds, dueAt],
      )) as Array<{
      userId: string;
    }>;
    for (const { userId } of made) await this.events.publish(ctx, 'notification.digest', { userId }, { at: dueAt });
  }
}
