import { ref } from 'vue'
import { call, casesApi } from '@/api/client'
import { todayInBeijing } from '@/utils/format'
import { AMBER_WORKING_DAYS, RED_WORKING_DAYS, fallbackLimits, type DeadlineLimits } from './deadline'

let cached: { today: string; limits: Promise<DeadlineLimits> } | null = null

async function dueAfter(from: string, amount: number): Promise<string> {
  const answer = await call(casesApi.GET('/api/cases/calendar/deadline', {
    params: { query: { from, amount, unit: 'WORKING_DAYS' } },
  }))
  return answer.due
}

/** The badge limits for today, asked of the case service's working-day calendar once per day and tab. */
export function loadDeadlineLimits(today = todayInBeijing()): Promise<DeadlineLimits> {
  if (cached?.today !== today) {
    const limits = Promise.all([dueAfter(today, RED_WORKING_DAYS), dueAfter(today, AMBER_WORKING_DAYS)])
      .then(([red, amber]) => ({ today, red, amber, exact: true }))
      .catch(() => {
        cached = null
        return fallbackLimits(today)
      })
    cached = { today, limits }
  }
  return cached.limits
}

/** Reactive limits for a page: null until the calendar answered (the badges show the bare due day meanwhile). */
export function useDeadlineLimits() {
  const limits = ref<DeadlineLimits | null>(null)
  loadDeadlineLimits().then((l) => { limits.value = l })
  return limits
}
