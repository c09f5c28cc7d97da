import { Injectable } from '@nestjs/common';
import { formatSeoulDateTime, formatWon, seoulDate, type MembershipRole } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { OnEvent, type Delivery } from '../../core/events/domain-events';
import { Transactions } from '../../core/database/transaction';
import { UserDirectory } from '../auth';
import { OrganizationService } from '../organizations';
import { decisionStands, type FundingEvents, STREAM_MEMBERS } from '../funding';
import { ProgrammeService, type ProgrammeEvents, PROGRAMMES } from '../programmes';
import type { MentorEvents } from '../mentors';
import type { ReferralEvents } from '../referrals';
import { TaskService, type TaskEvents } from '../tasks';
import type { AnnouncementEvents } from '../announcements';
import type { MeetingEvents } from '../meetings';
import type { CommentEvents } from '../comments';
import { OutcomeService, type OutcomeEvents } from '../outcomes';
import type { MessagingEvents } from '../messaging';
import { NotificationService } from './notification.service';

/** Those who act for an organization (its viewers read; they are not asked to do anything). */
const ACTORS: readonly MembershipRole[] = ['ORG_ADMIN', 'STAFF'];

/**
 * Turns other modules' events into notifications, after their commit (the outbox): each handler runs once per event
 * in the delivery's transaction, so a crash before it commits tells nobody and the redelivery tells everyone once.
 */
@Injectable()
export class NotificationEventsHandler {
  constructor(
    private readonly notifications: NotificationService,
    private readonly directory: UserDirectory,
    private readonly organizations: OrganizationService,
    private readonly programmes: ProgrammeService,
    private readonly tasks: TaskService,
    private readonly tx: Transactions,
    private readonly outcomes: OutcomeService,
  ) {}

  private async actorsOf(ctx: RequestContext, organizationId: string): Promise<string[]> {
    return (await this.directory.membersOf(ctx, [organizationId], ACTORS)).map((u) => u.id);
  }

  private async orgName(ctx: RequestContext, id: string): Promise<{ ko: string; en: string }> {
    const o = await this.organizations.byId(ctx).load(id);
    return { ko: o?.nameKo ?? '', en: o?.nameEn ?? '' };
  }

  @OnEvent('referral.submitted', 'after-commit')
  async referralSubmitted(ctx: RequestContext, e: ReferralEvents['referral.submitted']): Promise<void> {
    const from = await this.orgName(ctx, e.fromOrganizationId);
    await this.notifications.tell(ctx, {
      kind: 'REFERRAL_RECEIVED',
      userIds: await this.actorsOf(ctx, e.toOrganizationId),
      organizationId: e.toOrganizationId,
      title: { ko: `${from.ko}에서 연계 의뢰가 도착했습니다`, en: `A referral arrived from ${from.en}` },
      link: `/referrals/${e.referralId}`,
      sourceKey: `referral-submitted:${e.referralId}`,
    });
  }

  @OnEvent('referral.decided', 'after-commit')
  async referralDecided(ctx: RequestContext, e: ReferralEvents['referral.decided']): Promise<void> {
    const to = await this.orgName(ctx, e.toOrganizationId);
    await this.notifications.tell(ctx, {
      kind: 'REFERRAL_DECIDED',
      userIds: await this.actorsOf(ctx, e.fromOrganizationId),
      organizationId: e.fromOrganizationId,
      title: e.accepted
        ? { ko: `${to.ko}에서 연계 의뢰를 접수했습니다`, en: `${to.en} accepted the referral` }
        : { ko: `${to.ko}에서 연계 의뢰를 반려했습니다`, en: `${to.en} declined the referral` },
      link: `/referrals/${e.referralId}`,
      sourceKey: `referral-decided:${e.referralId}`,
    });
  }

  @OnEvent('mentor.assigned', 'after-commit')
  async mentorAssigned(ctx: RequestContext, e: MentorEvents['mentor.assigned']): Promise<void> {
    const host = await this.orgName(ctx, e.hostOrganizationId);
    await this.notifications.tell(ctx, {
      kind: 'MENTOR_ASSIGNED',
      userIds: await this.actorsOf(ctx, e.mentorOrganizationId),
      organizationId: e.mentorOrganizationId,
      title: {
        ko: `${host.ko}에서 우리 기관 멘토의 수업 지원을 요청했습니다`,
        en: `${host.en} asked one of your mentors to support a class`,
      },
      link: `/mentors/${e.mentorId}`,
      sourceKey: `mentor-assigned:${e.assignmentId}`,
    });
  }

  @OnEvent('mentor.responded', 'after-commit')
  async mentorResponded(ctx: RequestContext, e: MentorEvents['mentor.responded']): Promise<void> {
    await this.notifications.tell(ctx, {
      kind: 'MENTOR_RESPONDED',
      userIds: await this.actorsOf(ctx, e.hostOrganizationId),
      organizationId: e.hostOrganizationId,
      title: e.accepted
        ? { ko: '멘토가 수업 지원을 수락했습니다', en: 'The mentor confirmed the class' }
        : { ko: '멘토가 수업 지원을 거절했습니다', en: 'The mentor declined the class' },
      link: `/mentors`,
      sourceKey: `mentor-responded:${e.assignmentId}:${e.accepted ? 'yes' : 'no'}`,
    });
  }

