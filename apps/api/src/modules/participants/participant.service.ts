import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Permission, formatPhone, itemsStored, normalizePhone } from '@lalaland/shared';
import type { PersonalField } from '@lalaland/shared';
import { RequestContext, byIds, loadEach } from '../../core/context/request-context';
import { AppError, problem } from '../../core/errors/app-error';
import { AuditService } from '../../core/audit/audit.service';
import { Page, PageArgs, likePattern } from '../../core/graphql/pagination';
import { randomCode } from '../../core/random-code';
import { Participant, ParticipantPersonal, PersonalDataAccess } from './participant.entity';
import { ParticipantsArgs, RegisterParticipantInput } from './participants.dto';
import { PiiCipher } from './pii-cipher';
import { checkConsent, consentProblem, consentsOf, inForce, saveConsent } from './consent';
import { Transactions } from '../../core/database/transaction';
import { AccessService } from '../../core/access/access.service';
import { PARTICIPANT_ACCESS } from './participant.access';
import { PARTICIPANTS_FIELDS } from './participants.errors';

/**
 * Participants (citizens); their consents are ConsentService's. The registering organization holds the personal data; other
 * organizations see the pseudonymous key only, unless the citizen consented to share named items with them.
 * Every read of personal fields writes a personal_data_access row (who, whom, which fields, why).
 */
@Injectable()
export class ParticipantService {
  private readonly logger = new Logger(ParticipantService.name);
  constructor(
    private readonly tx: Transactions,
    private readonly accessLayer: AccessService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly cipher: PiiCipher,
  ) {}

  /** The caller's capabilities on one participant (its policy's), or null where it may not see it: batched per request tick. */
  granted(ctx: RequestContext, id: string) {
    return this.accessLayer.find(ctx, PARTICIPANT_ACCESS, id);
  }

  byId(ctx: RequestContext) {
    return ctx.loader<Participant>('participant.byId', async (ids) =>
      byIds(ids, await this.db.getRepository(Participant).findBy({ id: In([...ids]) })),
    );
  }

  /** A participant the active organization holds; any other id is PARTICIPANT_NOT_FOUND. */
  async own(ctx: RequestContext, id: string): Promise<Participant> {
    const p = await this.findOwn(ctx, id);
    if (!p) throw new AppError('PARTICIPANT_NOT_FOUND');
    return p;
  }

  /** The participant if the active organization holds it (PARTICIPANT_ACCESS), else null; a fault stays an error. */
  async findOwn(ctx: RequestContext, id: string): Promise<Participant | null> {
    return (await this.accessLayer.find(ctx, PARTICIPANT_ACCESS, id)) ? this.byId(ctx).load(id) : null;
  }

  /** The active organization's participants, searched by name, phone number or pseudonymous key. */
  async list(ctx: RequestContext, args: ParticipantsArgs): Promise<Page<Participant>> {
    // Behind the second wall too: row-level security shows this transaction only the organization's own people.
    const [items, totalCount] = await this.tx.scoped(ctx, (em) => {
      const qb = this.accessLayer.filter(ctx, PARTICIPANT_ACCESS, em.getRepository(Participant).createQueryBuilder('p'), 'p');
      const q = args.search?.trim();
      if (q) {
        const phone = normalizePhone(q);
        if (phone) qb.andWhere('p.phone_hash = :h', { h: this.cipher.hash(phone) });
        else if (/^P[A-Z0-9]{7}$/.test(q.toUpperCase())) qb.andWhere('p.pseudonym_key = :k', { k: q.toUpperCase() });
        else qb.andWhere('p.name ILIKE :n', { n: likePattern(q) });
      }
      qb.orderBy('p.created_at', 'DESC').addOrderBy('p.id', 'ASC').offset(args.offset).limit(args.limit);
      return qb.getManyAndCount();
    });
    for (const p of items) this.byId(ctx).prime(p.id, p);
    return { items, totalCount, offset: args.offset, limit: args.limit };
  }

