import { i18n } from '@/i18n'

const t = (key: string) => i18n.global.t(key)

/** An enum code's label from this area's tables (`inspection.enums.<Enum>.<CODE>`); codes never reach the screen. */
export function enumLabel(enumName: string, code: string | null | undefined): string {
  if (!code) return '—'
  const key = `inspection.enums.${enumName}.${code}`
  return i18n.global.te(key) ? t(key) : code
}

export function enumOptions<T extends string>(enumName: string, codes: readonly T[]): { value: T; label: string }[] {
  return codes.map((code) => ({ value: code, label: enumLabel(enumName, code) }))
}

/** Element Plus tag types by status code. */
export const STATUS_TAG: Record<string, 'info' | 'warning' | 'primary' | 'success' | 'danger'> = {
  DRAFT: 'info', PUBLISHED: 'warning', SEEDED: 'primary', DRAWN: 'success',
  ASSIGNED: 'warning', CONCLUDED: 'success',
  PLANNED: 'info', IN_PROGRESS: 'primary', COMPLETED: 'success', OVERDUE: 'danger',
  COMMITTED: 'warning', FIXED: 'success',
  QUEUED: 'info', RUNNING: 'primary', FAILED: 'danger',
}

/** A share (0.6666) as a progress percentage, rounded down to one decimal so 100 means really all. */
export function percentOf(share: number): number {
  return Math.floor(share * 1000) / 10
}
