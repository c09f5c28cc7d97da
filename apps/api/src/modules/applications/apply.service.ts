import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { EventBus } from '../../core/events/event-bus';
import { enforceLimit } from '../../core/http/rate-limit';
import { isUuid } from '../../core/graphql/pagination';
import { ApplicantRecords, PiiCipher } from '../participants';
import { ApplicantPlaces, ENROLMENTS } from '../enrolments';
import { Application, ApplicationDraft, ProgrammeDraw } from './application.entity';
import { applyTarget, type ApplyTarget } from './apply-target';
import { checkApplyForm, mobileDigits, type ApplyInput, type FormErrors } from './apply-form';
import { seedHash } from './draw';
import { FirstComeSeats } from './first-come-seats';
import './applications.events';

const CODE_TRIES = 5;
const DRAFT_MINUTES = 10;
/** How long what an applicant consented to keeps their data: a year after the programme ends (the notice says so). */
const RETENTION_YEARS = 1;

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const codeHash = (draftId: string, code: string) => sha256(`${draftId}:${code}`);

export type CodeStep = { kind: 'form'; errors: FormErrors } | { kind: 'code'; draftId: string };

interface ConfirmedDraft {
  ok: boolean;
  attempts: number;
  phoneEncrypted: string;
  nameEncrypted: string;
  birthYear: number;
  districtCode: string | null;
}

export interface ApplicationView {
  application: Application;
  target: ApplyTarget;
  enrolmentStatus: string | null;
  waitlistPosition: number | null;
}

/**
 * The citizen's side of the public door: a form, a phone code, an application that lands in the same enrolment the
 * staff run (first come: a seat or the waitlist at once; a draw or a review: later), and the applicant's own link to
 * see and cancel it. Limits per address and per phone hold on every replica (PostgreSQL); no answer tells whether a
 * person or a number is known.
 */
