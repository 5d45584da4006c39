import type { components as Reporting } from '@/api/schema/reporting'
import type { ChartOption } from './echarts'
import {
  CASE_STATUSES, INSTITUTION_LEVELS, toFen,
  type CaseStatus, type CountyCoverage, type InstitutionLevel,
} from './dashboardFigures'

/** Pure builders of the ECharts options the dashboard and the reports show (labels through `t`). */

export type Translate = (key: string) => string
export type CountySummary = Reporting['schemas']['CountySummary']
export type Figures = Reporting['schemas']['Figures']

export const COLORS = {
  primary: '#409eff', success: '#67c23a', warning: '#e6a23c', danger: '#f56c6c', info: '#909399', purple: '#9b59b6',
  teal: '#20a0a0',
}

const tooltipItem = { trigger: 'item' as const }
const tooltipAxis = { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } }

/** Height of a horizontal bar chart with one row per category, so long county names stay readable. */
export function barHeight(rows: number): number {
  return Math.max(200, 70 + rows * 30)
}

/** A donut with its legend (the names) on the right and the counts at the slices, so narrow cards cut no label. */
function donut(name: string, data: { name: string; value: number; itemStyle?: { color: string } }[]): ChartOption {
  return {
    tooltip: { ...tooltipItem, formatter: '{b}：{c}（{d}%）' },
    legend: { orient: 'vertical', right: 0, top: 'middle', type: 'scroll',
      textStyle: { width: 112, overflow: 'truncate' }, tooltip: { show: true } },
    series: [{
      name, type: 'pie', radius: ['32%', '54%'], center: ['28%', '50%'], avoidLabelOverlap: true,
      label: { formatter: '{c}', overflow: 'none' }, labelLine: { length: 6, length2: 6 }, data,
    }],
  }
}

/** True when a chart would draw nothing but axes (every value zero). */
export function allZero(values: readonly number[]): boolean {
  return values.every((v) => v === 0)
}

/** Institutions by level (三级 … 普通定点零售药店); levels without institutions are left out. */
export function institutionsByLevelOption(byLevel: Record<InstitutionLevel, number>, t: Translate): ChartOption {
  return donut(t('reports.dashboard.institutions.chart'), INSTITUTION_LEVELS
    .filter((level) => byLevel[level] > 0)
    .map((level) => ({ name: t(`reports.enums.InstitutionLevel.${level}`), value: byLevel[level] })))
}

/** Cases by procedure stage, in the procedure's order. */
export function casesByStatusOption(byStatus: Record<CaseStatus, number>, t: Translate): ChartOption {
  return {
    tooltip: tooltipAxis,
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: CASE_STATUSES.map((s) => t(`reports.enums.CaseStatus.${s}`)),
      axisLabel: { interval: 0, fontSize: 11 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{
      name: t('reports.dashboard.cases.chart'), type: 'bar', barMaxWidth: 28,
      data: CASE_STATUSES.map((s) => ({
        value: byStatus[s],
        itemStyle: { color: s === 'CLOSED' ? COLORS.success : s === 'CLUE' ? COLORS.info : COLORS.primary },
      })),
      label: { show: true, position: 'top' },
    }],
  }
}

function horizontalBars(categories: string[], series: { name: string; data: number[]; color: string; stack?: string }[],
  valueFormatter?: (value: number) => string): ChartOption {
  return {
    tooltip: { ...tooltipAxis, ...(valueFormatter ? { valueFormatter: (v) => valueFormatter(Number(v)) } : {}) },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: categories,
      axisLabel: { width: 150, overflow: 'truncate' } },
    series: series.map((s) => ({
      name: s.name, type: 'bar', stack: s.stack, barMaxWidth: 18, data: s.data, itemStyle: { color: s.color },
    })),
  }
}

