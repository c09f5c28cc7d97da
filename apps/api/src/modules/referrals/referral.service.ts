import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Permission, REFERRAL_STATUS_LABELS, REFERRAL_STEPS, verbOf, type ReferralStatus } from '@lalaland/shared';
import { AccessService } from '../../core/access/access.service';
import { AuditService } from '../../core/audit/audit.service';
import { RequestContext, byIds } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError, problem } from '../../core/errors/app-error';
import { EventBus } from '../../core/events/event-bus';
import type { Page } from '../../core/graphql/pagination';
import { OrganizationService } from '../organizations';
import { ProgrammeService } from '../programmes';
import { ConsentService, ParticipantService, type Participant } from '../participants';
import { EnrolmentService, type Enrolment } from '../enrolments';
import { OpeningService } from '../openings';
import { REFERRAL_ACCESS } from './referral.access';
import { Referral } from './referral.entity';
import { ReferralBox, type ReferInput, type ReferralSteps, type ReferralsArgs } from './referrals.dto';
import type { ReferralEvents } from './referrals.events';
import { ReferralSharingService } from './referral-sharing.service';
import { REFERRALS_FIELDS } from './referrals.errors';

/** Which side of a referral each box lists. */
const BOX_COLUMN: Record<ReferralBox, string> = {
  [ReferralBox.INBOX]: 'r.to_organization_id',
  [ReferralBox.OUTBOX]: 'r.from_organization_id',
};

/**
 * Referrals between organizations. The sender holds the participant; the recipient meets them only through the
 * referral: their pseudonymous key and the reason, plus exactly the items of the sharing consent recorded with it
 * while that consent is in force. Each read of those items is a logged provision (personal_data_access, purpose
 * `referral:<id>`); withdrawing the consent stops further reads at once, and the log stays.
 */
@Injectable()
export class ReferralService {
  constructor(
    private readonly tx: Transactions,
    private readonly accessLayer: AccessService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly organizations: OrganizationService,
    private readonly programmes: ProgrammeService,
    private readonly participants: ParticipantService,
    private readonly consents: ConsentService,
    private readonly enrolments: EnrolmentService,
    private readonly openings: OpeningService,
    private readonly sharingReads: ReferralSharingService,
  ) {}

  /** The caller's capabilities on one referral (its policy's), or null where it may not see it: batched per request tick. */
  granted(ctx: RequestContext, id: string) {
    return this.accessLayer.find(ctx, REFERRAL_ACCESS, id);
  }

  byId(ctx: RequestContext) {
    return ctx.loader<Referral>('referral.byId', async (ids) =>
      byIds(
        ids,
        await this.tx
          .readOwnWrites(ctx)
          .getRepository(Referral)
          .findBy({ id: In([...ids]) }),
      ),
    );
  }

  async access(ctx: RequestContext, id: string): Promise<{ referral: Referral; sender: boolean; recipient: boolean }> {
    const { row: referral, granted } = await this.accessLayer.load(ctx, REFERRAL_ACCESS, this.byId(ctx), id);
    return { referral, sender: granted.sender, recipient: granted.recipient };
  }

  async get(ctx: RequestContext, id: string): Promise<Referral> {
    return (await this.access(ctx, id)).referral;
  }

  /** The inbox (to the active organization) or the outbox (sent by it), newest first. */
  async list(ctx: RequestContext, args: ReferralsArgs): Promise<Page<Referral>> {
    const qb = this.accessLayer.filter(ctx, REFERRAL_ACCESS, this.db.getRepository(Referral).createQueryBuilder('r'), 'r');
    qb.andWhere(`${BOX_COLUMN[args.box]} = :org`, { org: ctx.activeOrganizationId });
    if (args.status) qb.andWhere('r.status = :status', { status: args.status });
    qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC');
    const [items, totalCount] = await qb.skip(args.offset).take(args.limit).getManyAndCount();
    for (const r of items) this.byId(ctx).prime(r.id, r);
    return { items, totalCount, offset: args.offset, limit: args.limit };
  }

