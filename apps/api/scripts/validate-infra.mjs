/**
 * Validates the deployment without a cluster: `node scripts/validate-infra.mjs [overlay dir]` (test/infra.e2e.ts runs it).
 * 1. Builds the Kustomize overlay (the subset of Kustomize the repo uses: resources, namespace, images, replicas,
 *    labels; any other field is refused, so the subset cannot drift from what `kubectl kustomize` would do).
 * 2. Validates every resource against its JSON schema: Kubernetes (kubernetes-models) and CloudNativePG
 *    (@kubernetes-models/cloudnative-pg), offline.
 * 3. Checks the promises docs/operations.md makes: probes, resources, non-root and read-only pods, a PDB and an HPA
 *    that select the API, HSTS on the ingress, three PostgreSQL instances with backups, every secret documented;
 *    and the Dockerfile and compose file: Node 24 (or the BASE build argument), multi-stage, non-root, healthcheck, read-only.
 * 4. Monitoring (Prometheus Operator schemas): the ServiceMonitor scrapes the API's metrics port, which the Ingress
 *    never routes to; the PodMonitor selects the PostgreSQL cluster; every alert's expression and every dashboard
 *    query parses with Prometheus's own PromQL grammar, names only lalaland_ series the API exports, and every alert
 *    has a severity, a summary and a runbook section in docs/operations.md.
 * Prints a summary as JSON; exits 1 with every problem found.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { ConfigMap, Namespace, Service } from 'kubernetes-models/v1';
import { PodMonitor, PrometheusRule, ServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';
import { parser as promql } from '@prometheus-io/lezer-promql';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';
import { Cluster } from '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/Cluster';
import { ScheduledBackup } from '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/ScheduledBackup';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const infra = process.env.INFRA_DIR ? resolve(process.env.INFRA_DIR) : join(repo, 'infra');
const overlay = resolve(process.argv[2] ?? join(infra, 'k8s/overlays/busan'));
const docs = process.env.OPERATIONS_DOC ? resolve(process.env.OPERATIONS_DOC) : join(repo, 'docs/operations.md');

const MODELS = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'monitoring.coreos.com/v1/ServiceMonitor': ServiceMonitor,
  'monitoring.coreos.com/v1/PodMonitor': PodMonitor,
  'monitoring.coreos.com/v1/PrometheusRule': PrometheusRule,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/Ingress': Ingress,
  'postgresql.cnpg.io/v1/Cluster': Cluster,
  'postgresql.cnpg.io/v1/ScheduledBackup': ScheduledBackup,
};
const CLUSTER_SCOPED = new Set(['Namespace']);
const KUSTOMIZATION_FIELDS = new Set([
  'apiVersion',
  'kind',
  'namespace',
  'resources',
  'images',
  'replicas',
  'labels',
  'configMapGenerator',
]);
const problems = [];
const problem = (where, what) => problems.push(`${where}: ${what}`);

function readYaml(file) {
  return parseAllDocuments(readFileSync(file, 'utf8'))
    .map((d) => {
      if (d.errors.length) problem(file, d.errors.map((e) => e.message).join('; '));
      return d.toJSON();
    })
    .filter(Boolean);
}

/** `kubectl kustomize` for the fields the repo uses. */
function build(dir) {
  const file = ['kustomization.yaml', 'kustomization.yml'].map((f) => join(dir, f)).find(existsSync);
  if (!file) return (problem(dir, 'no kustomization.yaml'), []);
  const k = readYaml(file)[0] ?? {};
  for (const key of Object.keys(k)) if (!KUSTOMIZATION_FIELDS.has(key)) problem(file, `field "${key}" is outside what this check builds`);
  let out = [];
  for (const entry of k.resources ?? []) {
    const path = join(dir, entry);
    if (!existsSync(path)) problem(file, `resource ${entry} not found`);
    else out = out.concat(statSync(path).isDirectory() ? build(path) : readYaml(path));
  }
  for (const g of k.configMapGenerator ?? []) {
    // Only what `kubectl kustomize` does without a hash suffix (the suffix's hash is not modelled here).
    if (g.options?.disableNameSuffixHash !== true) problem(file, `configMapGenerator ${g.name}: set options.disableNameSuffixHash`);
    const data = {};
    for (const f of g.files ?? []) {
      const path = join(dir, f);
      if (!existsSync(path)) problem(file, `configMapGenerator ${g.name}: ${f} not found`);
      else data[f.split('/').pop()] = readFileSync(path, 'utf8');
    }
    out.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: g.name, labels: { ...g.options?.labels } }, data });
  }
  for (const { pairs } of k.labels ?? []) for (const r of out) r.metadata = { ...r.metadata, labels: { ...r.metadata?.labels, ...pairs } };
  if (k.namespace) for (const r of out) if (!CLUSTER_SCOPED.has(r.kind)) r.metadata.namespace = k.namespace;
  for (const image of k.images ?? [])
    for (const r of out)
      for (const c of r.spec?.template?.spec?.containers ?? [])
        if (c.image.split(':')[0] === image.name)
          c.image = `${image.newName ?? image.name}:${image.newTag ?? c.image.split(':')[1] ?? 'latest'}`;
  for (const { name, count } of k.replicas ?? []) {
    const target = out.find((r) => r.kind === 'Deployment' && r.metadata.name === name);
    if (!target) problem(file, `replicas: no Deployment ${name}`);
    else target.spec.replicas = count;
  }
  return out;
}

