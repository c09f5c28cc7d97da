import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The deployment is checked offline: Kustomize build, Kubernetes and CloudNativePG schemas, and the operations promises. */
const script = join(__dirname, '../scripts/validate-infra.mjs');
const infra = join(__dirname, '../../../infra');

function validate(env: Record<string, string> = {}, overlay?: string) {
  const r = spawnSync(process.execPath, [script, ...(overlay ? [overlay] : [])], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: r.status, summary: JSON.parse(r.stdout || '{}') as { resources?: string[]; problems?: string[] }, stderr: r.stderr };
}

/** A copy of infra/ to break on purpose: `edit` replaces text in one of its files (and fails if nothing changed). */
function brokenCopy() {
  const copy = mkdtempSync(join(tmpdir(), 'lalaland-infra-'));
  cpSync(infra, copy, { recursive: true });
  const edit = (file: string, from: string | RegExp, to: string) => {
    const path = join(copy, file);
    const text = readFileSync(path, 'utf8');
    const next = text.replace(from, to);
    expect(next).not.toBe(text);
    writeFileSync(path, next);
  };
  return { copy, edit };
}

describe('infra: the Kubernetes manifests, Dockerfile and compose file', () => {
  it('the production overlay builds, every resource matches its schema, and the promises hold', () => {
    const r = validate();
    expect(r.stderr).toBe('');
    expect(r.summary.problems).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.summary.resources).toEqual(
      expect.arrayContaining([
        'Deployment/lalaland-api',
        'Service/lalaland-api',
        'HorizontalPodAutoscaler/lalaland-api',
        'PodDisruptionBudget/lalaland-api',
        'Ingress/lalaland',
        'Cluster/lalaland-db',
        'ScheduledBackup/lalaland-db-nightly',
        'Namespace/lalaland',
        'ServiceMonitor/lalaland-api',
        'PodMonitor/lalaland-db',
        'PrometheusRule/lalaland',
        'ConfigMap/lalaland-grafana-dashboard',
      ]),
    );
  });

  it('refuses broken monitoring: a query that does not parse, a series nobody exports, an alert without its runbook, metrics facing the internet', () => {
    const { copy, edit } = brokenCopy();
    try {
      edit(
        'k8s/base/monitoring/alerts.yaml',
        'max(lalaland_outbox_oldest_due_seconds) > 300',
        'max(lalaland_outbox_oldest_due_seconds > 300',
      );
      edit('k8s/base/monitoring/alerts.yaml', 'max(lalaland_db_pool_waiting_requests) > 5', 'max(lalaland_db_pool_waiters) > 5');
      edit('k8s/base/monitoring/alerts.yaml', 'operations.md#lalalandreplicalag', 'operations.md#replica-lag');
      edit(
        'k8s/base/monitoring/lalaland-dashboard.json',
        'sum by (code) (rate(lalaland_graphql_errors_total[5m]))',
        'sum by (code) (rate(lalaland_graphql_errors_total[5m])',
      );
      edit('k8s/base/ingress.yaml', /port: \{ name: http \}/, 'port: { name: metrics }');
      const r = validate({ INFRA_DIR: copy }, join(copy, 'k8s/overlays/busan'));
      expect(r.code).toBe(1);
      const problems = r.summary.problems!.join('\n');
      expect(problems).toMatch(/alert LalalandOutboxStuck: PromQL does not parse/);
      expect(problems).toContain('lalaland_db_pool_waiters is not a series the API exports');
      expect(problems).toContain('alert LalalandReplicaLag: a runbook section "LalalandReplicaLag" in docs/operations.md required');
      expect(problems).toMatch(/lalaland-dashboard.json panel "Errors a second, by code": PromQL does not parse/);
      expect(problems).toContain('the metrics port must not face the internet');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('refuses a broken copy: schema errors, missing probes, no HSTS, two instances, a root container, an undocumented secret', () => {
    const { copy, edit } = brokenCopy();
    try {
      edit('k8s/base/postgres-cluster.yaml', 'instances: 3', 'instances: two');
      edit('k8s/base/api-deployment.yaml', / {10}readinessProbe:\n( {12}.*\n)+?(?= {10}livenessProbe)/, '');
      edit('k8s/base/ingress.yaml', 'nginx.ingress.kubernetes.io/hsts: "true"', 'nginx.ingress.kubernetes.io/hsts: "false"');
      edit('k8s/base/api-pdb.yaml', 'app.kubernetes.io/name: lalaland-api', 'app.kubernetes.io/name: something-else');
      edit('k8s/base/api-deployment.yaml', 'name: lalaland-pii', 'name: lalaland-undocumented');
      edit('Dockerfile', /^USER node$/m, 'USER root');
      const r = validate({ INFRA_DIR: copy }, join(copy, 'k8s/overlays/busan'));
      expect(r.code).toBe(1);
      const problems = r.summary.problems!.join('\n');
      expect(problems).toMatch(/Cluster\/lalaland-db: schema:.*instances/);
      expect(problems).toContain('readiness and liveness probes required');
      expect(problems).toContain('HSTS of at least a year required');
      expect(problems).toContain('no PodDisruptionBudget selects its pods');
      expect(problems).toContain('secret lalaland-undocumented is referenced but not documented');
      expect(problems).toContain('the final stage must not run as root');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
