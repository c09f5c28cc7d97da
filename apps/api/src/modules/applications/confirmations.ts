import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config';
import { RequestContext } from '../../core/context/request-context';
import { Batches } from '../../core/database/batches';
import { Transactions } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { EventBus } from '../../core/events/event-bus';
import { isUuid } from '../../core/graphql/pagination';
import { countHits, tooManyRequests } from '../../core/http/rate-limit';
import { ApplicantRecords, PiiCipher, type Applicant } from '../participants';
import { lockProgramme } from '../programmes';
import { Application } from './application.entity';
import { applyTarget, type ApplyTarget } from './apply-target';
import { ApplyService, codeHash, sha256, type ApplicationView } from './apply.service';
import { FirstComeSeats } from './first-come-seats';
import { pastLimit } from './per-person-limit';

const CODE_TRIES = 5;
const HOUR = 3_600_000;
/** How long what an applicant consented to keeps their data: a year after the programme ends (the notice says so). */
const RETENTION_YEARS = 1;
/** Two replicas' batches, or a batch and a cancellation, that wait on each other: PostgreSQL ends one, which runs again. */
const RETRIED = ['40P01', '40001'];

interface Confirmation {
  ctx: RequestContext;
  draftId: string;
  code: string;
}

export interface Confirmed {
  token: string;
  view: ApplicationView;
}

interface Draft {
  id: string;
  ok: boolean;
  phoneEncrypted: string;
  nameEncrypted: string;
  birthYear: number;
  districtCode: string | null;
}

/**
 * Step 2 of applying, in batches per programme (the opening rush: 2,000 applicants in a second, ADR 0015): the
 * confirmations that arrive while a batch runs share the next one, which counts their addresses' limits in one
 * statement, spends their codes' tries in one, and writes their people, consents and applications in one transaction
 * that seats first-come applicants under the programme's lock — in arrival order, across replicas. Each applicant gets
 * their own answer: their application's page, or why not.
 */
