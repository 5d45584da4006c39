import { compareStrings, sha256All, sha256Hex } from './sha256'

/**
 * In-browser re-verification of a published draw record (双随机、一公开): an independent second implementation beside
 * `inspection-service/verifier/Verifier.java`, from the algorithm as inspection-service/README.md states it, on the
 * record `GET /api/inspection/public/draws/{id}/record` answers. It re-checks
 *
 * 1. the commitment: SHA-256(secret) = the commitment published before the ceremony;
 * 2. the seed: the officials' digits in recorded order and the secret, joined by `|`;
 * 3. every stratum: forced exclusions removed, forced inclusions first (sorted), the rest ordered by
 *    SHA-256(seed ‖ id) in hex (ties by id) — or by −ln(u)/w when the record carries credit-grade `weights` —, quota =
 *    max(⌈size × percent / 100⌉, minimum);
 * 4. the population hash: SHA-256 of every id, sorted, joined by `\n`;
 * 5. the teams: the roster ordered by SHA-256(seed ‖ "|team|" ‖ id), each target walking its county pool from
 *    start = h[0..8) mod n with step = h[8..16) mod n (0 → 1, raised until coprime with n), h = SHA-256(seed ‖ "|team|"
 *    ‖ target), taking eligible officers and then one expert of the specialty; then every recusal replayed with its
 *    replacement, and the teams as they stand.
 *
 * It answers MATCH (no differences) or each difference, and what it computed, so the page can show both.
 */

/**
 * The record's format, as Verifier.java reads it. The generated `DrawRecord` schema leaves strata, roster, teams and
 * recusals as free-form objects, so the fields the algorithm needs are named here; the input is checked as it is read.
 */
export interface RecordStratum {
  code: string
  percent: number
  minimum: number
  quota: number
  shortfall?: number
  population: string[]
  selected: string[]
}

export interface RosterMember {
  id: string
  name?: string
  role: string
  homeCountyCode?: string | null
  certificateValidUntil?: string | null
  affiliations: string[]
  unavailable: { from: string; to: string }[]
  specialties: string[]
  openTasks: number
}

export interface RecordTeam {
  targetId: string
  members: { inspectorId: string; name?: string; role?: string }[]
}

export interface RecordRecusal {
  targetId: string
  inspectorId: string
  replacementId?: string | null
  reason?: string
}

export interface VerifiableDrawRecord {
  planId?: string
  ruleVersion?: string
  commitment?: string | null
  secret?: string | null
  ceremony: { digits: string; name?: string; role?: string }[]
  seed: string
  populationHash?: string
  forcedIn: string[]
  forcedOut: string[]
  weights?: Record<string, number> | null
  strata: RecordStratum[]
  checkOn?: string
  teamRule?: {
    officers: number
    expertSpecialty?: string | null
    loadCap?: number | null
    crossCheck?: boolean
    pairing?: Record<string, string> | null
  }
  targetCounties?: Record<string, string>
  roster?: RosterMember[]
  priorAssignments?: string[]
  initialTeams?: RecordTeam[]
  recusals?: RecordRecusal[]
  teams?: RecordTeam[]
}

export type DifferenceKind =
  | 'commitment' | 'seed' | 'selection' | 'quota' | 'populationHash' | 'initialTeam' | 'team' | 'extraTeam' | 'recusal'

/** One difference between what was published and what the record's own inputs give. */
export interface Difference {
  kind: DifferenceKind
  /** The stratum code, target id or `inspector@target` the difference is about (absent for record-wide checks). */
  subject?: string
  published: string
  expected: string
  /** The difference in words (English, like Verifier.java's output), for logs and tests. */
  text: string
}

export interface ComputedStratum {
  code: string
  quota: number
  selected: string[]
}

export interface DrawVerification {
  match: boolean
  differences: Difference[]
  /** SHA-256(secret), the seed from the ceremony and the population hash as computed here. */
  computed: {
    commitment: string | null
    seed: string
    populationHash: string
    strata: ComputedStratum[]
    targets: string[]
    initialTeams: Record<string, string[]>
    recusals: { targetId: string; inspectorId: string; replacementId: string | null }[]
    teams: Record<string, string[]>
  }
  /** Counts shown beside the verdict. */
  checked: { strata: number; population: number; targets: number; teams: number; recusals: number }
}

const show = (v: unknown) => (v === null || v === undefined ? 'null' : Array.isArray(v) ? `[${v.join(', ')}]` : String(v))
const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  !!a && !!b && a.length === b.length && a.every((x, i) => x === b[i])

