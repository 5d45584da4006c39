import { reactive } from 'vue'
import { call, inspectionApi } from '@/api/client'

const cache = reactive<Record<string, string>>({})

/**
 * Names of institutions known only by id (forced inclusions, exclusions, drawn targets), read from the directory
 * once each. Ids the directory does not know (e.g. the handling agencies `AGENCY-<code>`) keep their id.
 */
export function useInstitutionNames() {
  async function load(ids: readonly string[]) {
    const missing = [...new Set(ids)].filter((id) => id && !(id in cache) && !id.startsWith('AGENCY-'))
    await Promise.all(missing.map(async (id) => {
      try {
        const entry = await call(inspectionApi.GET('/api/inspection/directory/{institutionId}', {
          params: { path: { institutionId: id } } }))
        cache[id] = entry.name
      } catch {
        cache[id] = id
      }
    }))
  }
  return { names: cache, load }
}