  async register(ctx: RequestContext, input: RegisterParticipantInput): Promise<Participant> {
    const org = ctx.activeOrganizationId;
    if (!org) throw new AppError('FORBIDDEN');
    const phone = input.phone ? normalizePhone(input.phone) : null;
    if (input.phone && !phone)
      throw new AppError('VALIDATION_FAILED', {
        fields: [problem('phone', 'matches', PARTICIPANTS_FIELDS.phoneMatches)],
      });
    if ((input.consent.purpose ?? 'PROGRAMME_OPERATION') !== 'PROGRAMME_OPERATION')
      throw consentProblem(PARTICIPANTS_FIELDS.consentForOperation);
    checkConsent(input.consent, itemsStored({ phone, gender: input.gender, districtCode: input.districtCode }));
    const name = input.name.trim();
    const phoneHash = phone ? this.cipher.hash(phone) : null;
    if (phoneHash) {
      const dup = await this.tx.readOwnWrites(ctx).getRepository(Participant).findOneBy({ organizationId: org, phoneHash, name });
      if (dup) throw new AppError('PARTICIPANT_EXISTS', { params: { key: dup.pseudonymKey }, details: { participantId: dup.id } });
    }
    // Someone registered without a phone (or with a new one) is not silently duplicated: the caller saw the matches and confirmed.
    if (!input.confirmedNew) {
      const like = await this.tx
        .readOwnWrites(ctx)
        .getRepository(Participant)
        .findOneBy({ organizationId: org, name, birthYear: input.birthYear });
      if (like)
        throw new AppError('PARTICIPANT_POSSIBLE_DUPLICATE', { params: { key: like.pseudonymKey }, details: { participantId: like.id } });
    }
    return this.tx.run(ctx, async (em) => {
      const pseudonymKey = `P${randomCode(7)}`;
      const p = em.create(Participant, {
        organizationId: org,
        pseudonymKey,
        name,
        phoneEncrypted: phone ? this.cipher.encrypt(phone, pseudonymKey) : null,
        phoneHash,
        birthYear: input.birthYear,
        gender: input.gender ?? null,
        districtCode: input.districtCode ?? null,
        registeredById: ctx.userId,
        isSample: false,
      });
      await em.save(p);
      const consent = await saveConsent(ctx, em, p, input.consent);
      // The audit trail names the pseudonymous key, never the personal fields.
      this.byId(ctx).prime(p.id, p); // enrolling in the same transaction (an import) finds it before commit
      await this.audit.record(ctx, {
        action: 'participant.register',
        entityType: 'participant',
        entityId: p.id,
        organizationId: org,
        changes: { pseudonymKey: [null, p.pseudonymKey], consentId: [null, consent.id] },
      });
      return p;
    });
  }

  /** The personal fields the active organization may read, per consent: all its own consent covers, or what was shared with it. */
  private async readable(ctx: RequestContext, p: Participant): Promise<Set<PersonalField>> {
    const out = new Set<PersonalField>();
    const org = ctx.activeOrganizationId;
    if (!org || !ctx.can(Permission.ParticipantManage)) return out;
    const consents = ((await consentsOf(ctx, this.db).load(p.id)) ?? []).filter((c) => inForce(c));
    const operation = consents.filter((c) => c.purpose === 'PROGRAMME_OPERATION');
    if (!operation.length) return out; // withdrawn: hidden from everyone
    if (p.organizationId === org) operation.forEach((c) => c.items.forEach((i) => out.add(i)));
    consents
      .filter((c) => c.purpose === 'THIRD_PARTY_SHARING' && c.recipientOrganizationId === org)
      .forEach((c) => c.items.forEach((i) => out.add(i)));
    return out;
  }

