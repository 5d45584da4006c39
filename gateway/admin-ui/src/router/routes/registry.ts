import type { Area } from '../area'
import { ADMIN_ROLES, STAFF_ROLES } from '@/stores/auth'

/**
 * The institution registry (定点医药机构名录): directory, agreements, entry review, filings, credit, imports.
 * Lists across institutions are for staff: an institution's own user reaches only its own record (the
 * registry answers 403 for anything else).
 */
export default {
  key: 'registry',
  title: 'menu.registry',
  icon: 'OfficeBuilding',
  routes: [
    {
      path: 'registry/institutions', name: 'registry-institutions',
      component: () => import('@/views/registry/InstitutionListView.vue'),
      meta: { title: 'registry.menu.institutions', menu: true, roles: STAFF_ROLES },
    },
    {
      path: 'registry/institutions/:id', name: 'registry-institution',
      component: () => import('@/views/registry/InstitutionDetailView.vue'),
      meta: { title: 'registry.menu.institutionDetail', menu: false },
    },
    {
      path: 'registry/applications', name: 'registry-applications',
      component: () => import('@/views/registry/ApplicationListView.vue'),
      meta: { title: 'registry.menu.applications', menu: true, roles: STAFF_ROLES },
    },
    {
      path: 'registry/applications/:id', name: 'registry-application',
      component: () => import('@/views/registry/ApplicationDetailView.vue'),
      meta: { title: 'registry.menu.applicationDetail', menu: false },
    },
    {
      path: 'registry/filings', name: 'registry-filings',
      component: () => import('@/views/registry/FilingListView.vue'),
      meta: { title: 'registry.menu.filings', menu: true, roles: STAFF_ROLES },
    },
    {
      path: 'registry/evaluations', name: 'registry-evaluations',
      component: () => import('@/views/registry/EvaluationListView.vue'),
      meta: { title: 'registry.menu.evaluations', menu: true, roles: STAFF_ROLES },
    },
    {
      path: 'registry/credit-lists', name: 'registry-credit-lists',
      component: () => import('@/views/registry/CreditListView.vue'),
      meta: { title: 'registry.menu.creditLists', menu: true, roles: STAFF_ROLES },
    },
    {
      path: 'registry/fund-payments', name: 'registry-fund-payments',
      component: () => import('@/views/registry/FundPaymentRankingView.vue'),
      meta: { title: 'registry.menu.fundPayments', menu: true, roles: STAFF_ROLES },
    },
    {
      path: 'registry/imports', name: 'registry-imports',
      component: () => import('@/views/registry/ImportView.vue'),
      meta: { title: 'registry.menu.imports', menu: true, roles: ADMIN_ROLES },
    },
  ],
} satisfies Area
