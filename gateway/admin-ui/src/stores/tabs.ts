import { defineStore } from 'pinia'
import { ref } from 'vue'

export interface PageTab {
  path: string
  title: string
}

/** The tabs of open pages in the top bar (the admin-app convention bureau staff know). */
export const useTabsStore = defineStore('tabs', () => {
  const tabs = ref<PageTab[]>([])
  function open(tab: PageTab) {
    const existing = tabs.value.find((t) => t.path === tab.path)
    if (existing) existing.title = tab.title
    else tabs.value = [...tabs.value, tab]
  }
  function close(path: string) {
    tabs.value = tabs.value.filter((t) => t.path !== path)
  }
  function closeOthers(path: string) {
    tabs.value = tabs.value.filter((t) => t.path === path)
  }
  return { tabs, open, close, closeOthers }
})
