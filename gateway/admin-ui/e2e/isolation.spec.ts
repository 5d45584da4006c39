import { expect, test } from '@playwright/test'
import { apiToken, screenshot, signIn, unique } from './support'

// Region scope (every service filters by the caller's region): the neighbouring county's admin finds none of
// county 990102's records, neither in the list nor by opening the record's address directly.
test("the other county's admin sees none of county 990102's records", async ({ page, request }) => {
  const token = await apiToken(request, 'county-admin')
  const name = `城东区隔离测试医院${unique()}（演示）`
  const created = await request.post('/api/registry/institutions', {
    headers: { Authorization: `Bearer ${token}` },
    data: { nationalCode: `H990102${unique(5)}`, name, type: 'MEDICAL_INSTITUTION', level: 'SECONDARY',
      ownership: 'PRIVATE', countyCode: '990102', agreementSignedOn: '2025-01-01' },
  })
  expect(created.status()).toBe(201)
  const id = (await created.json()).id

  await signIn(page, 'other-county-admin')
  await page.goto('/registry/institutions')
  await expect(page.locator('.el-table')).toBeVisible()
  await expect(page.locator('.el-table__row').first()).toBeVisible()
  await expect(page.getByText(name)).toHaveCount(0)
  await expect(page.locator('.el-table__row', { hasText: '城东区' })).toHaveCount(0)

  await page.goto(`/registry/institutions/${id}`)
  await expect(page.getByText('不存在').first()).toBeVisible()
  await expect(page.getByText(name)).toHaveCount(0)
  await screenshot(page, 'isolation-other-county')
})