/** Reads the record defensively: a malformed record is an error, not a silent MATCH. */
export function asVerifiableRecord(json: unknown): VerifiableDrawRecord {
  if (!json || typeof json !== 'object') throw new Error('the draw record is not a JSON object')
  const r = json as Record<string, unknown>
  if (!Array.isArray(r.strata) || !Array.isArray(r.ceremony) || typeof r.seed !== 'string') {
    throw new Error('the draw record has no strata, ceremony or seed')
  }
  return {
    ...(r as unknown as VerifiableDrawRecord),
    forcedIn: Array.isArray(r.forcedIn) ? (r.forcedIn as string[]) : [],
    forcedOut: Array.isArray(r.forcedOut) ? (r.forcedOut as string[]) : [],
  }
}

/** Re-verifies a draw record; `hash` is replaceable for tests (default WebCrypto SHA-256). */
export async function verifyDrawRecord(json: unknown, hash: (text: string) => Promise<string> = sha256Hex):
  Promise<DrawVerification> {
  const rec = asVerifiableRecord(json)
  const hashAll = hash === sha256Hex ? sha256All : (texts: string[]) => Promise.all(texts.map(hash))
  const differences: Difference[] = []
  const diff = (kind: DifferenceKind, subject: string | undefined, published: unknown, expected: unknown, text: string) =>
    differences.push({ kind, subject, published: show(published), expected: show(expected), text })

  // 1. commitment
  const secret = rec.secret ?? null
  const commitment = secret === null ? null : await hash(secret)
  if (commitment === null || commitment !== rec.commitment) {
    diff('commitment', undefined, rec.commitment, commitment ?? '(no secret)',
      `commitment: published ${show(rec.commitment)}, SHA-256(secret) = ${commitment ?? '(no secret)'}`)
  }
  // 2. seed
  const derivedSeed = `${rec.ceremony.map((c) => c.digits).join('|')}|${show(secret)}`
  if (derivedSeed !== rec.seed) {
    diff('seed', undefined, rec.seed, derivedSeed, `seed: published ${rec.seed}, ceremony digits and secret give ${derivedSeed}`)
  }
  const seed = rec.seed // the rest is checked against what was published

  // 3. strata
  const forcedIn = new Set(rec.forcedIn)
  const forcedOut = new Set(rec.forcedOut)
  const weights = rec.weights && Object.keys(rec.weights).length ? rec.weights : null
  const everyone: string[] = []
  const targets: string[] = []
  const strata: ComputedStratum[] = []
  for (const s of rec.strata) {
    const population = s.population ?? []
    everyone.push(...population)
    const forced = population.filter((id) => !forcedOut.has(id) && forcedIn.has(id)).sort(compareStrings)
    const candidates = population.filter((id) => !forcedOut.has(id) && !forcedIn.has(id))
    const size = forced.length + candidates.length
    const quota = Math.max(Math.floor((size * Number(s.percent) + 99) / 100), Number(s.minimum ?? 0))
    const keys = await hashAll(candidates.map((id) => seed + id))
    const keyed = candidates.map((id, i) => ({ id, key: keys[i] }))
    const byHash = (a: { id: string; key: string }, b: { id: string; key: string }) =>
      compareStrings(a.key, b.key) || compareStrings(a.id, b.id)
    if (weights) {
      const w = new Map(keyed.map((k) => [k.id, weightedKey(k.key, weights[k.id])]))
      keyed.sort((a, b) => compareNumbers(w.get(a.id)!, w.get(b.id)!) || byHash(a, b))
    } else {
      keyed.sort(byHash)
    }
    const take = Math.max(quota, forced.length)
    const selected = [...forced, ...keyed.slice(0, Math.max(0, take - forced.length)).map((k) => k.id)]
    strata.push({ code: s.code, quota, selected })
    if (!sameList(selected, s.selected)) {
      diff('selection', s.code, s.selected, selected, `stratum ${s.code}: published ${show(s.selected)}, expected ${show(selected)}`)
    }
    if (Number(s.quota) !== quota) {
      diff('quota', s.code, s.quota, quota, `stratum ${s.code}: published quota ${show(s.quota)}, expected ${quota}`)
    }
    for (const t of selected) if (!targets.includes(t)) targets.push(t)
  }

  // 4. population hash
  const populationHash = await hash([...everyone].sort(compareStrings).join('\n'))
  if (populationHash !== rec.populationHash) {
    diff('populationHash', undefined, rec.populationHash, populationHash,
      `populationHash: published ${show(rec.populationHash)}, computed ${populationHash}`)
  }

  // 5. teams, recusals
  let initialTeams: Record<string, string[]> = {}
  let teamsNow: Record<string, string[]> = {}
  const recusals: DrawVerification['computed']['recusals'] = []
  if (rec.teams !== undefined) {
    const teams = await TeamWalk.create(seed, rec, hashAll)
    await teams.assign(targets)
    initialTeams = teams.snapshot()
    compareTeams(diff, 'initialTeam', 'initial team', initialTeams, rec.initialTeams ?? [])
    for (const r of rec.recusals ?? []) {
      const replacement = await teams.recuse(r.targetId, r.inspectorId)
      recusals.push({ targetId: r.targetId, inspectorId: r.inspectorId, replacementId: replacement })
      if ((replacement ?? null) !== (r.replacementId ?? null)) {
        diff('recusal', `${r.inspectorId}@${r.targetId}`, r.replacementId, replacement,
          `recusal of ${r.inspectorId} at ${r.targetId}: published replacement ${show(r.replacementId)}, expected ${show(replacement)}`)
      }
    }
    teamsNow = teams.snapshot()
    compareTeams(diff, 'team', 'team', teamsNow, rec.teams ?? [])
  }

  return {
    match: differences.length === 0,
    differences,
    computed: { commitment, seed: derivedSeed, populationHash, strata, targets, initialTeams, recusals, teams: teamsNow },
    checked: {
      strata: rec.strata.length,
      population: everyone.length,
      targets: targets.length,
      teams: Object.keys(teamsNow).length,
      recusals: recusals.length,
    },
  }
}