const resources = build(overlay);
for (const r of resources) {
  const Model = MODELS[`${r.apiVersion}/${r.kind}`];
  const where = `${r.kind}/${r.metadata?.name}`;
  if (!Model) {
    problem(where, `no schema known for ${r.apiVersion} ${r.kind}`);
    continue;
  }
  try {
    new Model(r).validate();
  } catch (err) {
    problem(where, `schema: ${err.message}`);
  }
}

const of = (kind) => resources.filter((r) => r.kind === kind);
const matches = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);
const secrets = new Set();
for (const d of of('Deployment')) {
  const where = `Deployment/${d.metadata.name}`;
  const pod = d.spec.template;
  if (pod.spec.securityContext?.runAsNonRoot !== true) problem(where, 'pods must run as non-root');
  if ((d.spec.replicas ?? 1) < 2) problem(where, 'fewer than 2 replicas');
  for (const c of pod.spec.containers) {
    if (!c.readinessProbe || !c.livenessProbe) problem(where, `${c.name}: readiness and liveness probes required`);
    if (!c.resources?.requests?.cpu || !c.resources?.requests?.memory || !c.resources?.limits?.memory)
      problem(where, `${c.name}: cpu and memory requests and a memory limit required`);
    if (c.securityContext?.readOnlyRootFilesystem !== true || c.securityContext?.allowPrivilegeEscalation !== false)
      problem(where, `${c.name}: read-only root filesystem, no privilege escalation`);
    if (/:latest$|^[^:]+$/.test(c.image)) problem(where, `${c.name}: image ${c.image} is not pinned`);
    const trust = (c.env ?? []).find((e) => e.name === 'TRUST_PROXY')?.value;
    if (!trust || /^(true|\d+)$/.test(trust.trim()))
      problem(where, 'the API container must set TRUST_PROXY to the ingress controller’s addresses (not true, not a hop count)');
    for (const e of c.env ?? []) if (e.valueFrom?.secretKeyRef) secrets.add(e.valueFrom.secretKeyRef.name);
  }
  if (!of('Service').some((s) => matches(s.spec.selector, pod.metadata.labels))) problem(where, 'no Service selects its pods');
  if (!of('PodDisruptionBudget').some((p) => matches(p.spec.selector.matchLabels, pod.metadata.labels)))
    problem(where, 'no PodDisruptionBudget selects its pods');
  const hpa = of('HorizontalPodAutoscaler').find(
    (h) => h.spec.scaleTargetRef.kind === 'Deployment' && h.spec.scaleTargetRef.name === d.metadata.name,
  );
  if (!hpa) problem(where, 'no HorizontalPodAutoscaler scales it');
  else if ((hpa.spec.minReplicas ?? 1) < 2) problem(`HorizontalPodAutoscaler/${hpa.metadata.name}`, 'minReplicas below 2');
}
for (const i of of('Ingress')) {
  const a = i.metadata.annotations ?? {};
  if (a['nginx.ingress.kubernetes.io/hsts'] !== 'true' || Number(a['nginx.ingress.kubernetes.io/hsts-max-age']) < 31536000)
    problem(`Ingress/${i.metadata.name}`, 'HSTS of at least a year required');
  if (!i.spec.tls?.length) problem(`Ingress/${i.metadata.name}`, 'TLS required');
  for (const rule of i.spec.rules ?? [])
    for (const p of rule.http?.paths ?? [])
      if (!of('Service').some((s) => s.metadata.name === p.backend.service?.name))
        problem(`Ingress/${i.metadata.name}`, `backend ${p.backend.service?.name} is no Service here`);
}
const clusters = of('Cluster');
if (!clusters.length) problem('overlay', 'no CloudNativePG Cluster');
for (const c of clusters) {
  const where = `Cluster/${c.metadata.name}`;
  if ((c.spec.instances ?? 1) < 3) problem(where, 'at least 3 instances');
  if (!c.spec.backup?.barmanObjectStore || !c.spec.backup.retentionPolicy)
    problem(where, 'backups to object storage with a retention policy required');
  if (!of('ScheduledBackup').some((b) => b.spec.cluster.name === c.metadata.name)) problem(where, 'no ScheduledBackup');
  for (const ref of Object.values(c.spec.backup?.barmanObjectStore?.s3Credentials ?? {})) secrets.add(ref.name);
  secrets.delete(`${c.metadata.name}-app`); // written by the operator
}
const operations = existsSync(docs) ? readFileSync(docs, 'utf8') : '';
for (const s of secrets) if (!operations.includes(s)) problem('docs/operations.md', `secret ${s} is referenced but not documented`);

