// Generates the typed API client's types from the four services' OpenAPI specs (the contracts the gateway
// routes). With --check it regenerates in memory and fails when a committed file differs, so a spec change
// that would break a page breaks the build instead.
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import openapiTS, { astToString } from 'openapi-typescript'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '../../..')
const outDir = path.resolve(here, '../src/api/schema')

const specs = {
  registry: 'institution-registry/api/src/main/resources/openapi/registry.yaml',
  inspection: 'inspection-service/api/src/main/resources/openapi/inspection.yaml',
  cases: 'case-service/api/src/main/resources/openapi/case.yaml',
  reporting: 'reporting-service/api/src/main/resources/openapi/reporting.yaml',
}

const check = process.argv.includes('--check')
const header = (spec) => `// Generated from ${spec} by scripts/gen-api.mjs (npm run gen:api). Do not edit.\n`

let stale = []
await mkdir(outDir, { recursive: true })
for (const [name, spec] of Object.entries(specs)) {
  const source = new URL(`file://${path.join(repo, spec)}`)
  const ast = await openapiTS(source, { alphabetize: false, exportType: true })
  const text = header(spec) + astToString(ast)
  const target = path.join(outDir, `${name}.d.ts`)
  if (check) {
    const committed = await readFile(target, 'utf8').catch(() => '')
    if (committed !== text) stale.push(`${path.relative(process.cwd(), target)} (from ${spec})`)
  } else {
    await writeFile(target, text)
    console.log(`generated ${path.relative(process.cwd(), target)}`)
  }
}
if (stale.length) {
  console.error('The committed API client is stale; run `npm run gen:api` in gateway/admin-ui and commit:')
  stale.forEach((s) => console.error('  ' + s))
  process.exit(1)
}
if (check) console.log('API client up to date with the four specs')
