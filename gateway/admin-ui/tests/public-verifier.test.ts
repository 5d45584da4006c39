/// <reference types="node" />
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { verifyDrawRecord } from '@/views/public/verify/drawVerifier'
import { verifyCountyPairing } from '@/views/public/verify/pairingVerifier'
import { maskName } from '@/views/public/publicSite'
import type { components } from '@/api/schema/inspection'

/**
 * The browser's re-verification against records the running platform published (tests/fixtures, fetched from
 * GET /api/inspection/public/draws/{id}/record and .../cross-check-pairings/{id}), and — where `java` is installed —
 * against inspection-service/verifier/Verifier.java on the very same files, intact and tampered: the two independent
 * implementations must agree.
 */
const FIXTURES = resolve(__dirname, 'fixtures')
const VERIFIER = resolve(__dirname, '../../../inspection-service/verifier/Verifier.java')
const drawFiles = readdirSync(FIXTURES).filter((f) => f.startsWith('draw-record-') && f.endsWith('.json'))
const pairingFiles = readdirSync(FIXTURES).filter((f) => f.startsWith('pairing-') && f.endsWith('.json'))
const load = (file: string) => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'))
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

const javaPresent = spawnSync('java', ['-version']).status === 0
const scratch = mkdtempSync(join(tmpdir(), 'verifier-'))

// Compiled once (the source launcher would compile it again for every record).
const compiled = javaPresent && spawnSync('javac', ['-d', scratch, VERIFIER]).status === 0

/** Verifier.java's verdict on a record: 'MATCH' or 'DIFFERENCE' (the first line it prints). */
function java(record: unknown, name: string): string {
  const file = join(scratch, name)
  writeFileSync(file, JSON.stringify(record))
  const args = compiled ? ['-cp', scratch, 'Verifier', file] : [VERIFIER, file]
  const run = spawnSync('java', args, { encoding: 'utf8', timeout: 60_000 })
  return run.stdout.split('\n')[0].trim()
}

/** Tampered copies of a draw record, each with the kind of difference it must cause. */
function tamperings(rec: Json): { name: string; record: Json; kind: string }[] {
  const copy = () => structuredClone(rec)
  const out: { name: string; record: Json; kind: string }[] = []
  const stratum = rec.strata.findIndex((s: Json) => s.selected.length > 0 && s.population.length > s.selected.length)
  if (stratum >= 0) {
    const r = copy()
    const s = r.strata[stratum]
    s.selected[s.selected.length - 1] = s.population.find((id: string) => !s.selected.includes(id))
    out.push({ name: 'swapped-target', record: r, kind: 'selection' })
    const q = copy()
    q.strata[stratum].quota += 1
    out.push({ name: 'quota', record: q, kind: 'quota' })
  }
  const secret = copy()
  secret.secret = secret.secret.replace(/.$/, (c: string) => (c === '0' ? '1' : '0'))
  out.push({ name: 'secret', record: secret, kind: 'commitment' })
  const digits = copy()
  digits.ceremony[0].digits = `${digits.ceremony[0].digits}9`
  out.push({ name: 'digits', record: digits, kind: 'seed' })
  const population = copy()
  population.strata[0].population.push('0000000000000000000000ff')
  out.push({ name: 'population', record: population, kind: 'populationHash' })
  if (rec.teams?.length && rec.roster?.length) {
    const team = copy()
    const members = team.teams[0].members
    const outsider = team.roster.find((m: Json) => !members.some((x: Json) => x.inspectorId === m.id))
    members[0].inspectorId = outsider.id
    out.push({ name: 'team', record: team, kind: 'team' })
  }
  if (rec.recusals?.length) {
    const recusal = copy()
    const r = recusal.recusals[0]
    r.replacementId = recusal.roster.find((m: Json) => m.id !== r.replacementId && m.id !== r.inspectorId).id
    out.push({ name: 'recusal', record: recusal, kind: 'recusal' })
  }
  return out
}

