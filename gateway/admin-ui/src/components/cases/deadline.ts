import dayjs from 'dayjs'

export type DeadlineTone = 'success' | 'warning' | 'danger'

/**
 * Weekdays from today until the due day (both Beijing calendar dates), the due day counted. Statutory holidays
 * and adjusted working days are the server's business: it computes the due day itself with the holiday calendar
 * and says when it has passed (`overdue`); this count only colours the badge.
 */
export function weekdaysLeft(today: string, due: string): number {
  let day = dayjs(today)
  const end = dayjs(due)
  let count = 0
  while (day.isBefore(end, 'day')) {
    day = day.add(1, 'day')
    if (day.day() !== 0 && day.day() !== 6) count++
  }
  return count
}

/** Red when overdue or due today, amber within five working days, green otherwise. */
export function deadlineTone(today: string, due: string, overdue: boolean): DeadlineTone {
  if (overdue) return 'danger'
  const left = weekdaysLeft(today, due)
  if (left <= 0) return 'danger'
  return left <= 5 ? 'warning' : 'success'
}
