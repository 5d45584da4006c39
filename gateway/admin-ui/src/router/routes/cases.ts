import type { Area } from '../area'

const STAFF = ['PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN', 'INSPECTOR', 'EXPERT', 'AUDITOR'] as const

/** Cases (案件办理): the statutory procedure from a finding to a decision, its execution and referrals. */
export default {
  key: 'cases',
  title: 'menu.cases',
  icon: 'Files',
  routes: [
    {
      path: 'cases/cases', name: 'cases-list', component: () => import('@/views/cases/CaseListView.vue'),
      meta: { title: 'cases.menu.list', menu: true, roles: STAFF },
    },
    {
      path: 'cases/cases/:id', name: 'case-detail', component: () => import('@/views/cases/CaseDetailView.vue'),
      meta: { title: 'cases.menu.detail', roles: STAFF },
    },
    {
      path: 'cases/overdue', name: 'cases-overdue', component: () => import('@/views/cases/OverdueListView.vue'),
      meta: { title: 'cases.menu.overdue', menu: true, roles: STAFF },
    },
  ],
} satisfies Area
