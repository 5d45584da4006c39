import type { RouteRecordRaw } from 'vue-router'

/** The disclosure site (一公开): readable without signing in, rendered in the public layout. */
export default [
  { path: '', name: 'public-home', component: () => import('@/views/public/PublicHome.vue'), meta: { public: true, title: 'public.home' } },
  { path: 'plans', name: 'public-plans', component: () => import('@/views/public/PublicPlans.vue'), meta: { public: true, title: 'public.plans' } },
  { path: 'plans/:id', name: 'public-plan', component: () => import('@/views/public/PublicPlanDetail.vue'), props: true, meta: { public: true, title: 'public.planDetail' } },
  { path: 'draws/:id', name: 'public-draw', component: () => import('@/views/public/PublicDrawRecord.vue'), props: true, meta: { public: true, title: 'public.drawCheck' } },
  { path: 'pairings/:id', name: 'public-pairing', component: () => import('@/views/public/PublicPairing.vue'), props: true, meta: { public: true, title: 'public.pairing' } },
  { path: 'results', name: 'public-results', component: () => import('@/views/public/PublicResults.vue'), meta: { public: true, title: 'public.results' } },
  { path: 'exposures', name: 'public-exposures', component: () => import('@/views/public/PublicExposures.vue'), meta: { public: true, title: 'public.exposures' } },
  { path: 'measures', name: 'public-measures', component: () => import('@/views/public/PublicMeasures.vue'), meta: { public: true, title: 'public.measures' } },
  { path: 'tipoff', name: 'public-tipoff', component: () => import('@/views/public/PublicTipOff.vue'), meta: { public: true, title: 'public.tipoff' } },
] satisfies RouteRecordRaw[]
