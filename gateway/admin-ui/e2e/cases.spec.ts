import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { apiToken, confirm, expectNoSidewaysScroll, screenshot, signIn, unique } from './support'

/**
 * The README walkthrough's case flow (steps 3–7) in the browser. Set-up through the API (a private secondary
 * hospital in county 990102 and the inspector's finding of 18600.00 improper), then as county-admin through the
 * UI: open the case from the list, FILE, NOTIFY, WAIVE, LEGAL_REVIEW (each offered because the case's nextSteps
 * list it), see the lawful range, have a fine one fen above it refused with the article at the fine field, decide
 * 37200.00 with a six-month suspension, preview the PDF.
 *
 * Two dialogs meet on every state change: the step's form (an el-dialog named by its title) and the confirmation
 * (an el-message-box, also role dialog). So no locator here is a bare getByRole('dialog'): the form is found by
 * its exact name, the confirmation by .el-message-box, and each is waited out before the next.
 */

// Inspectors work on tablets: the case pages must not scroll sideways at 1024 px.
test.use({ viewport: { width: 1024, height: 768 } })

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date())

async function registerHospitalWithFinding(request: APIRequestContext) {
  const admin = await apiToken(request, 'county-admin')
  const inspector = await apiToken(request, 'inspector')
  const suffix = unique(6)
  const name = `东江市案件测试医院${suffix}（演示）`
  const registered = await request.post('/api/registry/institutions', {
    headers: { Authorization: `Bearer ${admin}` },
    data: { nationalCode: `H990102C${suffix}`, name, type: 'MEDICAL_INSTITUTION', level: 'SECONDARY', ownership: 'PRIVATE',
      countyCode: '990102', agreementSignedOn: '2025-01-01' },
  })
  expect(registered.status(), await registered.text()).toBe(201)
  const institutionId = (await registered.json()).id as string

  // The inspection service learns of the institution from registry.institutions.v1: retry until it does.
  await expect(async () => {
    const finding = await request.post('/api/inspection/findings', {
      headers: { Authorization: `Bearer ${inspector}` },
      data: { institutionId, category: 'GENERAL_VIOLATION', description: '串换药品 12 笔（演示）', improperAmount: '18600.00',
        foundOn: today() },
    })
    expect(finding.status(), await finding.text()).toBe(201)
  }).toPass({ timeout: 60_000, intervals: [1000, 2000, 3000] })

  // ... and the case service opens the case from inspection.events.v1.
  await expect.poll(async () => {
    const page = await request.get(`/api/cases/cases?institutionId=${institutionId}`, {
      headers: { Authorization: `Bearer ${admin}` },
    })
    return page.ok() ? (await page.json()).total : -1
  }, { timeout: 60_000, intervals: [1000, 2000] }).toBe(1)
  return { name, institutionId }
}

/** The form dialog of one step or action, by its title (never the confirmation box, which is named 请确认). */
const formDialog = (page: Page, title: string) => page.getByRole('dialog', { name: title, exact: true })

/** Opens a step's form, fills it (inside that dialog), submits and confirms; waits for the status the step leads to. */
async function takeStep(page: Page, action: string, fill: (dialog: Locator) => Promise<void>, status?: string) {
  await page.getByTestId('next-steps').getByRole('button', { name: action, exact: true }).click()
  const dialog = formDialog(page, action)
  await expect(dialog).toBeVisible()
  await fill(dialog)
  await dialog.getByRole('button', { name: '提交', exact: true }).click()
  await confirm(page)
  await expect(dialog).toBeHidden()
  if (status) await expect(page.locator('.head').getByText(status, { exact: true })).toBeVisible()
}

