import { ref } from 'vue'
import { call, casesApi } from '@/api/client'
import type { Rules } from './types'

let cached: Promise<Rules | null> | null = null

/** The rule tables in force (`GET /api/cases/rules`), asked once per tab; null when they cannot be read. */
export function useCaseRules() {
  const rules = ref<Rules | null>(null)
  cached ??= call(casesApi.GET('/api/cases/rules')).catch(() => {
    cached = null
    return null
  })
  cached.then((r) => { rules.value = r })
  return rules
}
