import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../core/config';
import type { AppConfig } from '../../core/config';
import { RequestContext, type SessionInfo } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { AuditService } from '../../core/audit/audit.service';
import { Transactions } from '../../core/database/transaction';
import { derivedKey } from '../../core/pii-key';
import { isUuid } from '../../core/graphql/pagination';
import { AuthService } from './auth.service';
import type { Viewer } from './auth.dto';
import { secondFactorStep } from './second-factor.policy';
import { newRecoveryCodes, newTotpSecret, openSecret, recoveryHash, sealSecret, totpOf, totpStep } from './second-factor.crypto';

/** Tries a pending session may spend on wrong codes before it ends (the password's own limit then applies again). */
const MAX_FAILURES = 5;

export interface FactorRow {
  id: string;
  kind: 'TOTP' | 'PASSKEY';
  label: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/**
 * The second factor (docs/adr/0016): authenticator apps and recovery codes here, passkeys in Passkeys. A session that
 * owes its factor (ctx.pendingSecondFactor) may only enrol or give it; every step is audited, wrong codes end the
 * pending session after five, and an organization's admin resets a member's lost factor.
 */
@Injectable()
export class SecondFactorService {
  private readonly key: Buffer;

  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {
    this.key = derivedKey(config, 'lalaland totp v1');
  }

  /** The session this step belongs to: a pending one in the given state, or (enrolling more) a signed-in person's. */
  session(ctx: RequestContext, step: 'VERIFY' | 'ENROL'): SessionInfo {
    const pending = ctx.pendingSecondFactor;
    if (pending?.secondFactor === step) return pending;
    if (step === 'ENROL' && ctx.session && !ctx.session.apiKey) return ctx.session;
    throw new AppError('SECOND_FACTOR_EXPIRED');
  }

  async startTotp(ctx: RequestContext): Promise<{ secret: string; uri: string }> {
    const session = this.session(ctx, 'ENROL');
    const secret = newTotpSecret();
    await this.db.query('UPDATE user_session SET second_factor_challenge = $2 WHERE id = $1', [session.sessionId, `totp:${secret}`]);
    return { secret, uri: totpOf(secret, session.user.email).toString() };
  }

  /** The first code from the app proves it holds the secret: the factor is kept, recovery codes are made and shown once. */
  async enrolTotp(ctx: RequestContext, code: string, label: string | null): Promise<{ recoveryCodes: string[]; viewer: Viewer | null }> {
    const session = this.session(ctx, 'ENROL');
    const [row] = (await this.db.query('SELECT second_factor_challenge AS c FROM user_session WHERE id = $1', [
      session.sessionId,
    ])) as Array<{
      c: string | null;
    }>;
    const secret = row?.c?.startsWith('totp:') ? row.c.slice(5) : null;
    if (!secret) throw new AppError('SECOND_FACTOR_EXPIRED');
    const step = totpStep(secret, code.trim());
    if (step === null) return this.failed(ctx, session);
    return this.tx.run(ctx, async (em) => {
      await em.query('INSERT INTO second_factor (user_id, kind, label, secret, counter) VALUES ($1, $2, $3, $4, $5)', [
        session.user.id,
        'TOTP',
        label?.trim() || '인증 앱',
        sealSecret(this.key, secret),
        step,
      ]);
      return this.enrolled(ctx, em, session, 'TOTP');
    });
  }

  /** After a factor is kept: recovery codes (the first time), the audit row, and a pending session signed in. */
  async enrolled(
    ctx: RequestContext,
    em: EntityManager,
    session: SessionInfo,
    kind: 'TOTP' | 'PASSKEY',
  ): Promise<{ recoveryCodes: string[]; viewer: Viewer | null }> {
    const [{ n }] = (await em.query('SELECT count(*)::int AS n FROM second_factor_recovery WHERE user_id = $1', [session.user.id])) as [
      { n: number },
    ];
    const recoveryCodes = n ? [] : newRecoveryCodes();
    for (const c of recoveryCodes)
      await em.query('INSERT INTO second_factor_recovery (user_id, code_hash) VALUES ($1, $2)', [session.user.id, recoveryHash(c)]);
    await this.audit.record(ctx, {
      action: 'auth.second_factor_enrolled',
      entityType: 'user',
      entityId: session.user.id,
      organizationId: session.activeOrganizationId,
      actorUserId: session.user.id,
      changes: { kind: [null, kind] },
    });
    const viewer = ctx.pendingSecondFactor ? await this.auth.completeSecondFactor(ctx, em, session) : null;
    return { recoveryCodes, viewer };
  }

  /** A code from the app, or one of the recovery codes (spent as it is used). */
  async verifyCode(ctx: RequestContext, code: string): Promise<Viewer> {
    const session = this.session(ctx, 'VERIFY');
    const text = code.trim();
    const apps = (await this.db.query(
      `SELECT id, secret, counter::float8 AS counter FROM second_factor WHERE user_id = $1 AND kind = 'TOTP'`,
      [session.user.id],
    )) as Array<{ id: string; secret: Buffer; counter: number }>;
    for (const app of apps) {
      const step = totpStep(openSecret(this.key, app.secret), text);
      if (step === null || step <= app.counter) continue;
      return this.tx.run(ctx, async (em) => {
        // Spent once: a second use of this step (or an older one) finds no row and fails like a wrong code.
        const [rows] = (await em.query(
          'UPDATE second_factor SET counter = $2, last_used_at = now() WHERE id = $1 AND counter < $2 RETURNING id',
          [app.id, step],
        )) as [unknown[], number];
        if (!rows.length) throw new AppError('SECOND_FACTOR_INVALID');
        return this.verified(ctx, em, session, 'TOTP');
      });
    }
    if (/^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/.test(text)) {
      const used = await this.tx.run(ctx, async (em) => {
        const [rows] = (await em.query(
          'UPDATE second_factor_recovery SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING code_hash',
          [session.user.id, recoveryHash(text)],
        )) as [unknown[], number];
        return rows.length ? this.verified(ctx, em, session, 'RECOVERY') : null;
      });
      if (used) return used;
    }
    return this.failed(ctx, session);
  }

