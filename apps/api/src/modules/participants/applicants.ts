import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { itemsStored, seoulDate, type PersonalField } from '@lalaland/shared';
import { AuditService } from '../../core/audit/audit.service';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { randomCode } from '../../core/random-code';
import { consentRow, inForce } from './consent';
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

/** One applicant of a batch, as `holders` answered for them, with the request they came in (for the audit row). */
export interface Holding {
  applicant: Applicant;
  participant: Participant;
  known: boolean;
  request: RequestContext;
}

/**
 * A citizen who applied online becomes a participant the host already works with: the person the organization holds
 * under the same confirmed phone number, else a new one; either way the consent the person gave online is recorded
 * (method ONLINE, by nobody on staff). The applicant is never told whether they were known. Applicants come in
 * batches (the opening rush): one read and one insert for the people, one read and one insert for the consents.
 */
@Injectable()
export class ApplicantRecords {
  constructor(
    private readonly cipher: PiiCipher,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  /** The person each applicant is (the same number given twice in a batch is one person), new ones inserted. */
  async holders(em: EntityManager, applicants: readonly Applicant[]): Promise<Array<{ participant: Participant; known: boolean }>> {
    // Each number hashed once (HMAC): the lookup, the new rows and the batch's own repeats all use it.
    const hashes = applicants.map((a) => this.cipher.hash(a.phone));
    const keys = applicants.map((a, i) => `${a.organizationId}:${hashes[i]}`);
    const known = applicants.length
      ? await em
          .createQueryBuilder(Participant, 'p')
          .distinctOn(['p.organizationId', 'p.phoneHash'])
          .where('(p.organizationId, p.phoneHash) IN (SELECT * FROM unnest(:orgs::uuid[], :hashes::text[]))', {
            orgs: applicants.map((a) => a.organizationId),
            hashes,
          })
          .orderBy('p.organizationId')
          .addOrderBy('p.phoneHash')
          .addOrderBy('p.createdAt', 'ASC')
          .getMany()
      : [];
    const people = new Map(known.map((p) => [`${p.organizationId}:${p.phoneHash}`, { participant: p, known: true }]));
    const created: Participant[] = [];
    for (const [i, a] of applicants.entries()) {
      if (people.has(keys[i]!)) continue;
      const pseudonymKey = `P${randomCode(7)}`;
      const p = em.create(Participant, {
        id: randomUUID(),
        organizationId: a.organizationId,
        pseudonymKey,
        name: a.name,
        phoneEncrypted: this.cipher.encrypt(a.phone, pseudonymKey),
        phoneHash: hashes[i]!,
        birthYear: a.birthYear,
        gender: null,
        districtCode: a.districtCode,
        registeredById: null,
        isSample: false,
      });
      created.push(p);
      people.set(keys[i]!, { participant: p, known: false });
    }
    if (created.length) await em.insert(Participant, created);
    return keys.map((k) => people.get(k)!);
  }

  /**
   * Records what each applicant consented to online, unless a consent in force already covers it, with an audit row
   * per person (registered online, or consent given online) that names the applicant's request.
   */
  async recordConsents(ctx: RequestContext, em: EntityManager, holdings: readonly Holding[]): Promise<void> {
    const today = seoulDate();
    const held = holdings.filter((h) => h.known).map((h) => h.participant.id);
    const existing = held.length ? await em.findBy(Consent, { participantId: In(held), purpose: 'PROGRAMME_OPERATION' }) : [];
    const done = new Set<string>();
    const rows: Array<{ h: Holding; c: Consent }> = [];
    for (const h of holdings) {
      const items = itemsStored({ phone: h.applicant.phone, districtCode: h.applicant.districtCode });
      const covered = existing.some(
        (c) => c.participantId === h.participant.id && inForce(c, today) && items.every((i) => c.items.includes(i)),
      );
      if (covered || done.has(h.participant.id)) continue;
      done.add(h.participant.id);
      const consent = { given: true, items, retentionUntil: h.applicant.retentionUntil, method: 'ONLINE' as const };
      rows.push({ h, c: consentRow(ctx, em, h.participant, consent) });
    }
    if (!rows.length) return;
    await em.insert(
      Consent,
      rows.map((r) => r.c),
    );
    await this.audit.recordMany(
      ctx,
      rows.map(({ h, c }) => ({
        action: h.known ? 'consent.give' : 'participant.register',
        entityType: 'participant',
        entityId: h.participant.id,
        organizationId: h.participant.organizationId,
        changes: h.known
          ? { consentId: [null, c.id], method: 'ONLINE', channel: 'online' }
          : { pseudonymKey: [null, h.participant.pseudonymKey], consentId: [null, c.id], channel: 'online' },
        request: h.request,
      })),
    );
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

  /**
   * A person reading their own records in their space (or downloading them): one access-log row per record, no staff
   * reader (user null), the fields read (none for a page of courses and consents), under `purpose`.
   */
  async logOwnReads(
    ctx: RequestContext,
    holdings: ReadonlyArray<{ participantId: string; organizationId: string }>,
    fields: readonly PersonalField[],
    detail: string,
    purpose: string,
  ): Promise<void> {
    if (!holdings.length) return;
    await this.tx.readOwnWrites(ctx).query(
      `INSERT INTO personal_data_access (user_id, organization_id, participant_id, fields, detail, purpose, request_id)
       SELECT NULL, h.org, h.id, $3::personal_field[], $4, $5, $6 FROM unnest($1::uuid[], $2::uuid[]) AS h(id, org)`,
      [holdings.map((h) => h.participantId), holdings.map((h) => h.organizationId), fields, detail, purpose, ctx.requestId],
    );
  }

  /**
   * The person changed their number from their space (confirmed by a code to the new number): every record their old
   * number holds gets the new one, encrypted under its own key, its hash replaced; audited per holding organization.
   */
  async changePhone(
    ctx: RequestContext,
    holdings: ReadonlyArray<{ participantId: string; organizationId: string }>,
    phone: string,
  ): Promise<void> {
    const em = this.tx.readOwnWrites(ctx);
    const rows = (await em.query(
      'SELECT id, organization_id AS "organizationId", pseudonym_key AS key FROM participant WHERE id = ANY($1::uuid[])',
      [holdings.map((h) => h.participantId)],
    )) as Array<{ id: string; organizationId: string; key: string }>;
    for (const r of rows) {
      await em.query('UPDATE participant SET phone_encrypted = $2, phone_hash = $3, updated_at = now() WHERE id = $1', [
        r.id,
        this.cipher.encrypt(phone, r.key),
        this.cipher.hash(phone),
      ]);
      await this.audit.record(ctx, {
        action: 'participant.update',
        entityType: 'participant',
        entityId: r.id,
        organizationId: r.organizationId,
        changes: { phone: ['(이전 번호)', '(새 번호)'], by: [null, 'person'] },
      });
    }
  }
}
