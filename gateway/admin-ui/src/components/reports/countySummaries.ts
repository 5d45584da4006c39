import type { components } from '@/api/schema/reporting'
import { toFen } from './dashboardFigures'

/** Pure helpers of the county-summary table. */
export type CountySummary = components['schemas']['CountySummary']
export type RegionTotals = components['schemas']['RegionTotals']

/** The counties whose name contains the text (all when it is empty). */
export function filterCounties(items: readonly CountySummary[], name: string): CountySummary[] {
  const text = name.trim()
  return text ? items.filter((c) => c.countyName.includes(text)) : [...items]
}

/** The numeric columns of the table, in order, each a key of the figures. */
export const FIGURE_COLUMNS = [
  'institutions', 'agreementsActive', 'agreementsSuspended', 'agreementsTerminated', 'findings', 'casesOpened',
  'decisions', 'suspensionsDecided',
] as const
export type FigureColumn = (typeof FIGURE_COLUMNS)[number] | 'medical' | 'pharmacy' | 'finesDecided'

/** A county's (or the totals') value of a column; fines in fen so sorting compares amounts, not strings. */
export function figureOf(row: CountySummary | RegionTotals, column: FigureColumn): number {
  if (column === 'medical') return row.institutionsByType.MEDICAL_INSTITUTION
  if (column === 'pharmacy') return row.institutionsByType.PHARMACY
  if (column === 'finesDecided') return toFen(row.finesDecided)
  return row[column]
}

/**
 * The summary row of the table: the region's totals as the service computed them (not a sum in the browser), with
 * the first cell labelled 合计. `columns` are the table's column properties as Element Plus passes them.
 */
export function summaryRow(columns: readonly { property?: string }[], totals: RegionTotals | null, label: string,
  formatYuan: (amount: string) => string): string[] {
  return columns.map((column, index) => {
    if (index === 0) return label
    if (!totals || !column.property) return ''
    if (column.property === 'finesDecided') return formatYuan(totals.finesDecided)
    return String(figureOf(totals, column.property as FigureColumn))
  })
}