@Injectable()
export class ApplyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: Transactions,
    private readonly events: EventBus,
    private readonly cipher: PiiCipher,
    private readonly records: ApplicantRecords,
    private readonly places: ApplicantPlaces,
    private readonly seats: FirstComeSeats,
  ) {}

  target(programmeId: string): Promise<ApplyTarget | null> {
    return isUuid(programmeId) ? applyTarget(this.db.manager, programmeId) : Promise.resolve(null);
  }

  /** A lottery's public seed hash, fixed the first time anyone looks (before any draw can be run). */
  async drawInfo(programmeId: string): Promise<ProgrammeDraw> {
    const seed = randomBytes(32).toString('hex');
    await this.db.query('INSERT INTO programme_draw (programme_id, seed, seed_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
      programmeId,
      seed,
      seedHash(seed),
    ]);
    return this.db.getRepository(ProgrammeDraw).findOneByOrFail({ programmeId });
  }

  /** Step 1: the form checked; a code is texted (after commit) to the number given. */
  async requestCode(ctx: RequestContext, t: ApplyTarget, f: ApplyInput): Promise<CodeStep> {
    if (!t.open) throw new AppError('APPLICATIONS_CLOSED');
    await enforceLimit(this.db, `apply-address:${ctx.ip ?? '-'}`, this.config.applyPerAddressPerHour, 3_600_000);
    const errors = checkApplyForm(t, f);
    if (Object.keys(errors).length) return { kind: 'form', errors };
    if (f.website) return { kind: 'code', draftId: randomUUID() }; // a bot: answered alike, nothing stored or sent
    const phone = mobileDigits(f.phone)!;
    const phoneHash = this.cipher.hash(phone);
    await enforceLimit(this.db, `apply-phone:${phoneHash}`, 5, 3_600_000);
    if (Math.random() < 0.01)
      void this.db.query("DELETE FROM application_draft WHERE expires_at < now() - interval '1 day'").catch(() => undefined);
    return this.tx.run(ctx, async (em) => {
      const id = randomUUID();
      await em.insert(ApplicationDraft, {
        id,
        programmeId: t.id,
        phoneHash,
        phoneEncrypted: this.cipher.encrypt(phone, id),
        nameEncrypted: this.cipher.encrypt(f.name, id),
        birthYear: Number(f.birthYear),
        districtCode: f.district || null,
        followUpConsent: f.followUp,
        codeHash: null,
        expiresAt: new Date(Date.now() + DRAFT_MINUTES * 60_000),
      });
      await this.events.publish(ctx, 'application.code_requested', { draftId: id });
      return { kind: 'code' as const, draftId: id };
    });
  }

  /** Step 2: the code confirms the phone; the application counts and is placed by the programme's selection method. */
  async confirm(ctx: RequestContext, t: ApplyTarget, draftId: string, code: string): Promise<{ token: string; view: ApplicationView }> {
    await enforceLimit(this.db, `apply-confirm:${ctx.ip ?? '-'}`, this.config.applyPerAddressPerHour * 3, 3_600_000);
    if (!isUuid(draftId) || !/^\d{6}$/.test(code)) throw new AppError('APPLICATION_CODE_INVALID');
    // One statement spends a try and, with the right code, confirms the draft (committed although the request may then fail).
    const [rows] = (await this.db.query(
      `UPDATE application_draft SET attempts = attempts + (code_hash <> $3)::int, confirmed_at = CASE WHEN code_hash = $3 THEN now() END
        WHERE id = $1 AND programme_id = $2 AND code_hash IS NOT NULL AND confirmed_at IS NULL AND expires_at > now() AND attempts < $4
        RETURNING confirmed_at IS NOT NULL AS ok, attempts, phone_encrypted AS "phoneEncrypted", name_encrypted AS "nameEncrypted",
                  birth_year AS "birthYear", district_code AS "districtCode"`,
      [draftId, t.id, codeHash(draftId, code), CODE_TRIES],
    )) as [ConfirmedDraft[], number];
    const d = rows[0];
    if (!d?.ok) {
      const [spent] = (await this.db.query('SELECT 1 FROM application_draft WHERE id = $1 AND attempts >= $2', [
        draftId,
        CODE_TRIES,
      ])) as unknown[];
      throw new AppError(spent ? 'APPLICATION_CODE_SPENT' : 'APPLICATION_CODE_INVALID');
    }
    if (!t.open) throw new AppError('APPLICATIONS_CLOSED');
    const a = await this.tx.run(ctx, (em) => this.apply(ctx, em, t, draftId, d));
    if (t.selection === 'FIRST_COME') await this.seats.seat(t.id);
    const token = this.token(a.id);
    return { token, view: await this.viewOf(this.db.manager, a.id, t) };
  }

  private async apply(ctx: RequestContext, em: EntityManager, t: ApplyTarget, draftId: string, d: ConfirmedDraft): Promise<Application> {
    const endsOn = t.endsOn ?? new Date().toISOString().slice(0, 10);
    const retentionUntil = `${Number(endsOn.slice(0, 4)) + RETENTION_YEARS}${endsOn.slice(4)}`;
    const { participant } = await this.records.match(ctx, em, {
      organizationId: t.hostId,
      name: this.cipher.decrypt(d.nameEncrypted, draftId),
      phone: this.cipher.decrypt(d.phoneEncrypted, draftId),
      birthYear: d.birthYear,
      districtCode: d.districtCode,
      retentionUntil,
    });
    const id = randomUUID();
    const a = em.create(Application, {
      id,
      programmeId: t.id,
      participantId: participant.id,
      status: 'PENDING',
      resident: !!d.districtCode && t.districts.includes(d.districtCode),
      enrolmentId: null,
      drawRank: null,
      reason: null,
      tokenHash: sha256(this.token(id)),
    });
    try {
      await em.insert(Application, a); // the receipt number and time come back into `a`
    } catch (err) {
      if ((err as { driverError?: { code?: string } }).driverError?.code === '23505') throw new AppError('ALREADY_APPLIED');
      throw err;
    }
    // First come: seated by the next batch, after this commits (FirstComeSeats); the others wait for the draw or the review.
    if (t.selection !== 'FIRST_COME') await this.events.publish(ctx, 'application.received', { applicationId: a.id });
    return a;
  }

  /** The applicant's link: derived from the application's id with the server's key, so a text can carry it again. */
  token(applicationId: string): string {
    return Buffer.from(this.cipher.hash(`application-link:${applicationId}`), 'hex').toString('base64url');
  }

  /** The applicant's own view through their link, or null (an unknown link says no more than that). */
  async view(token: string, em: EntityManager = this.db.manager): Promise<ApplicationView | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const a = await em.findOneBy(Application, { tokenHash: sha256(token) });
    const target = a ? await applyTarget(em, a.programmeId) : null;
    return a && target ? this.viewOf(em, a.id, target) : null;
  }

  /** An application's state for its page and texts: its row, its enrolment's status, its place on the waitlist. */
  private async viewOf(em: EntityManager, applicationId: string, target: ApplyTarget): Promise<ApplicationView> {
    const application = await em.findOneByOrFail(Application, { id: applicationId });
    const [e] = application.enrolmentId
      ? ((await em.query(`SELECT status FROM ${ENROLMENTS} e WHERE id = $1`, [application.enrolmentId])) as Array<{ status: string }>)
      : [];
    const waitlistPosition = e?.status === 'WAITLISTED' ? await this.places.waitlistPosition(em, application.enrolmentId!) : null;
    return { application, target, enrolmentStatus: e?.status ?? null, waitlistPosition };
  }

  /** The applicant cancels: a seat held goes to the first on the waitlist, as when staff drop someone. */
  async cancel(ctx: RequestContext, token: string): Promise<ApplicationView> {
    const found = await this.view(token);
    if (!found) throw new AppError('APPLICATION_NOT_FOUND');
    await this.tx.run(ctx, async (em) => {
      const a = await em.findOneOrFail(Application, { where: { id: found.application.id }, lock: { mode: 'pessimistic_write' } });
      if (a.status === 'CANCELLED' || a.status === 'DECLINED' || a.status === 'NOT_SELECTED') return;
      if (a.enrolmentId) await this.places.cancel(ctx, em, a.enrolmentId);
      a.status = 'CANCELLED';
      await em.save(a);
      await this.events.publish(ctx, 'application.cancelled', { applicationId: a.id });
    });
    return (await this.view(token))!;
  }
}
