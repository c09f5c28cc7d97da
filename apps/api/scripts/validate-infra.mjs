/**
 * Validates the deployment without a cluster: `node scripts/validate-infra.mjs [overlay dir]` (test/infra.e2e.ts runs it).
 * 1. Builds the Kustomize overlay (the subset of Kustomize the repo uses: resources, namespace, images, replicas,
 *    labels; any other field is refused, so the subset cannot drift from what `kubectl kustomize` would do).
 * 2. Validates every resource against its JSON schema: Kubernetes (kubernetes-models) and CloudNativePG
 *    (@kubernetes-models/cloudnative-pg), offline.
 * 3. Checks the promises docs/operations.md makes: probes, resources, non-root and read-only pods, a PDB and an HPA
 *    that select the API, HSTS on the ingress, three PostgreSQL instances with backups, every secret documented;
 *    and the Dockerfile and compose file: Node 24, multi-stage, non-root, healthcheck, read-only.
 * Prints a summary as JSON; exits 1 with every problem found.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { Namespace, Service } from 'kubernetes-models/v1';
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
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/Ingress': Ingress,
  'postgresql.cnpg.io/v1/Cluster': Cluster,
  'postgresql.cnpg.io/v1/ScheduledBackup': ScheduledBackup,
};
const CLUSTER_SCOPED = new Set(['Namespace']);
const KUSTOMIZATION_FIELDS = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'images', 'replicas', 'labels']);
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

const dockerfile = readFileSync(join(infra, 'Dockerfile'), 'utf8');
const stages = dockerfile.match(/^FROM\s+\S+/gm) ?? [];
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
