import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createHash } from 'node:crypto';
import { seoulDate, type EmploymentType, type OutcomeKind } from '@lalaland/shared';
import { APP_CONFIG, type AppConfig } from '../../core/config';
import { RequestContext } from '../../core/context/request-context';
import { AuditService } from '../../core/audit/audit.service';
import { Transactions } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { EventBus } from '../../core/events/event-bus';
import { OnEvent } from '../../core/events/domain-events';
import { ApplicantRecords, ParticipantDetailsService, PiiCipher } from '../participants';
import { TextMessages } from '../messaging';
import { PROGRAMMES } from '../programmes';
import { ORGANIZATIONS } from '../organizations';
import { ANSWER_WAIT_DAYS } from './follow-ups';
import { FOLLOW_UP_ACCESS } from './outcome.access';
import { FollowUp } from './outcome.entity';
import { AccessService } from '../../core/access/access.service';
import type { OutcomeEvents } from './outcomes.events';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** What the person says on the short form: working (and how), started a business, studying further; none of these. */
export interface FollowUpAnswer {
  working: boolean;
  employmentType: EmploymentType | null;
  startedBusiness: boolean;
  furtherStudy: boolean;
}

export interface FollowUpQuestion {
  id: string;
  title: string;
  host: string;
  months: number;
  answered: boolean;
}

/**
 * Follow-ups answered by the person: the morning one is due, a person who consented to be contacted gets a text with a
 * link to a short form (no sign-in: the link is the key, derived from the server's key); their answer closes it with
 * SELF_REPORTED outcomes the holding organization can verify. Unanswered after a week, it is the staff's again.
 */