describe('draw record re-verification', () => {
  it('has real records to check', () => {
    expect(drawFiles.length).toBeGreaterThan(0)
  })

  for (const file of drawFiles) {
    describe(file, () => {
      const rec = load(file)

      it('gives MATCH on the record as published', async () => {
        const result = await verifyDrawRecord(rec)
        expect(result.differences).toEqual([])
        expect(result.match).toBe(true)
        expect(result.checked.targets).toBeGreaterThan(0)
        expect(result.computed.targets).toEqual(rec.strata.flatMap((s: Json) => s.selected)
          .filter((id: string, i: number, all: string[]) => all.indexOf(id) === i))
      })

      for (const tampered of tamperings(rec)) {
        it(`reports the difference when the ${tampered.name} is tampered with`, async () => {
          const result = await verifyDrawRecord(tampered.record)
          expect(result.match).toBe(false)
          expect(result.differences.map((d) => d.kind)).toContain(tampered.kind)
        })
      }

      it.skipIf(!javaPresent)('agrees with Verifier.java on the record and on every tampered copy', async () => {
        expect(java(rec, file)).toBe('MATCH')
        for (const tampered of tamperings(rec)) {
          const ours = (await verifyDrawRecord(tampered.record)).match ? 'MATCH' : 'DIFFERENCE'
          expect(java(tampered.record, `${tampered.name}-${file}`), tampered.name).toBe(ours)
        }
      }, 120_000)
    })
  }

  it.skipIf(!javaPresent)('agrees with Verifier.java on credit-grade weighted ordering (−ln(u)/w)', async () => {
    // A published record with weights per institution, the teams left out: our selection must be Verifier.java's.
    const rec = load(drawFiles[0])
    for (const key of ['teams', 'initialTeams', 'recusals', 'roster']) delete rec[key]
    rec.weights = Object.fromEntries(rec.strata.flatMap((s: Json) => s.population)
      .map((id: string, i: number) => [id, [1, 1.5, 2, 4][i % 4]]))
    const ours = await verifyDrawRecord(rec)
    rec.strata.forEach((s: Json, i: number) => { s.selected = ours.computed.strata[i].selected })
    expect((await verifyDrawRecord(rec)).match).toBe(true)
    expect(java(rec, 'weighted.json')).toBe('MATCH')
    const unweighted = structuredClone(rec)
    delete unweighted.weights
    const plain = await verifyDrawRecord(unweighted)
    expect(plain.match, 'the weights changed the order').toBe(false)
    expect(java(unweighted, 'unweighted.json')).toBe('DIFFERENCE')
  }, 60_000)

  it('refuses a record that is not one instead of answering MATCH', async () => {
    await expect(verifyDrawRecord({ planId: 'x' })).rejects.toThrow()
    await expect(verifyDrawRecord(null)).rejects.toThrow()
  })
})

describe('cross-check pairing re-verification', () => {
  for (const file of pairingFiles) {
    const rec = load(file) as components['schemas']['CrossCheckPairing']
    const swapped = () => {
      const r = structuredClone(rec)
      const [a, b] = r.pairs
      ;[a.inspectingCounty, b.inspectingCounty] = [b.inspectingCounty, a.inspectingCounty]
      return r
    }

    it(`gives MATCH on ${file}`, async () => {
      const result = await verifyCountyPairing(rec)
      expect(result.differences).toEqual([])
      expect(result.match).toBe(true)
    })

    it(`reports swapped pairs in ${file}`, async () => {
      const result = await verifyCountyPairing(swapped())
      expect(result.match).toBe(false)
      expect(result.differences.map((d) => d.kind)).toContain('pairs')
    })

    it.skipIf(!javaPresent)(`agrees with Verifier.java on ${file}`, () => {
      expect(java(rec, file)).toBe('MATCH')
      expect(java(swapped(), `swapped-${file}`)).toBe('DIFFERENCE')
    }, 60_000)
  }
})

describe('names on public pages', () => {
  it('shows the family name only', () => {
    expect(maskName('赵局长（演示）')).toBe('赵**')
    expect(maskName('王五')).toBe('王*')
    expect(maskName('李')).toBe('李*')
    expect(maskName(undefined)).toBe('—')
  })
})
