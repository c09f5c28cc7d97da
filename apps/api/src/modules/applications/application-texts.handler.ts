import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { randomInt } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../core/config';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { OnEvent, type Delivery } from '../../core/events/domain-events';
import { seoulClock } from '@lalaland/shared';
import { EventBus } from '../../core/events/event-bus';
import { koreanDate } from '../catalogue';
import { nextSession, type ProgrammeEvents } from '../programmes';
import { ENROLMENTS, type EnrolmentEvents } from '../enrolments';
import { ApplicantRecords, PiiCipher } from '../participants';
import { TextMessages } from '../messaging';
import { ApplicationDraft } from './application.entity';
import { applyTarget } from './apply-target';
import { ApplyService, codeHash } from './apply.service';
import type { ApplicationEvents } from './applications.events';
import { statusSentence } from './status-sentence';

const CODE_MINUTES = 5;
const HEAD = '[부산 평생학습]';
/** Texts after which nothing is left to cancel: their link is to look, not to cancel. */
const ENDED = ['application_cancelled', 'application_dropped', 'programme_cancelled'];

/**
 * Texts the applicant after commit, through the outbox: the phone code, then what became of the application. Short
 * Korean, one SMS where it fits, with the programme and the applicant's own link. Each delivery sends once (its id is
 * the message's key); the host organization's budget pays.
 */
