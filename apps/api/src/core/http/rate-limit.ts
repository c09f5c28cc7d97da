import type { FastifyInstance, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import type { DataSource } from 'typeorm';
import { createHash } from 'node:crypto';
import { AppError } from '../errors/app-error';
import { bearerToken } from '../context/machine-credentials';

/** GraphQL operations that take or test a credential: sign-in, invitation preview and acceptance, password change. */
const CREDENTIAL_FIELDS = /\b(signIn|acceptInvitation|invitation|changePassword)\s*\(/;

function isCredentialRequest(req: FastifyRequest): boolean {
  if (!req.url.startsWith('/graphql')) return false;
  const query = (req.body as { query?: unknown } | undefined)?.query ?? (req.query as { query?: unknown } | undefined)?.query;
  return typeof query === 'string' && CREDENTIAL_FIELDS.test(query);
}

/**
 * Counts one hit of `key` in its window (PostgreSQL, the one stateful service, so every API replica counts the same):
 * one upsert. Returns the hits so far in the window and the milliseconds left of it. Stale keys are swept now and then.
 */
export async function countHit(db: DataSource, key: string, windowMs: number): Promise<{ current: number; ttl: number }> {
  return (await countHits(db, [key], windowMs)).get(key)!;
}

/**
 * Counts a batch of hits in one upsert (a key may come several times: each adds one), keys locked in one order so
 * concurrent batches cannot deadlock. Returns, per key, the hits so far in its window (this batch's included) and the
 * milliseconds left of it.
 */
export async function countHits(
  db: DataSource,
  keys: readonly string[],
  windowMs: number,
): Promise<Map<string, { current: number; ttl: number }>> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const distinct = [...counts.keys()].sort();
  const rows = (await db.query(
    `INSERT INTO rate_limit (key, window_start, hits) SELECT k, now(), n FROM unnest($1::text[], $3::int[]) AS x(k, n) ORDER BY k
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN rate_limit.window_start <= now() - make_interval(secs => $2) THEN excluded.hits ELSE rate_limit.hits + excluded.hits END,
       window_start = CASE WHEN rate_limit.window_start <= now() - make_interval(secs => $2) THEN now() ELSE rate_limit.window_start END
     RETURNING key, hits, ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()) * 1000)::int AS ttl`,
    [distinct, windowMs / 1000, distinct.map((k) => counts.get(k)!)],
  )) as Array<{ key: string; hits: number; ttl: number }>;
  if (Math.random() < 0.01) void db.query("DELETE FROM rate_limit WHERE window_start < now() - interval '1 day'").catch(() => undefined);
  return new Map(rows.map((r) => [r.key, { current: r.hits, ttl: Math.max(0, r.ttl) }]));
}

/** The refusal past a limit: TOO_MANY_REQUESTS (429) naming the seconds to wait. */
export const tooManyRequests = (ttlMs: number) =>
  new AppError('TOO_MANY_REQUESTS', { params: { seconds: Math.max(1, Math.ceil(ttlMs / 1000)) }, status: 429 });

/** A limit past which a caller is refused: TOO_MANY_REQUESTS (429) naming the seconds to wait. */
export async function enforceLimit(db: DataSource, key: string, max: number, windowMs: number): Promise<void> {
  const { current, ttl } = await countHit(db, key, windowMs);
  if (current > max) throw tooManyRequests(ttl);
}

/** @fastify/rate-limit's store over countHit. */
function postgresStore(db: DataSource) {
  return class PostgresRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      countHit(db, key, timeWindow).then(
        (r) => callback(null, r),
        (err: Error) => callback(err),
      );
    }
    child() {
      return this;
    }
  };
}

/**
 * Credential requests are limited per client address (`perMinute` a minute), requests with an API key per key
 * (`apiKeyPerMinute`); past it they answer 429
 * TOO_MANY_REQUESTS before any password is hashed. Each account also slows down on its own failures (AuthService).
 */
export async function installCredentialRateLimit(
  fastify: FastifyInstance,
  db: DataSource,
  perMinute: number,
  apiKeyPerMinute: number,
): Promise<void> {
  // PostgreSQL down: let the request through; it will meet SERVICE_UNAVAILABLE on its own.
  await fastify.register(rateLimit, { global: false, store: postgresStore(db) as never, skipOnError: true });
  // One limiter, consulted only for credential requests: every other request pays one regex, not the plugin's hook.
  const limit = fastify.rateLimit({
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (req) => `credential:${req.ip}`,
    errorResponseBuilder: (_req, context) => tooManyRequests(context.ttl),
  });
  // Requests with an API key are counted per key (its hash), on every replica, before the key is even looked up.
  const perKey = fastify.rateLimit({
    max: apiKeyPerMinute,
    timeWindow: 60_000,
    keyGenerator: (req) =>
      `api-key:${createHash('sha256')
        .update(bearerToken(req) ?? '')
        .digest('hex')
        .slice(0, 32)}`,
    errorResponseBuilder: (_req, context) => tooManyRequests(context.ttl),
  });
  fastify.addHook('preHandler', async (req, reply) => {
    if (isCredentialRequest(req)) await limit.call(fastify, req, reply);
    else if (req.headers.authorization && bearerToken(req) !== null) await perKey.call(fastify, req, reply);
  });
}
