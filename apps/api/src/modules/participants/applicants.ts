import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { itemsStored, seoulDate } from '@lalaland/shared';
import { AuditService } from '../../core/audit/audit.service';
import { RequestContext } from '../../core/context/request-context';
import { randomCode } from '../../core/random-code';
import { inForce, saveConsent } from './consent';
import { Consent, Participant, PersonalDataAccess } from './participant.entity';
import { PiiCipher } from './pii-cipher';

export interface Applicant {
  /** The host organization, which will hold the person. */
  organizationId: string;
  name: string;
  /** Digits only, confirmed by a code. */
  phone: string;
  birthYear: number;
  districtCode: string | null;
  /** Until when the consent given online keeps the data (the programme's end plus the retention the notice states). */
  retentionUntil: string;
}

/**
 * A citizen who applied online becomes a participant the host already works with: the person the organization holds
 * under the same confirmed phone number, else a new one; either way the consent the person gave online is recorded
 * (method ONLINE, by nobody on staff). The applicant is never told whether they were known.
 */
@Injectable()
export class ApplicantRecords {
  constructor(
    private readonly cipher: PiiCipher,
    private readonly audit: AuditService,
  ) {}

  async match(ctx: RequestContext, em: EntityManager, a: Applicant): Promise<{ participant: Participant; known: boolean }> {
    const phoneHash = this.cipher.hash(a.phone);
    const items = itemsStored({ phone: a.phone, districtCode: a.districtCode });
    const consent = { given: true, items, retentionUntil: a.retentionUntil, method: 'ONLINE' as const };
    const known = await em.findOne(Participant, { where: { organizationId: a.organizationId, phoneHash }, order: { createdAt: 'ASC' } });
    if (known) {
      const consents = await em.findBy(Consent, { participantId: known.id, purpose: 'PROGRAMME_OPERATION' });
      const today = seoulDate();
      if (!consents.some((c) => inForce(c, today) && items.every((i) => c.items.includes(i)))) {
        const c = await saveConsent(ctx, em, known, consent);
        await this.audit.record(ctx, {
          action: 'consent.give',
          entityType: 'participant',
          entityId: known.id,
          organizationId: known.organizationId,
          changes: { consentId: [null, c.id], method: 'ONLINE', channel: 'online' },
        });
      }
      return { participant: known, known: true };
    }
    const pseudonymKey = `P${randomCode(7)}`;
    const p = em.create(Participant, {
      id: randomUUID(),
      organizationId: a.organizationId,
      pseudonymKey,
      name: a.name,
      phoneEncrypted: this.cipher.encrypt(a.phone, pseudonymKey),
      phoneHash,
      birthYear: a.birthYear,
      gender: null,
      districtCode: a.districtCode,
      registeredById: null,
      isSample: false,
    });
    await em.insert(Participant, p);
    const c = await saveConsent(ctx, em, p, consent);
    await this.audit.record(ctx, {
      action: 'participant.register',
      entityType: 'participant',
      entityId: p.id,
      organizationId: a.organizationId,
      changes: { pseudonymKey: [null, pseudonymKey], consentId: [null, c.id], channel: 'online' },
    });
    return { participant: p, known: false };
  }

  /**
   * The applicant's confirmed phone number, to text them about their application (the caller sends it on and keeps it
   * nowhere); the read is logged like every read of personal data, under `purpose`.
   */
  async phoneOf(ctx: RequestContext, em: EntityManager, participantId: string, purpose: string): Promise<string | null> {
    const p = await em.findOneBy(Participant, { id: participantId });
    if (!p?.phoneEncrypted) return null;
    await em.insert(PersonalDataAccess, {
      userId: null,
      organizationId: p.organizationId,
      participantId: p.id,
      fields: ['PHONE'],
      detail: null,
      purpose,
      requestId: ctx.requestId,
    });
    return this.cipher.decrypt(p.phoneEncrypted, p.pseudonymKey);
  }
}
