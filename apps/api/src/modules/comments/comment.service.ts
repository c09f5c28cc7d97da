import { Injectable } from '@nestjs/common';
import { COMMENT_EDIT_MINUTES, type CommentRecordType } from '@lalaland/shared';
import { AuditService } from '../../core/audit/audit.service';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { EventBus } from '../../core/events/event-bus';
import { UserDirectory } from '../auth';
import { FundingService } from '../funding';
import { RecordAccess } from '../../core/records/record-access';
import { Comment } from './comment.entity';
import type { CommentInput } from './comments.dto';
import './comments.events';

const LINKS: Readonly<Record<CommentRecordType, (id: string) => string>> = {
  PROGRAMME: (id) => `/programmes/${id}`,
  EXPENDITURE: () => `/funding`,
  REFERRAL: (id) => `/referrals/${id}`,
  MEETING: (id) => `/meetings/${id}`,
  TASK: (id) => `/tasks/${id}`,
};

/**
 * Comments on records: read by whoever sees the record; written by people with the coordination permission; a mention
 * is allowed only of someone who sees the record themselves (checked with their own membership), and tells them.
 */
@Injectable()
export class CommentService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly records: RecordAccess,
    private readonly directory: UserDirectory,
    private readonly funding: FundingService,
  ) {}

  /**
   * A record's comments. A recipient of data shared under a consent (a referral's) reads the holder's comments only
   * while the consent is in force, each reading of them a provision; its own organization's always.
   */
  async list(ctx: RequestContext, recordType: CommentRecordType, recordId: string): Promise<Comment[]> {
    const grant = await this.records.grant(ctx, recordType, recordId);
    const shared = grant.sharedUnder;
    const comments = await this.tx
      .readOwnWrites(ctx)
      .getRepository(Comment)
      .find({
        where: { recordType, recordId, ...(shared && !shared.inForce ? { organizationId: ctx.activeOrganizationId! } : {}) },
        order: { createdAt: 'ASC' },
        take: 200,
      });
    const theirs = comments.filter((c) => c.organizationId !== ctx.activeOrganizationId && !c.deletedAt).length;
    if (shared && theirs) await shared.logRead(`comments: ${theirs}`);
    return comments;
  }

  async add(ctx: RequestContext, input: CommentInput): Promise<Comment> {
    await this.records.grant(ctx, input.recordType, input.recordId);
    const mentions = await this.mentionable(ctx, input);
    return this.tx.run(ctx, async (em) => {
      const c = await em.save(
        em.create(Comment, {
          recordType: input.recordType,
          recordId: input.recordId,
          organizationId: ctx.activeOrganizationId!,
          authorId: ctx.userId!,
          body: input.body.trim(),
          mentionedUserIds: mentions.map((m) => m.userId),
          editedAt: null,
          deletedAt: null,
        }),
      );
      await this.audit.record(ctx, {
        action: 'comment.create',
        entityType: 'comment',
        entityId: c.id,
        organizationId: ctx.activeOrganizationId,
      });
      if (mentions.length)
        await this.events.publish(ctx, 'comment.mentioned', {
          commentId: c.id,
          link: LINKS[input.recordType](input.recordId),
          authorName: ctx.user!.displayName,
          excerpt: c.body.slice(0, 80),
          mentions,
        });
      return c;
    });
  }

  /** The author edits within COMMENT_EDIT_MINUTES (a mention added later is not told again). */
  async edit(ctx: RequestContext, id: string, body: string): Promise<Comment> {
    const c = await this.own(ctx, id);
    if (Date.now() - c.createdAt.getTime() > COMMENT_EDIT_MINUTES * 60_000) throw new AppError('COMMENT_EDIT_EXPIRED');
    return this.tx.run(ctx, async (em) => {
      c.body = body.trim();
      c.editedAt = new Date();
      await em.save(c);
      await this.audit.record(ctx, {
        action: 'comment.edit',
        entityType: 'comment',
        entityId: c.id,
        organizationId: ctx.activeOrganizationId,
      });
      return c;
    });
  }

  /** The author deletes their own: the words go, a trace stays ("삭제된 댓글"). */
  async remove(ctx: RequestContext, id: string): Promise<Comment> {
    const c = await this.own(ctx, id);
    return this.tx.run(ctx, async (em) => {
      c.body = '';
      c.deletedAt = new Date();
      await em.save(c);
      await this.audit.record(ctx, {
        action: 'comment.delete',
        entityType: 'comment',
        entityId: c.id,
        organizationId: ctx.activeOrganizationId,
      });
      return c;
    });
  }

  async candidates(ctx: RequestContext, search: string) {
    if (!ctx.activeOrganizationId || !search.trim()) return [];
    const partners = await this.funding.partnersOf(ctx, ctx.activeOrganizationId);
    return (await this.directory.colleagues(ctx, partners, search.trim())).map((u) => ({
      id: u.id,
      displayName: u.displayName,
      organizationId: u.organizationId,
    }));
  }

  async authorName(ctx: RequestContext, c: Comment): Promise<string> {
    return (await this.directory.person(ctx).load(c.authorId))?.displayName ?? '';
  }

  private async own(ctx: RequestContext, id: string): Promise<Comment> {
    const c = /^[0-9a-f-]{36}$/i.test(id) ? await this.tx.readOwnWrites(ctx).findOneBy(Comment, { id }) : null;
    if (!c || c.deletedAt) throw new AppError('COMMENT_NOT_FOUND');
    try {
      await this.records.grant(ctx, c.recordType, c.recordId);
    } catch {
      throw new AppError('COMMENT_NOT_FOUND');
    }
    if (c.authorId !== ctx.userId) throw new AppError('FORBIDDEN');
    return c;
  }

  /** Each person mentioned, with the first of their organizations through which they see the record (or a refusal naming who cannot). */
  private async mentionable(ctx: RequestContext, input: CommentInput): Promise<Array<{ userId: string; organizationId: string }>> {
    const ids = [...new Set(input.mentionUserIds ?? [])].filter((id) => id !== ctx.userId);
    if (!ids.length) return [];
    const memberships = await this.directory.membershipsOf(ctx, ids);
    const found: Array<{ userId: string; organizationId: string }> = [];
    const refused: string[] = [];
    for (const id of ids) {
      let seenThrough: string | null = null;
      for (const m of memberships.filter((x) => x.id === id)) {
        const as = new RequestContext(`${ctx.requestId}:mention`, ctx.lang, {
          sessionId: '',
          user: { id: m.id, email: m.email, displayName: m.displayName, isPlatformAdmin: false, locale: m.locale },
          activeOrganizationId: m.organizationId,
          role: m.role,
        });
        const sees = await this.records.grant(as, input.recordType, input.recordId).then(
          () => true,
          () => false,
        );
        if (sees) {
          seenThrough = m.organizationId;
          break;
        }
      }
      if (seenThrough) found.push({ userId: id, organizationId: seenThrough });
      else refused.push(memberships.find((x) => x.id === id)?.displayName ?? id.slice(0, 8));
    }
    if (refused.length) throw new AppError('COMMENT_MENTION_NOT_ALLOWED', { params: { names: refused.join(', ') } });
    return found;
  }
}
