import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'

dayjs.extend(utc)
dayjs.extend(timezone)

/** Bureaus count days and deadlines in Beijing time whatever the browser's zone. */
export const BUREAU_ZONE = 'Asia/Shanghai'

const yuanFormat = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** Money as the API sends it (a decimal string in yuan) with two decimals and thousands separators. */
export function formatYuan(amount: string | number | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '—'
  const value = typeof amount === 'number' ? amount : Number(amount)
  return Number.isFinite(value) ? yuanFormat.format(value) : String(amount)
}

/** A legal date (`2026-03-04`) as it is: it is already a Beijing calendar date. */
export function formatDate(date: string | null | undefined): string {
  return date ? dayjs(date).format('YYYY-MM-DD') : '—'
}

/** An instant (UTC on the wire) in Beijing time. */
export function formatDateTime(instant: string | null | undefined): string {
  return instant ? dayjs(instant).tz(BUREAU_ZONE).format('YYYY-MM-DD HH:mm') : '—'
}

/** Today's date in Beijing, as the API's date fields expect it. */
export function todayInBeijing(): string {
  return dayjs().tz(BUREAU_ZONE).format('YYYY-MM-DD')
}

export function formatPercent(ratio: number | null | undefined, digits = 1): string {
  return ratio === null || ratio === undefined ? '—' : `${(ratio * 100).toFixed(digits)}%`
}