  async verified(ctx: RequestContext, em: EntityManager, session: SessionInfo, kind: string): Promise<Viewer> {
    await this.audit.record(ctx, {
      action: 'auth.second_factor_verified',
      entityType: 'user',
      entityId: session.user.id,
      organizationId: session.activeOrganizationId,
      actorUserId: session.user.id,
      changes: { kind: [null, kind] },
    });
    return this.auth.completeSecondFactor(ctx, em, session);
  }

  /** A wrong code: counted on the session (audited); the fifth ends it. */
  async failed(ctx: RequestContext, session: SessionInfo): Promise<never> {
    const [rows] = (await this.db.query(
      'UPDATE user_session SET second_factor_failures = second_factor_failures + 1 WHERE id = $1 RETURNING second_factor_failures AS n',
      [session.sessionId],
    )) as [Array<{ n: number }>, number];
    const ended = (rows[0]?.n ?? MAX_FAILURES) >= MAX_FAILURES;
    if (ended && ctx.pendingSecondFactor) await this.db.query('DELETE FROM user_session WHERE id = $1', [session.sessionId]);
    await this.audit.recordRefusal(ctx, {
      action: 'auth.second_factor_failed',
      entityType: 'user',
      entityId: session.user.id,
      organizationId: session.activeOrganizationId,
      actorUserId: session.user.id,
      changes: ended ? { sessionEnded: [null, true] } : undefined,
    });
    throw new AppError(ended && ctx.pendingSecondFactor ? 'SECOND_FACTOR_LOCKED' : 'SECOND_FACTOR_INVALID');
  }

  async mine(ctx: RequestContext): Promise<{ factors: FactorRow[]; recoveryCodesLeft: number; required: boolean }> {
    const userId = ctx.userId!;
    const [factors, [{ left }]] = (await Promise.all([
      this.db.query(
        `SELECT id, kind, label, created_at AS "createdAt", last_used_at AS "lastUsedAt" FROM second_factor WHERE user_id = $1 ORDER BY created_at`,
        [userId],
      ),
      this.db.query('SELECT count(*)::int AS left FROM second_factor_recovery WHERE user_id = $1 AND used_at IS NULL', [userId]),
    ])) as [FactorRow[], [{ left: number }]];
    const step = await secondFactorStep(this.db.manager, userId, this.config.secondFactorDefault);
    return { factors, recoveryCodesLeft: left, required: step !== null };
  }

  /** An organization's admin resets a member's factors (a lost phone): every session of theirs ends; they enrol again. */
  async reset(ctx: RequestContext, userId: string): Promise<boolean> {
    const orgId = ctx.activeOrganizationId;
    const member =
      isUuid(userId) &&
      ((await this.db.query('SELECT 1 FROM membership WHERE user_id = $1 AND organization_id = $2', [userId, orgId])) as unknown[]).length >
        0;
    if (!member) throw new AppError('MEMBERSHIP_NOT_FOUND');
    return this.tx.run(ctx, async (em) => {
      const [, n] = (await em.query('DELETE FROM second_factor WHERE user_id = $1', [userId])) as [unknown, number];
      await em.query('DELETE FROM second_factor_recovery WHERE user_id = $1', [userId]);
      await em.query('DELETE FROM user_session WHERE user_id = $1', [userId]);
      await this.audit.record(ctx, {
        action: 'auth.second_factor_reset',
        entityType: 'user',
        entityId: userId,
        organizationId: orgId,
        changes: { factors: [n, 0] },
      });
      return true;
    });
  }

  async policy(ctx: RequestContext): Promise<{ required: boolean; chosen: boolean }> {
    const [row] = (await this.db.query('SELECT required FROM second_factor_policy WHERE organization_id = $1', [
      ctx.activeOrganizationId,
    ])) as Array<{
      required: boolean;
    }>;
    return { required: row?.required ?? this.config.secondFactorDefault, chosen: !!row };
  }

  /** The organization's choice; its members who handle personal data enrol at their next sign-in. */
  async setPolicy(ctx: RequestContext, required: boolean): Promise<{ required: boolean; chosen: boolean }> {
    const before = await this.policy(ctx);
    await this.tx.run(ctx, async (em) => {
      await em.query(
        `INSERT INTO second_factor_policy (organization_id, required) VALUES ($1, $2)
         ON CONFLICT (organization_id) DO UPDATE SET required = EXCLUDED.required, changed_at = now()`,
        [ctx.activeOrganizationId, required],
      );
      await this.audit.record(ctx, {
        action: 'auth.second_factor_policy',
        entityType: 'organization',
        entityId: ctx.activeOrganizationId!,
        organizationId: ctx.activeOrganizationId,
        changes: { required: [before.required, required] },
      });
    });
    return { required, chosen: true };
  }
}