  @OnEvent('programme.status_changed', 'after-commit')
  async programmeDecided(ctx: RequestContext, e: ProgrammeEvents['programme.status_changed'], delivery?: Delivery): Promise<void> {
    if (e.from !== 'PROPOSED' || (e.to !== 'APPROVED' && e.to !== 'RETURNED')) return;
    const p = await this.programmes.byId(ctx).load(e.programmeId);
    if (!p) return;
    const approved = e.to === 'APPROVED';
    await this.notifications.tell(ctx, {
      kind: 'PROGRAMME_DECIDED',
      userIds: await this.actorsOf(ctx, p.hostOrganizationId),
      organizationId: p.hostOrganizationId,
      title: approved
        ? { ko: `「${p.titleKo}」 프로그램이 승인되었습니다`, en: `“${p.titleEn || p.titleKo}” was approved` }
        : { ko: `「${p.titleKo}」 프로그램이 반려되었습니다`, en: `“${p.titleEn || p.titleKo}” was returned` },
      link: `/programmes/${p.id}`,
      sourceKey: `programme-decided:${p.id}:${delivery?.id ?? e.to}`,
    });
  }

  /** Told after the undo window, and only if the decision still stands (an undone decision is never announced). */
  @OnEvent('expenditure.decided', 'after-commit')
  async expenditureDecided(ctx: RequestContext, e: FundingEvents['expenditure.decided']): Promise<void> {
    if (!(await decisionStands(this.tx.readOwnWrites(ctx), e.expenditureId, e.decidedAt))) return;
    const what = `${e.description.slice(0, 60)} (${formatWon(e.amount)})`;
    await this.notifications.tell(ctx, {
      kind: 'EXPENDITURE_DECIDED',
      userIds: await this.actorsOf(ctx, e.organizationId),
      organizationId: e.organizationId,
      title: e.approved
        ? { ko: `지출이 승인되었습니다: ${what}`, en: `Expenditure approved: ${what}` }
        : { ko: `지출이 반려되었습니다: ${what}`, en: `Expenditure rejected: ${what}` },
      link: `/funding/${e.streamId}`,
      sourceKey: `expenditure-decided:${e.expenditureId}:${e.decidedAt}`,
    });
  }

  @OnEvent('task.assigned', 'after-commit')
  async taskAssigned(ctx: RequestContext, e: TaskEvents['task.assigned']): Promise<void> {
    const from = await this.orgName(ctx, e.fromOrganizationId);
    await this.notifications.tell(ctx, {
      kind: 'TASK_ASSIGNED',
      userIds: e.assigneeUserId ? [e.assigneeUserId] : await this.actorsOf(ctx, e.assigneeOrganizationId),
      organizationId: e.assigneeOrganizationId,
      title: { ko: `${from.ko}: 새 업무 「${e.title}」`, en: `${from.en}: new task “${e.title}”` },
      link: `/tasks/${e.taskId}`,
      sourceKey: `task-assigned:${e.taskId}:${e.assigneeOrganizationId}:${e.assigneeUserId ?? ''}`,
    });
  }

  @OnEvent('task.done', 'after-commit')
  async taskDone(ctx: RequestContext, e: TaskEvents['task.done'], delivery?: Delivery): Promise<void> {
    if (e.fromOrganizationId === e.assigneeOrganizationId) return;
    const by = await this.orgName(ctx, e.assigneeOrganizationId);
    await this.notifications.tell(ctx, {
      kind: 'TASK_DONE',
      userIds: await this.actorsOf(ctx, e.fromOrganizationId),
      organizationId: e.fromOrganizationId,
      title: { ko: `${by.ko}에서 「${e.title}」 업무를 완료했습니다`, en: `${by.en} completed “${e.title}”` },
      link: `/tasks/${e.taskId}`,
      sourceKey: `task-done:${e.taskId}:${delivery?.id ?? ''}`,
    });
  }

  /** Everyone the announcement is for (its organizations, its roles), except the organization that posted it. */
  @OnEvent('announcement.published', 'after-commit')
  async announced(ctx: RequestContext, e: AnnouncementEvents['announcement.published']): Promise<void> {
    const from = await this.orgName(ctx, e.fromOrganizationId);
    const orgs = e.audienceOrganizationIds.length
      ? e.audienceOrganizationIds
      : await this.streamMembers(ctx, e.streamId, e.audiencePillars ?? []);
    const roles = (e.audienceRoles.length ? e.audienceRoles : ['ORG_ADMIN', 'STAFF', 'VIEWER']) as MembershipRole[];
    const people = await this.directory.membersOf(
      ctx,
      orgs.filter((o) => o !== e.fromOrganizationId),
      roles,
    );
    for (const orgId of new Set(people.map((p) => p.organizationId)))
      await this.notifications.tell(ctx, {
        kind: 'ANNOUNCEMENT',
        userIds: people.filter((p) => p.organizationId === orgId).map((p) => p.id),
        organizationId: orgId,
        title: { ko: `[공지] ${from.ko}: ${e.title}`, en: `[Notice] ${from.en}: ${e.title}` },
        link: `/announcements/${e.announcementId}`,
        sourceKey: `announcement:${e.announcementId}`,
      });
  }

