import { expect, test, type Locator, type Page } from '@playwright/test'
import { confirm, expectNoSidewaysScroll, screenshot, signIn, todayInBeijing, unique } from './support'

/** Opens an Element Plus select reached by its label (its wrapper takes the click, not the input). */
async function openSelect(scope: Page | Locator, label: string) {
  await scope.locator(`.el-select__wrapper:has(input[aria-label="${label}"])`).click()
}

/** Picks an option of an Element Plus select reached by its label. */
async function choose(page: Page, label: string, option: string) {
  await openSelect(page, label)
  await page.getByRole('option', { name: option, exact: true }).locator('visible=true').click()
}

test('the city admin runs a double-random draw from plan to teams', async ({ page }) => {
  await signIn(page, 'city-admin')
  await page.goto('/inspection/plans')
  await page.getByRole('button', { name: '新建计划' }).click()
  await expect(page.getByTestId('wizard-scope')).toBeVisible()

  // 1. scope
  const name = `东江市抽查复查（浏览器测试 ${unique()}）`
  await page.getByRole('textbox', { name: '计划名称' }).fill(name)
  await choose(page, '计划类型', '抽查复查')
  await page.getByPlaceholder('开始日期').fill(todayInBeijing())
  await page.getByPlaceholder('结束日期').fill(todayInBeijing(30))
  await page.getByPlaceholder('结束日期').press('Enter')
  await page.getByRole('button', { name: '下一步' }).click()

  // 2. one stratum: two tertiary hospitals by count
  await expect(page.getByTestId('wizard-strata')).toBeVisible()
  await page.getByRole('button', { name: '添加分层' }).click()
  const stratum = page.getByTestId('stratum-0')
  await stratum.getByLabel('分层代码').fill('TERTIARY')
  await stratum.getByLabel('分层名称').fill('三级医疗机构')
  await openSelect(stratum, '机构等级')
  await page.getByRole('option', { name: '三级', exact: true }).locator('visible=true').click()
  await page.keyboard.press('Escape')
  await stratum.getByText('按数量').click()
  await stratum.getByLabel('抽取数量').fill('2')
  await page.getByRole('button', { name: '下一步' }).click()

  // 3. no forced inclusions, 4. cross-county teams
  await expect(page.getByTestId('wizard-forced')).toBeVisible()
  await page.getByRole('button', { name: '下一步' }).click()
  await expect(page.getByTestId('wizard-team')).toBeVisible()
  await page.locator('.el-switch:has(input[aria-label="县际交叉检查"])').click()
  await page.getByLabel('每人在办任务上限').fill('500')
  await page.getByLabel('回避期（月）').fill('0')
  await page.getByRole('button', { name: '下一步' }).click()

  // 5. review and save
  await expect(page.getByTestId('wizard-review')).toContainText('县际交叉')
  await expect(page.getByTestId('wizard-review')).toContainText('抽取数量 2')
  await screenshot(page, 'inspection-plan-wizard')
  await page.getByRole('button', { name: '保存草稿' }).click()
  await expect(page.getByTestId('plan-name')).toHaveText(name)
  await expect(page.getByTestId('plan-status')).toHaveText('草稿')

  // publication: population size, hash and commitment
  await page.getByRole('button', { name: '公布计划' }).click()
  await confirm(page)
  await expect(page.getByTestId('plan-status')).toHaveText('已公布')
  await expect(page.getByTestId('commitment')).toHaveText(/^[0-9a-f]{64}$/)
  await expect(page.getByTestId('population-hash')).toHaveText(/^[0-9a-f]{64}$/)

  // ceremony: two officials' digits
  const ceremony = page.getByTestId('ceremony')
  await ceremony.getByLabel('姓名 1').fill('赵明（测试）')
  await ceremony.getByLabel('职务 1').fill('市医保局副局长')
  await ceremony.getByLabel('数字 1').fill('314159')
  await ceremony.getByLabel('姓名 2').fill('钱红（测试）')
  await ceremony.getByLabel('职务 2').fill('驻局纪检监察组')
  await ceremony.getByLabel('数字 2').fill('271828')
  await ceremony.getByRole('button', { name: '确定种子' }).click()
  await confirm(page)
  await expect(page.getByTestId('seed')).toHaveText(/^314159\|271828\|[0-9a-f]+$/)

  // draw: targets, then teams with the inspectors' names
  await page.getByRole('button', { name: '执行抽取' }).click()
  await confirm(page)
  await expect(page.getByTestId('plan-status')).toHaveText('已抽取')
  const targets = page.getByTestId('targets')
  await expect(targets.locator('tbody tr')).toHaveCount(2)
  await expect(targets).toContainText('三级医疗机构')
  await page.getByRole('tab', { name: /检查组/ }).click()
  const teams = page.getByTestId('teams')
  await expect(teams.locator('tbody tr')).toHaveCount(2)
  await expect(teams.locator('tbody tr').first()).toContainText('行政执法人员')
  await expect(page.getByTestId('public-record-link')).toHaveAttribute('href', /\/public\/draws\//)
  await expect(page.getByTestId('ceremony')).toContainText('数字1|数字2|…|密钥')
  await teams.scrollIntoViewIfNeeded()
  await screenshot(page, 'inspection-plan-drawn')

  // the inspectors take their tasks to the institution on a tablet: the task pages fit 1024 px
  const planId = new URL(page.url()).pathname.split('/').pop()
  await page.setViewportSize({ width: 1024, height: 768 })
  await page.goto(`/inspection/tasks?planId=${planId}`)
  const task = page.locator('tbody tr').first()
  await expect(task).toBeVisible()
  await expectNoSidewaysScroll(page)
  await screenshot(page, 'inspection-tasks')
  await task.getByRole('button', { name: '查看' }).click()
  await expect(page).toHaveURL(/\/inspection\/tasks\/[^/]+$/)
  await expect(page.locator('.el-descriptions').first()).toBeVisible()
  // the plan's administrator may conclude the task (its team may too; nobody else is offered it)
  await expect(page.getByTestId('task-conclusion')).toBeVisible()
  await expectNoSidewaysScroll(page)
  await screenshot(page, 'inspection-task')
})

test('the city admin opens a full-coverage round and sees the progress per county', async ({ page }) => {
  await signIn(page, 'city-admin')
  await page.goto('/inspection/coverage')
  await page.getByRole('button', { name: '新建全覆盖检查' }).click()
  const dialog = page.locator('.el-dialog:visible')
  await dialog.getByLabel('名称').fill(`东江市全覆盖检查（浏览器测试 ${unique()}）`)
  await dialog.getByPlaceholder('窗口开始').fill(todayInBeijing(-30))
  await dialog.getByPlaceholder('窗口结束').fill(todayInBeijing(60))
  await dialog.getByPlaceholder('窗口结束').press('Enter')
  await dialog.getByRole('button', { name: '确定' }).click()
  await confirm(page)
  await expect(page.getByTestId('coverage-counties')).toContainText('城东区')
  await expect(page.getByTestId('coverage-total')).toBeVisible()
  await screenshot(page, 'inspection-coverage')
})

test('the inspector records a finding against an institution of the directory', async ({ page }) => {
  await signIn(page, 'inspector')
  await page.goto('/inspection/findings/new')
  const picker = page.getByRole('combobox', { name: '机构', exact: true })
  await picker.click()
  await picker.fill('医院')
  await page.getByRole('option', { name: /医院/ }).locator('visible=true').first().click()
  await expect(page.locator('.el-select__wrapper:has(input[aria-label="机构"])')).toContainText('医院')
  await choose(page, '问题类别', '一般违规')
  const description = `重复收取静脉输液费（浏览器测试 ${unique()}）`
  await page.getByLabel('问题描述').fill(description)
  await page.getByLabel('违规金额（元）').fill('1280.50')
  await page.getByRole('button', { name: '提交' }).click()
  await confirm(page)
  await expect(page).toHaveURL(/\/inspection\/findings$/)
  await expect(page.getByTestId('findings')).toContainText(description)
  await expect(page.getByTestId('findings')).toContainText('1,280.50')
})
