import { expect, test, type Page } from '@playwright/test'
import { confirm, expectNoSidewaysScroll, screenshot, signIn, unique } from './support'

/** The form item labelled `label` (its error text shows under it), in the dialog or page part `scope`. */
function formItem(page: Page, label: string, scope = 'register-dialog') {
  return page.getByTestId(scope).locator('.el-form-item').filter({ has: page.locator('.el-form-item__label', { hasText: new RegExp(`^${label}$`) }) })
}

async function pickOption(page: Page, selectLabel: string, option: string, scope = 'register-dialog') {
  await formItem(page, selectLabel, scope).locator('.el-select__wrapper').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click()
}

async function openRegisterForm(page: Page) {
  await page.goto('/registry/institutions')
  await page.getByTestId('register').click()
  const dialog = page.getByTestId('register-dialog')
  await expect(dialog).toBeVisible()
  return dialog
}

/** A field of the register dialog (or another part `scope`) by its label. */
function field(page: Page, label: string, scope = 'register-dialog') {
  return page.getByTestId(scope).getByRole('textbox', { name: label, exact: true })
}

async function fillCounty(page: Page, county: string) {
  await field(page, '所属县区').fill(county)
  await field(page, '机构名称').click()
}

async function fillRegisterForm(page: Page, code: string, name: string, scope = 'register-dialog') {
  await field(page, '国家编码', scope).fill(code)
  await field(page, '机构名称', scope).fill(name)
  await page.getByTestId(scope).locator('.el-radio', { hasText: '定点医疗机构' }).click()
  await pickOption(page, '机构等级', '二级', scope)
  await page.getByTestId(scope).locator('.el-radio', { hasText: '民营/个体' }).click()
}

test('the county admin searches the list, registers an institution, finds it and opens its history', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 })
  await signIn(page, 'county-admin')
  await page.goto('/registry/institutions')
  const table = page.getByTestId('institution-table')
  await expect(table).toBeVisible()
  const rows = table.locator('.el-table__body tr')

  // search by part of the name: every row shown contains it
  await page.getByTestId('search-name').fill('卫生服务中心')
  await page.getByTestId('search').click()
  await expect(rows.first()).toContainText('卫生服务中心')
  await expect(table.locator('.el-loading-mask')).toHaveCount(0)
  await expectNoSidewaysScroll(page)
  await screenshot(page, 'registry-list')

  // register through the form (the county admin's one county is filled in)
  const u = unique(8)
  const name = `东江市城东区康和医院${u}（演示E2E）`
  await page.getByTestId('register').click()
  await expect(page.getByTestId('register-dialog')).toBeVisible()
  await fillRegisterForm(page, `HE2E${u}`, name)
  await expect(field(page, '所属县区')).toHaveValue('990102')
  await page.getByRole('button', { name: '登记', exact: true }).click()
  await confirm(page)
  await expect(page.getByTestId('register-dialog')).toBeHidden()

  // listed first (the filters are reset and the list ordered by last change), and found again by name
  await expect(rows.first()).toContainText(name)
  await page.getByTestId('search-name').fill(`康和医院${u}`)
  await page.getByTestId('search').click()
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(`HE2E${u}`)
  await expect(rows.first()).toContainText('未签订')

  // its detail: sign the agreement (the only lawful action without one), then the history timeline
  await page.getByRole('link', { name }).click()
  await expect(page.getByTestId('institution-name')).toHaveText(name)
  await page.getByRole('tab', { name: '服务协议' }).click()
  await expect(page.getByTestId('agreement-SUSPEND')).toHaveCount(0)
  await page.getByTestId('agreement-SIGN').click()
  await page.getByTestId('agreement-dialog').getByRole('textbox', { name: '原因' }).fill('经评估签订服务协议（E2E）')
  await page.getByTestId('agreement-submit').click()
  await confirm(page)
  await expect(page.getByTestId('agreement-state')).toHaveText('履行中')
  await expect(page.getByTestId('agreement-SUSPEND')).toBeVisible()
  await expect(page.getByTestId('agreement-SIGN')).toHaveCount(0)

  await page.getByRole('tab', { name: '历史记录' }).click()
  const timeline = page.getByTestId('history-timeline')
  await expect(timeline).toContainText('登记')
  await expect(timeline).toContainText('签订服务协议')
  await expect(timeline).toContainText('county-admin')
  await page.waitForTimeout(400)
  await screenshot(page, 'registry-detail')
})