  /** Refers a participant the active organization holds; the sharing consent, if the citizen gave one, is recorded with it. */
  async refer(ctx: RequestContext, input: ReferInput): Promise<Referral> {
    const person = await this.participants.own(ctx, input.participantId);
    const opening = input.openingId ? await this.openings.referable(ctx, input.openingId) : null;
    if (opening && opening.organizationId !== input.toOrganizationId)
      throw new AppError('VALIDATION_FAILED', {
        fields: [problem('toOrganizationId', 'equals', REFERRALS_FIELDS.toOrganizationIdEquals)],
      });
    const to = await this.organizations.byId(ctx).load(input.toOrganizationId);
    if (!to)
      throw new AppError('VALIDATION_FAILED', {
        fields: [problem('toOrganizationId', 'isNotEmpty', REFERRALS_FIELDS.toOrganizationIdIsNotEmpty)],
      });
    if (to.id === person.organizationId) throw new AppError('REFERRAL_TO_SELF');
    if (input.programmeId) {
      const programme = await this.programmes.findAccess(ctx, input.programmeId);
      if (!programme) throw new AppError('PROGRAMME_NOT_FOUND');
      if (programme.programme.hostOrganizationId !== to.id) throw new AppError('REFERRAL_PROGRAMME_ELSEWHERE');
    }
    const sharing = input.sharing ?? null;
    if (sharing && !sharing.refusalExplained)
      throw new AppError('REFERRAL_REFUSAL_NOT_EXPLAINED', {
        fields: [problem('sharing.refusalExplained', 'isTrue', REFERRALS_FIELDS.refusalExplained)],
      });
    return this.tx.run(ctx, async (em) => {
      const consent = sharing
        ? await this.consents.give(ctx, {
            participantId: person.id,
            given: true,
            purpose: 'THIRD_PARTY_SHARING',
            recipientOrganizationId: to.id,
            items: sharing.items,
            retentionUntil: sharing.retentionUntil,
            method: sharing.method ?? 'WRITTEN',
          })
        : null;
      const referral = em.getRepository(Referral).create({
        participantId: person.id,
        fromOrganizationId: person.organizationId,
        toOrganizationId: to.id,
        programmeId: input.programmeId ?? null,
        openingId: opening?.id ?? null,
        reason: input.reason,
        note: input.note?.trim() || null,
        status: 'SUBMITTED',
        consentId: consent?.id ?? null,
        sharingPurpose: sharing ? sharing.purpose.trim() : null,
        createdById: ctx.userId,
      });
      await em.save(referral);
      await this.audit.record(ctx, {
        action: 'referral.submit',
        entityType: 'referral',
        entityId: referral.id,
        organizationId: referral.fromOrganizationId,
        changes: { to: [null, to.id], reason: [null, referral.reason], sharedItems: [null, sharing?.items ?? []] },
      });
      const submitted: ReferralEvents['referral.submitted'] = {
        referralId: referral.id,
        fromOrganizationId: referral.fromOrganizationId,
        toOrganizationId: referral.toOrganizationId,
      };
      await this.events.publish(ctx, 'referral.submitted', submitted);
      return referral;
    });
  }

  /** The recipient accepts or declines (a reason is required to decline). */
  async decide(ctx: RequestContext, id: string, accept: boolean, reason: string | null): Promise<Referral> {
    const { recipient } = await this.access(ctx, id);
    if (!recipient) throw new AppError('FORBIDDEN');
    const why = reason?.trim() ?? '';
    if (!accept && !why)
      throw new AppError('VALIDATION_FAILED', {
        fields: [problem('reason', 'isNotEmpty', REFERRALS_FIELDS.reasonIsNotEmpty)],
      });
    return this.step(ctx, id, accept ? 'ACCEPTED' : 'DECLINED', async (r) => {
      r.decidedAt = new Date();
      if (!accept) r.declineReason = why;
      const decided: ReferralEvents['referral.decided'] = {
        referralId: r.id,
        accepted: accept,
        fromOrganizationId: r.fromOrganizationId,
        toOrganizationId: r.toOrganizationId,
      };
      await this.events.publish(ctx, 'referral.decided', decided);
    });
  }

  async engage(ctx: RequestContext, id: string): Promise<Referral> {
    const { recipient } = await this.access(ctx, id);
    if (!recipient) throw new AppError('FORBIDDEN');
    return this.step(ctx, id, 'ENGAGED', (r) => {
      r.engagedAt = new Date();
      return Promise.resolve();
    });
  }

  async close(ctx: RequestContext, id: string, outcome: string): Promise<Referral> {
    const { recipient } = await this.access(ctx, id);
    if (!recipient) throw new AppError('FORBIDDEN');
    const what = outcome.trim();
    if (!what)
      throw new AppError('VALIDATION_FAILED', {
        fields: [problem('outcome', 'isNotEmpty', REFERRALS_FIELDS.outcomeIsNotEmpty)],
      });
    return this.step(ctx, id, 'CLOSED', (r) => {
      r.closedAt = new Date();
      r.outcome = what;
      return Promise.resolve();
    });
  }

  /**
   * The recipient hired the person for the opening the referral named: the referral closes (HIRED), the opening fills
   * when its places are taken, and the sender's participant gets an EMPLOYED outcome, all in one transaction.
   */
  async hire(ctx: RequestContext, id: string): Promise<Referral> {
    const { referral, recipient } = await this.access(ctx, id);
    if (!recipient) throw new AppError('FORBIDDEN');
    if (!referral.openingId) throw new AppError('REFERRAL_NO_OPENING');
    const opening = await this.openings.get(ctx, referral.openingId);
    const employer = await this.organizations.byId(ctx).load(referral.toOrganizationId);
    return this.step(ctx, id, 'CLOSED', async (r) => {
      r.closedAt = new Date();
      r.hiredAt = r.closedAt;
      r.outcome = `채용: ${opening.title}`.slice(0, 500);
      const [hires] = (await this.tx
        .readOwnWrites(ctx)
        .query('SELECT count(*)::int AS n FROM referral WHERE opening_id = $1 AND hired_at IS NOT NULL', [opening.id])) as Array<{
        n: number;
      }>;
      await this.openings.placeTaken(ctx, opening.id, hires!.n + 1);
      const hired: ReferralEvents['referral.hired'] = {
        referralId: r.id,
        participantId: r.participantId,
        holderOrganizationId: r.fromOrganizationId,
        openingId: opening.id,
        employmentType: opening.employmentType,
        programmeIds: opening.programmeIds,
        employer: employer?.nameKo ?? '',
      };
      await this.events.publish(ctx, 'referral.hired', hired);
    });
  }

