import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { useAuthStore } from '@/stores/auth'
import type { Area } from './area'
import registry from './routes/registry'
import inspection from './routes/inspection'
import cases from './routes/cases'
import reports from './routes/reports'
import publicRoutes from './routes/public'

export const areas: Area[] = [registry, inspection, cases, reports]

const adminChildren: RouteRecordRaw[] = [
  { path: '', name: 'dashboard', component: () => import('@/views/DashboardView.vue'), meta: { title: 'menu.dashboard' } },
  ...areas.flatMap((area) => area.routes.map((r) => ({ ...r, meta: { group: area.title, ...r.meta } }) as RouteRecordRaw)),
]

export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('@/views/LoginView.vue'), meta: { public: true, title: 'login.title' } },
  { path: '/auth/callback', name: 'oidc-callback', component: () => import('@/views/OidcCallbackView.vue'), meta: { public: true } },
  { path: '/public', component: () => import('@/layouts/PublicLayout.vue'), children: publicRoutes, meta: { public: true } },
  { path: '/', component: () => import('@/layouts/AdminLayout.vue'), children: adminChildren },
  { path: '/403', name: 'forbidden', component: () => import('@/views/ForbiddenView.vue'), meta: { public: true, title: 'error.forbidden' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue'), meta: { public: true, title: 'error.notFound' } },
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach((to) => {
  if (to.matched.some((r) => r.meta.public)) return true
  const auth = useAuthStore()
  if (!auth.signedIn) return { name: 'login', query: { redirect: to.fullPath } }
  const roles = to.meta.roles
  if (roles && roles.length && !auth.hasRole(...roles)) return { name: 'forbidden' }
  return true
})
