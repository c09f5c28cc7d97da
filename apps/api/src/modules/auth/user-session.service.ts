import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { DataSource, EntityManager } from 'typeorm';
import type { MembershipRole } from '@lalaland/shared';
import { APP_CONFIG } from '../../core/config';
import type { AppConfig } from '../../core/config';
import { SessionInfo } from '../../core/context/request-context';
import { LiveEvents } from '../../core/live/live-events';
import { UserSession } from './user-session.entity';

export const SESSION_COOKIE = 'lalaland_session';
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

interface SessionRow {
  session_id: string;
  active_organization_id: string | null;
  idle: boolean;
  expired: boolean;
  stale: boolean;
  user_id: string;
  email: string;
  display_name: string;
  is_platform_admin: boolean;
  locale: string;
  role: MembershipRole | null;
  expires_ms: number;
  second_factor: 'VERIFY' | 'ENROL' | null;
}

/** The tables `resolve` reads: a write to another leaves the sessions resolved lately as they are. */
const SESSION_TABLES = new Set(['user_session', 'app_user', 'membership']);

/**
 * Server-side sessions in Postgres behind an HttpOnly SameSite cookie; 30 idle minutes end a session. A session that
 * still owes its second factor (second_factor VERIFY or ENROL) acts for nobody and ends after 10 minutes.
 */
@Injectable()
export class UserSessionService {
  private readonly logger = new Logger(UserSessionService.name);
  /** Sessions resolved lately, for callers that have just synced with the change signals (the response cache). */
  private readonly recent = new Map<string, { info: SessionInfo; expiresAt: number; seenAt: number }>();
  private generation = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    live: LiveEvents,
  ) {
    // Signing out, revoking, switching organization, a role or user changed: every write to those tables signals.
    live.onDataChanged((table) => {
      if (table !== null && !SESSION_TABLES.has(table)) return;
      this.generation++;
      this.recent.clear();
    });
  }

  /**
   * One query: the session, its user and the role in the active organization. `synced`: the caller has just learnt
   * every change committed before its request (LiveEvents.sync), so a session resolved since the last change signal,
   * seen less than a minute ago and not expired, is answered from memory.
   */
  async resolve(token: string, synced = false): Promise<SessionInfo | 'expired' | null> {
    const hash = sha256(token);
    const now = Date.now();
    if (synced) {
      const hit = this.recent.get(hash);
      if (hit && now < hit.expiresAt && now - hit.seenAt < 60_000) return hit.info;
    }
    const generation = this.generation;
    const rows: SessionRow[] = await this.db.query(
      `SELECT s.id AS session_id, s.active_organization_id, (extract(epoch FROM s.expires_at) * 1000)::float8 AS expires_ms,
              s.second_factor,
              (s.last_seen_at < now() - make_interval(mins => $2)
                OR (s.second_factor IS NOT NULL AND s.created_at < now() - interval '10 minutes')) AS idle,
              s.expires_at < now() AS expired,
              s.last_seen_at < now() - interval '60 seconds' AS stale,
              u.id AS user_id, u.email, u.display_name, u.is_platform_admin, u.locale, m.role
         FROM user_session s
         JOIN app_user u ON u.id = s.user_id
         LEFT JOIN membership m ON m.user_id = s.user_id AND m.organization_id = s.active_organization_id
        WHERE s.token_hash = $1`,
      [hash, this.config.sessionIdleMinutes],
    );
    const row = rows[0];
    if (!row) return 'expired';
    if (row.idle || row.expired) {
      await this.db.query('DELETE FROM user_session WHERE id = $1', [row.session_id]);
      return 'expired';
    }
    if (row.stale) {
      // Sliding idle window, written at most once a minute per session.
      this.db
        .query('UPDATE user_session SET last_seen_at = now() WHERE id = $1', [row.session_id])
        .catch((err) => this.logger.warn({ err }, 'could not touch session'));
    }
    const info: SessionInfo = {
      sessionId: row.session_id,
      activeOrganizationId: row.active_organization_id,
      role: row.active_organization_id ? row.role : null,
      user: {
        id: row.user_id,
        email: row.email,
        displayName: row.display_name,
        isPlatformAdmin: row.is_platform_admin,
        locale: row.locale,
      },
      ...(row.second_factor ? { secondFactor: row.second_factor } : {}),
    };
    // Kept only if no change was signalled while reading (a sign-out committed meanwhile would be missed otherwise).
    if (synced && generation === this.generation && !row.stale && !row.second_factor) {
      if (this.recent.size >= 10_000) this.recent.clear();
      this.recent.set(hash, { info, expiresAt: row.expires_ms, seenAt: now });
    }
    return info;
  }

  /** Creates a session row and returns the cookie token (only its hash is stored). */
  async create(
    em: EntityManager,
    userId: string,
    activeOrganizationId: string | null,
    ip: string | null,
    userAgent: string | null,
    secondFactor: 'VERIFY' | 'ENROL' | null = null,
  ): Promise<{ token: string; id: string }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionMaxHours * 3600_000);
    const result = await em.insert(UserSession, {
      tokenHash: sha256(token),
      userId,
      activeOrganizationId,
      expiresAt,
      ip,
      userAgent: userAgent?.slice(0, 300) ?? null,
      secondFactor,
    });
    return { token, id: (result.identifiers[0] as { id: string }).id };
  }

  setCookie(res: FastifyReply | undefined, token: string): void {
    res?.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.publicUrl.startsWith('https://'),
      path: '/',
      maxAge: this.config.sessionMaxHours * 3600, // seconds (@fastify/cookie)
    });
  }

  clearCookie(res: FastifyReply | undefined): void {
    res?.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
