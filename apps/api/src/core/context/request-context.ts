import type { FastifyReply, FastifyRequest } from 'fastify';
import DataLoader from 'dataloader';
import { API_KEY_PERMISSIONS, Permission, MembershipRole, permissionsFor } from '@lalaland/shared';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
  locale: string;
}

export interface SessionInfo {
  sessionId: string;
  user: SessionUser;
  activeOrganizationId: string | null;
  role: MembershipRole | null;
  /** A step still owed before this session acts: the context then holds it as `pendingSecondFactor`, signed out. */
  secondFactor?: 'VERIFY' | 'ENROL';
  /** Set when a machine calls with an API key (Authorization: Bearer) instead of a person's session cookie. */
  apiKey?: { id: string; name: string; permissions: readonly Permission[] };
}

/**
 * The request context inside a GraphQL context object: the object itself for queries and mutations; for a
 * subscription (whose context Mercurius copies into a plain object) the one kept under `requestContext`.
 */
export function requestContextOf(gqlContext: unknown): RequestContext {
  if (gqlContext instanceof RequestContext) return gqlContext;
  const inner = (gqlContext as { requestContext?: unknown } | null)?.requestContext;
  if (inner instanceof RequestContext) return inner;
  return RequestContext.system('no-context').asAnonymous();
}

/** The caller's language from Accept-Language: English when it leads with `en`, Korean otherwise. */
export function languageOf(acceptLanguage: string | undefined): 'ko' | 'en' {
  return /^en\b/i.test(acceptLanguage ?? '') ? 'en' : 'ko';
}

/**
 * Built once per request (GraphQL context) and passed first to every service method.
 * Carries who is asking, for which organization, with which permissions, and the per-request DataLoaders.
 */
export class RequestContext {
  private _permissions: ReadonlySet<Permission>;
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();
  /** A session that signed in with its password and still owes its second factor (it acts for nobody meanwhile). */
  pendingSecondFactor: SessionInfo | null = null;

  constructor(
    readonly requestId: string,
    readonly lang: 'ko' | 'en',
    private _session: SessionInfo | null,
    readonly ip: string | null = null,
    readonly userAgent: string | null = null,
    readonly req?: FastifyRequest,
    readonly res?: FastifyReply,
    /** The cookie named a session that has expired or was revoked. */
    readonly sessionExpired = false,
  ) {
    this._permissions = RequestContext.permissionsOf(_session);
  }

  /** A person's: their role's (every one for a platform admin). A key's: its creator's role's, as far as the key was given and keys may have. */
  private static permissionsOf(session: SessionInfo | null): ReadonlySet<Permission> {
    if (!session) return new Set();
    const key = session.apiKey;
    if (!key) return new Set(permissionsFor(session.role, session.user.isPlatformAdmin));
    const grantable = new Set<Permission>(API_KEY_PERMISSIONS);
    return new Set(permissionsFor(session.role, false).filter((p) => grantable.has(p) && key.permissions.includes(p)));
  }

  get session(): SessionInfo | null {
    return this._session;
  }
  get permissions(): ReadonlySet<Permission> {
    return this._permissions;
  }

  /** After sign-in or switching organization within this request, the rest of the response sees the new session. */
  adoptSession(session: SessionInfo): void {
    this._session = session;
    this._permissions = RequestContext.permissionsOf(session);
  }

  /** For background jobs, seeds and tests: acts as the system, with no HTTP request. */
  static system(requestId = 'system'): RequestContext {
    return new RequestContext(requestId, 'ko', null);
  }

  /** The same caller signed out (what a context-less GraphQL call is treated as). */
  asAnonymous(): RequestContext {
    return new RequestContext(this.requestId, this.lang, null);
  }

  get user(): SessionUser | null {
    return this.session?.user ?? null;
  }
  get userId(): string | null {
    return this.session?.user.id ?? null;
  }
  get isAuthenticated(): boolean {
    return this.session !== null;
  }
  get isPlatformAdmin(): boolean {
    return this.session?.user.isPlatformAdmin ?? false;
  }
  get activeOrganizationId(): string | null {
    return this.session?.activeOrganizationId ?? null;
  }
  get role(): MembershipRole | null {
    return this.session?.role ?? null;
  }

  /**
   * Who the answer is for, as far as a cached GraphQL answer may be shared (core/graphql/response-cache.ts): the same
   * user, organization, role and language see the same data. Null for a caller who is not signed in.
   */
  get audienceKey(): string | null {
    const s = this.session;
    if (!s) return null;
    return `${s.apiKey?.id ?? ''}|${s.user.id}|${s.activeOrganizationId ?? ''}|${s.role ?? ''}|${s.user.isPlatformAdmin ? 1 : 0}|${[...this.permissions].sort().join(',')}|${this.lang}`;
  }

  /** This request's answer must not be kept for others (it read personal data, whose every read is logged). */
  doNotCache(): void {
    this.uncacheable = true;
  }
  uncacheable = false;
  /** The request sent an API key that is unknown, expired or revoked (answered API_KEY_INVALID, never as a session). */
  credentialRejected = false;

  can(permission: Permission): boolean {
    return this.permissions.has(permission);
  }

  /** Organization-scoped reads (e.g. members): the active organization, or anything for a platform admin. */
  actsFor(organizationId: string): boolean {
    return this.isPlatformAdmin || this.activeOrganizationId === organizationId;
  }

  /** One DataLoader per key per request, so relations batch into one query. */
  loader<V>(key: string, batch: (ids: readonly string[]) => Promise<Array<V | null | Error>>): DataLoader<string, V | null> {
    let l = this.loaders.get(key);
    if (!l) {
      l = new DataLoader<string, V | null>(batch) as DataLoader<string, unknown>;
      this.loaders.set(key, l);
    }
    return l as DataLoader<string, V | null>;
  }
}

/** Index rows by id in the order DataLoader asked for them. */
export function byIds<T extends { id: string }>(ids: readonly string[], rows: T[]): Array<T | null> {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** Group rows by a key in the order DataLoader asked for them. */
export function groupByIds<T>(ids: readonly string[], rows: T[], key: (r: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return ids.map((id) => map.get(id) ?? []);
}

/**
 * DataLoader.loadMany without hiding faults: a failed batch throws (it is never read as "not there"); the answer keeps
 * the ids' order, with null where a row does not exist.
 */
export async function loadEach<V>(loader: DataLoader<string, V | null>, ids: readonly string[]): Promise<Array<V | null>> {
  const found = await loader.loadMany(ids);
  return found.map((v) => {
    if (v instanceof Error) throw v;
    return v;
  });
}
