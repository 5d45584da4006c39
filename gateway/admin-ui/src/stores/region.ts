import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { call, registryApi } from '@/api/client'
import type { components } from '@/api/schema/registry'
import { useAuthStore } from './auth'

export type Region = components['schemas']['Region']

/**
 * The region every list narrows to. A county officer has only the county; province and city officers pick a
 * city or county below their own region (the services refuse anything outside it).
 */
export const useRegionStore = defineStore('region', () => {
  const auth = useAuthStore()
  const regions = ref<Region[]>([])
  const picked = ref<string | null>(null)

  const current = computed(() => picked.value ?? auth.region)
  const currentRegion = computed(() => regions.value.find((r) => r.code === current.value))
  const canPick = computed(() => regions.value.length > 1)
  const counties = computed(() => regions.value.filter((r) => r.level === 'COUNTY'))

  function nameOf(code: string | null | undefined) {
    return regions.value.find((r) => r.code === code)?.name ?? code ?? '—'
  }

  async function load() {
    if (!auth.signedIn) return
    regions.value = await call(registryApi.GET('/api/registry/regions'))
  }

  function pick(code: string | null) {
    picked.value = code && code !== auth.region ? code : null
  }

  watch(() => auth.token, () => {
    picked.value = null
    regions.value = []
  })

  return { regions, current, currentRegion, canPick, counties, nameOf, load, pick }
})
