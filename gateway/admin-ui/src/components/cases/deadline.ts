import dayjs from 'dayjs'

/**
 * The deadline badge of a case (green / amber / red by working days left).
 *
 * The rule, in working days counted on the case service's own calendar (weekends, statutory holidays and the
 * adjusted working days 调休 of `GET /api/cases/calendar/deadline`):
 *  - **overdue** (red, "已逾期"): the API marks the deadline `overdue`, or its `due` day is before today;
 *  - **red** ("即将到期"): due today or within {@link RED_WORKING_DAYS} working days, i.e. `due` is on or before
 *    the last day of a period of 2 working days after today;
 *  - **amber** ("临近到期"): due within {@link AMBER_WORKING_DAYS} working days (3 to 5 left);
 *  - **green** ("期限内"): more than 5 working days left.
 * The two limit days are asked of the API once per page (`from` = today in Beijing, `amount` = 2 and 5,
 * `unit` = WORKING_DAYS), so the badge counts holidays exactly as the service counts its statutory deadlines
 * (5 and 7 days are working days under 《行政处罚法》第八十五条). Only when that call fails does the page fall
 * back to counting weekends alone ({@link addWorkingDaysWeekendsOnly}), and says so in the badge's tooltip.
 */
export const RED_WORKING_DAYS = 2
export const AMBER_WORKING_DAYS = 5

export type DeadlineLevel = 'overdue' | 'red' | 'amber' | 'green'

export interface DeadlineLimits {
  /** Today in Beijing (YYYY-MM-DD). */
  today: string
  /** Last day of {@link RED_WORKING_DAYS} working days after today. */
  red: string
  /** Last day of {@link AMBER_WORKING_DAYS} working days after today. */
  amber: string
  /** False when the limits were counted without the holiday calendar (weekends only). */
  exact: boolean
}

/** ISO dates compare as strings. */
export function deadlineLevel(due: string, limits: DeadlineLimits, overdue = false): DeadlineLevel {
  if (overdue || due < limits.today) return 'overdue'
  if (due <= limits.red) return 'red'
  if (due <= limits.amber) return 'amber'
  return 'green'
}

/** Element Plus tag type of a level. */
export function levelTagType(level: DeadlineLevel): 'danger' | 'warning' | 'success' {
  return level === 'amber' ? 'warning' : level === 'green' ? 'success' : 'danger'
}

/** Fallback only: the last day of `amount` working days after `from`, skipping Saturdays and Sundays alone. */
export function addWorkingDaysWeekendsOnly(from: string, amount: number): string {
  let day = dayjs(from)
  let left = amount
  while (left > 0) {
    day = day.add(1, 'day')
    if (day.day() !== 0 && day.day() !== 6) left -= 1
  }
  return day.format('YYYY-MM-DD')
}

export function fallbackLimits(today: string): DeadlineLimits {
  return {
    today,
    red: addWorkingDaysWeekendsOnly(today, RED_WORKING_DAYS),
    amber: addWorkingDaysWeekendsOnly(today, AMBER_WORKING_DAYS),
    exact: false,
  }
}