test('county-admin runs a case from the list to a decision, the out-of-range fine refused at the field', async ({ page, request }) => {
  test.setTimeout(180_000)
  const { name } = await registerHospitalWithFinding(request)

  await signIn(page, 'county-admin')
  await page.goto('/cases/cases')
  const row = page.getByRole('row', { name: new RegExp(name) })
  await expect(row).toBeVisible()
  await expect(row.getByText('待立案')).toBeVisible()
  await expect(row.locator('.deadline-badge')).toContainText('立案审查')
  await expectNoSidewaysScroll(page)
  await screenshot(page, 'cases-list')
  await row.getByRole('button', { name: '查看' }).click()

  await expect(page.getByTestId('case-title')).toHaveText(name)
  await expect(page.getByTestId('next-steps').getByRole('button')).toHaveText(['立案', '延长立案期限', '不予立案'])

  await takeStep(page, '立案', async (dialog) => {
    await dialog.getByLabel('批准人（负责人签字）').fill('张局长(演示)')
  }, '已立案')
  await expect(page.getByTestId('next-steps').getByRole('button')).toHaveText(['告知拟处罚', '延长办案期限', '撤销案件/不予处罚'])
  await takeStep(page, '告知拟处罚', async (dialog) => {
    await dialog.getByLabel('拟处罚内容（事实、理由、依据和拟处罚）').fill('拟罚款37200元并暂停医保服务6个月')
    await dialog.getByLabel('拟罚款金额（元）').fill('37200.00')
    await dialog.getByText('拟采取暂停或解除医保服务协议措施').click()
  }, '已告知')
  // the steps a notified case allows, as the service lists them (Case.nextSteps)
  await expect(page.getByTestId('next-steps').getByRole('button')).toHaveText(['记录陈述申辩', '申请听证', '举行听证',
    '放弃陈述申辩和听证', '法制审核', '延长办案期限', '撤销案件/不予处罚', '作出处理决定'])
  await takeStep(page, '放弃陈述申辩和听证', async (dialog) => {
    await dialog.getByLabel('当事人签字').fill('院长(演示)')
  })
  await takeStep(page, '法制审核', async (dialog) => {
    await dialog.getByLabel('法制审核人').fill('法制审核员(演示)')
  })
  const timeline = page.getByTestId('case-timeline')
  await expect(timeline).toContainText('法制审核')
  await expect(timeline).toContainText('签字：法制审核员(演示)')
  await expectNoSidewaysScroll(page)
  await screenshot(page, 'cases-detail')

  await page.getByTestId('go-decide').click()
  await expect(page.getByTestId('penalty-citation')).toContainText('第三十八条')
  await expect(page.getByTestId('penalty-range')).toHaveText('18,600.00 – 37,200.00')

  const form = page.getByTestId('decision-form')
  await form.getByLabel('罚款金额').fill('37200.01')
  await form.getByRole('button', { name: '作出处理决定' }).click()
  await confirm(page)
  const fineItem = page.getByTestId('fine-item')
  await expect(fineItem.locator('.el-form-item__error')).toContainText('第三十八条')
  await fineItem.locator('.el-form-item__error').evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished.catch(() => undefined))))
  await expect(fineItem.locator('.el-form-item__error')).toContainText('37200.00')
  await screenshot(page, 'cases-decision-refused')

  await form.getByLabel('罚款金额').fill('37200.00')
  await form.getByRole('button', { name: '添加协议措施' }).click()
  await expect(page.getByTestId('measure-0').getByLabel('暂停月数')).toHaveValue('6')
  await form.getByRole('button', { name: '作出处理决定' }).click()
  await confirm(page)
  await expect(page.getByTestId('decision-number')).toContainText(/990102医保决〔\d{4}〕\d+号/)
  await expect(page.locator('.head').getByText('已决定', { exact: true })).toBeVisible()
  // serve, or record the decision revoked (《行政处罚法》第七十五条), which withdraws doctors' points
  await expect(page.getByTestId('next-steps').getByRole('button')).toHaveText(['送达', '撤销处理决定'])

  await page.getByRole('button', { name: '预览决定书' }).click()
  const pdf = page.getByTestId('decision-pdf')
  await expect(pdf).toBeVisible()
  await expect(pdf).toHaveAttribute('data', /^blob:/)
  await expect(pdf).toHaveAttribute('type', 'application/pdf')
  await screenshot(page, 'cases-decision')
})

test('county-admin registers a named tip-off, sees the identity as its handler and acknowledges it', async ({ page }) => {
  const name = `举报人${unique()}（演示）`
  await signIn(page, 'county-admin')
  await page.goto('/cases/tipoffs')
  await page.getByRole('button', { name: '登记举报' }).click()
  const dialog = formDialog(page, '登记举报')
  await dialog.getByLabel('举报内容').fill('挂床住院，虚记检查费用（演示）')
  await dialog.getByLabel('被举报机构').fill('东江市示例医院（演示）')
  await dialog.getByText('匿名举报').click()
  await dialog.getByLabel('举报人姓名').fill(name)
  await dialog.getByLabel('联系电话').fill('13800000000')
  await dialog.getByRole('button', { name: '提交', exact: true }).click()
  await confirm(page)
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('identity')).toContainText(name)
  await page.getByRole('button', { name: '告知受理', exact: true }).click()
  await confirm(page)
  await expect(page.locator('.head').getByText('已告知受理')).toBeVisible()
  await expect(page.getByRole('button', { name: '核查', exact: true })).toBeVisible()
  await screenshot(page, 'cases-tipoff')

  await page.goto('/cases/tipoffs')
  await expect(page.getByRole('row', { name: /挂床住院/ }).first()).toBeVisible()
  await expect(page.getByText(name)).toHaveCount(0) // the list never shows an identity
  await expectNoSidewaysScroll(page)
})

test('the overdue list, the clear-to-zero ledger and the recovery report fit a tablet', async ({ page }) => {
  await signIn(page, 'county-admin')
  for (const [path, title, shot] of [['/cases/overdue', '逾期案件', 'cases-overdue'], ['/cases/ledger', '清零台账', 'cases-ledger'],
    ['/cases/recovery', '追缴统计', 'cases-recovery']] as const) {
    await page.goto(path)
    await expect(page.locator('.el-breadcrumb')).toContainText(title)
    await expect(page.locator('.el-table').first()).toBeVisible()
    await expect(page.locator('.el-loading-mask')).toHaveCount(0)
    await expectNoSidewaysScroll(page)
    await screenshot(page, shot)
  }
  await expect(page.getByText('未缴金额').first()).toBeVisible()
})
