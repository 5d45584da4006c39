import type { Area } from '../area'
import { STAFF_ROLES } from '@/stores/auth'

/** Reports (统计报表): the county summaries of the reporting service; any staff role may read them. */
export default {
  key: 'reports',
  title: 'menu.reports',
  icon: 'DataAnalysis',
  routes: [
    {
      path: 'reports',
      name: 'reports-counties',
      component: () => import('@/views/reports/CountySummaryListView.vue'),
      meta: { title: 'reports.menu.counties', menu: true, roles: STAFF_ROLES },
    },
    {
      path: 'reports/counties/:code',
      name: 'reports-county',
      component: () => import('@/views/reports/CountySummaryView.vue'),
      meta: { title: 'reports.menu.countyDetail', menu: false, roles: STAFF_ROLES },
      props: true,
    },
  ],
} satisfies Area
