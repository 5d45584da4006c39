import type { RouteRecordRaw } from 'vue-router'

/** The disclosure site (一公开): readable without signing in, rendered in the public layout. */
export default [
  { path: '', name: 'public-home', component: () => import('@/views/public/PublicHome.vue'), meta: { public: true, title: 'public.home' } },
] satisfies RouteRecordRaw[]