// Monitoring: what is scraped, and that every query means something.
const exported = exportedSeries();
const headings = new Set(
  [...operations.matchAll(/^#+\s+(.+)$/gm)].map((m) =>
    m[1]
      .trim()
      .toLowerCase()
      .replace(/[^\w\- ]/g, '')
      .replace(/ /g, '-'),
  ),
);
function checkQuery(where, expr) {
  const tree = promql.parse(expr);
  let at = -1;
  tree.iterate({ enter: (n) => (at < 0 && n.type.isError ? ((at = n.from), false) : undefined) });
  if (at >= 0) problem(where, `PromQL does not parse at ${at}: ${expr.slice(Math.max(0, at - 20), at + 20).trim()}`);
  for (const [name] of expr.matchAll(/\blalaland_\w+/g)) {
    const base = name.replace(/_(bucket|count|sum)$/, '');
    if (!exported.has(name) && !exported.has(base) && !/^lalaland_(nodejs|process)_/.test(name))
      problem(where, `${name} is not a series the API exports`);
  }
}
const apiService = of('Service').find((s) => s.metadata.name === 'lalaland-api');
const metricsPort = apiService?.spec.ports.find((p) => p.name === 'metrics');
if (!metricsPort) problem('Service/lalaland-api', 'no port named metrics');
for (const d of of('Deployment'))
  for (const c of d.spec.template.spec.containers) {
    const port = c.ports?.find((p) => p.name === 'metrics')?.containerPort;
    const env = (c.env ?? []).find((e) => e.name === 'METRICS_PORT')?.value;
    if (!port || String(port) !== env)
      problem(`Deployment/${d.metadata.name}`, `${c.name}: METRICS_PORT must equal the container port named metrics`);
  }
for (const i of of('Ingress'))
  for (const rule of i.spec.rules ?? [])
    for (const p of rule.http?.paths ?? [])
      if (p.backend.service?.port?.name === 'metrics' || (metricsPort && p.backend.service?.port?.number === metricsPort.port))
        problem(`Ingress/${i.metadata.name}`, 'the metrics port must not face the internet');
const monitors = of('ServiceMonitor');
if (
  !monitors.some(
    (m) =>
      apiService && matches(m.spec.selector.matchLabels, apiService.metadata.labels) && m.spec.endpoints.some((e) => e.port === 'metrics'),
  )
)
  problem('overlay', 'no ServiceMonitor scrapes the API Service’s metrics port');
for (const c of clusters)
  if (!of('PodMonitor').some((m) => m.spec.selector.matchLabels?.['cnpg.io/cluster'] === c.metadata.name))
    problem(`Cluster/${c.metadata.name}`, 'no PodMonitor scrapes its instances');
const rules = of('PrometheusRule').flatMap((r) => r.spec.groups.flatMap((g) => g.rules));
if (!rules.length) problem('overlay', 'no alerting rules');
for (const rule of rules) {
  const where = `PrometheusRule alert ${rule.alert ?? rule.record}`;
  checkQuery(where, rule.expr);
  if (!rule.alert) continue;
  if (!['critical', 'warning'].includes(rule.labels?.severity)) problem(where, 'severity critical or warning required');
  if (!rule.annotations?.summary) problem(where, 'a summary required');
  const anchor = rule.annotations?.runbook_url?.split('#')[1];
  if (anchor !== rule.alert.toLowerCase() || !headings.has(anchor))
    problem(where, `a runbook section "${rule.alert}" in docs/operations.md required`);
}
const dashboards = of('ConfigMap').filter((c) => c.metadata.labels?.grafana_dashboard === '1');
if (!dashboards.length) problem('overlay', 'no Grafana dashboard');
for (const c of dashboards)
  for (const [file, text] of Object.entries(c.data ?? {})) {
    const where = `ConfigMap/${c.metadata.name} ${file}`;
    let dash;
    try {
      dash = JSON.parse(text);
    } catch (err) {
      problem(where, `not JSON: ${err.message}`);
      continue;
    }
    if (!dash.uid || !dash.title || !Array.isArray(dash.panels) || !dash.panels.length) problem(where, 'uid, title and panels required');
    const ids = (dash.panels ?? []).map((p) => p.id);
    if (new Set(ids).size !== ids.length) problem(where, 'panel ids must be unique');
    for (const panel of dash.panels ?? []) {
      if (!panel.title || !panel.gridPos || !panel.targets?.length)
        problem(where, `panel ${panel.id}: title, gridPos and targets required`);
      for (const t of panel.targets ?? []) {
        if (t.datasource?.uid !== '${datasource}') problem(where, `panel ${panel.id}: the datasource must be the dashboard's variable`);
        checkQuery(`${where} panel "${panel.title}"`, t.expr ?? '');
      }
    }
  }

/** The lalaland_ series the API's source declares (prom-client `name:` and Metrics.addGauge). */
function exportedSeries() {
  const names = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
        for (const m of readFileSync(path, 'utf8').matchAll(/(?:name: |addGauge\(\s*)'(lalaland_\w+)'/g)) names.add(m[1]);
    }
  };
  walk(join(repo, 'apps/api/src'));
  return names;
}

