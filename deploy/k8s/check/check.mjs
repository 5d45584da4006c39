// Renders every overlay with `kubectl kustomize` and checks what a cluster would receive, offline:
// - YAML without duplicate keys; every core resource valid against the Kubernetes schemas (kubernetes-models);
// - the platform's rules: probes, requests and limits on every container, pinned images, non-root pods, no
//   Secret with committed data, a default-deny network policy, durable Kafka topics and a 3-member replica set.
// Exits non-zero listing every problem. Without kubectl it says so and exits 0, unless REQUIRE_KUBECTL is set.
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseAllDocuments } from 'yaml'

const here = path.dirname(fileURLToPath(import.meta.url))
const overlaysDir = path.resolve(here, '../overlays')

function kubectlAvailable() {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

export function parseManifests(text, source) {
  const problems = []
  const docs = []
  for (const doc of parseAllDocuments(text, { uniqueKeys: true })) {
    for (const error of doc.errors) problems.push(`${source}: ${error.message}`)
    const value = doc.toJS()
    if (value) docs.push(value)
  }
  return { docs, problems }
}

async function schemaProblems(resource) {
  const { apiVersion, kind } = resource
  const group = apiVersion.includes('/') ? apiVersion : `v1`
  if (apiVersion.includes('.') && !apiVersion.includes('k8s.io')) return []
  let module
  try {
    module = await import(`kubernetes-models/${group}`)
  } catch {
    return [`${kind} ${resource.metadata?.name}: no schema for ${apiVersion}`]
  }
  const Model = module[kind]
  if (!Model) return [`${kind} ${resource.metadata?.name}: unknown kind for ${apiVersion}`]
  try {
    new Model(resource).validate()
    return []
  } catch (e) {
    return [`${kind} ${resource.metadata?.name}: ${e.message.split('\n').slice(0, 3).join(' ')}`]
  }
}

/** Rules each resource must meet on its own. */
export function resourceProblems(resources) {
  const problems = []
  const name = (r) => `${r.kind} ${r.metadata?.name}`
  for (const r of resources) {
    if (r.kind === 'Secret' && (r.data || r.stringData)) problems.push(`${name(r)}: Secret with committed data`)
    if (r.kind === 'Deployment') {
      const pod = r.spec.template.spec
      if (!pod.securityContext?.runAsNonRoot) problems.push(`${name(r)}: pod may run as root`)
      for (const c of pod.containers) {
        for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
          if (!c[probe]) problems.push(`${name(r)}/${c.name}: no ${probe}`)
        }
        for (const kind of ['requests', 'limits']) {
          for (const resource of ['cpu', 'memory']) {
            if (!c.resources?.[kind]?.[resource]) problems.push(`${name(r)}/${c.name}: no ${kind}.${resource}`)
          }
        }
        const image = c.image ?? ''
        const tag = image.includes('@sha256:') ? 'digest' : image.split('/').pop().split(':')[1]
        if (!tag || tag === 'latest') problems.push(`${name(r)}/${c.name}: image ${image} has no pinned tag or digest`)
        for (const env of c.env ?? []) {
          if (/PASSWORD|SECRET|URI$/.test(env.name) && env.value) problems.push(`${name(r)}/${c.name}: ${env.name} given inline`)
        }
      }
    }
    if (r.kind === 'Service' && ['LoadBalancer', 'NodePort'].includes(r.spec.type)) {
      problems.push(`${name(r)}: exposed as ${r.spec.type}; only the gateway's Ingress is reachable from outside`)
    }
    if (r.kind === 'KafkaTopic') {
      if ((r.spec.replicas ?? 0) < 3) problems.push(`${name(r)}: fewer than 3 replicas`)
      if (Number(r.spec.config?.['min.insync.replicas'] ?? 0) < 2) problems.push(`${name(r)}: min.insync.replicas below 2`)
    }
    if (r.kind === 'KafkaNodePool' && (r.spec.replicas ?? 0) < 3) problems.push(`${name(r)}: fewer than 3 nodes`)
    if (r.kind === 'MongoDBCommunity') {
      if (r.spec.members < 3) problems.push(`${name(r)}: fewer than 3 members`)
      for (const user of r.spec.users ?? []) {
        if (!user.passwordSecretRef?.name) problems.push(`${name(r)}: user ${user.name} without a password Secret`)
      }
    }
  }
  return problems
}

/** What a rendered platform must contain as a whole. */
export function platformProblems(resources) {
  const problems = []
  const kinds = new Set(resources.map((r) => r.kind))
  {
    const denyAll = resources.some((r) => r.kind === 'NetworkPolicy' && Object.keys(r.spec.podSelector ?? {}).length === 0
      && (r.spec.policyTypes ?? []).includes('Ingress') && !r.spec.ingress)
    if (!denyAll) problems.push('no default-deny NetworkPolicy')
    for (const kind of ['Kafka', 'KafkaTopic', 'MongoDBCommunity', 'HorizontalPodAutoscaler', 'PodDisruptionBudget']) {
      if (!kinds.has(kind)) problems.push(`no ${kind}`)
    }
  }
  return problems
}

async function main() {
  if (!kubectlAvailable()) {
    const message = 'k8s check: kubectl is not installed, so the overlays were not rendered or checked'
    if (process.env.REQUIRE_KUBECTL) throw new Error(message)
    console.log(`[warning] ${message}`)
    return
  }
  let failed = false
  for (const overlay of readdirSync(overlaysDir)) {
    const rendered = execFileSync('kubectl', ['kustomize', path.join(overlaysDir, overlay)], { encoding: 'utf8' })
    const { docs, problems } = parseManifests(rendered, overlay)
    for (const r of docs) problems.push(...await schemaProblems(r))
    problems.push(...resourceProblems(docs), ...platformProblems(docs))
    const kinds = docs.reduce((m, r) => m.set(r.kind, (m.get(r.kind) ?? 0) + 1), new Map())
    console.log(`k8s check: overlay ${overlay}: ${docs.length} resources (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')})`)
    for (const p of problems) console.error(`  ${overlay}: ${p}`)
    failed ||= problems.length > 0
  }
  if (failed) process.exit(1)
  console.log('k8s check: every overlay renders and passes')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
