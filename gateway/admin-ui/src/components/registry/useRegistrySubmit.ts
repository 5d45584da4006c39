import { useSubmit } from '@/composables/useSubmit'
import { fieldErrorsOf } from './registry'

/**
 * `useSubmit` plus the refusals that name no field in `violations` but belong to one (outside-region county,
 * duplicate national code...): they show at that field too.
 */
export function useRegistrySubmit(fieldOverrides: Record<string, string> = {}) {
  const base = useSubmit()
  async function submit<T>(action: () => Promise<T>): Promise<T | undefined> {
    const result = await base.submit(action)
    if (base.problem.value) Object.assign(base.fieldErrors, fieldErrorsOf(base.problem.value, fieldOverrides))
    return result
  }
  return { ...base, submit }
}
