import { call, casesApi, inspectionApi, registryApi, reportingApi } from '@/api/client'
import {
  CASE_STATUSES, INSTITUTION_LEVELS, caseFigures, coverageIn, institutionFigures, recoveryFigures, roundFor,
} from './dashboardFigures'

/** The calls behind each dashboard card, all narrowed to the region the header's picker shows. */

/** Institutions by type and level: list totals from the registry (one-row pages, only `total` is read). */
export async function loadInstitutions(region: string) {
  const count = (query: { type?: 'MEDICAL_INSTITUTION' | 'PHARMACY'; level?: (typeof INSTITUTION_LEVELS)[number] }) =>
    call(registryApi.GET('/api/registry/institutions', { params: { query: { regionCode: region, size: 1, ...query } } }))
      .then((page) => page.total)
  const [medical, pharmacy, ...levels] = await Promise.all([
    count({ type: 'MEDICAL_INSTITUTION' }), count({ type: 'PHARMACY' }), ...INSTITUTION_LEVELS.map((level) => count({ level })),
  ])
  return institutionFigures(medical, pharmacy, levels)
}

export function loadAgreements(region: string) {
  return call(registryApi.GET('/api/registry/agreement-coverage', { params: { query: { regionCode: region } } }))
}

/** Cases per procedure stage (one-row pages) and the five oldest overdue deadlines. */
export async function loadCases(region: string) {
  const [overdue, ...totals] = await Promise.all([
    call(casesApi.GET('/api/cases/overdue', { params: { query: { countyCode: region, size: 5 } } })),
    ...CASE_STATUSES.map((status) =>
      call(casesApi.GET('/api/cases/cases', { params: { query: { countyCode: region, status, size: 1 } } }))
        .then((page) => page.total)),
  ])
  return caseFigures(totals, overdue)
}

/** The newest coverage round concerning the region, with its progress narrowed to the region; null without one. */
export async function loadCoverage(region: string) {
  const rounds = await call(inspectionApi.GET('/api/inspection/coverage-rounds', { params: { query: { size: 50 } } }))
  const round = roundFor(rounds.items, region)
  if (!round) return null
  const progress = await call(inspectionApi.GET('/api/inspection/coverage-rounds/{id}/progress', {
    params: { path: { id: round.id } },
  }))
  return { progress, ...coverageIn(progress, region) }
}

export async function loadRecovery(region: string) {
  const report = await call(casesApi.GET('/api/cases/recovery', {
    params: { query: { groupBy: 'COUNTY', countyCode: region } },
  }))
  return recoveryFigures(report.totals)
}

/** The reporting service's totals over the region's counties (findings, decisions, fines). */
export function loadSupervision(region: string) {
  return call(reportingApi.GET('/api/reports/counties', { params: { query: { region } } })).then((list) => list.totals)
}
