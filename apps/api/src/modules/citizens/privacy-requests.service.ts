import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { PRIVACY_REQUEST_DAYS, type PrivacyRequestChannel, type PrivacyRequestKind } from '@lalaland/shared';
import { AccessService } from '../../core/access/access.service';
import { AuditService } from '../../core/audit/audit.service';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { EventBus } from '../../core/events/event-bus';
import { ConsentService, ParticipantService } from '../participants';
import type { Person } from './citizen-sessions';
import { PRIVACY_REQUEST_ACCESS } from './privacy-request.access';
import type { AnswerPrivacyRequestInput, PrivacyRequestItem, RecordPrivacyRequestInput } from './privacy-requests.dto';

/** What the person sees of their requests: each organization's answer. */
export interface MyRequest {
  number: number;
  kind: PrivacyRequestKind;
  detail: string | null;
  receivedAt: Date;
  dueOn: string;
  answers: Array<{ organization: string; status: string; answer: string | null; legalBasis: string | null; answeredAt: Date | null }>;
}

const ITEM_COLUMNS = `a.id, r.number, r.kind, r.detail, r.channel, r.received_at AS "receivedAt", r.due_on::text AS "dueOn",
  (r.due_on - (now() AT TIME ZONE 'Asia/Seoul')::date)::int AS "daysLeft", a.participant_id AS "participantId",
  p.pseudonym_key AS "pseudonymKey", a.status, a.answer, a.legal_basis AS "legalBasis", a.answered_at AS "answeredAt"`;

/**
 * Requests under PIPA (열람·정정·삭제·처리정지): made by the person in their space or recorded by staff, each reaches
 * every organization holding the person (an answer row each, the 10-day deadline counted), is answered by each — done,
 * partly or refused with its legal basis — and the answer is texted to the person. A deletion done withdraws the
 * organization's consents and destroys the record after the text (the destruction rules of ADR 0016).
 */
