import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Metrics } from '../../core/metrics/metrics';
import { APP_CONFIG, type AppConfig } from '../../core/config';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { EventBus } from '../../core/events/event-bus';
import { enforceLimit } from '../../core/http/rate-limit';
import { isUuid } from '../../core/graphql/pagination';
import { mobileDigits } from '@lalaland/shared';
import { ApplicantRecords, PiiCipher } from '../participants';
import './citizens.events';

/** A code is good for this long; five wrong tries spend it. */
export const CODE_MINUTES = 5;
/** A citizen's session ends after this long without a request, and after MAX_HOURS whatever happens. */
export const IDLE_MINUTES = 30;
const MAX_HOURS = 12;
export const CITIZEN_COOKIE = 'lalaland_citizen';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const signInCodeHash = (signInId: string, code: string) => sha256(`citizen:${signInId}:${code}`);

/** Only paths of the citizen's own space may follow a sign-in (no open redirect). */
export const safeNext = (next: string | undefined | null): string =>
  next && /^\/my(\/[A-Za-z0-9/_-]*)?(\?[A-Za-z0-9=&_.-]*)?$/.test(next) && next.length <= 200 ? next : '/my';

/** One person as the platform knows them: every record held under their confirmed number, in every organization. */
export interface Person {
  sessionId: string;
  phoneHash: string;
  /** The participant records of this number (not destroyed), with their holders. */
  holdings: Array<{ participantId: string; organizationId: string }>;
  /** The token every form of the space carries (a form from elsewhere does not). */
  formToken: string;
}

/**
 * Citizens sign in with their mobile number and a code by text — no password to forget. The code is texted after
 * commit only when the number belongs to someone held; every answer reads the same either way. Sessions live in
 * PostgreSQL (30 minutes idle, 12 hours at most); the cookie holds a random token whose hash is kept.
 */