@Injectable()
export class FollowUpAnswers {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly accessLayer: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly cipher: PiiCipher,
    private readonly records: ApplicantRecords,
    private readonly details: ParticipantDetailsService,
    private readonly texts: TextMessages,
  ) {}

  /** The link's token: the same on every retry of the text, so a retried delivery never strands an earlier link. */
  token(followUpId: string): string {
    return Buffer.from(this.cipher.hash(`follow-up-link:${followUpId}`), 'hex').toString('base64url');
  }

  /** The morning it is due, the person is asked first (when they can be texted). */
  @OnEvent('follow_up.due', 'after-commit')
  due(ctx: RequestContext, e: OutcomeEvents['follow_up.due']): Promise<void> {
    return this.ask(ctx, e.followUpId);
  }

  /** Staff asked for the text now. */
  @OnEvent('follow_up.ask', 'after-commit')
  asked(ctx: RequestContext, e: OutcomeEvents['follow_up.ask']): Promise<void> {
    return this.ask(ctx, e.followUpId);
  }

  /**
   * Staff ask the person by text now instead of calling: the organization's follow-up, still pending, with consent to
   * contact; audited. The text goes after commit, as on the due morning.
   */
  async askNow(ctx: RequestContext, id: string): Promise<FollowUp> {
    await this.accessLayer.require(ctx, FOLLOW_UP_ACCESS, id);
    const [f] = (await this.db.query(
      'SELECT participant_id AS "participantId", organization_id AS "organizationId", status FROM follow_up WHERE id = $1',
      [id],
    )) as Array<{ participantId: string; organizationId: string; status: string }>;
    if (!f) throw new AppError('FOLLOW_UP_NOT_FOUND');
    if (f.status !== 'PENDING') throw new AppError('FOLLOW_UP_CLOSED');
    if (!(await this.details.contactAllowed(ctx, f.participantId))) throw new AppError('FOLLOW_UP_NO_CONTACT_CONSENT');
    await this.tx.run(ctx, async () => {
      await this.audit.record(ctx, {
        action: 'follow_up.ask_by_text',
        entityType: 'follow_up',
        entityId: id,
        organizationId: f.organizationId,
        changes: { askedAt: [null, new Date().toISOString()] },
      });
      await this.events.publish(ctx, 'follow_up.ask', { followUpId: id });
    });
    return this.db.getRepository(FollowUp).findOneByOrFail({ id });
  }

  private async ask(ctx: RequestContext, followUpId: string): Promise<void> {
    const em = this.tx.readOwnWrites(ctx);
    // Asked once (a retry within the day texts again under the same key, which sends nothing twice).
    const [f] = (await em.query(
      `SELECT f.participant_id AS "participantId", f.organization_id AS "organizationId", f.months, f.asked_at IS NULL AS first,
              to_char(f.due_on, 'YYYY-MM-DD') AS "dueOn", (SELECT title_ko FROM ${PROGRAMMES} p WHERE p.id = f.programme_id) AS title
         FROM follow_up f WHERE f.id = $1 AND f.status = 'PENDING' AND (f.asked_at IS NULL OR f.asked_at > now() - interval '1 day')`,
      [followUpId],
    )) as Array<{ participantId: string; organizationId: string; months: number; title: string; first: boolean; dueOn: string }>;
    if (!f || !(await this.details.contactAllowed(ctx, f.participantId))) return;
    const phone = await this.records.phoneOf(ctx, em, f.participantId, `follow-up-text:${followUpId}`);
    if (!phone) return;
    // The link's key is committed on its own before the text goes: a person who taps it at once finds their form.
    const token = this.token(followUpId);
    await this.db.query('UPDATE follow_up SET asked_at = coalesce(asked_at, now()), ask_token_hash = $2 WHERE id = $1', [
      followUpId,
      sha256(token),
    ]);
    // Asked on its due day: the staff's reminder comes back once the week for the answer is over (asked earlier, the
    // due day's own reminder does, if still unanswered).
    if (f.first && f.dueOn <= seoulDate())
      await this.tx.run(ctx, () =>
        this.events.publish(
          ctx,
          'follow_up.due',
          { followUpId, organizationId: f.organizationId, dueOn: f.dueOn },
          { at: new Date(Date.now() + ANSWER_WAIT_DAYS * 86_400_000) },
        ),
      );
    await this.texts.send(ctx, {
      organizationId: f.organizationId,
      to: phone,
      kind: 'follow_up_question',
      text: `[부산 평생학습] ${f.title} 수료 ${f.months}개월, 요즘 어떻게 지내세요? 1분이면 답할 수 있습니다: ${this.config.publicUrl}/my/follow-up/${token}`,
      key: `follow-up-ask-${followUpId}`,
    });
  }

  /** The question behind a link, or null (an unknown link says no more than that). */
  async question(token: string): Promise<FollowUpQuestion | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const [q] = (await this.db.query(
      `SELECT f.id, p.title_ko AS title, o.name_ko AS host, f.months, f.status <> 'PENDING' AS answered
         FROM follow_up f JOIN ${PROGRAMMES} p ON p.id = f.programme_id JOIN ${ORGANIZATIONS} o ON o.id = f.organization_id
        WHERE f.ask_token_hash = $1`,
      [sha256(token)],
    )) as FollowUpQuestion[];
    return q ?? null;
  }

  /** The person's answer: the follow-up done, and each thing they said a SELF_REPORTED outcome, in one transaction. */
  async answer(ctx: RequestContext, token: string, a: FollowUpAnswer): Promise<FollowUpQuestion> {
    const q = await this.question(token);
    if (!q) throw new AppError('FOLLOW_UP_NOT_FOUND');
    if (q.answered) throw new AppError('FOLLOW_UP_CLOSED');
    return this.tx.run(ctx, async (em) => {
      const [rows] = (await em.query(
        `UPDATE follow_up SET status = 'DONE', done_at = now(), self_answered_at = now(), note = $2, updated_at = now()
          WHERE id = $1 AND status = 'PENDING' RETURNING participant_id AS "participantId", organization_id AS "organizationId", programme_id AS "programmeId"`,
        [q.id, a.working || a.startedBusiness || a.furtherStudy ? '본인 응답 (문자 링크)' : '본인 응답: 해당 없음 (문자 링크)'],
      )) as [Array<{ participantId: string; organizationId: string; programmeId: string }>, number];
      const f = rows[0];
      if (!f) throw new AppError('FOLLOW_UP_CLOSED');
      const kinds: Array<[OutcomeKind, EmploymentType | null]> = [
        ...(a.working ? [['EMPLOYED', a.employmentType ?? 'FULL_TIME'] as [OutcomeKind, EmploymentType]] : []),
        ...(a.startedBusiness ? [['STARTED_BUSINESS', null] as [OutcomeKind, null]] : []),
        ...(a.furtherStudy ? [['FURTHER_LEARNING', null] as [OutcomeKind, null]] : []),
      ];
      for (const [kind, employmentType] of kinds) {
        const [o] = (await em.query(
          `INSERT INTO outcome (participant_id, organization_id, kind, employment_type, occurred_on, source, programme_ids, follow_up_id)
           VALUES ($1, $2, $3, $4::employment_type, $5, 'SELF_REPORTED', ARRAY[$6]::uuid[], $7) RETURNING id`,
          [f.participantId, f.organizationId, kind, employmentType, seoulDate(), f.programmeId, q.id],
        )) as Array<{ id: string }>;
        const recorded: OutcomeEvents['outcome.recorded'] = {
          outcomeId: o!.id,
          participantId: f.participantId,
          organizationId: f.organizationId,
          kind,
        };
        await this.events.publish(ctx, 'outcome.recorded', recorded);
      }
      await this.audit.record(ctx, {
        action: 'follow_up.close',
        entityType: 'follow_up',
        entityId: q.id,
        organizationId: f.organizationId,
        changes: { status: ['PENDING', 'DONE'], by: [null, 'person'], outcomes: [null, kinds.map(([k]) => k)] },
      });
      return { ...q, answered: true };
    });
  }
}
