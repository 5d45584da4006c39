import { defineStore } from 'pinia'
import { ref } from 'vue'

/** Services the gateway reported as down (503 problem naming the service); pages of the others keep working. */
export const useOutageStore = defineStore('outage', () => {
  const down = ref<string[]>([])
  function reportDown(service: string) {
    if (!down.value.includes(service)) down.value = [...down.value, service]
  }
  function reportUp(service: string) {
    if (down.value.includes(service)) down.value = down.value.filter((s) => s !== service)
  }
  return { down, reportDown, reportUp }
})
