import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { checkCompose } from './check.mjs'

const pilot = readFileSync(new URL('../compose.yaml', import.meta.url), 'utf8')

test('the pilot compose file passes', () => {
  assert.deepEqual(checkCompose(pilot), [])
})

test('a duplicate key is refused', () => {
  const problems = checkCompose('services:\n  a:\n    image: x:1\n    image: y:1\n')
  assert.match(problems.join(), /unique/i)
})

test('a field the specification does not know is refused', () => {
  const problems = checkCompose('services:\n  a:\n    image: x:1\n    restart: always\n    helthcheck: {}\n')
  assert.match(problems.join(), /helthcheck/)
})

test('a wrong type is refused', () => {
  const problems = checkCompose('services:\n  a:\n    image: x:1\n    ports: 8080\n')
  assert.match(problems.join(), /schema: \/services\/a\/ports/)
})

test('a malformed duration or port is refused', () => {
  const problems = checkCompose(
    'services:\n  a:\n    image: x:1\n    restart: always\n    healthcheck: {test: [CMD, x], interval: 10 seconds}\n    ports: ["80:eighty"]\n',
  )
  assert.match(problems.join(), /healthcheck\/interval must match format "duration"/)
  assert.match(problems.join(), /ports\/0 must match format "ports"/)
})

test('an unpinned image, a missing healthcheck, an ungated start and an inline credential are refused', () => {
  const problems = checkCompose(
    [
      'services:',
      '  db: {image: "mongo:latest", restart: always}',
      '  app:',
      '    image: app',
      '    restart: always',
      '    depends_on: [db]',
      '    environment: {MONGODB_URI: "mongodb://u:p@db/app"}',
      '    ports: ["8081:8081"]',
      'secrets:',
      '  s: {environment: S}',
    ].join('\n'),
  )
  for (const expected of [
    /db: image mongo:latest has no pinned tag/,
    /app: image app has no pinned tag/,
    /db: no healthcheck/,
    /app: depends_on without a condition/,
    /app: MONGODB_URI given inline/,
    /app: publishes ports/,
    /secret s: not read from a file/,
  ]) {
    assert.match(problems.join('\n'), expected)
  }
})
