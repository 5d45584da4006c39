import type { components as Registry } from '@/api/schema/registry'
import type { components as Cases } from '@/api/schema/cases'
import type { components as Inspection } from '@/api/schema/inspection'

/** Pure figures of the dashboard cards, computed from the API's answers (no calls here). */

export type InstitutionLevel = Registry['schemas']['InstitutionLevel']
export type CaseStatus = Cases['schemas']['CaseStatus']
export type Case = Cases['schemas']['Case']
export type CasePage = Cases['schemas']['CasePage']
export type RecoveryRow = Cases['schemas']['RecoveryRow']
export type CoverageRound = Inspection['schemas']['CoverageRound']
export type CoverageProgress = Inspection['schemas']['CoverageProgress']
export type CoverageTally = Inspection['schemas']['CoverageTally']
export type CountyCoverage = Inspection['schemas']['CountyCoverage']

export const INSTITUTION_LEVELS: readonly InstitutionLevel[] = [
  'TERTIARY', 'SECONDARY', 'PRIMARY', 'VILLAGE_CLINIC', 'OUTPATIENT_COVERAGE', 'ORDINARY_RETAIL',
]

export const CASE_STATUSES: readonly CaseStatus[] = [
  'CLUE', 'FILED', 'NOTIFIED', 'DECIDED', 'SERVED', 'EXECUTED', 'RECTIFYING', 'CLOSED',
]

/**
 * Whether a region code lies in a region's subtree (GB/T 2260: `PP0000` province, `PPCC00` city, else a county).
 */
export function inRegion(code: string, region: string): boolean {
  if (/^\d{2}0000$/.test(region)) return code.slice(0, 2) === region.slice(0, 2)
  if (/^\d{4}00$/.test(region)) return code.slice(0, 4) === region.slice(0, 4)
  return code === region
}

export interface InstitutionFigures {
  total: number
  medical: number
  pharmacy: number
  byLevel: Record<InstitutionLevel, number>
}

export function institutionFigures(medical: number, pharmacy: number, levelTotals: readonly number[]): InstitutionFigures {
  const byLevel = Object.fromEntries(INSTITUTION_LEVELS.map((level, i) => [level, levelTotals[i] ?? 0])) as
    Record<InstitutionLevel, number>
  return { total: medical + pharmacy, medical, pharmacy, byLevel }
}

export interface CaseFigures {
  byStatus: Record<CaseStatus, number>
  total: number
  open: number
  closed: number
  overdue: number
  /** The oldest overdue cases (the API answers oldest deadline first). */
  oldestOverdue: Case[]
}

/** Open cases are every case not closed (clues included: they wait to be filed). */
export function caseFigures(statusTotals: readonly number[], overdue: CasePage): CaseFigures {
  const byStatus = Object.fromEntries(CASE_STATUSES.map((s, i) => [s, statusTotals[i] ?? 0])) as Record<CaseStatus, number>
  const total = CASE_STATUSES.reduce((sum, s) => sum + byStatus[s], 0)
  return {
    byStatus,
    total,
    closed: byStatus.CLOSED,
    open: total - byStatus.CLOSED,
    overdue: overdue.total,
    oldestOverdue: overdue.items,
  }
}

/** The newest round that concerns the region: one covering it, or one of a county inside it. */
export function roundFor(rounds: readonly CoverageRound[], region: string): CoverageRound | undefined {
  return rounds.find((r) => inRegion(region, r.regionCode) || inRegion(r.regionCode, region))
}

/** checked ÷ population, 4 decimals rounded down (as the service does: 100 % means really all). */
export function coverageShare(checked: number, population: number): number {
  return population > 0 ? Math.floor((checked / population) * 10000) / 10000 : 0
}

/**
 * A round's progress narrowed to the region picked: the county rows inside it and their totals (a city officer who
 * picked one county sees that county of a city round). When every row is kept, the service's totals stand.
 */
export function coverageIn(progress: CoverageProgress, region: string): { total: CoverageTally; counties: CountyCoverage[] } {
  const counties = progress.counties.filter((c) => inRegion(c.countyCode, region))
  if (counties.length === progress.counties.length) return { total: progress.total, counties }
  const sum = (key: 'population' | 'checked' | 'unchecked' | 'overdue') => counties.reduce((s, c) => s + c[key], 0)
  const population = sum('population')
  const checked = sum('checked')
  return {
    total: { population, checked, unchecked: sum('unchecked'), overdue: sum('overdue'), share: coverageShare(checked, population) },
    counties,
  }
}

/** Yuan strings ("1234.50") to whole fen, so sums stay exact. */
export function toFen(amount: string | number | null | undefined): number {
  if (amount === null || amount === undefined || amount === '') return 0
  return Math.round(Number(amount) * 100)
}

export interface RecoveryFigures {
  cases: number
  assessed: string
  finePaid: string
  returned: string
  outstanding: string
  /** (fines paid + money returned) ÷ assessed; null when nothing was assessed. */
  share: number | null
}

export function recoveryFigures(totals: RecoveryRow): RecoveryFigures {
  const assessed = toFen(totals.assessed)
  const recovered = toFen(totals.finePaid) + toFen(totals.returned)
  return {
    cases: totals.cases,
    assessed: totals.assessed,
    finePaid: totals.finePaid,
    returned: totals.returned,
    outstanding: totals.outstanding,
    share: assessed > 0 ? Math.min(1, recovered / assessed) : null,
  }
}

/** A ratio as a whole percentage for `el-progress` (0–100, one decimal). */
export function percent(ratio: number | null | undefined): number {
  return ratio === null || ratio === undefined ? 0 : Math.round(ratio * 1000) / 10
}
