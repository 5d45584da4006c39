import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'element-plus/theme-chalk/base.css'
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import './styles.css'
import App from './App.vue'
import { i18n } from './i18n'
import { router } from './router'
import { configureClient } from './api/client'
import { useAuthStore } from './stores/auth'
import { useOutageStore } from './stores/outage'

const app = createApp(App)
app.use(createPinia())
app.use(i18n)
app.use(router)

const auth = useAuthStore()
const outage = useOutageStore()
configureClient({
  token: () => auth.token,
  language: () => i18n.global.locale.value,
  onUnauthorized: () => {
    auth.expire()
    const current = router.currentRoute.value
    if (!current.meta.public) router.replace({ name: 'login', query: { redirect: current.fullPath } })
  },
  onServiceDown: outage.reportDown,
  onServiceUp: outage.reportUp,
})

app.mount('#app')
