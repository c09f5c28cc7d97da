import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PERSONAL_FIELDS, Permission, consentInForce, seoulDate, type PersonalField } from '@lalaland/shared';
import { AccessService } from '../../core/access/access.service';
import { RequestContext, byIds } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { Consent, ParticipantService, type ParticipantPersonal, accessLogOf, consentsById } from '../participants';
import { REFERRAL_ACCESS } from './referral.access';
import { Referral } from './referral.entity';
import { RecordGrantFor, type RecordGrant } from '../../core/records/record-access';
import type { ReferralProvision, ReferralSharing } from './referrals.dto';

/** The purpose every read of a referral's shared items is logged under: the provision log of that referral. */
export const provisionPurpose = (referralId: string) => `referral:${referralId}`;

/**
 * What a referral shares and with whom: the consent as agreed, the items the caller may read (each read a logged
 * provision under the referral), and the provision log for the sender.
 */
@Injectable()
export class ReferralSharingService {
  constructor(
    private readonly tx: Transactions,
    private readonly accessLayer: AccessService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly participants: ParticipantService,
  ) {}

  /**
   * What hangs off a referral (documents, comments) is about the person referred, so personal data: both sides see it
   * and add to it. The recipient sees what the sender attached or wrote only while the sharing consent is in force
   * (never when the citizen refused sharing), and each such read is a provision in the sender's log.
   */
  @RecordGrantFor('REFERRAL')
  async recordGrant(ctx: RequestContext, id: string): Promise<RecordGrant> {
    const g = await this.accessLayer.require(ctx, REFERRAL_ACCESS, id);
    const write = g.canAddTo && ctx.can(Permission.ParticipantManage);
    if (!g.recipient || g.sender) return { write, personal: true };
    const r = await this.tx.readOwnWrites(ctx).getRepository(Referral).findOneByOrFail({ id });
    const sharing = await this.sharing(ctx, r);
    return {
      write,
      personal: true,
      sharedUnder: {
        inForce: !!sharing?.inForce,
        logRead: (detail) => this.participants.logRead(ctx, r.participantId, provisionPurpose(r.id), detail),
      },
    };
  }

  /** The sender's note, for the recipient only while the sharing consent is in force (each read a provision). */
  async note(ctx: RequestContext, r: Referral): Promise<string | null> {
    if (!r.note) return null;
    const g = await this.accessLayer.find(ctx, REFERRAL_ACCESS, r.id);
    if (!g) return null;
    if (g.sender || !g.recipient) return r.note;
    if (!(await this.sharing(ctx, r))?.inForce) return null;
    await this.participants.logRead(ctx, r.participantId, provisionPurpose(r.id), 'note');
    return r.note;
  }

  /** The sharing consent as agreed, for both sides; null when nothing is shared. */
  async sharing(ctx: RequestContext, r: Referral): Promise<ReferralSharing | null> {
    if (!r.consentId) return null;
    const c = await this.consents(ctx).load(r.consentId);
    if (!c) return null;
    return {
      items: c.items,
      purpose: r.sharingPurpose ?? '',
      retentionUntil: c.retentionUntil,
      givenAt: c.givenAt,
      withdrawnAt: c.withdrawnAt,
      inForce: consentInForce(c, seoulDate()),
    };
  }

  /**
   * What the caller may read about the person: for the recipient, exactly the consented items while the consent is
   * in force (each read logged as a provision of this referral); for the sender, what it holds. Null otherwise.
   */
  async shared(ctx: RequestContext, r: Referral, fields: PersonalField[]): Promise<ParticipantPersonal | null> {
    const person = await this.participants.byId(ctx).load(r.participantId);
    if (!person) return null;
    const granted = await this.accessLayer.find(ctx, REFERRAL_ACCESS, r.id);
    if (!granted) return null;
    if (granted.recipient && !granted.sender) {
      const sharing = await this.sharing(ctx, r);
      if (!sharing?.inForce) return null;
      const allowed = fields.filter((f) => sharing.items.includes(f));
      if (!allowed.length) return null;
      const read = await this.participants.personal(ctx, person, allowed, provisionPurpose(r.id));
      // Exactly this referral's items, even where another consent shares more with the same organization.
      return read && onlyItems(read, sharing.items);
    }
    return this.participants.personal(ctx, person, fields.length ? fields : [...PERSONAL_FIELDS], provisionPurpose(r.id));
  }

  /** The provision log of a referral (the sender's view): every read of the shared items by the recipient. */
  async provisions(ctx: RequestContext, r: Referral): Promise<ReferralProvision[] | null> {
    const granted = await this.accessLayer.find(ctx, REFERRAL_ACCESS, r.id);
    if (!granted?.canAudit) return null;
    return accessLogOf(this.db.manager, r.participantId, provisionPurpose(r.id), r.toOrganizationId);
  }

  private consents(ctx: RequestContext) {
    return ctx.loader<Consent>('referral.consent', async (ids) => byIds(ids, await consentsById(this.tx.readOwnWrites(ctx), ids)));
  }

  /** Drops a consent from this request's cache after it changed (withdrawn). */
  forget(ctx: RequestContext, consentId: string): void {
    this.consents(ctx).clear(consentId);
  }
}

/** The personal fields outside `items` blanked. */
function onlyItems(p: ParticipantPersonal, items: readonly PersonalField[]): ParticipantPersonal {
  return {
    name: items.includes('NAME') ? p.name : null,
    phone: items.includes('PHONE') ? p.phone : null,
    birthYear: items.includes('BIRTH_YEAR') ? p.birthYear : null,
    gender: items.includes('GENDER') ? p.gender : null,
    districtCode: items.includes('DISTRICT') ? p.districtCode : null,
  };
}
