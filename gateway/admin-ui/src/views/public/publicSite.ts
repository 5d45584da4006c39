import { ref } from 'vue'
import { i18n } from '@/i18n'
import { call, casesApi } from '@/api/client'
import type { components } from '@/api/schema/cases'

export type PublicCounty = components['schemas']['PublicCounty']

/**
 * A person's name on a public page: the family name and one mark per other character (张** ), the way government
 * disclosures show people. Names of inspectors and officials are in the published records; the pages do not repeat
 * them in full (no personal data on any public page).
 */
export function maskName(name: string | null | undefined): string {
  if (!name) return '—'
  const visible = name.replace(/[（(].*$/, '').trim() || name
  const chars = Array.from(visible)
  return chars.length <= 1 ? `${chars[0] ?? ''}*` : `${chars[0]}${'*'.repeat(chars.length - 1)}`
}

export const REGION_CODE = /^[0-9]{6}$/

const counties = ref<PublicCounty[]>([])
const countiesLoaded = ref(false)
const countiesFailed = ref(false)
let loading: Promise<void> | null = null

/** The counties of the region table (public, from the case service), loaded once per page load. */
export function usePublicCounties() {
  if (!loading) {
    loading = call(casesApi.GET('/api/cases/public/counties'))
      .then((list) => { counties.value = list; countiesLoaded.value = true })
      .catch(() => { countiesFailed.value = true; loading = null })
  }
  /** A county's or city's name when the table has it, else the code itself. */
  const nameOf = (code: string | null | undefined) =>
    counties.value.find((c) => c.code === code)?.name
      ?? counties.value.find((c) => c.cityCode === code)?.cityName ?? code ?? '—'
  return { counties, countiesLoaded, countiesFailed, nameOf, ready: () => loading ?? Promise.resolve() }
}

/** Saves a blob under a file name (the population CSV, the draw record). */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** An inspector's role as a label (the records carry the roster's codes), the text itself when it is one already. */
export function inspectorRole(role: string | null | undefined): string {
  if (!role) return ''
  const key = `public.draw.roles.${role}`
  return i18n.global.te(key) ? i18n.global.t(key) : role
}