function compareTeams(
  diff: (kind: DifferenceKind, subject: string | undefined, published: unknown, expected: unknown, text: string) => void,
  kind: 'initialTeam' | 'team', what: string, expected: Record<string, string[]>, published: RecordTeam[],
) {
  const byTarget = new Map(published.map((t) => [t.targetId, (t.members ?? []).map((m) => m.inspectorId)]))
  for (const [target, ids] of Object.entries(expected)) {
    const got = byTarget.get(target)
    byTarget.delete(target)
    if (!sameList(ids, got)) {
      diff(kind, target, got, ids, `${what} of ${target}: published ${show(got)}, expected ${show(ids)}`)
    }
  }
  for (const extra of byTarget.keys()) {
    diff('extraTeam', extra, extra, null, `${what} of ${extra} published, but ${extra} is not a target`)
  }
}

const TWO_TO_53 = 9007199254740992

/** Java's Double.compare for the finite and infinite keys −ln(u)/w gives. */
function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Credit-grade weighting: −ln(u)/w with u = ((first 64 bits of the key) >>> 11 + 0.5) / 2^53. */
export function weightedKey(hexKey: string, weight: number | undefined): number {
  const prefix = BigInt(`0x${hexKey.slice(0, 16)}`)
  const u = (Number(prefix >> 11n) + 0.5) / TWO_TO_53
  return -Math.log(u) / (weight === undefined || weight === null ? 1 : Number(weight))
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b]
  return a
}

/** The team assignment replayed from the roster snapshot (see the module comment, step 5). */
class TeamWalk {
  private readonly order: RosterMember[]
  private readonly index = new Map<string, number>()
  private readonly load: number[]
  private readonly fit: boolean[]
  private readonly officers: number
  private readonly specialty: string | null
  private readonly cap: number | null
  private readonly crossCheck: boolean
  private readonly pairing: Record<string, string>
  private readonly counties: Record<string, string>
  private readonly prior: Set<string>
  private readonly teams = new Map<string, number[]>()
  private readonly recused = new Map<string, Set<number>>()
  private readonly walks = new Map<string, number[]>()

  private constructor(private readonly seed: string, rec: VerifiableDrawRecord, roster: RosterMember[], keys: string[]) {
    const keyed = roster.map((m, i) => ({ m, key: keys[i] }))
    keyed.sort((a, b) => compareStrings(a.key, b.key) || compareStrings(a.m.id, b.m.id))
    this.order = keyed.map((k) => k.m)
    const checkOn = rec.checkOn ?? ''
    this.load = this.order.map((m) => Number(m.openTasks ?? 0))
    this.fit = this.order.map((m) => {
      const away = (m.unavailable ?? []).some((d) => checkOn >= d.from && checkOn <= d.to)
      const lapsed = TeamWalk.isOfficer(m) && (!m.certificateValidUntil || m.certificateValidUntil < checkOn)
      return !away && !lapsed
    })
    this.order.forEach((m, i) => this.index.set(m.id, i))
    const rule = rec.teamRule ?? { officers: 2 }
    this.officers = Number(rule.officers ?? 2)
    this.specialty = rule.expertSpecialty ?? null
    this.cap = rule.loadCap === undefined || rule.loadCap === null ? null : Number(rule.loadCap)
    this.crossCheck = rule.crossCheck === true
    this.pairing = rule.pairing ?? {}
    this.counties = rec.targetCounties ?? {}
    this.prior = new Set(rec.priorAssignments ?? [])
  }

