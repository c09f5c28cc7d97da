import { Injectable } from '@nestjs/common';
import { normalizePhone, seoulDate } from '@lalaland/shared';
import type { PersonalField } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { AppError, problem } from '../../core/errors/app-error';
import { AuditService } from '../../core/audit/audit.service';
import { Transactions } from '../../core/database/transaction';
import { AccessService } from '../../core/access/access.service';
import { EventBus } from '../../core/events/event-bus';
import { Consent, Participant, PersonalDataAccess } from './participant.entity';
import { MatchReason, MergeParticipantsInput, ParticipantMatch, ParticipantMatchInput, UpdateParticipantInput } from './participants.dto';
import { PARTICIPANT_ACCESS } from './participant.access';
import { ParticipantService } from './participant.service';
import { PiiCipher } from './pii-cipher';
import { PARTICIPANTS_FIELDS } from './participants.errors';

const MAX_MATCHES = 10;

const phoneInvalid = () =>
  new AppError('VALIDATION_FAILED', {
    fields: [problem('phone', 'matches', PARTICIPANTS_FIELDS.phoneMatches)],
  });

/**
 * One person, one participant: the likely matches shown before registering, corrections of personal details, and the
 * merge of two participants who are one person, by the organization that holds them. (A "record" in this codebase is
 * only what documents and comments attach to; see the words in docs/ARCHITECTURE.md.)
 */
@Injectable()
export class ParticipantDetailsService {
  constructor(
    private readonly tx: Transactions,
    private readonly accessLayer: AccessService,
    private readonly audit: AuditService,
    private readonly cipher: PiiCipher,
    private readonly events: EventBus,
    private readonly participants: ParticipantService,
  ) {}

  /**
   * The active organization's participants who may be this person: the same phone, or the same name (with the same birth
   * year first). What the caller sees of each follows `personal` (consent and role, every read logged).
   */
  async matches(ctx: RequestContext, input: ParticipantMatchInput): Promise<ParticipantMatch[]> {
    const name = input.name.trim();
    const phone = input.phone ? normalizePhone(input.phone) : null;
    if (input.phone && !phone) throw phoneInvalid();
    const phoneHash = phone ? this.cipher.hash(phone) : null;
    const qb = this.accessLayer.filter(
      ctx,
      PARTICIPANT_ACCESS,
      this.tx.readOwnWrites(ctx).getRepository(Participant).createQueryBuilder('p'),
      'p',
    );
    qb.andWhere('(p.name = :name OR p.phone_hash = :phoneHash)', { name, phoneHash: phoneHash ?? '' })
      .orderBy('(p.phone_hash IS NOT NULL AND p.phone_hash = :phoneHash)', 'DESC')
      .addOrderBy('(p.birth_year = :birthYear)', 'DESC')
      .addOrderBy('p.created_at', 'ASC')
      .setParameter('birthYear', input.birthYear ?? -1)
      .limit(MAX_MATCHES);
    const rows = await qb.getMany();
    return rows.map((p) => {
      this.participants.byId(ctx).prime(p.id, p);
      const reasons: MatchReason[] = [];
      if (phoneHash && p.phoneHash === phoneHash) reasons.push('SAME_PHONE');
      if (p.name === name)
        reasons.push(
          input.birthYear !== null && input.birthYear !== undefined && p.birthYear === input.birthYear
            ? 'SAME_NAME_AND_BIRTH_YEAR'
            : 'SAME_NAME',
        );
      return { participant: p, reasons };
    });
  }

  /** Corrects personal details; each field given must be covered by an operation consent in force. The audit names fields, never values. */
  async update(ctx: RequestContext, input: UpdateParticipantInput): Promise<Participant> {
    const p = await this.participants.own(ctx, input.id);
    const phone = input.phone ? normalizePhone(input.phone) : input.phone === undefined ? undefined : null;
    if (input.phone && !phone) throw phoneInvalid();
    const wanted: Array<[PersonalField, boolean]> = [
      ['NAME', input.name !== undefined],
      ['PHONE', !!phone],
      ['BIRTH_YEAR', input.birthYear !== undefined],
      ['GENDER', !!input.gender],
      ['DISTRICT', !!input.districtCode],
    ];
    return this.tx.run(ctx, async (em) => {
      const row = await em.findOneOrFail(Participant, { where: { id: p.id }, lock: { mode: 'pessimistic_write' } });
      const today = seoulDate();
      const consents = (await em.find(Consent, { where: { participantId: p.id, purpose: 'PROGRAMME_OPERATION' } })).filter(
        (c) => !c.withdrawnAt && c.retentionUntil >= today,
      );
      const covered = new Set(consents.flatMap((c) => c.items));
      const missing = wanted.filter(([f, given]) => given && !covered.has(f)).map(([f]) => f);
      if (!consents.length || missing.length)
        throw new AppError('CONSENT_REQUIRED', {
          fields: [problem('consent', 'consent', PARTICIPANTS_FIELDS.consentNotCovered, { items: missing.join(', ') })],
        });
      const changed: string[] = [];
      const set = <K extends 'name' | 'birthYear' | 'gender' | 'districtCode'>(k: K, v: Participant[K] | undefined) => {
        if (v === undefined || row[k] === v) return;
        row[k] = v;
        changed.push(k);
      };
      set('name', input.name?.trim());
      set('birthYear', input.birthYear);
      set('gender', input.gender === undefined ? undefined : (input.gender ?? null));
      set('districtCode', input.districtCode === undefined ? undefined : input.districtCode || null);
      if (phone !== undefined) {
        const hash = phone ? this.cipher.hash(phone) : null;
        if (hash !== row.phoneHash) {
          row.phoneHash = hash;
          row.phoneEncrypted = phone ? this.cipher.encrypt(phone, row.pseudonymKey) : null;
          changed.push('phone');
        }
      }
      if (!changed.length) return row;
      await em.save(row);
      this.participants.byId(ctx).clear(row.id).prime(row.id, row);
      await this.audit.record(ctx, {
        action: 'participant.update',
        entityType: 'participant',
        entityId: row.id,
        organizationId: row.organizationId,
        changes: { pseudonymKey: [row.pseudonymKey, row.pseudonymKey], fields: [null, changed] },
      });
      return row;
    });
  }

