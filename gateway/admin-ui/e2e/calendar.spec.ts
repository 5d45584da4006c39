import { expect, test } from '@playwright/test'
import { screenshot, signIn } from './support'

/**
 * 工作日历: a province administrator sees the loaded years with their sources, loads a year's notice from a CSV file,
 * sees the 422 field error at the broken row, fixes it and loads. The year is 2099 so that no other browser test's
 * deadline moves; each run stores one more version of it.
 */
test('a province administrator loads a year of the working-day calendar', async ({ page }) => {
  await signIn(page, 'province-admin')
  await page.goto('/cases/calendar')
  await expect(page.getByTestId('calendar-years')).toContainText('2026')
  await expect(page.getByText('国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）')).toBeVisible()

  await page.getByTestId('calendar-year').locator('input').fill('2099')
  await page.getByTestId('calendar-source').locator('input').fill('国务院办公厅关于2099年部分节假日安排的通知（浏览器测试）')
  await page.getByTestId('calendar-csv').setInputFiles({
    name: '2099.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('date,kind,name\n2099-10-05,HOLIDAY,国庆节\n2099-10-07,WORKDAY,国庆节调休上班\n'),
  })
  await expect(page.getByTestId('calendar-row-1')).toBeVisible()
  await page.getByTestId('calendar-submit').click()
  // a Wednesday cannot be an adjusted working day: the error shows at that row, nothing is stored
  await expect(page.getByTestId('calendar-row-1')).toContainText('调休上班日只能是周六或周日')
  await screenshot(page, 'calendar-422')

  const secondDate = page.getByTestId('calendar-row-1').locator('input').first()
  await secondDate.fill('2099-10-10')
  await secondDate.press('Enter')
  await page.getByTestId('calendar-submit').click()
  await expect(page.getByTestId('calendar-message')).toContainText('2099 年日历已加载')
  await expect(page.getByTestId('calendar-years')).toContainText('2099')
  await expect(page.getByText('国务院办公厅关于2099年部分节假日安排的通知（浏览器测试）')).toBeVisible()
  await screenshot(page, 'calendar')
})

test('a city administrator reads the calendar but cannot load a year', async ({ page }) => {
  await signIn(page, 'city-admin')
  await page.goto('/cases/calendar')
  await expect(page.getByTestId('calendar-years')).toContainText('2025')
  await expect(page.getByTestId('calendar-submit')).toHaveCount(0)
})