const dockerfile = readFileSync(join(infra, 'Dockerfile'), 'utf8');
const base = /^ARG\s+BASE=(\S+)/m.exec(dockerfile)?.[1] ?? '';
const stages = (dockerfile.match(/^FROM\s+\S+/gm) ?? []).map((s) => s.replace('${BASE}', base));
if (stages.length < 2 || !stages.every((s) => /node:24/.test(s))) problem('infra/Dockerfile', 'multi-stage on Node 24 required');
if (!/^USER\s+(?!root\b|0\b)\S+/m.test(dockerfile)) problem('infra/Dockerfile', 'the final stage must not run as root');
if (!/^HEALTHCHECK\s/m.test(dockerfile)) problem('infra/Dockerfile', 'HEALTHCHECK required');
const compose = readYaml(join(infra, 'compose.yaml'))[0] ?? {};
const api = compose.services?.api;
if (!api?.read_only || (!api?.healthcheck && !/HEALTHCHECK/.test(dockerfile)))
  problem('infra/compose.yaml', 'the API service must be read-only with a healthcheck');
if (!compose.services?.db?.healthcheck || api?.depends_on?.db?.condition !== 'service_healthy')
  problem('infra/compose.yaml', 'the API waits for a healthy database');

const summary = { overlay, resources: resources.map((r) => `${r.kind}/${r.metadata.name}`), secrets: [...secrets].sort(), problems };
console.log(JSON.stringify(summary, null, 2));
process.exit(problems.length ? 1 : 0);
