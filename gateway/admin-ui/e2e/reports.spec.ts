import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { apiToken, screenshot, signIn } from './support'

/** The dashboard and the county-summary report against the running platform (read-only: nothing is created). */

/**
 * The layout scrolls inside its main area, so a full-page screenshot shows only the window: make the window as tall as
 * the page first (and let the charts' entry animation finish), then restore it.
 */
async function fullScreenshot(page: Page, name: string) {
  const size = page.viewportSize()!
  const height = await page.locator('main').evaluate((main) => main.scrollHeight + main.getBoundingClientRect().top)
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, Math.ceil(height)) })
  await page.waitForTimeout(1000)
  await screenshot(page, name)
  await page.setViewportSize(size)
}

/** The number a dashboard figure shows. */
function figure(page: Page, testId: string) {
  return page.getByTestId(testId).locator('[data-figure]')
}

/** Other browser tests may register institutions meanwhile: the figure lies between the counts before and after. */
async function expectInstitutions(page: Page, request: APIRequestContext, token: string, region: string, before: number) {
  await expect(figure(page, 'figure-institutions-total')).toHaveText(/^\d+$/)
  const shown = Number(await figure(page, 'figure-institutions-total').textContent())
  const after = await institutionsIn(request, token, region)
  expect(shown).toBeGreaterThanOrEqual(before)
  expect(shown).toBeLessThanOrEqual(after)
}

async function institutionsIn(request: APIRequestContext, token: string, region: string): Promise<number> {
  const response = await request.get(`/api/registry/institutions?size=1&regionCode=${region}`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  expect(response.ok()).toBeTruthy()
  return (await response.json()).total
}

test('the county admin sees the dashboard cards with figures', async ({ page, request }) => {
  const token = await apiToken(request, 'county-admin')
  const before = await institutionsIn(request, token, '990102')
  await signIn(page, 'county-admin')
  await expect(page.getByTestId('dashboard-title')).toContainText('东江市城东区')
  await expectInstitutions(page, request, token, '990102', before)
  await expect(figure(page, 'figure-agreements-active')).toHaveText(/^\d+$/)
  await expect(figure(page, 'figure-cases-open')).toHaveText(/^\d+$/)
  await expect(figure(page, 'figure-cases-overdue')).toHaveText(/^\d+$/)
  await expect(figure(page, 'figure-recovery-assessed')).toHaveText(/^[\d,]+\.\d{2}$/)
  await expect(figure(page, 'figure-supervision-findings')).toHaveText(/^\d+$/)
  await expect(page.getByTestId('card-coverage')).toHaveAttribute('data-state', 'ready')
  await expect(page.getByTestId('card-institutions').getByRole('img', { name: '按机构等级分布' })).toBeVisible()
  await expect(page.getByText('暂不可用')).toHaveCount(0)
  await fullScreenshot(page, 'dashboard-county')
})

test('the city admin sees the counties of 990100 and narrows the dashboard to one county', async ({ page, request }) => {
  const token = await apiToken(request, 'city-admin')
  await signIn(page, 'city-admin')

  await page.getByRole('menuitem', { name: '统计报表' }).click()
  await page.getByRole('menuitem', { name: '区县监管概况' }).click()
  await expect(page).toHaveURL(/\/reports$/)
  const table = page.getByTestId('county-table')
  for (const name of ['东江市城东区（演示）', '东江市城西区（演示）', '东江市临河县（演示）', '东江市青山县（演示）']) {
    await expect(table.getByRole('link', { name })).toBeVisible()
  }
  await expect(table.getByText('南岭市')).toHaveCount(0)
  await expect(table.locator('tfoot').getByText('合计')).toBeVisible()
  await expect(page.getByRole('img', { name: '各县区定点医药机构' })).toBeVisible()
  await fullScreenshot(page, 'reports')

  // A tablet's 1024 px: the table fits without scrolling sideways.
  await page.setViewportSize({ width: 1024, height: 768 })
  await expect.poll(() => table.locator('.el-table__body-wrapper .el-scrollbar__wrap').evaluate(
    (wrap) => wrap.scrollWidth - wrap.clientWidth)).toBeLessThanOrEqual(0)
  await page.setViewportSize({ width: 1280, height: 800 })

  await table.getByRole('link', { name: '东江市城东区（演示）' }).click()
  await expect(page).toHaveURL(/\/reports\/counties\/990102$/)
  await expect(page.getByTestId('county-title')).toContainText('东江市城东区（演示）')
  await expect(figure(page, 'county-institutions')).toHaveText(/^\d+$/)
  await fullScreenshot(page, 'reports-county')

  const city = await institutionsIn(request, token, '990100')
  await page.getByRole('menuitem', { name: '工作台' }).click()
  await expect(page.getByTestId('dashboard-title')).toContainText('示范省东江市')
  await expectInstitutions(page, request, token, '990100', city)

  const county = await institutionsIn(request, token, '990102')
  await page.getByTestId('region-picker').click()
  await page.getByRole('option', { name: '东江市城东区（演示）（990102）' }).click()
  await expect(page.getByTestId('dashboard-title')).toContainText('东江市城东区')
  await expectInstitutions(page, request, token, '990102', county)
  expect(county).toBeLessThan(city)
})

test('a county outside the region is not found on the county page', async ({ page }) => {
  await signIn(page, 'county-admin')
  await page.goto('/reports/counties/990103')
  await expect(page.getByTestId('county-not-found')).toBeVisible()
})

test('the province admin loads the report of the whole province', async ({ page }) => {
  await signIn(page, 'province-admin')
  await page.goto('/reports')
  const table = page.getByTestId('county-table')
  await expect(table.getByRole('link', { name: '南岭市中心区（演示）' })).toBeVisible()
  await expect(table.getByRole('link', { name: '东江市城东区（演示）' })).toBeVisible()
  await expect(page.getByTestId('reports-title')).toContainText('示范省')
})

test('a service that is down makes only its cards unavailable, and the banner names it', async ({ page }) => {
  await signIn(page, 'county-admin')
  // The gateway's fallback answer while case-service is down (the platform itself keeps running for other tests).
  await page.route('**/api/cases/**', (route) => route.fulfill({
    status: 503,
    contentType: 'application/problem+json',
    body: JSON.stringify({ type: 'https://ybjg.org/problems/service-unavailable', title: 'Service unavailable',
      status: 503, detail: 'case-service is not answering', service: 'case-service' }),
  }))
  await page.reload()
  await expect(page.getByTestId('outage-banner')).toContainText('案件服务')
  await expect(page.getByTestId('card-cases')).toContainText('暂不可用')
  await expect(page.getByTestId('card-recovery')).toContainText('暂不可用')
  await expect(figure(page, 'figure-institutions-total')).toHaveText(/^\d+$/)
  await expect(figure(page, 'figure-supervision-findings')).toHaveText(/^\d+$/)
  await fullScreenshot(page, 'dashboard-case-service-down')
})
