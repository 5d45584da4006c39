import { getCurrentScope, onScopeDispose, ref } from 'vue'
import { call, registryApi } from '@/api/client'
import { notifyError } from '@/composables/feedback'
import { importFinished, type ImportJob } from './registry'

/**
 * Follows an import job (GET /api/registry/imports/{jobId}) until it is COMPLETED or FAILED, reading it every
 * `intervalMs`. Stops with the component; a failed read is shown once and ends the polling.
 */
export function useImportJob(intervalMs = 500) {
  const job = ref<ImportJob | null>(null)
  const polling = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let generation = 0

  function stop() {
    generation++
    polling.value = false
    if (timer) clearTimeout(timer)
    timer = undefined
  }

  async function poll(jobId: string, mine: number) {
    try {
      const next = await call(registryApi.GET('/api/registry/imports/{jobId}', { params: { path: { jobId } } }))
      if (mine !== generation) return
      job.value = next
      if (importFinished(next)) {
        polling.value = false
        return
      }
      timer = setTimeout(() => poll(jobId, mine), intervalMs)
    } catch (e) {
      if (mine !== generation) return
      polling.value = false
      notifyError(e)
    }
  }

  /** Shows `initial` (the 202 answer) at once, then follows the job. */
  function follow(initial: ImportJob) {
    stop()
    job.value = initial
    if (importFinished(initial)) return
    polling.value = true
    const mine = generation
    timer = setTimeout(() => poll(initial.id, mine), intervalMs)
  }

  if (getCurrentScope()) onScopeDispose(stop)
  return { job, polling, follow, stop }
}