test('register refusals show at the field: an invalid code, a county outside the region, an unknown county', async ({ page }) => {
  await signIn(page, 'county-admin')
  await openRegisterForm(page)
  const u = unique(8)

  // checked in the browser: the national code's pattern
  await fillRegisterForm(page, 'h-1', `测试机构${u}`)
  await page.getByRole('button', { name: '登记', exact: true }).click()
  await expect(formItem(page, '国家编码').locator('.el-form-item__error')).toContainText('大写字母和数字')
  await expect(page.locator('.el-message-box')).toBeHidden()

  // refused by the service (403 outside-region): shown at the county
  await field(page, '国家编码').fill(`HE2EX${u}`)
  await fillCounty(page, '990103')
  await page.getByRole('button', { name: '登记', exact: true }).click()
  await confirm(page)
  await expect(formItem(page, '所属县区').locator('.el-form-item__error')).toContainText('990103')

  // refused by the service (422 unknown-county, violation on countyCode)
  await fillCounty(page, '990199')
  await page.getByRole('button', { name: '登记', exact: true }).click()
  await confirm(page)
  await expect(formItem(page, '所属县区').locator('.el-form-item__error')).toContainText('990199')
  await expect(page.getByTestId('register-dialog')).toBeVisible()
})

test('an institution CSV import with a good and a bad row shows progress to 100 % and the bad row', async ({ page }) => {
  await signIn(page, 'county-admin')
  await page.goto('/registry/imports')
  const u = unique(8)
  const csv = [
    'nationalCode,name,type,level,ownership,countyCode,agreementSignedOn',
    `HIMP${u},东江市城东区导入诊所${u}（演示E2E）,MEDICAL_INSTITUTION,PRIMARY,PRIVATE,990102,2024-01-01`,
    `HIMPX${u},东江市错误县区诊所${u}（演示E2E）,MEDICAL_INSTITUTION,PRIMARY,PRIVATE,990199,`,
  ].join('\n')
  await page.getByTestId('upload-INSTITUTIONS').locator('input[type=file]').setInputFiles({
    name: `institutions-${u}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf-8'),
  })
  await page.getByTestId('start-INSTITUTIONS').click()
  await confirm(page)

  const job = page.getByTestId('import-job')
  await expect(job).toBeVisible()
  await expect(page.getByTestId('import-status')).toHaveText('已完成')
  await expect(page.getByTestId('import-progress')).toContainText('100%')
  await expect(page.getByTestId('count-created')).toHaveText('1')
  await expect(page.getByTestId('count-failed')).toHaveText('1')
  const errors = page.getByTestId('import-errors').locator('.el-table__body tr')
  await expect(errors).toHaveCount(1)
  await expect(errors.first()).toContainText('2')
  await expect(errors.first()).toContainText('countyCode')
  await screenshot(page, 'registry-import')
})

test('entry review: receive an application, review it, decide it signed by the reviewer, file it', async ({ page }) => {
  await signIn(page, 'county-admin')
  await page.goto('/registry/applications')
  const u = unique(8)
  const name = `东江市城东区康宁门诊部${u}（演示E2E）`
  await page.getByRole('button', { name: '受理申请' }).click()
  await expect(page.getByTestId('application-dialog')).toBeVisible()
  await fillRegisterForm(page, `HAPP${u}`, name, 'application-dialog')
  await page.getByTestId('application-dialog').getByRole('button', { name: '提交' }).click()
  await confirm(page)
  await expect(page.getByRole('heading', { name })).toBeVisible()
  await expect(page.locator('.el-tag', { hasText: '已受理' })).toBeVisible()

  // a decision without a review is refused at the field
  await page.getByRole('button', { name: '签字并作出决定' }).click()
  await expect(formItem(page, '审核人', 'decision-form').locator('.el-form-item__error')).toBeVisible()

  // one review (site visit, passed)
  await pickOption(page, '审核方式', '现场核查', 'review-form')
  await page.getByTestId('review-form').getByRole('textbox', { name: '核查情况' }).fill('现场核查诊疗场所、设备与申报一致（E2E）')
  await page.getByRole('button', { name: '记录审核' }).click()
  await confirm(page)
  await expect(page.getByTestId('reviews')).toContainText('现场核查')
  await expect(page.getByTestId('reviews')).toContainText('符合')

  // the decision, signed by the named reviewer (the caller)
  await expect(field(page, '审核人', 'decision-form')).toHaveValue('county-admin')
  await page.getByTestId('decision-form').getByRole('textbox', { name: '理由' }).fill('材料齐全，核查符合条件（E2E）')
  await page.getByRole('button', { name: '签字并作出决定' }).click()
  await confirm(page)
  await expect(page.getByTestId('decision')).toContainText('同意纳入定点')
  await expect(page.getByTestId('decision')).toContainText(/[0-9a-f]{64}/)

  // filed: the institution enters the directory with its agreement
  await page.getByRole('button', { name: '备案', exact: true }).click()
  await confirm(page)
  await expect(page.locator('.el-tag', { hasText: '已备案纳入定点' })).toBeVisible()
  await screenshot(page, 'registry-application')
  await page.getByRole('button', { name: '查看机构' }).click()
  await expect(page.getByTestId('institution-name')).toHaveText(name)
  await page.getByRole('tab', { name: '历史记录' }).click()
  await expect(page.getByTestId('history-timeline')).toContainText('入口审核')
})

test('the auditor reads the registry but sees no action', async ({ page }) => {
  await signIn(page, 'auditor')
  await page.goto('/registry/institutions')
  const rows = page.getByTestId('institution-table').locator('.el-table__body tr')
  await expect(rows.first()).toBeVisible()
  await expect(page.getByTestId('register')).toHaveCount(0)
  await expect(page.getByRole('menuitem', { name: '批量导入' })).toHaveCount(0)
  await rows.first().getByRole('link').click()
  await page.getByRole('tab', { name: '服务协议' }).click()
  await expect(page.getByText('您的角色只能查看协议')).toBeVisible()
  await expect(page.locator('[data-testid^="agreement-"]').filter({ hasText: /签订|续签|暂停|恢复|解除/ })).toHaveCount(0)
})

test('a department is added, its services suspended for a period, then reinstated', async ({ page, request }) => {
  // setup through the API: an institution with an agreement in force
  const u = unique(8)
  const token = (await (await request.post('/auth/token', { data: { username: 'county-admin', password: 'demo' } })).json()).access_token
  const created = await request.post('/api/registry/institutions', {
    headers: { Authorization: `Bearer ${token}` },
    data: { nationalCode: `HDEP${u}`, name: `东江市城东区骨科医院${u}（演示E2E）`, type: 'MEDICAL_INSTITUTION',
      level: 'SECONDARY', ownership: 'PRIVATE', countyCode: '990102', agreementSignedOn: '2024-01-01' },
  })
  expect(created.status()).toBe(201)
  const id = (await created.json()).id

  await signIn(page, 'county-admin')
  await page.goto(`/registry/institutions/${id}`)
  await page.getByRole('tab', { name: '科室' }).click()
  await page.getByRole('textbox', { name: '科室编码' }).fill('GK01')
  await page.getByRole('textbox', { name: '科室名称' }).fill('骨科')
  await page.getByRole('button', { name: '新增科室' }).click()
  await confirm(page)
  await expect(page.locator('.el-table__body').filter({ hasText: 'GK01' })).toBeVisible()

  await page.getByRole('tab', { name: '服务协议' }).click()
  await page.getByTestId('agreement-SUSPEND').click()
  const dialog = page.getByTestId('agreement-dialog')
  await dialog.locator('.el-radio', { hasText: '部分科室暂停' }).click()
  await dialog.locator('.el-form-item').filter({ hasText: '科室' }).locator('.el-select__wrapper').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '骨科' }).click()
  const until = dialog.locator('.el-form-item').filter({ hasText: '结束日期' }).locator('input')
  await until.fill('2099-12-31')
  await until.press('Enter')
  await dialog.getByRole('textbox', { name: '原因' }).fill('骨科串换项目收费（E2E）')
  await page.getByTestId('agreement-submit').click()
  await confirm(page)
  await expect(page.getByTestId('agreement-state')).toHaveText('履行中')
  await expect(page.locator('.el-descriptions').filter({ hasText: '暂停科室' })).toContainText('骨科')

  await page.getByTestId('agreement-REINSTATE').click()
  await page.getByTestId('agreement-dialog').getByRole('textbox', { name: '原因' }).fill('整改到位，提前恢复（E2E）')
  await page.getByTestId('agreement-submit').click()
  await confirm(page)
  await expect(page.getByTestId('agreement-REINSTATE')).toHaveCount(0)

  await page.getByRole('tab', { name: '历史记录' }).click()
  const timeline = page.getByTestId('history-timeline')
  await expect(timeline).toContainText('新增科室')
  await expect(timeline).toContainText('暂停医保服务')
  await expect(timeline).toContainText('恢复医保服务')
})
