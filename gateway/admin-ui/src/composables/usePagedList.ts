import { reactive, ref } from 'vue'
import { notifyError } from './feedback'

export interface Page<T> {
  items: T[]
  total: number
}

/**
 * A table page's state: the current page and size (10/20/50), the rows, the total and loading, fetched by
 * `load(page, size)`. Errors show as a message and leave the previous rows in place.
 */
export function usePagedList<T>(load: (page: number, size: number) => Promise<Page<T>>, size = 20) {
  const rows = ref<T[]>([]) as { value: T[] }
  const total = ref(0)
  const loading = ref(false)
  const pager = reactive({ page: 1, size })

  async function refresh() {
    loading.value = true
    try {
      const result = await load(pager.page - 1, pager.size)
      rows.value = result.items
      total.value = result.total
    } catch (e) {
      notifyError(e)
    } finally {
      loading.value = false
    }
  }

  function search() {
    pager.page = 1
    return refresh()
  }

  return { rows, total, loading, pager, refresh, search }
}
