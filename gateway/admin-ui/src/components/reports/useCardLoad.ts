import { onMounted, ref, shallowRef } from 'vue'
import { ApiError } from '@/api/problem'

/**
 * Each dashboard card loads on its own: a service that is down (503 from the gateway, or no answer) makes its card
 * "暂不可用" while the others render; a role the service refuses (403) does not get the card at all.
 */
export type CardState = 'loading' | 'ready' | 'unavailable' | 'forbidden' | 'failed'

export function cardStateOf(error: unknown): CardState {
  if (error instanceof ApiError) {
    if (error.status === 403) return 'forbidden'
    if (error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504) return 'unavailable'
  }
  return 'failed'
}

export function useCardLoad<T>(load: () => Promise<T>) {
  const state = ref<CardState>('loading')
  const data = shallowRef<T | null>(null)
  const error = shallowRef<unknown>(null)

  async function reload() {
    state.value = 'loading'
    error.value = null
    try {
      data.value = await load()
      state.value = 'ready'
    } catch (e) {
      error.value = e
      state.value = cardStateOf(e)
      if (state.value === 'failed' && !(e instanceof ApiError)) console.warn(e)
    }
  }

  onMounted(reload)
  return { state, data, error, reload }
}
