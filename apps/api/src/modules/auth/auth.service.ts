import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { permissionsFor } from '@lalaland/shared';
import { APP_CONFIG } from '../../core/config';
import type { AppConfig } from '../../core/config';
import { RequestContext, type SessionInfo } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { AuditService } from '../../core/audit/audit.service';
import { isUuid } from '../../core/graphql/pagination';
import { findOrganization } from '../organizations';
import { Membership } from './membership.entity';
import { User } from './user.entity';
import { ChangePasswordInput, SignInInput, Viewer } from './auth.dto';
import { assertPasswordPolicy, hashPassword, verifyPassword, setHashingConcurrency } from './password';
import { UserSessionService } from './user-session.service';
import { DEVICE_COOKIE, KnownDevices } from './known-devices.service';
import { Transactions } from '../../core/database/transaction';
import { LiveEvents } from '../../core/live/live-events';
import { SESSION_ENDED, type SessionEnded } from '../../core/live/live-sockets';
import { secondFactorStep } from './second-factor.policy';

@Injectable()
export class AuthService {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: UserSessionService,
    private readonly audit: AuditService,
    private readonly devices: KnownDevices,
    private readonly live: LiveEvents,
  ) {
    setHashingConcurrency(config.hashingConcurrency);
  }

  /** The signed-in user with their active organization and memberships, or null when signed out. */
  async viewer(ctx: RequestContext): Promise<Viewer | null> {
    if (!ctx.session) return null;
    return this.buildViewer(ctx, this.db.manager, ctx.session.user.id, ctx.activeOrganizationId);
  }

  private async buildViewer(_ctx: RequestContext, em: EntityManager, userId: string, activeOrganizationId: string | null): Promise<Viewer> {
    const [user, memberships] = await Promise.all([
      em.findOneByOrFail(User, { id: userId }),
      em.find(Membership, { where: { userId }, relations: { organization: true }, order: { createdAt: 'ASC' } }),
    ]);
    const active = activeOrganizationId ? memberships.find((m) => m.organizationId === activeOrganizationId) : undefined;
    const activeOrganization =
      active?.organization ?? (activeOrganizationId && user.isPlatformAdmin ? await findOrganization(em, activeOrganizationId) : null);
    const role = active?.role ?? null;
    return { user, activeOrganization, role, permissions: permissionsFor(role, user.isPlatformAdmin), memberships };
  }

  /** The rest of this request acts as the new session (its fields resolve with the signed-in user's permissions). */
  private adopt(ctx: RequestContext, sessionId: string, viewer: Viewer): Viewer {
    const { user } = viewer;
    ctx.adoptSession({
      sessionId,
      activeOrganizationId: viewer.activeOrganization?.id ?? null,
      role: viewer.role,
      user: { id: user.id, email: user.email, displayName: user.displayName, isPlatformAdmin: user.isPlatformAdmin, locale: user.locale },
    });
    return viewer;
  }

  /**
   * Every failure gives the same answer in about the same time (a password hash is always computed). Each attempt is
   * counted before the password is checked, in one statement, so parallel guesses cannot pass together; past
   * `loginFreeFailures` failures in a row the account must wait 2 s, 4 s, 8 s … (at most `loginMaxDelaySeconds`)
   * between attempts, and attempts inside the wait are not checked at all — the per-account limit, whatever address
   * or header the guesses come from. A browser that signed in to the account before (its `lalaland_device` cookie) is
   * counted on its own instead: a stranger's guesses slow down every other device, never the owner's.
   */
  async signIn(ctx: RequestContext, input: SignInInput): Promise<Viewer> {
    const email = input.email.trim().toLowerCase();
    const device = await this.devices.recognise(email, ctx.req?.cookies?.[DEVICE_COOKIE]);
    const reserved = device ? await this.devices.reserve(device, this.config) : await this.reserveAccount(email);
    const user = reserved && (await this.db.query('SELECT id, password_hash FROM app_user WHERE id = $1', [reserved.id]))[0];
    const ok = await verifyPassword((user as { password_hash: string | null } | undefined)?.password_hash ?? null, input.password);
    if (!reserved || !ok) {
      if (reserved)
        await this.audit.recordRefusal(ctx, {
          action: reserved.failures > this.config.loginFreeFailures ? 'auth.sign_in_slowed' : 'auth.sign_in_failed',
          entityType: 'user',
          entityId: reserved.id,
          organizationId: null,
          actorUserId: reserved.id,
          changes: device ? { knownDevice: [null, true] } : undefined,
        });
      throw new AppError('INVALID_CREDENTIALS');
    }
    return this.tx.run(ctx, async (em) => {
      // A known device's success clears its own count; the account's (a stranger's guesses) keeps running.
      if (device)
        await em.query('UPDATE known_device SET failed_login_count = 0, locked_until = NULL, last_used_at = now() WHERE id = $1', [device]);
      else await em.update(User, { id: reserved.id }, { failedLoginCount: 0, lockedUntil: null });
      await em.update(User, { id: reserved.id }, { lastLoginAt: new Date() });
      const remembered = device ? null : await this.devices.remember(em, reserved.id);
      const first = await em.findOne(Membership, { where: { userId: reserved.id }, order: { createdAt: 'ASC' } });
      const step = await secondFactorStep(em, reserved.id, this.config.secondFactorDefault);
      const session = await this.sessions.create(em, reserved.id, first?.organizationId ?? null, ctx.ip, ctx.userAgent, step);
      await this.audit.record(ctx, {
        action: 'auth.sign_in',
        entityType: 'user',
        entityId: reserved.id,
        organizationId: first?.organizationId ?? null,
        actorUserId: reserved.id,
        changes: { knownDevice: [null, !!device], ...(step ? { secondFactor: [null, step] } : {}) },
      });
      this.sessions.setCookie(ctx.res, session.token);
      if (remembered) this.devices.setCookie(ctx.res, remembered, this.config);
      const viewer = await this.buildViewer(ctx, em, reserved.id, first?.organizationId ?? null);
      // The password was right, the second factor is still owed: the session acts for nobody until it is given.
      if (step) return { ...viewer, permissions: [], secondFactor: step };
      return this.adopt(ctx, session.id, viewer);
    });
  }

  /** Counts an attempt on the account unless its wait is running (then: null, not checked). */
  private async reserveAccount(email: string): Promise<{ id: string; failures: number } | null> {
    const [rows] = (await this.db.query(
      `UPDATE app_user
          SET failed_login_count = failed_login_count + 1,
              locked_until = CASE WHEN failed_login_count + 1 > $2
                                  THEN now() + make_interval(secs => least(power(2, failed_login_count + 1 - $2), $3))
                                  ELSE NULL END
        WHERE email = $1 AND (locked_until IS NULL OR locked_until <= now())
        RETURNING id, failed_login_count AS failures`,
      [email, this.config.loginFreeFailures, this.config.loginMaxDelaySeconds],
    )) as [Array<{ id: string; failures: number }>, number];
    return rows[0] ?? null;
  }

  async signOut(ctx: RequestContext): Promise<boolean> {
    const session = ctx.session!;
    await this.tx.run(ctx, async (em) => {
      await em.query('DELETE FROM user_session WHERE id = $1', [session.sessionId]);
      await this.audit.record(ctx, {
        action: 'auth.sign_out',
        entityType: 'user',
        entityId: session.user.id,
        organizationId: ctx.activeOrganizationId,
      });
      // Its open subscription sockets close on every replica at commit.
      await this.live.publish(ctx, [{ topic: SESSION_ENDED, payload: { sessionId: session.sessionId } satisfies SessionEnded }]);
    });
    this.sessions.clearCookie(ctx.res);
    return true;
  }

  /** Revokes every session of the user, this one included. Returns how many were ended. */
  async signOutEverywhere(ctx: RequestContext): Promise<number> {
    const userId = ctx.userId!;
    const count = await this.tx.run(ctx, async (em) => {
      const [, n] = (await em.query('DELETE FROM user_session WHERE user_id = $1', [userId])) as [unknown, number];
      await this.live.publish(ctx, [{ topic: SESSION_ENDED, payload: { userId } satisfies SessionEnded }]);
      await this.audit.record(ctx, {
        action: 'auth.sign_out_everywhere',
        entityType: 'user',
        entityId: userId,
        organizationId: ctx.activeOrganizationId,
        changes: { sessions: n },
      });
      return n;
    });
    this.sessions.clearCookie(ctx.res);
    return count;
  }

  /** Checks the current password, applies the policy, and ends the user's other sessions. */
  async changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<boolean> {
    const userId = ctx.userId!;
    const user = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: userId })
      .getOneOrFail();
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new AppError('WRONG_PASSWORD');
    assertPasswordPolicy(input.newPassword);
    const hash = await hashPassword(input.newPassword);
    await this.tx.run(ctx, async (em) => {
      await em.update(User, { id: userId }, { passwordHash: hash });
      await em.query('DELETE FROM user_session WHERE user_id = $1 AND id <> $2', [userId, ctx.session!.sessionId]);
      await this.audit.record(ctx, {
        action: 'auth.change_password',
        entityType: 'user',
        entityId: userId,
        organizationId: ctx.activeOrganizationId,
      });
    });
    return true;
  }

  /** Acts for another organization the user belongs to (any organization for a platform admin). */
  async switchOrganization(ctx: RequestContext, organizationId: string): Promise<Viewer> {
    const session = ctx.session!;
    if (!isUuid(organizationId)) throw new AppError('ORGANIZATION_NOT_FOUND');
    const allowed = ctx.isPlatformAdmin
      ? !!(await findOrganization(this.db.manager, organizationId))
      : await this.db.getRepository(Membership).existsBy({ userId: session.user.id, organizationId });
    if (!allowed) throw new AppError('ORGANIZATION_NOT_FOUND');
    return this.tx.run(ctx, async (em) => {
      await em.query('UPDATE user_session SET active_organization_id = $2 WHERE id = $1', [session.sessionId, organizationId]);
      await this.audit.record(ctx, {
        action: 'auth.switch_organization',
        entityType: 'user',
        entityId: session.user.id,
        organizationId,
        changes: { activeOrganizationId: [ctx.activeOrganizationId, organizationId] },
      });
      return this.adopt(ctx, session.sessionId, await this.buildViewer(ctx, em, session.user.id, organizationId));
    });
  }

  /** Starts a session for a user inside the caller's transaction (after accepting an invitation). */
  async startSession(ctx: RequestContext, em: EntityManager, userId: string, organizationId: string): Promise<Viewer> {
    const step = await secondFactorStep(em, userId, this.config.secondFactorDefault);
    const session = await this.sessions.create(em, userId, organizationId, ctx.ip, ctx.userAgent, step);
    this.sessions.setCookie(ctx.res, session.token);
    const viewer = await this.buildViewer(ctx, em, userId, organizationId);
    if (step) return { ...viewer, permissions: [], secondFactor: step };
    return this.adopt(ctx, session.id, viewer);
  }

  /** The pending session has given its second factor: it acts from now on, this request included. */
  async completeSecondFactor(ctx: RequestContext, em: EntityManager, pending: SessionInfo): Promise<Viewer> {
    await em.query(
      'UPDATE user_session SET second_factor = NULL, second_factor_challenge = NULL, second_factor_failures = 0 WHERE id = $1',
      [pending.sessionId],
    );
    ctx.pendingSecondFactor = null;
    return this.adopt(ctx, pending.sessionId, await this.buildViewer(ctx, em, pending.user.id, pending.activeOrganizationId));
  }
}
