import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n'
import { useAuthStore } from '@/stores/auth'
import CountySummaryListView from '@/views/reports/CountySummaryListView.vue'
import CountySummaryView from '@/views/reports/CountySummaryView.vue'

/** The report pages against a stubbed reporting service. */

function jwt(claims: object): string {
  const encode = (o: object) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(o))))
    .replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')
  return `${encode({ alg: 'none' })}.${encode(claims)}.sig`
}

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })

const labels = { MEDICAL_INSTITUTION: '定点医疗机构', PHARMACY: '定点零售药店' }
const figures = (medical: number, pharmacy: number, fines: string) => ({
  institutions: medical + pharmacy, institutionsByType: { MEDICAL_INSTITUTION: medical, PHARMACY: pharmacy },
  institutionTypeLabels: labels, agreementsActive: medical + pharmacy, agreementsSuspended: 0, agreementsTerminated: 0,
  findings: 1, casesOpened: 1, decisions: 0, suspensionsDecided: 0, finesDecided: fines, asOf: '2026-03-14T02:30:00Z',
})

function mountView(component: object, props: Record<string, unknown> = {}) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/:any(.*)*', component: { template: '<div />' } },
  ] })
  return mount(component, { props, global: { plugins: [i18n, router], stubs: { ChartPanel: true } } })
}

describe('report pages', () => {
  const realFetch = globalThis.fetch
  let requests: string[]

  beforeEach(() => {
    setActivePinia(createPinia())
    i18n.global.locale.value = 'zh-CN'
    useAuthStore().accept(jwt({ sub: 'city-admin', region: '990100', roles: ['CITY_ADMIN'],
      exp: Math.floor(Date.now() / 1000) + 3600 }))
    requests = []
    globalThis.fetch = vi.fn(async (request: Request) => {
      const url = new URL(request.url)
      requests.push(url.pathname + url.search)
      if (url.pathname === '/api/reports/counties') {
        return json({
          items: [
            { countyCode: '990102', countyName: '东江市城东区（演示）', ...figures(2, 1, '30000.00') },
            { countyCode: '990103', countyName: '东江市城西区（演示）', ...figures(0, 4, '0.00') },
          ],
          totals: { region: '990100', regionName: '示范省东江市（演示）', counties: 2, ...figures(2, 5, '30000.00') },
        })
      }
      if (url.pathname === '/api/reports/counties/990102') {
        return json({ countyCode: '990102', countyName: '东江市城东区（演示）', ...figures(2, 1, '30000.00') })
      }
      return json({ title: 'Not found', status: 404, detail: 'county 990199 not found' }, 404, 'application/problem+json')
    }) as unknown as typeof fetch
  })

  afterEach(() => {
    globalThis.fetch = realFetch
    sessionStorage.clear()
  })

  it('should list the counties of the region picked with the service totals as the summary row', async () => {
    const wrapper = mountView(CountySummaryListView)
    await flushPromises()
    expect(requests).toContain('/api/reports/counties?region=990100')
    const text = wrapper.text()
    expect(text).toContain('示范省东江市（演示） 各县区')
    expect(text).toContain('东江市城东区（演示）')
    expect(text).toContain('东江市城西区（演示）')
    const footer = wrapper.find('.el-table__footer-wrapper').text()
    expect(footer).toContain('合计')
    expect(footer).toContain('7')
    expect(footer).toContain('30,000.00')
  })

  it('should narrow the table to the counties whose name contains the text searched', async () => {
    const wrapper = mountView(CountySummaryListView)
    await flushPromises()
    await wrapper.find('input#report-county-name').setValue('城西')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const body = wrapper.find('.el-table__body-wrapper').text()
    expect(body).toContain('东江市城西区（演示）')
    expect(body).not.toContain('东江市城东区（演示）')
  })

  it('should show one county with its figures', async () => {
    const wrapper = mountView(CountySummaryView, { code: '990102' })
    await flushPromises()
    expect(wrapper.find('[data-testid="county-title"]').text()).toContain('东江市城东区（演示）')
    expect(wrapper.find('[data-testid="county-institutions"] [data-figure]').text()).toBe('3')
    expect(wrapper.text()).toContain('30,000.00')
  })

  it('should say not found for a county that is unknown or outside the region', async () => {
    const wrapper = mountView(CountySummaryView, { code: '990199' })
    await flushPromises()
    expect(wrapper.find('[data-testid="county-not-found"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('未找到该县区')
  })
})