@Injectable()
export class Confirmations {
  private readonly batches = new Batches<Confirmation, Confirmed>((programmeId, items) => this.run(programmeId, items));

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: Transactions,
    private readonly events: EventBus,
    private readonly cipher: PiiCipher,
    private readonly records: ApplicantRecords,
    private readonly seats: FirstComeSeats,
    private readonly apply: ApplyService,
  ) {}

  /** The code confirms the phone; the application counts and is placed by the programme's selection method. */
  async confirm(ctx: RequestContext, t: ApplyTarget, draftId: string, code: string): Promise<Confirmed> {
    if (!isUuid(draftId) || !/^\d{6}$/.test(code)) throw new AppError('APPLICATION_CODE_INVALID');
    return this.batches.add(t.id, { ctx, draftId, code });
  }

  private async run(programmeId: string, items: readonly Confirmation[]): Promise<Array<Confirmed | Error>> {
    const answers: Array<Confirmed | Error | undefined> = items.map(() => undefined);
    await this.limit(items, answers);
    const drafts = await this.spendTries(programmeId, items, answers);
    const t = await applyTarget(this.db.manager, programmeId);
    const confirmed = items.flatMap((item, i) => (answers[i] ? [] : [{ i, item, draft: drafts.get(item.draftId)! }]));
    if (!t?.open) for (const c of confirmed) answers[c.i] = new AppError('APPLICATIONS_CLOSED');
    else if (confirmed.length) {
      const ctx = RequestContext.system('apply-confirm');
      const ids = await this.retried(() => this.tx.run(ctx, (em) => this.applyAll(ctx, em, t, confirmed)));
      const views = await this.apply.views(
        this.db.manager,
        ids.filter((id): id is string => typeof id === 'string'),
        t,
      );
      confirmed.forEach((c, k) => {
        const id = ids[k]!;
        answers[c.i] = typeof id === 'string' ? { token: this.apply.token(id), view: views.get(id)! } : id;
      });
    }
    return answers.map((a) => a ?? new AppError('APPLICATION_CODE_INVALID'));
  }

  /** The per-address limit: one upsert for the batch; each confirmation is its hit number on its address's key. */
  private async limit(items: readonly Confirmation[], answers: Array<Confirmed | Error | undefined>): Promise<void> {
    const keys = items.map((i) => `apply-confirm:${i.ctx.ip ?? '-'}`);
    const hits = await countHits(this.db, keys, HOUR);
    const left = new Map([...hits].map(([k, h]) => [k, h.current]));
    for (const k of keys) left.set(k, left.get(k)! - 1);
    keys.forEach((k, i) => {
      const n = left.get(k)! + 1;
      left.set(k, n);
      if (n > this.config.applyPerAddressPerHour * 3) answers[i] = tooManyRequests(hits.get(k)!.ttl);
    });
  }

  /**
   * One statement spends a try of each draft and, with the right code, confirms it (committed although the rest may
   * fail). The same draft twice in a batch (a double tap) counts once; the later tap reads as a used code.
   */
  private async spendTries(
    programmeId: string,
    items: readonly Confirmation[],
    answers: Array<Confirmed | Error | undefined>,
  ): Promise<Map<string, Draft>> {
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      if (!answers[i] && !first.has(item.draftId)) first.set(item.draftId, i);
    });
    const ids = [...first.keys()];
    const rows = (await this.db.query(
      `UPDATE application_draft d SET attempts = d.attempts + (d.code_hash <> x.h)::int, confirmed_at = CASE WHEN d.code_hash = x.h THEN now() END
         FROM unnest($1::uuid[], $2::text[]) AS x(id, h)
        WHERE d.id = x.id AND d.programme_id = $3 AND d.code_hash IS NOT NULL AND d.confirmed_at IS NULL AND d.expires_at > now() AND d.attempts < $4
        RETURNING d.id, d.confirmed_at IS NOT NULL AS ok, d.phone_encrypted AS "phoneEncrypted", d.name_encrypted AS "nameEncrypted",
                  d.birth_year AS "birthYear", d.district_code AS "districtCode"`,
      [ids, ids.map((id) => codeHash(id, items[first.get(id)!]!.code)), programmeId, CODE_TRIES],
    )) as [Draft[], number];
    const drafts = new Map(rows[0].filter((d) => d.ok).map((d) => [d.id, d]));
    const failed = ids.filter((id) => !drafts.has(id));
    const spent = failed.length
      ? new Set(
          (
            (await this.db.query('SELECT id FROM application_draft WHERE id = ANY($1::uuid[]) AND attempts >= $2', [
              failed,
              CODE_TRIES,
            ])) as Array<{
              id: string;
            }>
          ).map((r) => r.id),
        )
      : new Set<string>();
    items.forEach((item, i) => {
      if (answers[i]) return;
      if (first.get(item.draftId) !== i || !drafts.has(item.draftId))
        answers[i] = new AppError(spent.has(item.draftId) ? 'APPLICATION_CODE_SPENT' : 'APPLICATION_CODE_INVALID');
    });
    return drafts;
  }

  /**
   * The batch's applications, under the programme's lock (receipt numbers in arrival order on every replica): the
   * people, then the applications (one per person and programme: a second is refused), then the consents of those
   * that counted, then first come seated at once. Returns each confirmation's application id, or why it was refused
   * (applied already; the host's limit of programmes at once).
   */
  private async applyAll(
    ctx: RequestContext,
    em: EntityManager,
    t: ApplyTarget,
    confirmed: ReadonlyArray<{ item: Confirmation; draft: Draft }>,
  ): Promise<Array<string | AppError>> {
    await lockProgramme(em, t.id);
    const endsOn = t.endsOn ?? new Date().toISOString().slice(0, 10);
    const retentionUntil = `${Number(endsOn.slice(0, 4)) + RETENTION_YEARS}${endsOn.slice(4)}`;
    const applicants: Applicant[] = confirmed.map(({ draft: d }) => ({
      organizationId: t.hostId,
      name: this.cipher.decrypt(d.nameEncrypted, d.id),
      phone: this.cipher.decrypt(d.phoneEncrypted, d.id),
      birthYear: d.birthYear,
      districtCode: d.districtCode,
      retentionUntil,
    }));
    const people = await this.records.holders(em, applicants);
    const full = await pastLimit(
      em,
      t,
      people.filter((p) => p.known).map((p) => p.participant.id),
    );
    const rows = confirmed.map(({ draft: d }, k) => {
      const id = randomUUID();
      return {
        id,
        programmeId: t.id,
        participantId: people[k]!.participant.id,
        status: 'PENDING' as const,
        resident: !!d.districtCode && t.districts.includes(d.districtCode),
        tokenHash: sha256(this.apply.token(id)),
      };
    });
    // In arrival order: the receipt numbers are drawn row by row; a person's second application is left out.
    const allowed = rows.filter((r) => !full.has(r.participantId));
    const { raw } = allowed.length
      ? await em.createQueryBuilder().insert().into(Application).values(allowed).orIgnore().returning(['id']).updateEntity(false).execute()
      : { raw: [] };
    const counted = new Set((raw as Array<{ id: string }>).map((r) => r.id));
    await this.records.recordConsents(
      ctx,
      em,
      confirmed.flatMap(({ item }, k) =>
        counted.has(rows[k]!.id) ? [{ applicant: applicants[k]!, ...people[k]!, request: item.ctx }] : [],
      ),
    );
    const limit = new AppError('APPLICATION_LIMIT_REACHED', { params: { n: String(t.perPersonLimit) } });
    const ids = rows.map((r) => (counted.has(r.id) ? r.id : full.has(r.participantId) ? limit : new AppError('ALREADY_APPLIED')));
    if (t.selection === 'FIRST_COME') await this.seats.seatPending(ctx, em, t.id);
    else
      await this.events.publishMany(
        ctx,
        'application.received',
        [...counted].map((applicationId) => ({ applicationId })),
      );
    return ids;
  }

  private async retried<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++)
      try {
        return await fn();
      } catch (err) {
        const code = (err as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (err as { code?: string }).code;
        if (attempt >= 3 || !RETRIED.includes(code ?? '')) throw err;
      }
  }
}