  @OnEvent('meeting.invited', 'after-commit')
  async meetingInvited(ctx: RequestContext, e: MeetingEvents['meeting.invited']): Promise<void> {
    const from = await this.orgName(ctx, e.fromOrganizationId);
    const when = formatSeoulDateTime(e.startsAt, 'ko');
    const whenEn = formatSeoulDateTime(e.startsAt, 'en');
    for (const orgId of e.organizationIds)
      await this.notifications.tell(ctx, {
        kind: 'MEETING_INVITED',
        userIds: await this.actorsOf(ctx, orgId),
        organizationId: orgId,
        title: { ko: `${from.ko}의 회의 초대: ${e.title} (${when})`, en: `${from.en} invites you: ${e.title} (${whenEn})` },
        link: `/meetings/${e.meetingId}`,
        sourceKey: `meeting-invited:${e.meetingId}`,
      });
  }

  @OnEvent('comment.mentioned', 'after-commit')
  async mentioned(ctx: RequestContext, e: CommentEvents['comment.mentioned']): Promise<void> {
    for (const m of e.mentions)
      await this.notifications.tell(ctx, {
        kind: 'MENTION',
        userIds: [m.userId],
        organizationId: m.organizationId,
        title: { ko: `${e.authorName}님이 댓글에서 언급했습니다: ${e.excerpt}`, en: `${e.authorName} mentioned you: ${e.excerpt}` },
        link: e.link,
        sourceKey: `mention:${e.commentId}`,
      });
  }

  /** The morning a follow-up is due, the holding organization's people are told (not if it was done meanwhile). */
  @OnEvent('follow_up.due', 'after-commit')
  async followUpDue(ctx: RequestContext, e: OutcomeEvents['follow_up.due']): Promise<void> {
    if (!(await this.outcomes.followUpStillDue(ctx, e.followUpId))) return;
    await this.notifications.tell(ctx, {
      kind: 'FOLLOW_UP_DUE',
      userIds: await this.actorsOf(ctx, e.organizationId),
      organizationId: e.organizationId,
      title: { ko: `오늘(${e.dueOn}) 수료자 사후 관리 연락 예정이 있습니다`, en: `A follow-up with a graduate is due today (${e.dueOn})` },
      link: `/home`,
      sourceKey: `follow-up-due:${e.followUpId}`,
    });
  }

  /** The stream's member organizations (those running programmes of these pillars there, when pillars are chosen). */
  private async streamMembers(ctx: RequestContext, streamId: string, pillars: readonly string[]): Promise<string[]> {
    const rows = (await this.tx.readOwnWrites(ctx).query(
      `SELECT sm.organization_id AS id FROM ${STREAM_MEMBERS} sm WHERE sm.stream_id = $1
          AND (cardinality($2::text[]) = 0 OR EXISTS (SELECT 1 FROM ${PROGRAMMES} ap WHERE ap.stream_id = $1 AND ap.host_organization_id = sm.organization_id AND ap.pillar::text = ANY($2::text[])))`,
      [streamId, pillars],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  /** The day-before reminder: once per (task, due date), and only while the task is open and still due that day. */
  @OnEvent('task.reminder', 'after-commit')
  async taskReminder(ctx: RequestContext, e: TaskEvents['task.reminder']): Promise<void> {
    const t = await this.tasks.reminderStands(ctx, e.taskId, e.dueOn);
    if (!t) return;
    await this.notifications.tell(ctx, {
      kind: 'TASK_DUE',
      userIds: t.assigneeUserId ? [t.assigneeUserId] : await this.actorsOf(ctx, t.assigneeOrganizationId),
      organizationId: t.assigneeOrganizationId,
      title: { ko: `「${t.title}」 업무 마감이 ${e.dueOn}입니다`, en: `“${t.title}” is due on ${e.dueOn}` },
      link: `/tasks/${t.id}`,
      sourceKey: `task-due:${t.id}:${e.dueOn}`,
    });
  }

  /** Texts past the budget are not sent: the organization's staff are told once a day, with the way to the figures. */
  @OnEvent('message.over_budget', 'after-commit')
  async textsNotSent(ctx: RequestContext, e: MessagingEvents['message.over_budget']): Promise<void> {
    await this.notifications.tell(ctx, {
      kind: 'TEXTS_NOT_SENT',
      userIds: await this.actorsOf(ctx, e.organizationId),
      organizationId: e.organizationId,
      title: {
        ko: `이번 달(${e.month}) 문자 예산을 다 써서 신청자에게 문자를 보내지 못했습니다. 예산을 늘리거나 직접 연락해 주세요.`,
        en: `This month's (${e.month}) text budget is spent: texts to applicants were not sent. Raise the budget or contact them directly.`,
      },
      link: `/organizations/${e.organizationId}#texts`,
      sourceKey: `texts-not-sent:${e.organizationId}:${seoulDate()}`,
    });
  }
}
