import { resolve } from 'node:path';

/** Configuration read once from the environment. Every knob has a working default for `npm start`. */
export interface AppConfig {
  port: number;
  host: string;
  /** External PostgreSQL; when unset an embedded PostgreSQL is started under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  production: boolean;
  logLevel: string;
  /** `json` (one object a line: production, files, collectors) or `pretty` (short coloured lines); default pretty on a terminal outside production. */
  logFormat: 'json' | 'pretty';
  /** Where the built portal lives; served from the same origin as /graphql. */
  webDist: string;
  /** Public origin used in links (invitations). */
  publicUrl: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Failed sign-ins in a row an account may have before each further attempt must wait (2 s, 4 s, 8 s … up to loginMaxDelaySeconds). */
  loginFreeFailures: number;
  loginMaxDelaySeconds: number;
  seedDemoData: boolean;
  /** Key for personal data at rest (phone numbers): 32 bytes as 64 hex characters or base64. Required in production;
   *  otherwise a random key is created once in DATA_DIR/pii.key. */
  piiKey: string | undefined;
  /** Whether organizations that have not chosen require a second factor of the people who handle personal data (and
   *  platform admins always do then): on in production, off for the demo (SECOND_FACTOR_REQUIRED=true|false). */
  secondFactorDefault: boolean;
  /** Scoped personal-data reads name the caller's organization to PostgreSQL's row-level security (ROW_SECURITY=off: plain pool reads, for comparison). */
  rowSecurity: boolean;
  /** A GraphQL answer larger than this is refused (RESPONSE_TOO_LARGE); the query cost limit keeps real answers far below. */
  responseMaxBytes: number;
  /** Answers of read-only queries kept per replica, dropped when a table they read is written (RESPONSE_CACHE=off: computed every time). */
  responseCache: boolean;
  /** Prometheus metrics on their own port (METRICS_PORT: default 9464, 0 any free port, `off` none; off by default in tests), on METRICS_HOST (default HOST). */
  metricsPort: number | null;
  metricsHost: string;
  /**
   * Which proxies in front of the API are believed when they name the client in X-Forwarded-For (TRUST_PROXY): none
   * by default (the connection's own address is the client); else a list of the proxies' addresses and CIDR ranges
   * (`10.0.0.0/8,loopback`). The per-address rate limits key on the client this decides.
   */
  trustProxy: false | string;
  /** Credential requests (sign-in, invitation preview and acceptance, password change) per client address a minute. */
  credentialRequestsPerMinute: number;
  /** Requests a minute one API key may make (past it: 429). */
  apiKeyRequestsPerMinute: number;
  /** Password hashes computed at once; more wait their turn, so a flood of sign-ins cannot fill the thread pool. */
  hashingConcurrency: number;
  /** Whether this process delivers after-commit work (OUTBOX_WORKER=off: another process does). */
  outboxWorker: boolean;
  /** How often the worker looks for after-commit work it was not told about (another replica's, or left by a crash); 0 = only when woken by a commit. */
  outboxPollMs: number;
  /** SMTP server for e-mail (`smtp://user:pass@host:587`, `smtps://…`); unset: messages are logged, not sent. */
  smtpUrl: string | undefined;
  /** The sender of the platform's e-mail. */
  mailFrom: string;
  /**
   * Text messages through Solapi (SOLAPI_API_KEY, SOLAPI_API_SECRET, SOLAPI_SENDER — a registered 발신번호 —, and
   * SOLAPI_BASE_URL for a test server); unset: messages are logged, not sent.
   */
  sms: { apiKey: string; apiSecret: string; sender: string; baseUrl: string } | null;
  /**
   * 카카오 알림톡 through the same Solapi account (KAKAO_PF_ID, the channel's Solapi id, and KAKAO_TEMPLATES,
   * `kind:templateId` pairs comma-separated, each template approved by Kakao for the text of that kind): a text of a
   * kind with a template goes as 알림톡, which Solapi sends as SMS/LMS instead when the phone has no KakaoTalk.
   */
  kakao: { pfId: string; templates: Record<string, string> } | null;
  /** Applications one address may begin an hour on the public door (APPLY_PER_ADDRESS_PER_HOUR); past it: 429. */
  applyPerAddressPerHour: number;
  /** Text messages one organization may send a month (Asia/Seoul) unless its own budget is set (SMS_MONTHLY_BUDGET). */
  smsMonthlyBudget: number;
  /** Each organization's documents together may weigh this much, unless a platform admin set its own quota (DOCUMENT_QUOTA_MB). */
  documentQuotaBytes: number;
  /** A ZIP-based document (docx, xlsx, pptx, hwpx) that inflates past this is refused (DOCUMENT_ARCHIVE_MAX_MB). */
  documentArchiveMaxBytes: number;
  /** Uploads one person may make a minute (DOCUMENT_UPLOADS_PER_MINUTE); past it: 429. */
  documentUploadsPerMinute: number;
  /** Documents in S3-compatible object storage when a bucket is named (S3_BUCKET); on disk under dataDir otherwise. */
  s3: {
    bucket: string;
    endpoint: string | undefined;
    region: string;
    accessKeyId: string | undefined;
    secretAccessKey: string | undefined;
  } | null;
}

