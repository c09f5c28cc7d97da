import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { seoulDate } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { AppError, problem } from '../../core/errors/app-error';
import { AuditService } from '../../core/audit/audit.service';
import { isUuid } from '../../core/graphql/pagination';
import { Transactions } from '../../core/database/transaction';
import { OrganizationService } from '../organizations';
import { Consent, Participant } from './participant.entity';
import { GiveConsentInput } from './participants.dto';
import { PARTICIPANTS_FIELDS } from './participants.errors';
import { ParticipantService } from './participant.service';
import { checkConsent, consentsOf, saveConsent } from './consent';

/**
 * A participant's consents after registration: further ones (sharing named items with a partner), withdrawal, and the
 * question every enrolment and activity asks first (is there consent in force to run programmes?).
 */
@Injectable()
export class ConsentService {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationService,
    private readonly participants: ParticipantService,
  ) {}

  /** Records a further consent (e.g. sharing named items with a partner organization). */
  async give(ctx: RequestContext, input: GiveConsentInput): Promise<Consent> {
    const p = await this.participants.own(ctx, input.participantId);
    checkConsent(input, []);
    if (input.purpose === 'THIRD_PARTY_SHARING') {
      const recipient = input.recipientOrganizationId ? await this.organizations.byId(ctx).load(input.recipientOrganizationId) : null;
      if (!recipient || recipient.id === p.organizationId) {
        throw new AppError('VALIDATION_FAILED', {
          fields: [problem('recipientOrganizationId', 'isNotEmpty', PARTICIPANTS_FIELDS.recipientOrganizationIdIsNotEmpty)],
        });
      }
    }
    return this.tx.run(ctx, async (em) => {
      const c = await saveConsent(ctx, em, p, input);
      await this.audit.record(ctx, {
        action: 'consent.give',
        entityType: 'consent',
        entityId: c.id,
        organizationId: p.organizationId,
        changes: {
          participant: [null, p.pseudonymKey],
          purpose: [null, c.purpose],
          items: [null, c.items],
          recipient: [null, c.recipientOrganizationId],
        },
      });
      return c;
    });
  }

  /** Withdrawal hides the personal fields from then on (enrolment and attendance figures stay, as the law requires). */
  async withdraw(ctx: RequestContext, consentId: string): Promise<Consent> {
    const c = isUuid(consentId) ? await this.db.getRepository(Consent).findOneBy({ id: consentId }) : null;
    if (!c) throw new AppError('CONSENT_NOT_FOUND');
    const p = await this.participants.findOwn(ctx, c.participantId);
    if (!p) throw new AppError('CONSENT_NOT_FOUND');
    return this.withdrawn(ctx, c, p.pseudonymKey, 'staff');
  }

  /**
   * The person withdraws their own consent from their space: `participantIds` are the records their confirmed number
   * holds; a consent of anyone else is CONSENT_NOT_FOUND.
   */
  async withdrawByPerson(ctx: RequestContext, consentId: string, participantIds: readonly string[]): Promise<Consent> {
    const c = isUuid(consentId) ? await this.db.getRepository(Consent).findOneBy({ id: consentId }) : null;
    if (!c || !participantIds.includes(c.participantId)) throw new AppError('CONSENT_NOT_FOUND');
    const p = await this.db.getRepository(Participant).findOneByOrFail({ id: c.participantId });
    return this.withdrawn(ctx, c, p.pseudonymKey, 'person');
  }

  private withdrawn(ctx: RequestContext, c: Consent, pseudonymKey: string, by: 'staff' | 'person'): Promise<Consent> {
    if (c.withdrawnAt) return Promise.resolve(c);
    return this.tx.run(ctx, async (em) => {
      c.withdrawnAt = new Date();
      c.withdrawnById = ctx.userId;
      await em.save(c);
      await this.audit.record(ctx, {
        action: 'consent.withdraw',
        entityType: 'consent',
        entityId: c.id,
        organizationId: c.organizationId,
        changes: { participant: [null, pseudonymKey], purpose: [c.purpose, null], ...(by === 'person' ? { by: [null, 'person'] } : {}) },
      });
      return c;
    });
  }

  /** Consent records, for the holding organization only (null for others). */
  async ofParticipant(ctx: RequestContext, participantId: string): Promise<Consent[] | null> {
    if (!(await this.participants.findOwn(ctx, participantId))) return null;
    return (await consentsOf(ctx, this.db).load(participantId)) ?? [];
  }

  /** Does the participant have consent in force for running programmes (checked before an enrolment is stored)? */
  async hasOperationConsent(ctx: RequestContext, participantId: string): Promise<boolean> {
    const rows: unknown[] = await this.tx
      .readOwnWrites(ctx)
      .query(
        `SELECT 1 FROM consent WHERE participant_id = $1 AND purpose = 'PROGRAMME_OPERATION' AND withdrawn_at IS NULL AND retention_until >= $2 LIMIT 1`,
        [participantId, seoulDate()],
      );
    return rows.length > 0;
  }
}
