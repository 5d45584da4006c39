import { reactive, ref } from 'vue'
import { ApiError } from '@/api/problem'
import { notifyError } from './feedback'

/**
 * Runs a form's submission: while it runs `submitting` is true; a refusal's field violations land in
 * `fieldErrors` (bind each to its `el-form-item :error`), and its title and detail show as a message.
 */
export function useSubmit() {
  const submitting = ref(false)
  const fieldErrors = reactive<Record<string, string>>({})
  const problem = ref<ApiError | null>(null)

  function clear() {
    Object.keys(fieldErrors).forEach((k) => delete fieldErrors[k])
    problem.value = null
  }

  async function submit<T>(action: () => Promise<T>): Promise<T | undefined> {
    clear()
    submitting.value = true
    try {
      return await action()
    } catch (e) {
      if (e instanceof ApiError) {
        problem.value = e
        Object.assign(fieldErrors, e.fieldErrors)
      }
      notifyError(e)
      return undefined
    } finally {
      submitting.value = false
    }
  }

  return { submitting, fieldErrors, problem, submit, clear }
}