const repoRoot = resolve(__dirname, '../../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  const host = env.HOST ?? '0.0.0.0';
  return {
    port,
    host,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR ?? resolve(repoRoot, '.data')),
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    logFormat:
      env.LOG_FORMAT === 'json' || env.LOG_FORMAT === 'pretty'
        ? env.LOG_FORMAT
        : process.stdout.isTTY && env.NODE_ENV !== 'production'
          ? 'pretty'
          : 'json',
    webDist: resolve(env.WEB_DIST ?? resolve(repoRoot, 'apps/web/dist')),
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    sessionIdleMinutes: Number(env.SESSION_IDLE_MINUTES ?? 30),
    sessionMaxHours: Number(env.SESSION_MAX_HOURS ?? 12),
    loginFreeFailures: Number(env.LOGIN_FREE_FAILURES ?? 3),
    loginMaxDelaySeconds: Number(env.LOGIN_MAX_DELAY_SECONDS ?? 60),
    // Demo users with a published password: by default outside production only; production seeds only when asked.
    seedDemoData: env.SEED_DEMO_DATA ? env.SEED_DEMO_DATA === 'true' : env.NODE_ENV !== 'production',
    piiKey: env.PII_KEY || undefined,
    rowSecurity: env.ROW_SECURITY !== 'off',
    secondFactorDefault: env.SECOND_FACTOR_REQUIRED ? env.SECOND_FACTOR_REQUIRED === 'true' : env.NODE_ENV === 'production',
    responseMaxBytes: Number(env.GRAPHQL_RESPONSE_MAX_BYTES ?? 8 * 1024 * 1024),
    responseCache: env.RESPONSE_CACHE !== 'off',
    metricsPort:
      env.METRICS_PORT === 'off' || (env.METRICS_PORT === undefined && env.NODE_ENV === 'test') ? null : Number(env.METRICS_PORT ?? 9464),
    metricsHost: env.METRICS_HOST ?? host,
    trustProxy: trustProxyOf(env.TRUST_PROXY),
    credentialRequestsPerMinute: Number(env.CREDENTIAL_REQUESTS_PER_MINUTE ?? 30),
    apiKeyRequestsPerMinute: Number(env.API_KEY_REQUESTS_PER_MINUTE ?? 600),
    hashingConcurrency: Number(env.HASHING_CONCURRENCY ?? 2),
    outboxWorker: env.OUTBOX_WORKER !== 'off',
    outboxPollMs: Number(env.OUTBOX_POLL_MS ?? 1000),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'LA-LA LAnd <no-reply@lalaland.busan.kr>',
    sms:
      env.SOLAPI_API_KEY && env.SOLAPI_API_SECRET && env.SOLAPI_SENDER
        ? {
            apiKey: env.SOLAPI_API_KEY,
            apiSecret: env.SOLAPI_API_SECRET,
            sender: env.SOLAPI_SENDER.replace(/\D/g, ''),
            baseUrl: (env.SOLAPI_BASE_URL ?? 'https://api.solapi.com').replace(/\/$/, ''),
          }
        : null,
    kakao: kakaoOf(env.KAKAO_PF_ID, env.KAKAO_TEMPLATES),
    smsMonthlyBudget: Number(env.SMS_MONTHLY_BUDGET ?? 3000),
    applyPerAddressPerHour: Number(env.APPLY_PER_ADDRESS_PER_HOUR ?? 30),
    documentQuotaBytes: Number(env.DOCUMENT_QUOTA_MB ?? 2048) * 1024 * 1024,
    documentUploadsPerMinute: Number(env.DOCUMENT_UPLOADS_PER_MINUTE ?? 10),
    documentArchiveMaxBytes: Number(env.DOCUMENT_ARCHIVE_MAX_MB ?? 200) * 1024 * 1024,
    s3: env.S3_BUCKET
      ? {
          bucket: env.S3_BUCKET,
          endpoint: env.S3_ENDPOINT || undefined,
          region: env.S3_REGION ?? 'ap-northeast-2',
          accessKeyId: env.S3_ACCESS_KEY_ID,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY,
        }
      : null,
  };
}

/**
 * TRUST_PROXY: unset or `false` → none; else addresses, CIDR ranges or proxy-addr's names (loopback, linklocal,
 * uniquelocal). `true` (anyone) and hop counts (which cannot check who sent the header) are refused.
 */
export function trustProxyOf(value: string | undefined): false | string {
  const v = value?.trim() ?? '';
  if (!v || v === 'false') return false;
  const entries = v.split(',').map((e) => e.trim());
  const bad = entries.filter((e) => !/^(loopback|linklocal|uniquelocal|[0-9a-f.:]*[.:][0-9a-f.:]*(\/\d{1,3})?)$/i.test(e));
  if (bad.length || !entries.length)
    throw new Error(
      `TRUST_PROXY must list the proxies' addresses or CIDR ranges, comma-separated (not "true" nor a hop count: a client could then choose its own address); refused: ${bad.join(', ') || v}`,
    );
  return entries.join(',');
}

/** KAKAO_PF_ID and KAKAO_TEMPLATES (`phone_code:KA01TP…,session_reminder:KA01TP…`): both, or neither; a malformed pair is refused at boot. */
export function kakaoOf(pfId: string | undefined, templates: string | undefined): AppConfig['kakao'] {
  if (!pfId?.trim() && !templates?.trim()) return null;
  const pairs = (templates ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = pairs.filter((e) => !/^[a-z_]{1,40}:[A-Za-z0-9_-]{1,100}$/.test(e));
  if (!pfId?.trim() || !pairs.length || bad.length)
    throw new Error(
      `KAKAO_PF_ID and KAKAO_TEMPLATES go together; KAKAO_TEMPLATES lists kind:templateId pairs, comma-separated${bad.length ? `; refused: ${bad.join(', ')}` : ''}`,
    );
  return { pfId: pfId.trim(), templates: Object.fromEntries(pairs.map((e) => e.split(':') as [string, string])) };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
