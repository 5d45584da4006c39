import { describe, expect, it } from 'vitest'
import {
  caseFigures, coverageIn, coverageShare, inRegion, institutionFigures, percent, recoveryFigures, roundFor,
  type CoverageProgress, type CoverageRound,
} from '@/components/reports/dashboardFigures'
import {
  allZero, casesByStatusOption, coverageByCountyOption, institutionsByLevelOption,
} from '@/components/reports/chartOptions'
import { ApiError } from '@/api/problem'
import { cardStateOf } from '@/components/reports/useCardLoad'

const t = (key: string) => `«${key}»`

function round(id: string, regionCode: string): CoverageRound {
  return {
    id, name: `round ${id}`, regionCode, windowFrom: '2026-05-01', windowTo: '2026-09-30', populationSize: 10,
    populationHash: 'x', createdBy: 'city-admin', createdAt: '2026-04-01T00:00:00Z',
  }
}

function progress(): CoverageProgress {
  return {
    round: round('r1', '990100'), asOf: '2026-06-01', status: 'IN_PROGRESS', statusLabel: '进行中',
    total: { population: 10, checked: 4, unchecked: 6, overdue: 0, share: 0.4 },
    counties: [
      { countyCode: '990102', name: '城东区', population: 3, checked: 2, unchecked: 1, overdue: 0, share: 0.6666 },
      { countyCode: '990103', name: '城西区', population: 7, checked: 2, unchecked: 5, overdue: 0, share: 0.2857 },
    ],
  }
}

describe('dashboard figures', () => {
  it('should place codes in a region subtree by GB/T 2260 level', () => {
    expect(inRegion('990102', '990000')).toBe(true)
    expect(inRegion('999001', '990000')).toBe(true)
    expect(inRegion('990102', '990100')).toBe(true)
    expect(inRegion('990202', '990100')).toBe(false)
    expect(inRegion('990102', '990102')).toBe(true)
    expect(inRegion('990103', '990102')).toBe(false)
    expect(inRegion('990100', '990102')).toBe(false)
  })

  it('should total institutions by type and keep the levels in the enum order', () => {
    const figures = institutionFigures(80, 165, [4, 17, 24, 35, 55, 110])
    expect(figures.total).toBe(245)
    expect(figures.byLevel).toEqual({
      TERTIARY: 4, SECONDARY: 17, PRIMARY: 24, VILLAGE_CLINIC: 35, OUTPATIENT_COVERAGE: 55, ORDINARY_RETAIL: 110,
    })
  })

  it('should count every case not closed as open, and the overdue total from the overdue page', () => {
    const figures = caseFigures([1, 2, 0, 3, 0, 0, 1, 4], { items: [], page: 0, size: 5, total: 2 })
    expect(figures.total).toBe(11)
    expect(figures.closed).toBe(4)
    expect(figures.open).toBe(7)
    expect(figures.overdue).toBe(2)
    expect(figures.byStatus.DECIDED).toBe(3)
  })

  it('should pick the newest round covering the region or lying inside it, and none of another region', () => {
    const rounds = [round('county-other', '990103'), round('city', '990100'), round('province', '990000')]
    expect(roundFor(rounds, '990102')?.id).toBe('city')
    expect(roundFor(rounds, '990100')?.id).toBe('county-other')
    expect(roundFor([round('other-city', '990200')], '990100')).toBeUndefined()
  })

  it('should narrow a round to the picked county and recompute its totals, rounding the share down', () => {
    const narrowed = coverageIn(progress(), '990102')
    expect(narrowed.counties.map((c) => c.countyCode)).toEqual(['990102'])
    expect(narrowed.total).toEqual({ population: 3, checked: 2, unchecked: 1, overdue: 0, share: 0.6666 })
  })

  it('should keep the service totals when every county row is inside the region', () => {
    const whole = coverageIn(progress(), '990100')
    expect(whole.total.share).toBe(0.4)
    expect(whole.counties).toHaveLength(2)
    expect(coverageShare(0, 0)).toBe(0)
    expect(coverageShare(2, 3)).toBe(0.6666)
  })

  it('should compute the recovered share in fen, and none when nothing was assessed', () => {
    const figures = recoveryFigures({
      key: 'total', name: '合计', cases: 2, assessed: '30000.10', finePaid: '10000.05', returned: '5000.00',
      outstanding: '15000.05',
    })
    expect(figures.share).toBeCloseTo(15000.05 / 30000.1, 10)
    expect(recoveryFigures({
      key: 'total', name: '合计', cases: 0, assessed: '0.00', finePaid: '0.00', returned: '0.00', outstanding: '0.00',
    }).share).toBeNull()
    expect(percent(0.98361)).toBe(98.4)
    expect(percent(null)).toBe(0)
  })
})

describe('dashboard chart options', () => {
  it('should draw institutions by level with labels, leaving out empty levels', () => {
    const option = institutionsByLevelOption(institutionFigures(4, 0, [4, 0, 0, 0, 0, 0]).byLevel, t)
    const series = (option.series as { type: string; data: { name: string; value: number }[] }[])[0]
    expect(series.type).toBe('pie')
    expect(series.data).toEqual([{ name: '«reports.enums.InstitutionLevel.TERTIARY»', value: 4 }])
  })

  it('should draw cases by stage in the procedure order with labelled categories', () => {
    const figures = caseFigures([1, 2, 0, 3, 0, 0, 1, 4], { items: [], page: 0, size: 5, total: 0 })
    const option = casesByStatusOption(figures.byStatus, t)
    const xAxis = option.xAxis as { data: string[] }
    expect(xAxis.data[0]).toBe('«reports.enums.CaseStatus.CLUE»')
    expect(xAxis.data[7]).toBe('«reports.enums.CaseStatus.CLOSED»')
    const series = (option.series as { data: { value: number }[] }[])[0]
    expect(series.data.map((d) => d.value)).toEqual([1, 2, 0, 3, 0, 0, 1, 4])
  })

  it('should stack checked and unchecked institutions per county', () => {
    const option = coverageByCountyOption(progress().counties, t)
    expect((option.yAxis as { data: string[] }).data).toEqual(['城东区', '城西区'])
    const series = option.series as { name: string; stack: string; data: number[] }[]
    expect(series.map((s) => s.data)).toEqual([[2, 2], [1, 5]])
    expect(series.every((s) => s.stack === 'n')).toBe(true)
    expect(allZero([0, 0])).toBe(true)
    expect(allZero([0, 1])).toBe(false)
  })
})

describe('card states', () => {
  it('should make a card unavailable when its service is down, hidden when the role is refused, failed otherwise', () => {
    expect(cardStateOf(new ApiError(503, { title: 'Service unavailable', service: 'case-service' }))).toBe('unavailable')
    expect(cardStateOf(new ApiError(0, { title: 'network' }))).toBe('unavailable')
    expect(cardStateOf(new ApiError(504, {}))).toBe('unavailable')
    expect(cardStateOf(new ApiError(403, { title: 'Forbidden' }))).toBe('forbidden')
    expect(cardStateOf(new ApiError(404, { title: 'Not found' }))).toBe('failed')
    expect(cardStateOf(new Error('boom'))).toBe('failed')
  })
})