  static async create(seed: string, rec: VerifiableDrawRecord, hashAll: (texts: string[]) => Promise<string[]>) {
    const roster = rec.roster ?? []
    return new TeamWalk(seed, rec, roster, await hashAll(roster.map((m) => `${seed}|team|${m.id}`)))
  }

  static isOfficer(m: RosterMember) {
    return m.role === 'LAW_ENFORCEMENT_OFFICER'
  }

  private isExpert(m: number) {
    const r = this.order[m]
    return (r.role === 'MEDICAL_EXPERT' || r.role === 'THIRD_PARTY') && (r.specialties ?? []).includes(this.specialty as string)
  }

  private pool(target: string): number[] {
    const county = show(this.counties[target])
    const inspecting = Object.keys(this.pairing).length ? (this.pairing[county] ?? null) : null
    const pool: number[] = []
    this.order.forEach((m, i) => {
      const home = m.homeCountyCode ?? null
      if (inspecting !== null ? inspecting === home : !this.crossCheck || county !== home) pool.push(i)
    })
    return pool
  }

  /** The target's walk over its pool: start and step from SHA-256(seed ‖ "|team|" ‖ target), step coprime with n. */
  private async walk(target: string): Promise<number[]> {
    const cached = this.walks.get(target)
    if (cached) return cached
    const pool = this.pool(target)
    const n = pool.length
    const out: number[] = []
    if (n > 0) {
      const h = await sha256Hex(`${this.seed}|team|${target}`)
      const big = BigInt(n)
      const start = Number(BigInt(`0x${h.slice(0, 16)}`) % big)
      let step = Number(BigInt(`0x${h.slice(16, 32)}`) % big)
      if (step === 0) step = 1
      while (gcd(step, n) !== 1) step = step + 1 >= n ? 1 : step + 1
      for (let i = 0; i < n; i++) out.push(pool[(start + i * step) % n])
    }
    this.walks.set(target, out)
    return out
  }

  private eligible(m: number, target: string, team: number[]) {
    const r = this.order[m]
    return this.fit[m] && !team.includes(m) && (this.cap === null || this.load[m] < this.cap)
      && !(r.affiliations ?? []).includes(target)
      && !this.prior.has(`${r.id}|${target}`)
      && !(this.recused.get(target)?.has(m) ?? false)
  }

  async assign(targets: string[]) {
    for (const target of targets) {
      const team: number[] = []
      let officers = 0
      let expert = this.specialty === null
      for (const m of await this.walk(target)) {
        if (officers >= this.officers && expert) break
        if (!this.eligible(m, target, team)) continue
        if (officers < this.officers && TeamWalk.isOfficer(this.order[m])) officers++
        else if (!expert && this.isExpert(m)) expert = true
        else continue
        team.push(m)
        this.load[m]++
      }
      this.teams.set(target, team)
    }
  }

  /** Replays one recusal: the first eligible member of the same kind on the target's walk; null when nobody is. */
  async recuse(target: string, inspectorId: string): Promise<string | null> {
    const team = this.teams.get(target)
    const m = this.index.get(inspectorId)
    if (!team || m === undefined || !team.includes(m)) return `(${inspectorId} was not on the team of ${target})`
    const officerSlot = TeamWalk.isOfficer(this.order[m])
    if (!this.recused.has(target)) this.recused.set(target, new Set())
    this.recused.get(target)!.add(m)
    for (const c of await this.walk(target)) {
      if (this.eligible(c, target, team) && (officerSlot ? TeamWalk.isOfficer(this.order[c]) : this.isExpert(c))) {
        team[team.indexOf(m)] = c
        this.load[m]--
        this.load[c]++
        return this.order[c].id
      }
    }
    return null
  }

  snapshot(): Record<string, string[]> {
    const out: Record<string, string[]> = {}
    for (const [target, team] of this.teams) out[target] = team.map((m) => this.order[m].id)
    return out
  }
}
