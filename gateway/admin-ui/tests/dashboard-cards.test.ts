import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n'
import { useAuthStore } from '@/stores/auth'
import DashboardView from '@/views/DashboardView.vue'

/** The dashboard against a stubbed gateway: each card depends on its own service only. */

function jwt(claims: object): string {
  const encode = (o: object) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(o))))
    .replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')
  return `${encode({ alg: 'none' })}.${encode(claims)}.sig`
}

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })

const down = (service: string) =>
  json({ title: 'Service unavailable', status: 503, detail: `${service} is not answering`, service }, 503,
    'application/problem+json')

const forbidden = () =>
  json({ title: 'Forbidden', status: 403, detail: 'Your role does not allow this action.' }, 403, 'application/problem+json')

type Outage = Partial<Record<'registry' | 'cases' | 'inspection' | 'reports', () => Response>>

/** Answers like the platform for county 990102, except the services named in `outage`. */
function gateway(outage: Outage) {
  return vi.fn(async (request: Request) => {
    const url = new URL(request.url)
    const service = url.pathname.split('/')[2] as keyof Outage
    if (outage[service]) return outage[service]!()
    const q = url.searchParams
    switch (url.pathname) {
      case '/api/registry/institutions': {
        const byType: Record<string, number> = { MEDICAL_INSTITUTION: 80, PHARMACY: 165 }
        const byLevel: Record<string, number> = { TERTIARY: 4, SECONDARY: 17, PRIMARY: 24, VILLAGE_CLINIC: 35,
          OUTPATIENT_COVERAGE: 55, ORDINARY_RETAIL: 110 }
        const total = q.get('type') ? byType[q.get('type')!] : byLevel[q.get('level')!]
        return json({ items: [], page: 0, size: 1, total })
      }
      case '/api/registry/agreement-coverage':
        return json({ regionCode: '990102', designated: 245, underAgreement: 241, active: 240, suspended: 1, none: 4,
          terminated: 0, share: 0.9836 })
      case '/api/cases/cases':
        return json({ items: [], page: 0, size: 1, total: q.get('status') === 'CLOSED' ? 2 : 1 })
      case '/api/cases/overdue':
        return json({ items: [], page: 0, size: 5, total: 3 })
      case '/api/cases/recovery':
        return json({ groupBy: 'COUNTY', rows: [], totals: { key: 'total', name: '合计', cases: 1, assessed: '1000.00',
          finePaid: '500.00', returned: '0.00', outstanding: '500.00' } })
      case '/api/inspection/coverage-rounds':
        return json({ items: [], page: 0, size: 50, total: 0 })
      case '/api/reports/counties':
        return json({ items: [], totals: { region: '990102', regionName: '东江市城东区（演示）', counties: 1,
          institutions: 245, institutionsByType: { MEDICAL_INSTITUTION: 80, PHARMACY: 165 },
          institutionTypeLabels: { MEDICAL_INSTITUTION: '定点医疗机构', PHARMACY: '定点零售药店' },
          agreementsActive: 241, agreementsSuspended: 0, agreementsTerminated: 0, findings: 7, casesOpened: 5,
          decisions: 3, suspensionsDecided: 1, finesDecided: '30000.00', asOf: null } })
      default:
        return json({ title: 'Not found', status: 404 }, 404, 'application/problem+json')
    }
  })
}

async function mountDashboard(outage: Outage) {
  globalThis.fetch = gateway(outage) as unknown as typeof fetch
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/', component: DashboardView }, { path: '/reports', component: { template: '<div />' } },
  ] })
  await router.push('/')
  const wrapper = mount(DashboardView, {
    global: { plugins: [i18n, router], stubs: { ChartPanel: true } },
  })
  await flushPromises()
  await flushPromises()
  return wrapper
}

const card = (wrapper: Awaited<ReturnType<typeof mountDashboard>>, id: string) => wrapper.find(`[data-testid="${id}"]`)
const figure = (wrapper: Awaited<ReturnType<typeof mountDashboard>>, id: string) =>
  wrapper.find(`[data-testid="${id}"] [data-figure]`).text()

describe('dashboard cards', () => {
  const realFetch = globalThis.fetch

  beforeEach(() => {
    setActivePinia(createPinia())
    i18n.global.locale.value = 'zh-CN'
    useAuthStore().accept(jwt({ sub: 'county-admin', name: '县管理员', region: '990102', roles: ['COUNTY_ADMIN'],
      exp: Math.floor(Date.now() / 1000) + 3600 }))
  })

  afterEach(() => {
    globalThis.fetch = realFetch
    sessionStorage.clear()
  })

  it('should show every card with its figures when all services answer', async () => {
    const wrapper = await mountDashboard({})
    expect(figure(wrapper, 'figure-institutions-total')).toBe('245')
    expect(figure(wrapper, 'figure-agreements-active')).toBe('240')
    expect(figure(wrapper, 'figure-cases-open')).toBe('7')
    expect(figure(wrapper, 'figure-cases-overdue')).toBe('3')
    expect(figure(wrapper, 'figure-recovery-assessed')).toBe('1,000.00')
    expect(figure(wrapper, 'figure-supervision-findings')).toBe('7')
    expect(card(wrapper, 'card-coverage').text()).toContain('暂无全覆盖检查轮次')
    expect(wrapper.text()).not.toContain('暂不可用')
  })

  it('should show 暂不可用 on the case cards only while the case service is down', async () => {
    const wrapper = await mountDashboard({ cases: () => down('case-service') })
    for (const id of ['card-cases', 'card-recovery']) {
      expect(card(wrapper, id).attributes('data-state')).toBe('unavailable')
      expect(card(wrapper, id).text()).toContain('暂不可用')
      expect(card(wrapper, id).text()).toContain('案件服务')
    }
    expect(figure(wrapper, 'figure-institutions-total')).toBe('245')
    expect(figure(wrapper, 'figure-agreements-active')).toBe('240')
    expect(figure(wrapper, 'figure-supervision-findings')).toBe('7')
    expect(card(wrapper, 'card-coverage').attributes('data-state')).toBe('ready')
  })

  it('should load a card again when retried after its service is back', async () => {
    const wrapper = await mountDashboard({ reports: () => down('reporting-service') })
    expect(card(wrapper, 'card-supervision').text()).toContain('暂不可用')
    globalThis.fetch = gateway({}) as unknown as typeof fetch
    await card(wrapper, 'card-supervision').find('button').trigger('click')
    await flushPromises()
    expect(figure(wrapper, 'figure-supervision-findings')).toBe('7')
  })

  it('should leave out the card of a service that refuses the role, keeping the others', async () => {
    const wrapper = await mountDashboard({ inspection: forbidden })
    expect(card(wrapper, 'card-coverage').exists()).toBe(false)
    expect(figure(wrapper, 'figure-cases-open')).toBe('7')
    expect(wrapper.text()).not.toContain('暂不可用')
  })

  it('should say a card failed when its service answers an error that is not an outage', async () => {
    const wrapper = await mountDashboard({
      registry: () => json({ title: 'Not found', status: 404, detail: 'region 990102 not found' }, 404,
        'application/problem+json'),
    })
    expect(card(wrapper, 'card-institutions').attributes('data-state')).toBe('failed')
    expect(card(wrapper, 'card-institutions').text()).toContain('region 990102 not found')
    expect(figure(wrapper, 'figure-cases-open')).toBe('7')
  })
})
