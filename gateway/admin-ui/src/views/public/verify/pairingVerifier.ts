import type { components } from '@/api/schema/inspection'
import { compareStrings, sha256All, sha256Hex } from './sha256'

type CrossCheckPairing = components['schemas']['CrossCheckPairing']

/**
 * In-browser re-verification of a county-to-county cross-check pairing (县际交叉检查, `"kind":"county-pairing"`),
 * beside Verifier.java's pairing check: SHA-256(secret) = commitment; seed = digits1|digits2|...|secret; counties
 * ordered by SHA-256(seed ‖ countyCode) (hex, ties by code); each county inspects the next in that order, the last the
 * first; nobody inspects itself and, with `noReciprocal`, no two counties inspect each other.
 */
export type PairingDifferenceKind = 'notFixed' | 'commitment' | 'seed' | 'order' | 'twice' | 'self' | 'pairs' | 'reciprocal'

export interface PairingDifference {
  kind: PairingDifferenceKind
  subject?: string
  published: string
  expected: string
  text: string
}

export interface PairingVerification {
  match: boolean
  differences: PairingDifference[]
  computed: { seed: string | null; order: { countyCode: string; key: string }[]; pairs: Record<string, string> }
}

const listed = (m: Record<string, string>) =>
  Object.keys(m).sort(compareStrings).map((k) => `${k}=${m[k]}`).join(', ')

export async function verifyCountyPairing(rec: CrossCheckPairing): Promise<PairingVerification> {
  const differences: PairingDifference[] = []
  const diff = (kind: PairingDifferenceKind, subject: string | undefined, published: string, expected: string, text: string) =>
    differences.push({ kind, subject, published, expected, text })
  const secret = rec.secret ?? null
  const ceremony = rec.ceremony ?? null
  if (secret === null || ceremony === null) {
    diff('notFixed', undefined, rec.commitment, '', `status: the pairing is not fixed yet; commitment ${rec.commitment}`)
    return { match: false, differences, computed: { seed: null, order: [], pairs: {} } }
  }
  const commitment = await sha256Hex(secret)
  if (commitment !== rec.commitment) {
    diff('commitment', undefined, rec.commitment, commitment, `commitment: published ${rec.commitment}, SHA-256(secret) = ${commitment}`)
  }
  const seed = `${ceremony.officials.map((o) => o.digits).join('|')}|${secret}`
  if (seed !== rec.seed) {
    diff('seed', undefined, String(rec.seed), seed, `seed: published ${rec.seed}, from the ceremony ${seed}`)
  }
  // As Verifier.java: the order follows the seed the ceremony gives, whatever seed was published.
  const keys = await sha256All(rec.counties.map((c) => seed + c))
  const order = rec.counties.map((countyCode, i) => ({ countyCode, key: keys[i] }))
    .sort((a, b) => compareStrings(a.key, b.key) || compareStrings(a.countyCode, b.countyCode))
  const expectedOrder = order.map((o) => o.countyCode)
  const publishedOrder = (rec.order ?? []).map((o) => o.countyCode)
  if (rec.order && publishedOrder.join() !== expectedOrder.join()) {
    diff('order', undefined, publishedOrder.join(', '), expectedOrder.join(', '),
      `order: published [${publishedOrder.join(', ')}], expected [${expectedOrder.join(', ')}]`)
  }
  const expected: Record<string, string> = {}
  expectedOrder.forEach((c, i) => { expected[expectedOrder[(i + 1) % expectedOrder.length]] = c })
  const published: Record<string, string> = {}
  for (const pair of rec.pairs ?? []) {
    if (pair.inspectedCounty in published) {
      diff('twice', pair.inspectedCounty, pair.inspectedCounty, '', `pairs: county ${pair.inspectedCounty} is inspected twice`)
    }
    published[pair.inspectedCounty] = pair.inspectingCounty
    if (pair.inspectedCounty === pair.inspectingCounty) {
      diff('self', pair.inspectedCounty, pair.inspectedCounty, '', `pairs: county ${pair.inspectedCounty} inspects itself`)
    }
  }
  if (listed(published) !== listed(expected)) {
    diff('pairs', undefined, listed(published), listed(expected),
      `pairs (inspected=inspecting): published {${listed(published)}}, expected {${listed(expected)}}`)
  }
  if (rec.noReciprocal) {
    for (const [inspected, inspecting] of Object.entries(published)) {
      if (published[inspecting] === inspected) {
        diff('reciprocal', `${inspected}/${inspecting}`, `${inspected}⇄${inspecting}`, '',
          `pairs: ${inspected} and ${inspecting} check each other (noReciprocal)`)
      }
    }
  }
  return { match: differences.length === 0, differences, computed: { seed, order, pairs: expected } }
}
