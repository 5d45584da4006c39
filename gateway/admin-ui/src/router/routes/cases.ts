import type { Area } from '../area'

/** Staff who read cases (the services decide what each may do; auditors read only). */
const READERS = ['PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN', 'INSPECTOR', 'AUDITOR'] as const

export default {
  key: 'cases',
  title: 'menu.cases',
  icon: 'Document',
  routes: [
    { path: 'cases/cases', name: 'case-list', component: () => import('@/views/cases/CaseListView.vue'),
      meta: { title: 'cases.menu.list', menu: true, roles: READERS } },
    { path: 'cases/cases/:id', name: 'case-detail', component: () => import('@/views/cases/CaseDetailView.vue'),
      meta: { title: 'cases.menu.detail', menu: false, roles: READERS } },
    { path: 'cases/overdue', name: 'case-overdue', component: () => import('@/views/cases/OverdueListView.vue'),
      meta: { title: 'cases.menu.overdue', menu: true, roles: READERS } },
    { path: 'cases/ledger', name: 'case-ledger', component: () => import('@/views/cases/LedgerView.vue'),
      meta: { title: 'cases.menu.ledger', menu: true, roles: READERS } },
    { path: 'cases/recovery', name: 'case-recovery', component: () => import('@/views/cases/RecoveryView.vue'),
      meta: { title: 'cases.menu.recovery', menu: true, roles: READERS } },
    { path: 'cases/tipoffs', name: 'tipoff-list', component: () => import('@/views/cases/TipOffListView.vue'),
      meta: { title: 'cases.menu.tipoffs', menu: true, roles: READERS } },
    { path: 'cases/tipoffs/:id', name: 'tipoff-detail', component: () => import('@/views/cases/TipOffDetailView.vue'),
      meta: { title: 'cases.menu.tipoffDetail', menu: false, roles: READERS } },
    { path: 'cases/exposures', name: 'case-exposures', component: () => import('@/views/cases/ExposureListView.vue'),
      meta: { title: 'cases.menu.exposures', menu: true, roles: READERS } },
    { path: 'cases/calendar', name: 'working-day-calendar', component: () => import('@/views/cases/CalendarView.vue'),
      meta: { title: 'cases.menu.calendar', menu: true, roles: [...READERS, 'EXPERT'] } },
  ],
} satisfies Area
