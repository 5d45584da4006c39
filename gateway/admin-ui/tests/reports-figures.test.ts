import { describe, expect, it } from 'vitest'
import { figureOf, filterCounties, summaryRow, type CountySummary, type RegionTotals } from '@/components/reports/countySummaries'
import {
  agreementStatesOption, barHeight, finesByCountyOption, institutionsByCountyOption, institutionsByTypeOption,
  supervisionByCountyOption, supervisionOption,
} from '@/components/reports/chartOptions'

const t = (key: string) => `«${key}»`
const labels = { MEDICAL_INSTITUTION: '定点医疗机构', PHARMACY: '定点零售药店' }

function county(code: string, name: string, medical: number, pharmacy: number, extra: Partial<CountySummary> = {}): CountySummary {
  return {
    countyCode: code, countyName: name, institutions: medical + pharmacy,
    institutionsByType: { MEDICAL_INSTITUTION: medical, PHARMACY: pharmacy }, institutionTypeLabels: labels,
    agreementsActive: medical + pharmacy, agreementsSuspended: 0, agreementsTerminated: 0, findings: 0, casesOpened: 0,
    decisions: 0, suspensionsDecided: 0, finesDecided: '0.00', asOf: null, ...extra,
  }
}

const east = county('990102', '东江市城东区（演示）', 2, 1, { findings: 2, casesOpened: 1, decisions: 1, finesDecided: '30000.00',
  agreementsActive: 2, agreementsSuspended: 1 })
const west = county('990103', '东江市城西区（演示）', 0, 0)
const totals: RegionTotals = {
  ...county('990100', '', 2, 1, { findings: 2, casesOpened: 1, decisions: 1, finesDecided: '30000.00' }),
  region: '990100', regionName: '示范省东江市（演示）', counties: 2,
}

describe('county summary table', () => {
  it('should filter counties by part of the name, and keep all for an empty text', () => {
    expect(filterCounties([east, west], '城西').map((c) => c.countyCode)).toEqual(['990103'])
    expect(filterCounties([east, west], '  ')).toHaveLength(2)
  })

  it('should read nested and money columns as numbers so sorting compares amounts', () => {
    expect(figureOf(east, 'medical')).toBe(2)
    expect(figureOf(east, 'pharmacy')).toBe(1)
    expect(figureOf(east, 'finesDecided')).toBe(3000000)
    expect(figureOf(county('1', 'x', 0, 0, { finesDecided: '9.50' }), 'finesDecided'))
      .toBeLessThan(figureOf(county('2', 'y', 0, 0, { finesDecided: '10.00' }), 'finesDecided'))
    expect(figureOf(east, 'agreementsSuspended')).toBe(1)
  })

  it('should show the service totals in the summary row, labelled in its first cell', () => {
    const columns = [{ property: 'countyName' }, { property: 'institutions' }, { property: 'findings' },
      { property: 'finesDecided' }]
    expect(summaryRow(columns, totals, '合计', (a) => `¥${a}`)).toEqual(['合计', '3', '2', '¥30000.00'])
    expect(summaryRow(columns, null, '合计', (a) => a)).toEqual(['合计', '', '', ''])
  })
})

describe('county comparison charts', () => {
  it('should stack institutions by type per county, one category per county in the list order', () => {
    const option = institutionsByCountyOption([east, west], t)
    expect((option.yAxis as { data: string[]; inverse: boolean }).data).toEqual(['东江市城东区（演示）', '东江市城西区（演示）'])
    const series = option.series as { name: string; data: number[]; stack?: string }[]
    expect(series.map((s) => [s.name, s.data, s.stack])).toEqual([
      ['«reports.figures.medical»', [2, 0], 'n'],
      ['«reports.figures.pharmacy»', [1, 0], 'n'],
    ])
  })

  it('should put findings, cases and decisions side by side (not stacked)', () => {
    const series = supervisionByCountyOption([east, west], t).series as { data: number[]; stack?: string }[]
    expect(series.map((s) => s.data)).toEqual([[2, 0], [1, 0], [1, 0]])
    expect(series.every((s) => s.stack === undefined)).toBe(true)
  })

  it('should chart fines in yuan', () => {
    const series = finesByCountyOption([east, west], t, String).series as { data: number[] }[]
    expect(series[0].data).toEqual([30000, 0])
  })

  it('should grow a horizontal bar chart with the number of counties', () => {
    expect(barHeight(1)).toBe(200)
    expect(barHeight(13)).toBe(70 + 13 * 30)
  })

  it('should draw one county by type, by agreement state and its handling, leaving out empty slices', () => {
    const types = (institutionsByTypeOption(east, t).series as { data: { name: string; value: number }[] }[])[0].data
    expect(types.map((d) => d.value)).toEqual([2, 1])
    const states = (agreementStatesOption(east, t).series as { data: { name: string; value: number }[] }[])[0].data
    expect(states).toMatchObject([{ name: '«reports.figures.agreementsActive»', value: 2 },
      { name: '«reports.figures.agreementsSuspended»', value: 1 }])
    const handling = (supervisionOption(east, t).series as { data: { value: number }[] }[])[0].data
    expect(handling.map((d) => d.value)).toEqual([2, 1, 1, 0])
  })
})