@Injectable()
export class ApplicationTextsHandler {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly texts: TextMessages,
    private readonly cipher: PiiCipher,
    private readonly records: ApplicantRecords,
    private readonly apply: ApplyService,
    private readonly events: EventBus,
  ) {}

  @OnEvent('application.code_requested', 'after-commit')
  async code(ctx: RequestContext, e: ApplicationEvents['application.code_requested'], delivery?: Delivery): Promise<void> {
    const em = this.tx.readOwnWrites(ctx);
    const d = await em.findOne(ApplicationDraft, { where: { id: e.draftId } });
    if (!d || d.confirmedAt) return;
    const t = await applyTarget(em, d.programmeId);
    if (!t) return;
    // A retried delivery makes a new code (the earlier one stops working): no code ever waits anywhere but in the text.
    // Its hash is committed on its own before the text goes, so an applicant quicker than the delivery's commit (a
    // phone that fills the code in itself) is not refused.
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.db.query('UPDATE application_draft SET code_hash = $2, expires_at = $3 WHERE id = $1 AND confirmed_at IS NULL', [
      d.id,
      codeHash(d.id, code),
      new Date(Date.now() + CODE_MINUTES * 60_000),
    ]);
    await this.texts.send(ctx, {
      organizationId: t.hostId,
      to: this.cipher.decrypt(d.phoneEncrypted, d.id),
      kind: 'phone_code',
      text: `${HEAD} 인증번호 ${code} (${CODE_MINUTES}분 안에 입력해 주세요. 다른 사람에게 알려 주지 마세요.)`,
      key: `code-${d.id}-${delivery?.id ?? 'direct'}`,
    });
  }

  @OnEvent('application.received', 'after-commit')
  received(ctx: RequestContext, e: ApplicationEvents['application.received'], delivery?: Delivery) {
    return this.tell(ctx, e.applicationId, 'application_received', delivery);
  }

  @OnEvent('application.decided', 'after-commit')
  decided(ctx: RequestContext, e: ApplicationEvents['application.decided'], delivery?: Delivery) {
    return this.tell(ctx, e.applicationId, 'application_decided', delivery);
  }

  /** A seat freed or added: the applicants moved up from the waitlist are told. */
  @OnEvent('enrolment.promoted', 'after-commit')
  async promoted(ctx: RequestContext, e: EnrolmentEvents['enrolment.promoted'], delivery?: Delivery): Promise<void> {
    const rows = (await this.tx
      .readOwnWrites(ctx)
      .query('SELECT id FROM application WHERE enrolment_id = ANY($1::uuid[])', [e.enrolmentIds])) as Array<{ id: string }>;
    for (const a of rows) await this.tell(ctx, a.id, 'application_promoted', delivery);
  }

  /** Staff dropped an applicant's enrolment: the applicant is told, with the host's number. */
  @OnEvent('enrolment.dropped', 'after-commit')
  async dropped(ctx: RequestContext, e: EnrolmentEvents['enrolment.dropped'], delivery?: Delivery): Promise<void> {
    const rows = (await this.tx
      .readOwnWrites(ctx)
      .query("SELECT id FROM application WHERE enrolment_id = ANY($1::uuid[]) AND status = 'PLACED'", [e.enrolmentIds])) as Array<{
      id: string;
    }>;
    for (const a of rows) await this.tell(ctx, a.id, 'application_dropped', delivery);
  }

  /** The host cancelled the programme: everyone whose application still stood is told (sent once each, however often retried). */
  @OnEvent('programme.status_changed', 'after-commit')
  async programmeCancelled(ctx: RequestContext, e: ProgrammeEvents['programme.status_changed'], delivery?: Delivery): Promise<void> {
    if (e.to !== 'CANCELLED') return;
    const rows = (await this.tx.readOwnWrites(ctx).query(
      `SELECT a.id FROM application a WHERE a.programme_id = $1 AND a.status IN ('PENDING', 'PLACED')
            AND NOT EXISTS (SELECT 1 FROM ${ENROLMENTS} e WHERE e.id = a.enrolment_id AND e.status NOT IN ('ENROLLED', 'WAITLISTED'))
          ORDER BY a.number`,
      [e.programmeId],
    )) as Array<{
      id: string;
    }>;
    for (const a of rows) await this.tell(ctx, a.id, 'programme_cancelled', delivery);
  }

  /** The day before the first class (or the next one, when enrolled later): time and place, once. */
  @OnEvent('application.reminder', 'after-commit')
  async reminder(ctx: RequestContext, e: ApplicationEvents['application.reminder'], delivery?: Delivery): Promise<void> {
    const em = this.tx.readOwnWrites(ctx);
    const v = await this.apply.view(this.apply.token(e.applicationId), em);
    if (!v || v.application.status !== 'PLACED' || v.enrolmentStatus !== 'ENROLLED') return;
    const next = await nextSession(em, v.application.programmeId);
    if (!next) return;
    const hours = (next.startsAt.getTime() - Date.now()) / 3_600_000;
    // Moved later since it was planned: plan again for the day before.
    if (hours > 36) return this.planReminder(ctx, e.applicationId, next.startsAt);
    const phone = await this.records.phoneOf(ctx, em, v.application.participantId, `application-text:${e.applicationId}`);
    if (!phone) return;
    await this.texts.send(ctx, {
      organizationId: v.target.hostId,
      to: phone,
      kind: 'session_reminder',
      text: `${HEAD} ${v.target.title} 수업 안내: ${koreanDate(next.startsAt)} ${seoulClock(next.startsAt)}${next.place ? `, ${next.place}` : ''}. 못 오시면 미리 알려 주세요.`,
      key: `reminder-${e.applicationId}-${delivery?.id ?? 'direct'}`,
    });
  }

  private async planReminder(ctx: RequestContext, applicationId: string, startsAt: Date): Promise<void> {
    const at = new Date(startsAt.getTime() - 24 * 3_600_000);
    if (at.getTime() <= Date.now()) return; // the class is tomorrow already: the result's text says when
    await this.tx.run(ctx, () => this.events.publish(ctx, 'application.reminder', { applicationId }, { at }));
  }

  @OnEvent('application.cancelled', 'after-commit')
  cancelled(ctx: RequestContext, e: ApplicationEvents['application.cancelled'], delivery?: Delivery) {
    return this.tell(ctx, e.applicationId, 'application_cancelled', delivery);
  }

  private async tell(ctx: RequestContext, applicationId: string, kind: string, delivery?: Delivery): Promise<void> {
    const em = this.tx.readOwnWrites(ctx);
    const token = this.apply.token(applicationId);
    const v = await this.apply.view(token, em);
    if (!v) return;
    const phone = await this.records.phoneOf(ctx, em, v.application.participantId, `application-text:${applicationId}`);
    if (!phone) return;
    const what = kind === 'application_promoted' ? '자리가 나서 수강이 확정되었습니다.' : statusSentence(v, kind);
    await this.texts.send(ctx, {
      organizationId: v.target.hostId,
      to: phone,
      kind,
      text: `${HEAD} ${v.target.title} ${what} (접수번호 ${v.application.number}) ${ENDED.includes(kind) ? '확인' : '확인·취소'}: ${this.config.publicUrl}/apply/status/${token}`,
      key: `${kind}-${applicationId}-${delivery?.id ?? 'direct'}`,
    });
    if (v.enrolmentStatus === 'ENROLLED' && v.target.status !== 'CANCELLED' && kind !== 'application_cancelled') {
      const next = await nextSession(em, v.application.programmeId);
      if (next) await this.planReminder(ctx, applicationId, next.startsAt);
    }
  }
}
