import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { API_KEY_PERMISSIONS, Permission, seoulDate, type MembershipRole } from '@lalaland/shared';
import { AuditService } from '../../core/audit/audit.service';
import { AuditEvent } from '../../core/audit/audit-event.entity';
import { MachineCredentials } from '../../core/context/machine-credentials';
import { RequestContext, type SessionInfo } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { safeError } from '../../core/logging';
import { MEMBERSHIPS, USERS, sha256 } from '../auth';
import { ApiKey, ApiKeyStatus } from './api-key.entity';
import { CreateApiKeyInput, CreatedApiKey } from './api-keys.dto';

/** Active keys an organization may hold at once. */
export const MAX_ACTIVE_KEYS = 20;
const TOKEN = /^lal_[A-Za-z0-9_-]{43}$/;

interface KeyRow {
  id: string;
  name: string;
  permissions: Permission[];
  organization_id: string;
  stale: boolean;
  user_id: string;
  email: string;
  display_name: string;
  locale: string;
  role: MembershipRole;
}

/**
 * API keys: created by an organization's admin with chosen permissions and an expiry, shown once, stored as a hash,
 * revocable; every request made with one is audited (`api_key.use`, with the operation) and rate-limited per key
 * (core/http/rate-limit.ts). A key acts for its organization only, with at most its creator's current rights: a
 * creator who leaves the organization takes the key's access with them.
 */
