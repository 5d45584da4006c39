import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  addWorkingDaysWeekendsOnly, deadlineLevel, fallbackLimits, levelTagType, type DeadlineLimits,
} from '@/components/cases/deadline'
import { loadDeadlineLimits } from '@/components/cases/useDeadlineLimits'

// Thursday 2026-10-08, the first working day after the National Day holiday; the calendar's answers:
// 2 working days after it is Saturday 2026-10-10 (an adjusted working day, 调休), 5 is Wednesday 2026-10-14.
const limits: DeadlineLimits = { today: '2026-10-08', red: '2026-10-10', amber: '2026-10-14', exact: true }

describe('the deadline badge rule (working days left)', () => {
  it('should be overdue when the due day is past, or when the API says so', () => {
    expect(deadlineLevel('2026-10-07', limits)).toBe('overdue')
    expect(deadlineLevel('2026-10-20', limits, true)).toBe('overdue')
  })

  it('should be red from today to the last of 2 working days', () => {
    expect(deadlineLevel('2026-10-08', limits)).toBe('red')
    expect(deadlineLevel('2026-10-09', limits)).toBe('red')
    expect(deadlineLevel('2026-10-10', limits)).toBe('red')
  })

  it('should be amber with 3 to 5 working days left, counting the calendar, not weekdays', () => {
    expect(deadlineLevel('2026-10-11', limits)).toBe('amber')
    expect(deadlineLevel('2026-10-14', limits)).toBe('amber')
  })

  it('should be green with more than 5 working days left', () => {
    expect(deadlineLevel('2026-10-15', limits)).toBe('green')
    expect(deadlineLevel('2027-01-04', limits)).toBe('green')
  })

  it('should colour the levels red, amber and green', () => {
    expect(levelTagType('overdue')).toBe('danger')
    expect(levelTagType('red')).toBe('danger')
    expect(levelTagType('amber')).toBe('warning')
    expect(levelTagType('green')).toBe('success')
  })

  it('should count weekends only when the calendar cannot be asked, and say the limits are not exact', () => {
    expect(addWorkingDaysWeekendsOnly('2026-03-05', 2)).toBe('2026-03-09') // Thu → Fri, Mon
    expect(addWorkingDaysWeekendsOnly('2026-03-06', 5)).toBe('2026-03-13') // Fri → next Fri
    expect(fallbackLimits('2026-03-05')).toEqual({ today: '2026-03-05', red: '2026-03-09', amber: '2026-03-12', exact: false })
  })
})

describe('loading the limits from the working-day calendar', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('should ask the case service for 2 and 5 working days after today', async () => {
    const asked: string[] = []
    vi.stubGlobal('fetch', async (request: Request) => {
      const url = new URL(request.url)
      asked.push(url.pathname + url.search)
      const due = url.searchParams.get('amount') === '2' ? '2026-10-10' : '2026-10-14'
      return new Response(JSON.stringify({ from: '2026-10-08', amount: 0, unit: 'WORKING_DAYS', due, calendarCovers: true }),
        { status: 200, headers: { 'Content-Type': 'application/json' } })
    })
    await expect(loadDeadlineLimits('2026-10-08')).resolves.toEqual(limits)
    expect(asked).toEqual([
      '/api/cases/calendar/deadline?from=2026-10-08&amount=2&unit=WORKING_DAYS',
      '/api/cases/calendar/deadline?from=2026-10-08&amount=5&unit=WORKING_DAYS',
    ])
  })

  it('should fall back to weekends only when the calendar does not answer', async () => {
    vi.stubGlobal('fetch', async () => new Response('{}', { status: 503, headers: { 'Content-Type': 'application/problem+json' } }))
    await expect(loadDeadlineLimits('2026-03-05')).resolves.toEqual(fallbackLimits('2026-03-05'))
  })
})
