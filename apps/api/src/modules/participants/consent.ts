import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { consentInForce, notCovered, seoulDate, type PersonalField } from '@lalaland/shared';
import { RequestContext, groupByIds } from '../../core/context/request-context';
import { AppError, problem } from '../../core/errors/app-error';
import { Consent, Participant } from './participant.entity';
import { ConsentInput } from './participants.dto';
import { PARTICIPANTS_FIELDS } from './participants.errors';

/** Is the consent in force today (given, not withdrawn, retention not passed)? */
export function inForce(c: Consent, today = seoulDate()): boolean {
  return consentInForce(c, today);
}

export function consentProblem(message: { ko: string; en: string }, params?: Record<string, string>) {
  return new AppError('CONSENT_REQUIRED', { fields: [problem('consent', 'consent', message, params)] });
}

/** Consent must be given, kept for a future date, and cover every personal item stored (the rule of `@lalaland/shared`). */
export function checkConsent(input: ConsentInput, stored: readonly PersonalField[]): void {
  if (!input.given) throw consentProblem(PARTICIPANTS_FIELDS.consentGiven);
  if (input.retentionUntil < seoulDate())
    throw new AppError('VALIDATION_FAILED', {
      fields: [problem('consent.retentionUntil', 'min', PARTICIPANTS_FIELDS.consentRetentionUntilMin)],
    });
  const missing = notCovered(stored, input.items);
  if (missing.length) throw consentProblem(PARTICIPANTS_FIELDS.consentNotCovered, { items: missing.join(', ') });
}

/** Stores a consent as given (in the caller's transaction). */
export function saveConsent(ctx: RequestContext, em: EntityManager, p: Participant, input: ConsentInput): Promise<Consent> {
  return em.save(consentRow(ctx, em, p, input));
}

/** A consent as given, not yet stored (a batch stores many in one statement). */
export function consentRow(ctx: RequestContext, em: EntityManager, p: Participant, input: ConsentInput): Consent {
  return em.create(Consent, {
    participantId: p.id,
    organizationId: p.organizationId,
    purpose: input.purpose ?? 'PROGRAMME_OPERATION',
    recipientOrganizationId: input.purpose === 'THIRD_PARTY_SHARING' ? (input.recipientOrganizationId ?? null) : null,
    items: [...new Set(input.items)],
    retentionUntil: input.retentionUntil,
    givenAt: new Date(),
    method: input.method ?? 'WRITTEN',
    recordedById: ctx.userId,
    withdrawnAt: null,
    withdrawnById: null,
  });
}

/** Consents per participant id, newest first: one query for a request tick. */
export function consentsOf(ctx: RequestContext, db: DataSource) {
  return ctx.loader<Consent[]>('participant.consents', async (ids) => {
    const rows = await db.getRepository(Consent).find({ where: { participantId: In([...ids]) }, order: { givenAt: 'DESC', id: 'ASC' } });
    return groupByIds(ids, rows, (r) => r.participantId);
  });
}