  /** The sender takes back a referral the recipient has not decided yet. */
  async withdraw(ctx: RequestContext, id: string): Promise<Referral> {
    const { sender } = await this.access(ctx, id);
    if (!sender) throw new AppError('FORBIDDEN');
    return this.step(ctx, id, 'WITHDRAWN', () => Promise.resolve());
  }

  /** The citizen withdraws the sharing consent (recorded by the sender): the recipient reads nothing more from now on. */
  async stopSharing(ctx: RequestContext, id: string): Promise<Referral> {
    const { referral, sender } = await this.access(ctx, id);
    if (!sender) throw new AppError('FORBIDDEN');
    if (!referral.consentId) throw new AppError('REFERRAL_NO_SHARING');
    await this.consents.withdraw(ctx, referral.consentId);
    this.sharingReads.forget(ctx, referral.consentId);
    return referral;
  }

  /** The recipient enrols the referred person into one of its programmes; the referral becomes ENGAGED. */
  async enrol(ctx: RequestContext, id: string, programmeId: string): Promise<Enrolment> {
    const { referral, recipient } = await this.access(ctx, id);
    if (!recipient) throw new AppError('FORBIDDEN');
    if (referral.status !== 'ACCEPTED' && referral.status !== 'ENGAGED') throw this.stepError(ctx, referral.status);
    const person = (await this.participants.byId(ctx).load(referral.participantId)) as Participant;
    return this.tx.run(ctx, async (em) => {
      const enrolment = await this.enrolments.enrolReferred(ctx, programmeId, person);
      const r = await em.getRepository(Referral).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
      const before = r.status;
      r.enrolmentId = enrolment.id;
      if (r.status === 'ACCEPTED') {
        r.status = 'ENGAGED';
        r.engagedAt = new Date();
      }
      await em.save(r);
      this.byId(ctx).clear(r.id).prime(r.id, r);
      await this.audit.record(ctx, {
        action: 'referral.enrol',
        entityType: 'referral',
        entityId: r.id,
        organizationId: r.toOrganizationId,
        changes: { status: [before, r.status], programmeId: [null, programmeId] },
      });
      return enrolment;
    });
  }

  /** What the caller may do now (the portal shows only these; the mutations decide again). */
  async steps(ctx: RequestContext, r: Referral): Promise<ReferralSteps> {
    const { sender, recipient } = await this.access(ctx, r.id);
    const next = REFERRAL_STEPS[r.status];
    const manage = ctx.can(Permission.ParticipantManage);
    const sharing = await this.sharingReads.sharing(ctx, r);
    return {
      decide: recipient && manage && next.includes('ACCEPTED'),
      engage: recipient && manage && next.includes('ENGAGED'),
      close: recipient && manage && next.includes('CLOSED'),
      enrol: recipient && (r.status === 'ACCEPTED' || r.status === 'ENGAGED') && ctx.can(Permission.ProgrammeWrite),
      hire: recipient && manage && !!r.openingId && next.includes('CLOSED'),
      withdraw: sender && manage && next.includes('WITHDRAWN'),
      stopSharing: sender && manage && !!sharing?.inForce,
    };
  }

  private stepError(ctx: RequestContext, status: ReferralStatus): AppError {
    return new AppError('REFERRAL_STEP', { params: { status: REFERRAL_STATUS_LABELS[status][ctx.lang] } });
  }

  /** One status step on the locked referral, if the current status allows it, audited. */
  private step(ctx: RequestContext, id: string, to: ReferralStatus, change: (r: Referral) => Promise<void>): Promise<Referral> {
    return this.tx.run(ctx, async (em) => {
      const r = await em.getRepository(Referral).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!REFERRAL_STEPS[r.status].includes(to)) throw this.stepError(ctx, r.status);
      const before = r.status;
      r.status = to;
      await change(r);
      await em.save(r);
      this.byId(ctx).clear(r.id).prime(r.id, r);
      await this.audit.record(ctx, {
        action: `referral.${verbOf(to)}`,
        entityType: 'referral',
        entityId: r.id,
        organizationId: to === 'WITHDRAWN' ? r.fromOrganizationId : r.toOrganizationId,
        changes: { status: [before, to] },
      });
      return r;
    });
  }
}
