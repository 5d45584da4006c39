import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseManifests, platformProblems, resourceProblems } from './check.mjs'
import { Deployment } from 'kubernetes-models/apps/v1'

const deployment = (container, pod = { securityContext: { runAsNonRoot: true } }) => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' },
  spec: { selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: { ...pod, containers: [container] } } },
})
const good = {
  name: 'x', image: 'registry.example.gov.cn/ybjg/x:0.1.0',
  startupProbe: { httpGet: { path: '/', port: 1 } }, livenessProbe: { httpGet: { path: '/', port: 1 } },
  readinessProbe: { httpGet: { path: '/', port: 1 } },
  resources: { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } },
}

test('a duplicate key is reported', () => {
  const { problems } = parseManifests('kind: Service\nkind: Service\n', 'dup')
  assert.equal(problems.length, 1)
})

test('a field of the wrong type fails the Kubernetes schema', () => {
  assert.throws(() => new Deployment({ ...deployment(good), spec: { ...deployment(good).spec, replicas: 'three' } }).validate())
})

test('a complete container passes the rules', () => {
  assert.deepEqual(resourceProblems([deployment(good)]), [])
})

test('missing probes, limits, a floating image, root and inline credentials are each reported', () => {
  const bad = { name: 'x', image: 'ybjg/x:latest', env: [{ name: 'MONGODB_URI', value: 'mongodb://u:p@h/db' }] }
  const problems = resourceProblems([deployment(bad, {})])
  for (const expected of ['may run as root', 'no startupProbe', 'no livenessProbe', 'no readinessProbe',
    'no limits.memory', 'no pinned tag', 'MONGODB_URI given inline']) {
    assert.ok(problems.some((p) => p.includes(expected)), `${expected} in ${problems}`)
  }
})

test('a Secret with committed data and a topic of one replica are reported', () => {
  const problems = resourceProblems([
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { uri: 'eA==' } },
    { apiVersion: 'kafka.strimzi.io/v1beta2', kind: 'KafkaTopic', metadata: { name: 't' }, spec: { replicas: 1, config: {} } },
  ])
  assert.ok(problems.some((p) => p.includes('committed data')))
  assert.ok(problems.some((p) => p.includes('fewer than 3 replicas')))
  assert.ok(problems.some((p) => p.includes('min.insync.replicas')))
})

test('a platform without network policy, durable Kafka or a replica set is reported', () => {
  const problems = platformProblems([deployment(good)])
  for (const expected of ['default-deny', 'no Kafka', 'no KafkaTopic', 'no MongoDBCommunity', 'no PodDisruptionBudget']) {
    assert.ok(problems.some((p) => p.includes(expected)), expected)
  }
})