@Injectable()
export class ApiKeyService implements MachineCredentials {
  private readonly logger = new Logger('ApiKeys');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly audit: AuditService,
  ) {}

  static status(k: Pick<ApiKey, 'revokedAt' | 'expiresAt'>, now = new Date()): ApiKeyStatus {
    return k.revokedAt ? ApiKeyStatus.REVOKED : k.expiresAt <= now ? ApiKeyStatus.EXPIRED : ApiKeyStatus.ACTIVE;
  }

  /** The active organization's keys, newest first (at most 100). */
  async list(ctx: RequestContext): Promise<ApiKey[]> {
    return this.withCreators(
      await this.db
        .getRepository(ApiKey)
        .find({ where: { organizationId: ctx.activeOrganizationId! }, order: { createdAt: 'DESC' }, take: 100 }),
    );
  }

  /** Each key with its creator's name (one statement). */
  private async withCreators(keys: ApiKey[]): Promise<ApiKey[]> {
    const rows: Array<{ id: string; name: string }> = keys.length
      ? await this.db.query(`SELECT id, display_name AS name FROM ${USERS} u WHERE id = ANY($1::uuid[])`, [
          [...new Set(keys.map((k) => k.createdById))],
        ])
      : [];
    const names = new Map(rows.map((r) => [r.id, r.name]));
    for (const k of keys) k.createdByName = names.get(k.createdById) ?? '';
    return keys;
  }

  async create(ctx: RequestContext, input: CreateApiKeyInput): Promise<CreatedApiKey> {
    const organizationId = ctx.activeOrganizationId!;
    const grantable = new Set<string>(API_KEY_PERMISSIONS);
    // Only what keys may have and what the creator holds themself.
    const refused = input.permissions.filter((p) => !grantable.has(p) || !ctx.can(p as Permission));
    if (refused.length) throw new AppError('API_KEY_PERMISSION_NOT_ALLOWED', { params: { permissions: refused.join(', ').slice(0, 200) } });
    const today = seoulDate();
    const lastDay = seoulDate(Date.now() + 366 * 86_400_000);
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(input.expiresOn) ||
      input.expiresOn <= today ||
      input.expiresOn > lastDay ||
      Number.isNaN(Date.parse(input.expiresOn))
    ) {
      throw new AppError('API_KEY_EXPIRY_INVALID');
    }
    const token = `lal_${randomBytes(32).toString('base64url')}`;
    return this.tx.run(ctx, async (em) => {
      // One admin at a time per organization, so the count of active keys holds under concurrent creation.
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`api_key:${organizationId}`]);
      const [{ n }] = (await em.query(
        'SELECT count(*)::int AS n FROM api_key WHERE organization_id = $1 AND revoked_at IS NULL AND expires_at > now()',
        [organizationId],
      )) as [{ n: number }];
      if (n >= MAX_ACTIVE_KEYS) throw new AppError('API_KEY_LIMIT', { params: { max: MAX_ACTIVE_KEYS } });
      const key = em.create(ApiKey, {
        organizationId,
        createdById: ctx.userId!,
        name: input.name.trim(),
        prefix: token.slice(0, 12),
        secretHash: sha256(token),
        permissions: [...new Set(input.permissions)] as Permission[],
        // Works through the last day, Asia/Seoul.
        expiresAt: new Date(`${input.expiresOn}T23:59:59.999+09:00`),
        revokedAt: null,
        lastUsedAt: null,
      });
      await em.save(key);
      await this.audit.record(ctx, {
        action: 'api_key.create',
        entityType: 'api_key',
        entityId: key.id,
        organizationId,
        changes: { name: [null, key.name], permissions: [null, key.permissions], expiresAt: [null, key.expiresAt.toISOString()] },
      });
      key.createdByName = ctx.user!.displayName;
      return { key, token };
    });
  }

  /** Revokes at once (every replica: the key is looked up on each request). Another organization's key: NOT_FOUND. */
  async revoke(ctx: RequestContext, id: string): Promise<ApiKey> {
    return this.tx.run(ctx, async (em) => {
      const key = /^[0-9a-f-]{36}$/i.test(id)
        ? await em.findOne(ApiKey, { where: { id, organizationId: ctx.activeOrganizationId! }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!key) throw new AppError('API_KEY_NOT_FOUND');
      if (!key.revokedAt) {
        key.revokedAt = new Date();
        await em.save(key);
        await this.audit.record(ctx, {
          action: 'api_key.revoke',
          entityType: 'api_key',
          entityId: key.id,
          organizationId: key.organizationId,
        });
      }
      return (await this.withCreators([key]))[0]!;
    });
  }

  /** The principal of a bearer token: the key's organization, its creator's role there, the key's permissions. */
  async authenticate(req: FastifyRequest, token: string): Promise<SessionInfo | 'invalid'> {
    if (!TOKEN.test(token)) return 'invalid';
    const rows: KeyRow[] = await this.db.query(
      `SELECT k.id, k.name, k.permissions, k.organization_id, (k.last_used_at IS NULL OR k.last_used_at < now() - interval '60 seconds') AS stale,
              u.id AS user_id, u.email, u.display_name, u.locale, m.role
         FROM api_key k
         JOIN ${USERS} u ON u.id = k.created_by_id
         JOIN ${MEMBERSHIPS} m ON m.user_id = k.created_by_id AND m.organization_id = k.organization_id
        WHERE k.secret_hash = $1 AND k.revoked_at IS NULL AND k.expires_at > now()`,
      [sha256(token)],
    );
    const row = rows[0];
    if (!row) return 'invalid';
    const body = req.body as { operationName?: unknown; query?: unknown } | undefined;
    const operation =
      typeof body?.operationName === 'string'
        ? body.operationName
        : typeof body?.query === 'string'
          ? body.query.replace(/\s+/g, ' ').trim()
          : req.method;
    // Every use is audited, before the operation runs (a refused or failed one too).
    await this.db.getRepository(AuditEvent).insert({
      actorUserId: row.user_id,
      organizationId: row.organization_id,
      action: 'api_key.use',
      entityType: 'api_key',
      entityId: row.id,
      changes: { operation: operation.slice(0, 200) },
      requestId: String(req.id).slice(0, 64),
      ip: req.ip?.slice(0, 64) ?? null,
    });
    if (row.stale)
      void this.db
        .query('UPDATE api_key SET last_used_at = now() WHERE id = $1', [row.id])
        .catch((err: unknown) => this.logger.warn({ err: safeError(err) }, 'could not touch key'));
    return {
      sessionId: `api-key:${row.id}`,
      activeOrganizationId: row.organization_id,
      role: row.role,
      user: {
        id: row.user_id,
        email: row.email,
        displayName: `${row.display_name} · ${row.name}`,
        isPlatformAdmin: false,
        locale: row.locale,
      },
      apiKey: { id: row.id, name: row.name, permissions: row.permissions },
    };
  }
}