  /**
   * Folds a duplicate record into the one kept: every module moves what points at the duplicate (enrolments with their
   * attendance and certificates; a programme both are enrolled in refuses the merge), consents follow, the access log
   * stays as written (the merge is recorded), details the kept record lacks are taken over, and the duplicate is
   * deleted. One transaction, audited.
   */
  async merge(ctx: RequestContext, input: MergeParticipantsInput): Promise<Participant> {
    if (input.keepId === input.duplicateId) throw new AppError('PARTICIPANT_MERGE_SAME');
    await this.participants.own(ctx, input.keepId);
    await this.participants.own(ctx, input.duplicateId);
    return this.tx.run(ctx, async (em) => {
      const [a, b] = [input.keepId, input.duplicateId].sort();
      const locked = await em.find(Participant, {
        where: [{ id: a }, { id: b }],
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const keep = locked.find((p) => p.id === input.keepId);
      const dup = locked.find((p) => p.id === input.duplicateId);
      if (!keep || !dup) throw new AppError('PARTICIPANT_NOT_FOUND'); // merged away by someone else meanwhile
      await this.events.publish(ctx, 'participant.merged', { keepId: keep.id, duplicateId: dup.id, organizationId: keep.organizationId });
      await em.query('UPDATE consent SET participant_id = $1 WHERE participant_id = $2', [keep.id, dup.id]);
      // The access log is kept as written: it stays under the duplicate's id, which now names the record kept.
      await em.query('UPDATE participant_merged SET kept_id = $1 WHERE kept_id = $2', [keep.id, dup.id]);
      await em.query('INSERT INTO participant_merged (duplicate_id, kept_id) VALUES ($1, $2)', [dup.id, keep.id]);
      const taken: string[] = [];
      if (!keep.phoneHash && dup.phoneHash && dup.phoneEncrypted) {
        keep.phoneEncrypted = this.cipher.encrypt(this.cipher.decrypt(dup.phoneEncrypted, dup.pseudonymKey), keep.pseudonymKey);
        keep.phoneHash = dup.phoneHash;
        taken.push('phone');
      }
      if (!keep.gender && dup.gender) {
        keep.gender = dup.gender;
        taken.push('gender');
      }
      if (!keep.districtCode && dup.districtCode) {
        keep.districtCode = dup.districtCode;
        taken.push('districtCode');
      }
      await em.save(keep);
      await em.delete(Participant, { id: dup.id });
      this.participants.byId(ctx).clear(dup.id).clear(keep.id).prime(keep.id, keep);
      await this.audit.record(ctx, {
        action: 'participant.merge',
        entityType: 'participant',
        entityId: keep.id,
        organizationId: keep.organizationId,
        changes: { merged: [dup.pseudonymKey, keep.pseudonymKey], duplicateId: [dup.id, null], fieldsTaken: [null, taken] },
      });
      return keep;
    });
  }

  /** May the holding organization contact the person: an operation consent in force that covers the phone? */
  async contactAllowed(ctx: RequestContext, participantId: string): Promise<boolean> {
    const rows: unknown[] = await this.tx
      .readOwnWrites(ctx)
      .query(
        `SELECT 1 FROM consent WHERE participant_id = $1 AND purpose = 'PROGRAMME_OPERATION' AND withdrawn_at IS NULL AND retention_until >= $2 AND 'PHONE' = ANY(items) LIMIT 1`,
        [participantId, seoulDate()],
      );
    return rows.length > 0;
  }

  /** Logs a read of a person's records that are not personal fields (counselling notes): who, which organization, why. */
  async logRead(ctx: RequestContext, participantIds: readonly string[], purpose: string): Promise<void> {
    if (!participantIds.length) return;
    await this.tx
      .readOwnWrites(ctx)
      .getRepository(PersonalDataAccess)
      .insert(
        participantIds.map((participantId) => ({
          userId: ctx.userId,
          organizationId: ctx.activeOrganizationId,
          participantId,
          fields: [],
          purpose: purpose.slice(0, 100),
          requestId: ctx.requestId.slice(0, 100),
        })),
      );
  }
}
