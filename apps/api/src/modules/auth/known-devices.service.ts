import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../core/config';
import { sha256 } from './user-session.service';

export const DEVICE_COOKIE = 'lalaland_device';
/** Devices remembered per account; the least recently used is forgotten past this. */
const MAX_DEVICES_PER_USER = 20;

/** Browsers that signed in to an account before (known-device.entity.ts): recognised by their cookie, counted apart. */
@Injectable()
export class KnownDevices {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The known device of this account that sent `token`, or null (no cookie, another account's, forgotten). */
  async recognise(email: string, token: string | undefined): Promise<string | null> {
    if (!token || token.length > 100) return null;
    const rows = (await this.db.query(
      'SELECT d.id FROM known_device d JOIN app_user u ON u.id = d.user_id WHERE u.email = $1 AND d.token_hash = $2',
      [email, sha256(token)],
    )) as Array<{
      id: string;
    }>;
    return rows[0]?.id ?? null;
  }

  /** Counts an attempt on the device unless its own wait is running (then: null, not checked). */
  async reserve(deviceId: string, config: AppConfig): Promise<{ id: string; failures: number } | null> {
    const [rows] = (await this.db.query(
      `UPDATE known_device
          SET failed_login_count = failed_login_count + 1,
              locked_until = CASE WHEN failed_login_count + 1 > $2
                                  THEN now() + make_interval(secs => least(power(2, failed_login_count + 1 - $2), $3))
                                  ELSE NULL END
        WHERE id = $1 AND (locked_until IS NULL OR locked_until <= now())
        RETURNING user_id AS id, failed_login_count AS failures`,
      [deviceId, config.loginFreeFailures, config.loginMaxDelaySeconds],
    )) as [Array<{ id: string; failures: number }>, number];
    return rows[0] ?? null;
  }

  /** Remembers a browser that just signed in; returns the token for its cookie. */
  async remember(em: EntityManager, userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await em.query('INSERT INTO known_device (token_hash, user_id) VALUES ($1, $2)', [sha256(token), userId]);
    await em.query(
      `DELETE FROM known_device WHERE id IN (SELECT id FROM known_device WHERE user_id = $1 ORDER BY last_used_at DESC, created_at DESC OFFSET $2)`,
      [userId, MAX_DEVICES_PER_USER],
    );
    return token;
  }

  setCookie(res: FastifyReply | undefined, token: string, config: AppConfig): void {
    res?.setCookie(DEVICE_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.publicUrl.startsWith('https://'),
      path: '/graphql',
      maxAge: 365 * 24 * 3600,
    });
  }
}