@Injectable()
export class PrivacyRequests {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly accessLayer: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly participants: ParticipantService,
    private readonly consents: ConsentService,
  ) {}

  /** A request reaching every holding of the person; answers its number. */
  async create(
    ctx: RequestContext,
    holdings: Person['holdings'],
    kind: PrivacyRequestKind,
    detail: string | null,
    channel: PrivacyRequestChannel,
  ): Promise<number> {
    const text = detail?.trim() || null;
    if ((kind === 'CORRECT' || kind === 'STOP') && !text) throw new AppError('PRIVACY_REQUEST_DETAIL_REQUIRED');
    if (text && text.length > 1000) throw new AppError('PRIVACY_REQUEST_DETAIL_REQUIRED');
    if (!holdings.length) throw new AppError('PRIVACY_REQUEST_NOT_FOUND');
    return this.tx.run(ctx, async (em) => {
      const [r] = (await em.query(
        `INSERT INTO privacy_request (kind, detail, channel, recorded_by_id, due_on)
         VALUES ($1, $2, $3, $4, (now() AT TIME ZONE 'Asia/Seoul')::date + $5::int) RETURNING id, number`,
        [kind, text, channel, ctx.userId, PRIVACY_REQUEST_DAYS],
      )) as Array<{ id: string; number: number }>;
      await em.query(
        `INSERT INTO privacy_request_answer (request_id, organization_id, participant_id)
         SELECT $1, h.org, h.id FROM unnest($2::uuid[], $3::uuid[]) AS h(id, org)`,
        [r!.id, holdings.map((h) => h.participantId), holdings.map((h) => h.organizationId)],
      );
      for (const organizationId of new Set(holdings.map((h) => h.organizationId)))
        await this.audit.record(ctx, {
          action: 'privacy_request.create',
          entityType: 'privacy_request',
          entityId: r!.id,
          organizationId,
          changes: { kind: [null, kind], channel: [null, channel], number: [null, r!.number] },
        });
      return r!.number;
    });
  }

  /** The person's requests with every organization's answer (newest first, at most 50). */
  async ofPerson(person: Person): Promise<MyRequest[]> {
    if (!person.holdings.length) return [];
    return (await this.db.query(
      `SELECT r.number, r.kind, r.detail, r.received_at AS "receivedAt", r.due_on::text AS "dueOn",
              json_agg(json_build_object('organization', o.name_ko, 'status', a.status, 'answer', a.answer,
                       'legalBasis', a.legal_basis, 'answeredAt', a.answered_at) ORDER BY o.name_ko) AS answers
         FROM privacy_request r JOIN privacy_request_answer a ON a.request_id = r.id JOIN organization o ON o.id = a.organization_id
        WHERE a.participant_id = ANY($1::uuid[]) GROUP BY r.id ORDER BY r.received_at DESC LIMIT 50`,
      [person.holdings.map((h) => h.participantId)],
    )) as MyRequest[];
  }

  /** The active organization's requests, open ones first by deadline (at most 200). */
  async list(ctx: RequestContext, open: boolean): Promise<PrivacyRequestItem[]> {
    const qb = this.accessLayer.filter(
      ctx,
      PRIVACY_REQUEST_ACCESS,
      this.db
        .createQueryBuilder()
        .select(ITEM_COLUMNS)
        .from('privacy_request_answer', 'a')
        .innerJoin('privacy_request', 'r', 'r.id = a.request_id')
        .innerJoin('participant', 'p', 'p.id = a.participant_id'),
      'a',
    );
    if (open) qb.andWhere("a.status = 'PENDING'");
    return (await qb
      .orderBy('a.status', 'DESC')
      .addOrderBy('r.due_on', 'ASC')
      .addOrderBy('r.number', 'ASC')
      .limit(200)
      .getRawMany()) as PrivacyRequestItem[];
  }

  private async item(em: EntityManager, id: string): Promise<PrivacyRequestItem> {
    const [row] = (await em.query(
      `SELECT ${ITEM_COLUMNS} FROM privacy_request_answer a JOIN privacy_request r ON r.id = a.request_id
         JOIN participant p ON p.id = a.participant_id WHERE a.id = $1`,
      [id],
    )) as PrivacyRequestItem[];
    return row!;
  }

  /** A request made in person or by phone: it reaches every organization holding the same number (or this one only). */
  async record(ctx: RequestContext, input: RecordPrivacyRequestInput): Promise<PrivacyRequestItem> {
    const p = await this.participants.findOwn(ctx, input.participantId);
    if (!p) throw new AppError('PARTICIPANT_NOT_FOUND');
    const holdings = p.phoneHash
      ? ((await this.db.query(
          `SELECT id AS "participantId", organization_id AS "organizationId" FROM participant WHERE phone_hash = $1 AND destroyed_at IS NULL`,
          [p.phoneHash],
        )) as Person['holdings'])
      : [{ participantId: p.id, organizationId: p.organizationId }];
    return this.tx.run(ctx, async (em) => {
      const number = await this.create(ctx, holdings, input.kind, input.detail ?? null, input.channel);
      const [a] = (await em.query(
        'SELECT a.id FROM privacy_request_answer a JOIN privacy_request r ON r.id = a.request_id WHERE r.number = $1 AND a.participant_id = $2',
        [number, p.id],
      )) as Array<{ id: string }>;
      return this.item(em, a!.id);
    });
  }

  async answer(ctx: RequestContext, input: AnswerPrivacyRequestInput): Promise<PrivacyRequestItem> {
    await this.accessLayer.require(ctx, PRIVACY_REQUEST_ACCESS, input.id);
    const basis = input.legalBasis?.trim() || null;
    if (input.status !== 'DONE' && !basis) throw new AppError('PRIVACY_REQUEST_REASON_REQUIRED');
    return this.tx.run(ctx, async (em) => {
      const [a] = (await em.query(
        `SELECT a.id, a.status, a.request_id AS "requestId", a.participant_id AS "participantId", a.organization_id AS "organizationId", r.kind
           FROM privacy_request_answer a JOIN privacy_request r ON r.id = a.request_id WHERE a.id = $1 FOR UPDATE OF a`,
        [input.id],
      )) as Array<{
        id: string;
        status: string;
        requestId: string;
        participantId: string;
        organizationId: string;
        kind: PrivacyRequestKind;
      }>;
      if (!a) throw new AppError('PRIVACY_REQUEST_NOT_FOUND');
      if (a.status !== 'PENDING') throw new AppError('PRIVACY_REQUEST_ANSWERED');
      if (a.kind === 'DELETE' && input.status === 'DONE') await this.withdrawAll(ctx, em, a.participantId);
      await em.query(
        `UPDATE privacy_request_answer SET status = $2, answer = $3, legal_basis = $4, answered_by_id = $5, answered_at = now() WHERE id = $1`,
        [a.id, input.status, input.answer.trim(), input.status === 'DONE' ? null : basis, ctx.userId],
      );
      await this.audit.record(ctx, {
        action: 'privacy_request.answer',
        entityType: 'privacy_request',
        entityId: a.requestId,
        organizationId: a.organizationId,
        changes: { status: ['PENDING', input.status], legalBasis: [null, basis] },
      });
      await this.events.publish(ctx, 'privacy_request.answered', { requestId: a.requestId, participantId: a.participantId });
      return this.item(em, a.id);
    });
  }

  /** A deletion done: no open work may remain; every consent the organization holds is withdrawn (destroyed after the text). */
  private async withdrawAll(ctx: RequestContext, em: EntityManager, participantId: string): Promise<void> {
    const [open] = (await em.query(
      `SELECT EXISTS (SELECT 1 FROM enrolment e WHERE e.participant_id = $1 AND e.status IN ('APPLIED', 'ENROLLED', 'WAITLISTED'))
           OR EXISTS (SELECT 1 FROM referral r WHERE r.participant_id = $1 AND r.status IN ('SUBMITTED', 'ACCEPTED', 'ENGAGED'))
           OR EXISTS (SELECT 1 FROM follow_up f WHERE f.participant_id = $1 AND f.status = 'PENDING') AS open`,
      [participantId],
    )) as Array<{ open: boolean }>;
    if (open!.open) throw new AppError('PRIVACY_REQUEST_OPEN_WORK');
    const held = (await em.query('SELECT id FROM consent WHERE participant_id = $1 AND withdrawn_at IS NULL', [participantId])) as Array<{
      id: string;
    }>;
    for (const c of held) await this.consents.withdraw(ctx, c.id);
  }

  /** Open requests past or near their deadline, for the staff's home (the active organization's). */
  async openCount(ctx: RequestContext): Promise<{ open: number; dueSoon: number; overdue: number }> {
    const items = await this.list(ctx, true);
    return {
      open: items.length,
      dueSoon: items.filter((i) => i.daysLeft >= 0 && i.daysLeft <= 3).length,
      overdue: items.filter((i) => i.daysLeft < 0).length,
    };
  }
}
