import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { apiToken, confirm, screenshot, signIn, todayInBeijing, unique } from './support'

/**
 * Points for 医保医师 (医保发〔2024〕23号, 驾照式记分) end to end. Set-up through the APIs: a hospital in 990102 and one in
 * another city (990202) list the same person (one practising certificate number); two cases against the first
 * hospital are filed, notified, waived and legally reviewed. Then as county-admin in the browser: a fraud decision
 * (art. 40) naming the doctor proposes the 10–12 tier, the officer confirms 10 points; a second decision (no
 * article, agreement handling only) proposes 1–3, the officer confirms 3. As province-admin the registry's 医保医师
 * tab of the other city's hospital shows the person terminated (13 points this year) with the 1-year bar.
 */

test.use({ viewport: { width: 1280, height: 900 } })

const auth = (token: string) => ({ Authorization: `Bearer ${token}` })

async function hospitalWithDoctor(request: APIRequestContext, admin: string, county: string, certificate: string) {
  const u = unique(8)
  const created = await request.post('/api/registry/institutions', {
    headers: auth(admin),
    data: { nationalCode: `HPTS${county}${u}`, name: `记分测试医院${county}-${u}（演示E2E）`, type: 'MEDICAL_INSTITUTION',
      level: 'SECONDARY', ownership: 'PRIVATE', countyCode: county, agreementSignedOn: '2024-01-01' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const institution = await created.json()
  const department = await request.post(`/api/registry/institutions/${institution.id}/departments`, {
    headers: auth(admin), data: { code: 'GK01', name: '骨科' },
  })
  expect(department.status(), await department.text()).toBe(201)
  const doctorId = `DP${county}${u}`
  const doctor = await request.post(`/api/registry/institutions/${institution.id}/doctors`, {
    headers: auth(admin), data: { doctorId, name: '记分测试医师（演示）', departmentCode: 'GK01', certificateNumber: certificate },
  })
  expect(doctor.status(), await doctor.text()).toBe(201)
  return { institutionId: institution.id as string, name: institution.name as string, doctorId }
}

/** A finding against the institution, the case the case service opens from it, taken up to a decision. */
async function caseReadyForDecision(request: APIRequestContext, institutionId: string, category: string, amount: string) {
  const admin = await apiToken(request, 'county-admin')
  const inspector = await apiToken(request, 'inspector')
  const description = `记分测试问题${unique(6)}（演示）`
  await expect(async () => {
    const finding = await request.post('/api/inspection/findings', {
      headers: auth(inspector),
      data: { institutionId, category, description, improperAmount: amount, foundOn: todayInBeijing() },
    })
    expect(finding.status(), await finding.text()).toBe(201)
  }).toPass({ timeout: 60_000, intervals: [1000, 2000, 3000] })
  let caseId = ''
  await expect.poll(async () => {
    const page = await request.get(`/api/cases/cases?institutionId=${institutionId}&size=50`, { headers: auth(admin) })
    if (!page.ok()) return ''
    const found = (await page.json()).items.find((c: { category: string; status: string; id: string }) =>
      c.category === category && c.status === 'CLUE')
    caseId = found?.id ?? ''
    return caseId
  }, { timeout: 60_000, intervals: [1000, 2000] }).not.toBe('')
  for (const step of [
    { action: 'FILE', signedBy: ['张局长(演示)'] },
    { action: 'NOTIFY', proposal: '拟处罚（演示）' },
    { action: 'WAIVE', signedBy: ['院长(演示)'] },
    { action: 'LEGAL_REVIEW', signedBy: ['法制审核员(演示)'] },
  ]) {
    const taken = await request.post(`/api/cases/cases/${caseId}/steps`, { headers: auth(admin), data: step })
    expect(taken.status(), await taken.text()).toBe(200)
  }
  return caseId
}

/** In the case's decision tab: name the doctor, decide, then confirm the points within the proposed tier. */
async function decideNamingDoctorAndConfirm(page: Page, caseId: string, doctorId: string, fill: (page: Page) => Promise<void>,
  tier: string, points: number) {
  await page.goto(`/cases/cases/${caseId}`)
  await page.getByTestId('go-decide').click()
  const form = page.getByTestId('decision-form')
  await fill(page)
  await form.getByTestId('decision-doctors').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: doctorId }).click()
  await page.keyboard.press('Escape')
  await form.getByRole('button', { name: '作出处理决定' }).click()
  await confirm(page)
  await expect(page.getByTestId('decision-number')).toBeVisible()

  const row = page.getByTestId(`doctor-points-${doctorId}`)
  await expect(row).toContainText(`记分档次：${tier}`)
  await expect(row).toContainText('医保发〔2024〕23号')
  await row.getByTestId('points-input').locator('input').fill(String(points))
  await row.getByTestId('points-input').locator('input').press('Tab')
  await row.getByRole('textbox', { name: '记分理由' }).fill('负有主要责任（演示）')
  await row.getByTestId('points-confirm').click()
  await confirm(page)
  await expect(row.getByTestId('points-confirmed')).toContainText(`${points} 分`)
}

test('two decisions give a doctor 10 and 3 points; the registry shows the person terminated province-wide with a 1-year bar', async ({ page, request }) => {
  test.setTimeout(300_000)
  const certificate = `1109901${unique(10)}`
  const first = await hospitalWithDoctor(request, await apiToken(request, 'county-admin'), '990102', certificate)
  const elsewhere = await hospitalWithDoctor(request, await apiToken(request, 'province-admin'), '990202', certificate)
  const fraud = await caseReadyForDecision(request, first.institutionId, 'FRAUD', '10000.00')
  const other = await caseReadyForDecision(request, first.institutionId, 'OTHER', '3000.00')

  await signIn(page, 'county-admin')
  await decideNamingDoctorAndConfirm(page, fraud, first.doctorId, async (p) => {
    await p.getByTestId('decision-form').getByLabel('罚款金额').fill('20000.00')
  }, '10–12 分', 10)
  await screenshot(page, 'cases-doctor-points')
  await decideNamingDoctorAndConfirm(page, other, first.doctorId, async (p) => {
    const form = p.getByTestId('decision-form')
    await form.getByLabel('罚款金额').fill('3000.00')
    await form.getByLabel('法律依据').fill('《医疗保障定点医疗机构服务协议》（演示）')
  }, '1–3 分', 3)

  // the person's billing qualification, as every institution that lists the person shows it
  const barredUntil = new Date(`${todayInBeijing()}T00:00:00Z`)
  barredUntil.setUTCFullYear(barredUntil.getUTCFullYear() + 1)
  barredUntil.setUTCDate(barredUntil.getUTCDate() - 1)
  const bar = barredUntil.toISOString().slice(0, 10)

  await signIn(page, 'province-admin')
  await page.goto(`/registry/institutions/${elsewhere.institutionId}`)
  await page.getByRole('tab', { name: '医保医师' }).click()
  const row = page.getByTestId('doctor-table').getByRole('row', { name: new RegExp(elsewhere.doctorId) })
  await expect(async () => {
    await page.reload()
    await page.getByRole('tab', { name: '医保医师' }).click()
    await expect(row.getByTestId('qualification-tag')).toHaveText('终止医保支付资格', { timeout: 2000 })
  }).toPass({ timeout: 60_000, intervals: [1000, 2000] })
  await expect(row).toContainText('13 分')
  await row.getByTestId('open-points').click()
  const dialog = page.getByTestId('doctor-points-dialog')
  await expect(dialog.getByTestId('qualification-state')).toHaveText('终止医保支付资格')
  await expect(dialog.getByTestId('points-this-year')).toHaveText('13 分')
  await expect(dialog.getByTestId('barred-until')).toContainText(bar)
  const history = dialog.getByTestId('points-history')
  await expect(history).toContainText(/990102医保决〔\d{4}〕\d+号/)
  await expect(history.locator('.el-table__row')).toHaveCount(2)
  await screenshot(page, 'registry-doctor-points')
})
