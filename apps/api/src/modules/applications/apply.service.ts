import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { EventBus } from '../../core/events/event-bus';
import { enforceLimit } from '../../core/http/rate-limit';
import { isUuid } from '../../core/graphql/pagination';
import { PiiCipher } from '../participants';
import { ApplicantPlaces } from '../enrolments';
import { Application, ApplicationDraft, ProgrammeDraw } from './application.entity';
import { applyTarget, type ApplyTarget } from './apply-target';
import { mobileDigits } from '@lalaland/shared';
import { checkApplyForm, type ApplyInput, type FormErrors } from './apply-form';
import { seedHash } from './draw';
import './applications.events';

const DRAFT_MINUTES = 10;

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const codeHash = (draftId: string, code: string) => sha256(`${draftId}:${code}`);

export type CodeStep = { kind: 'form'; errors: FormErrors } | { kind: 'code'; draftId: string };

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
  private readonly reading = new Map<string, Promise<ApplyTarget | null>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: Transactions,
    private readonly events: EventBus,
    private readonly cipher: PiiCipher,
    private readonly places: ApplicantPlaces,
  ) {}

  /**
   * The programme behind a page, read once for every request that asks while the read is under way (a rush asks it
   * thousands of times a second); nothing is kept after the read, so a change shows on the next request.
   */
  target(programmeId: string): Promise<ApplyTarget | null> {
    if (!isUuid(programmeId)) return Promise.resolve(null);
    let read = this.reading.get(programmeId);
    if (!read) {
      read = applyTarget(this.db.manager, programmeId).finally(() => this.reading.delete(programmeId));
      this.reading.set(programmeId, read);
    }
    return read;
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

  /** The applicant's link: derived from the application's id with the server's key, so a text can carry it again. */
  token(applicationId: string): string {
    return Buffer.from(this.cipher.hash(`application-link:${applicationId}`), 'hex').toString('base64url');
  }

  /** The applicant's own view through their link, or null (an unknown link says no more than that). */
  async view(token: string, em: EntityManager = this.db.manager): Promise<ApplicationView | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const a = await em.findOneBy(Application, { tokenHash: sha256(token) });
    const target = a ? await applyTarget(em, a.programmeId) : null;
    return a && target ? ((await this.views(em, [a.id], target)).get(a.id) ?? null) : null;
  }

  /** Applications' states for their pages and texts: their rows, their enrolments' status and waitlist places. */
  async views(em: EntityManager, applicationIds: readonly string[], target: ApplyTarget): Promise<Map<string, ApplicationView>> {
    const applications = applicationIds.length ? await em.findBy(Application, { id: In([...applicationIds]) }) : [];
    const standings = await this.places.standings(
      em,
      applications.flatMap((a) => (a.enrolmentId ? [a.enrolmentId] : [])),
    );
    return new Map(
      applications.map((application) => {
        const s = application.enrolmentId ? standings.get(application.enrolmentId) : undefined;
        return [application.id, { application, target, enrolmentStatus: s?.status ?? null, waitlistPosition: s?.waitlistPosition ?? null }];
      }),
    );
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