  /**
   * The personal fields asked for, as far as consent and role allow, or null. Reads of a request are batched, and
   * one personal_data_access row per participant names the fields actually returned and the operation that read them.
   */
  personal(ctx: RequestContext, p: Participant, fields: PersonalField[], purpose: string): Promise<ParticipantPersonal | null> {
    // Every read of personal data is logged, so an answer that carries some is never served again from a cache.
    ctx.doNotCache();
    const loader = ctx.loader<ParticipantPersonal>(`participant.personal:${purpose}:${[...fields].sort().join(',')}`, async (ids) => {
      const people = await loadEach(this.byId(ctx), ids);
      const logs: Array<Partial<PersonalDataAccess>> = [];
      const out = await Promise.all(
        people.map(async (person) => {
          if (!person) return null;
          const allowed = await this.readable(ctx, person);
          const read = fields.filter((f) => allowed.has(f));
          if (!allowed.size) return null;
          if (read.length)
            logs.push({
              userId: ctx.userId,
              organizationId: ctx.activeOrganizationId,
              participantId: person.id,
              fields: read,
              purpose: purpose.slice(0, 100),
              requestId: ctx.requestId.slice(0, 100),
            });
          return this.reveal(person, allowed);
        }),
      );
      if (logs.length) await this.db.getRepository(PersonalDataAccess).insert(logs);
      return out;
    });
    return loader.load(p.id);
  }

  /** Logs that names were shown in a list the caller asked for (search): one NAME read per person, under `purpose`. */
  async logNamesShown(ctx: RequestContext, participantIds: readonly string[], purpose: string): Promise<void> {
    if (!participantIds.length) return;
    ctx.doNotCache();
    await this.db.getRepository(PersonalDataAccess).insert(
      [...new Set(participantIds)].map((participantId) => ({
        userId: ctx.userId,
        organizationId: ctx.activeOrganizationId,
        participantId,
        fields: ['NAME' as const],
        purpose: purpose.slice(0, 100),
        requestId: ctx.requestId.slice(0, 100),
      })),
    );
  }

  /**
   * Logs a read of a person's data that is not one of their fields (a document, a note, comments written about them),
   * under `purpose` (a referral's provision log), naming what was read.
   */
  async logRead(ctx: RequestContext, participantId: string, purpose: string, detail: string): Promise<void> {
    ctx.doNotCache();
    await this.db.getRepository(PersonalDataAccess).insert({
      userId: ctx.userId,
      organizationId: ctx.activeOrganizationId,
      participantId,
      fields: [],
      detail: detail.slice(0, 200),
      purpose: purpose.slice(0, 100),
      requestId: ctx.requestId.slice(0, 100),
    });
  }

  /** The phone, decrypted; a ciphertext that is not this row's (copied from another participant, or altered) reads as none, loudly. */
  private phoneOf(p: Participant): string | null {
    try {
      return formatPhone(this.cipher.decrypt(p.phoneEncrypted!, p.pseudonymKey));
    } catch (err) {
      const message = (err as { message?: unknown } | null)?.message; // node's crypto errors may come from another realm (Jest)
      if (typeof message !== 'string' || !/unable to authenticate|unknown ciphertext/i.test(message)) throw err;
      this.logger.error({ participant: p.pseudonymKey }, 'phone ciphertext does not belong to this participant');
      return null;
    }
  }

  private reveal(p: Participant, allowed: Set<PersonalField>): ParticipantPersonal {
    return {
      name: allowed.has('NAME') ? p.name : null,
      phone: allowed.has('PHONE') && p.phoneEncrypted ? this.phoneOf(p) : null,
      birthYear: allowed.has('BIRTH_YEAR') ? p.birthYear : null,
      gender: allowed.has('GENDER') ? p.gender : null,
      districtCode: allowed.has('DISTRICT') ? p.districtCode : null,
    };
  }

  /** Who read a participant's personal data: the holding organization's admins. */
  async accessLog(ctx: RequestContext, participantId: string, page: PageArgs): Promise<Page<PersonalDataAccess>> {
    await this.own(ctx, participantId);
    if (!ctx.can(Permission.AuditRead)) throw new AppError('FORBIDDEN');
    // The log is never rewritten: reads of records merged into this one stay under the duplicate's id.
    const merged = (await this.db.query('SELECT duplicate_id AS id FROM participant_merged WHERE kept_id = $1', [participantId])) as Array<{
      id: string;
    }>;
    const [items, totalCount] = await this.db.getRepository(PersonalDataAccess).findAndCount({
      where: { participantId: In([participantId, ...merged.map((m) => m.id)]) },
      order: { occurredAt: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    return { items, totalCount, offset: page.offset, limit: page.limit };
  }
}