/** Checked and unchecked institutions of a coverage round, one bar per county. */
export function coverageByCountyOption(counties: readonly CountyCoverage[], t: Translate): ChartOption {
  return horizontalBars(counties.map((c) => c.name), [
    { name: t('reports.dashboard.coverage.checked'), data: counties.map((c) => c.checked), color: COLORS.success, stack: 'n' },
    { name: t('reports.dashboard.coverage.unchecked'), data: counties.map((c) => c.unchecked), color: COLORS.warning, stack: 'n' },
  ])
}

/** Designated institutions of each county by type (stacked). */
export function institutionsByCountyOption(items: readonly CountySummary[], t: Translate): ChartOption {
  return horizontalBars(items.map((c) => c.countyName), [
    { name: t('reports.figures.medical'), data: items.map((c) => c.institutionsByType.MEDICAL_INSTITUTION),
      color: COLORS.primary, stack: 'n' },
    { name: t('reports.figures.pharmacy'), data: items.map((c) => c.institutionsByType.PHARMACY),
      color: COLORS.teal, stack: 'n' },
  ])
}

/** Findings, cases opened and decisions of each county side by side. */
export function supervisionByCountyOption(items: readonly CountySummary[], t: Translate): ChartOption {
  return horizontalBars(items.map((c) => c.countyName), [
    { name: t('reports.figures.findings'), data: items.map((c) => c.findings), color: COLORS.warning },
    { name: t('reports.figures.casesOpened'), data: items.map((c) => c.casesOpened), color: COLORS.primary },
    { name: t('reports.figures.decisions'), data: items.map((c) => c.decisions), color: COLORS.danger },
  ])
}

/** Fines decided in each county, in yuan. */
export function finesByCountyOption(items: readonly CountySummary[], t: Translate,
  formatYuan: (v: number) => string): ChartOption {
  return horizontalBars(items.map((c) => c.countyName), [
    { name: t('reports.figures.finesDecided'), data: items.map((c) => toFen(c.finesDecided) / 100), color: COLORS.danger },
  ], formatYuan)
}

/** One county's (or region's) institutions by type. */
export function institutionsByTypeOption(figures: Figures, t: Translate): ChartOption {
  return donut(t('reports.charts.institutionsByType'), [
    { name: t('reports.figures.medical'), value: figures.institutionsByType.MEDICAL_INSTITUTION,
      itemStyle: { color: COLORS.primary } },
    { name: t('reports.figures.pharmacy'), value: figures.institutionsByType.PHARMACY, itemStyle: { color: COLORS.teal } },
  ].filter((d) => d.value > 0))
}

/** One county's institutions by agreement state. */
export function agreementStatesOption(figures: Figures, t: Translate): ChartOption {
  return donut(t('reports.charts.agreementStates'), [
    { name: t('reports.figures.agreementsActive'), value: figures.agreementsActive, itemStyle: { color: COLORS.success } },
    { name: t('reports.figures.agreementsSuspended'), value: figures.agreementsSuspended,
      itemStyle: { color: COLORS.warning } },
    { name: t('reports.figures.agreementsTerminated'), value: figures.agreementsTerminated,
      itemStyle: { color: COLORS.danger } },
  ].filter((d) => d.value > 0))
}

/** One county's findings and their handling, as a short bar chart. */
export function supervisionOption(figures: Figures, t: Translate): ChartOption {
  const rows = [
    { key: 'findings', value: figures.findings, color: COLORS.warning },
    { key: 'casesOpened', value: figures.casesOpened, color: COLORS.primary },
    { key: 'decisions', value: figures.decisions, color: COLORS.danger },
    { key: 'suspensionsDecided', value: figures.suspensionsDecided, color: COLORS.purple },
  ]
  return {
    tooltip: tooltipAxis,
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => t(`reports.figures.${r.key}`)), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{
      name: t('reports.charts.supervision'), type: 'bar', barMaxWidth: 32, label: { show: true, position: 'top' },
      data: rows.map((r) => ({ value: r.value, itemStyle: { color: r.color } })),
    }],
  }
}