@Injectable()
export class CitizenSessions {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: Transactions,
    private readonly events: EventBus,
    private readonly cipher: PiiCipher,
    private readonly records: ApplicantRecords,
    private readonly metrics: Metrics,
  ) {}

  /** A wrong, spent or expired code (counted for the operators' sign-in refusals). */
  private wrongCode(): AppError {
    this.metrics.signInRefusals.inc({ reason: 'CITIZEN_CODE_INVALID' });
    return new AppError('CITIZEN_CODE_INVALID');
  }

  /** Step 1: a sign-in begun; its id goes into the code form. Limits per address and per number hold on every replica. */
  async requestCode(ctx: RequestContext, phoneInput: string, next: string | null): Promise<string> {
    await enforceLimit(this.db, `citizen-address:${ctx.ip ?? '-'}`, this.config.applyPerAddressPerHour, 3_600_000);
    const phone = mobileDigits(phoneInput);
    if (!phone) throw new AppError('CITIZEN_PHONE_INVALID');
    const phoneHash = this.cipher.hash(phone);
    await enforceLimit(this.db, `citizen-phone:${phoneHash}`, 5, 3_600_000);
    if (Math.random() < 0.01)
      void this.db.query("DELETE FROM citizen_sign_in WHERE expires_at < now() - interval '1 day'").catch(() => undefined);
    const id = randomUUID();
    await this.tx.run(ctx, async (em) => {
      await em.query(
        `INSERT INTO citizen_sign_in (id, phone_hash, phone_encrypted, next_path, expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))`,
        [id, phoneHash, this.cipher.encrypt(phone, id), safeNext(next), CODE_MINUTES],
      );
      await this.events.publish(ctx, 'citizen.code_requested', { signInId: id });
    });
    return id;
  }

  /** Step 2: the code. A try counts in its own statement, so a failed one is spent though the request fails. */
  async confirm(ctx: RequestContext, signInId: string, code: string): Promise<{ token: string; next: string }> {
    if (!isUuid(signInId) || !/^\d{6}$/.test(code)) throw this.wrongCode();
    const [row] = (await this.db.query(
      `UPDATE citizen_sign_in SET attempts = attempts + 1
        WHERE id = $1 AND confirmed_at IS NULL AND expires_at > now() AND attempts < 5 AND code_hash IS NOT NULL
          AND change_for_session IS NULL
        RETURNING code_hash AS "codeHash", phone_hash AS "phoneHash", next_path AS next`,
      [signInId],
    )) as [Array<{ codeHash: string; phoneHash: string; next: string | null }>, number];
    const found = row[0];
    const given = Buffer.from(signInCodeHash(signInId, code));
    if (!found || !timingSafeEqual(Buffer.from(found.codeHash), given)) throw this.wrongCode();
    const token = randomBytes(32).toString('base64url');
    await this.tx.run(ctx, async (em) => {
      const [, spent] = (await em.query('UPDATE citizen_sign_in SET confirmed_at = now() WHERE id = $1 AND confirmed_at IS NULL', [
        signInId,
      ])) as [unknown, number];
      if (!spent) throw this.wrongCode();
      await em.query('INSERT INTO citizen_session (token_hash, phone_hash) VALUES ($1, $2)', [sha256(token), found.phoneHash]);
    });
    return { token, next: safeNext(found.next) };
  }

  /** The person behind a cookie, their session kept alive by this request; null when there is none or it has ended. */
  async person(token: string | undefined): Promise<Person | null> {
    if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const [rows] = (await this.db.query(
      `UPDATE citizen_session SET last_seen_at = now()
        WHERE token_hash = $1 AND ended_at IS NULL AND last_seen_at > now() - make_interval(mins => $2)
          AND created_at > now() - make_interval(hours => $3)
        RETURNING id, phone_hash AS "phoneHash"`,
      [sha256(token), IDLE_MINUTES, MAX_HOURS],
    )) as [Array<{ id: string; phoneHash: string }>, number];
    const s = rows[0];
    if (!s) return null;
    const holdings = (await this.db.query(
      `SELECT id AS "participantId", organization_id AS "organizationId" FROM participant
        WHERE phone_hash = $1 AND destroyed_at IS NULL ORDER BY created_at, id`,
      [s.phoneHash],
    )) as Person['holdings'];
    return { sessionId: s.id, phoneHash: s.phoneHash, holdings, formToken: this.formToken(s.id) };
  }

  formToken(sessionId: string): string {
    return this.cipher.hash(`citizen-form:${sessionId}`).slice(0, 32);
  }

  /** A form's token matches its session (forms from elsewhere are refused). */
  checkForm(person: Person, given: string | null): void {
    const a = Buffer.from(person.formToken);
    const b = Buffer.from(given ?? '');
    if (a.length !== b.length || !timingSafeEqual(a, b)) throw new AppError('CITIZEN_FORM_EXPIRED');
  }

  async end(token: string | undefined): Promise<void> {
    if (token && /^[A-Za-z0-9_-]{43}$/.test(token))
      await this.db.query('UPDATE citizen_session SET ended_at = now() WHERE token_hash = $1 AND ended_at IS NULL', [sha256(token)]);
  }

  /** The cookie: HTTP-only, Lax (a QR link opened from the camera carries it; a form posted from elsewhere does not). */
  cookie(token: string): { name: string; value: string; options: Record<string, unknown> } {
    return {
      name: CITIZEN_COOKIE,
      value: token,
      options: {
        path: '/my',
        httpOnly: true,
        sameSite: 'lax',
        secure: this.config.publicUrl.startsWith('https:'),
        maxAge: MAX_HOURS * 3600,
      },
    };
  }

  /**
   * The signed-in person asks to change their number: a code goes to the new number (after commit), whoever holds it;
   * the same limits as signing in. A number already theirs is said so.
   */
  async requestPhoneChange(ctx: RequestContext, person: Person, phoneInput: string): Promise<string> {
    await enforceLimit(this.db, `citizen-address:${ctx.ip ?? '-'}`, this.config.applyPerAddressPerHour, 3_600_000);
    const phone = mobileDigits(phoneInput);
    if (!phone) throw new AppError('CITIZEN_PHONE_INVALID');
    const phoneHash = this.cipher.hash(phone);
    if (phoneHash === person.phoneHash) throw new AppError('CITIZEN_PHONE_SAME');
    await enforceLimit(this.db, `citizen-phone:${phoneHash}`, 5, 3_600_000);
    const id = randomUUID();
    await this.tx.run(ctx, async (em) => {
      await em.query(
        `INSERT INTO citizen_sign_in (id, phone_hash, phone_encrypted, change_for_session, expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))`,
        [id, phoneHash, this.cipher.encrypt(phone, id), person.sessionId, CODE_MINUTES],
      );
      await this.events.publish(ctx, 'citizen.code_requested', { signInId: id });
    });
    return id;
  }

  /**
   * The code from the new number: every record of the old one gets the new number (participants' code), this session
   * follows it, and the old number's other sessions end. Answers the new number's digits, for the page.
   */
  async confirmPhoneChange(ctx: RequestContext, person: Person, id: string, code: string): Promise<void> {
    if (!isUuid(id) || !/^\d{6}$/.test(code)) throw this.wrongCode();
    const [rows] = (await this.db.query(
      `UPDATE citizen_sign_in SET attempts = attempts + 1
        WHERE id = $1 AND change_for_session = $2 AND confirmed_at IS NULL AND expires_at > now() AND attempts < 5 AND code_hash IS NOT NULL
        RETURNING code_hash AS "codeHash", phone_hash AS "phoneHash", phone_encrypted AS phone`,
      [id, person.sessionId],
    )) as [Array<{ codeHash: string; phoneHash: string; phone: string }>, number];
    const found = rows[0];
    if (!found || !timingSafeEqual(Buffer.from(found.codeHash), Buffer.from(signInCodeHash(id, code)))) throw this.wrongCode();
    await this.tx.run(ctx, async (em) => {
      const [, spent] = (await em.query('UPDATE citizen_sign_in SET confirmed_at = now() WHERE id = $1 AND confirmed_at IS NULL', [
        id,
      ])) as [unknown, number];
      if (!spent) throw this.wrongCode();
      await this.records.changePhone(ctx, person.holdings, this.cipher.decrypt(found.phone, id));
      await em.query('UPDATE citizen_session SET ended_at = now() WHERE phone_hash = $1 AND id <> $2 AND ended_at IS NULL', [
        person.phoneHash,
        person.sessionId,
      ]);
      await em.query('UPDATE citizen_session SET phone_hash = $2 WHERE id = $1', [person.sessionId, found.phoneHash]);
    });
  }
}
