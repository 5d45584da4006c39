import { expect, test } from '@playwright/test'
import { apiToken, screenshot, signIn, unique } from './support'

// The README walkthrough's case flow, through the UI from the case list to the decision: the finding comes from
// the API (set-up), every procedure step, the refused fine and the decision are clicked.
test('county admin runs a case from the finding to a decision, and a fine above the range is refused at the field', async ({ page, request }) => {
  const admin = await apiToken(request, 'county-admin')
  const inspector = await apiToken(request, 'inspector')
  const name = `东江市案件测试医院${unique()}（演示）`
  const registered = await request.post('/api/registry/institutions', {
    headers: { Authorization: `Bearer ${admin}` },
    data: { nationalCode: `H990102${unique(5)}`, name, type: 'MEDICAL_INSTITUTION', level: 'SECONDARY',
      ownership: 'PRIVATE', countyCode: '990102', agreementSignedOn: '2025-01-01' },
  })
  expect(registered.status()).toBe(201)
  const institutionId = (await registered.json()).id
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
  await expect.poll(async () => (await request.post('/api/inspection/findings', {
    headers: { Authorization: `Bearer ${inspector}` },
    data: { institutionId, category: 'GENERAL_VIOLATION', description: '串换药品 12 笔', improperAmount: '18600.00', foundOn: today },
  })).status(), { timeout: 30_000 }).toBe(201)

  await signIn(page, 'county-admin')
  await page.goto('/cases/cases')
  await page.getByLabel('机构编号').fill(institutionId)
  await page.getByRole('button', { name: '搜索' }).click()
  const row = page.getByRole('link', { name })
  await expect(async () => {
    await page.getByRole('button', { name: '搜索' }).click()
    await expect(row).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  await expect(page.getByTestId('deadline-badge').first()).toBeVisible()
  await screenshot(page, 'cases-list')
  await row.click()
  await expect(page.getByTestId('case-status')).toHaveText('待立案')

  async function takeStep(label: string, fill?: () => Promise<void>) {
    await page.getByTestId('next-steps').getByRole('button', { name: label, exact: true }).click()
    if (fill) await fill()
    await page.getByTestId('step-submit').click()
    await page.getByRole('button', { name: '确定' }).click()
    await expect(page.getByRole('dialog')).toBeHidden()
  }
  await takeStep('立案', () => page.locator('input[name=signedBy]').fill('张局长(演示)'))
  await expect(page.getByTestId('case-status')).toHaveText('已立案')
  await takeStep('告知拟处罚', async () => {
    await page.locator('textarea[name=proposal]').fill('拟罚款37200元并暂停医保服务6个月')
    await page.getByRole('dialog').locator('.el-switch').first().click()
  })
  await takeStep('放弃陈述申辩和听证', () => page.locator('input[name=signedBy]').fill('院长(演示)'))
  await takeStep('法制审核', () => page.locator('input[name=signedBy]').fill('法制审核员(演示)'))

  await expect(page.getByTestId('fine-range')).toHaveText('18,600.00 – 37,200.00')
  await page.locator('input[name=fineAmount]').fill('37200.01')
  await page.getByTestId('decision-submit').click()
  await page.getByRole('button', { name: '确定' }).click()
  const fineItem = page.getByTestId('decision-form').locator('.el-form-item').filter({ has: page.locator('input[name=fineAmount]') })
  await expect(fineItem.locator('.el-form-item__error')).toContainText('第三十八条')
  await screenshot(page, 'cases-decision-refused')

  await page.locator('input[name=fineAmount]').fill('37200.00')
  await page.getByTestId('decision-form').locator('.el-switch').click()
  await page.getByTestId('decision-submit').click()
  await page.getByRole('button', { name: '确定' }).click()
  await expect(page.getByTestId('decision-number')).toContainText('医保决')
  await page.getByTestId('decision-preview').click()
  await expect(page.getByTestId('decision-pdf')).toBeVisible()
  await screenshot(page, 'cases-detail')
})
