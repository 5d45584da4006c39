import { expect, test } from '@playwright/test'
import { screenshot, signIn } from './support'

test('the gateway serves the app at / and sends a signed-out user to the login page', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/login\?redirect=/)
  await expect(page.getByText('演示账号')).toBeVisible()
  await screenshot(page, 'login')
})

test('a deep link opened directly survives sign-in', async ({ page }) => {
  await page.goto('/reports')
  await expect(page).toHaveURL(/redirect=(%2F|\/)reports/)
  await page.getByLabel('用户名').fill('county-admin')
  await page.getByLabel('密码', { exact: true }).fill('demo')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page).toHaveURL(/\/reports$/)
})

test('the county admin sees name, role and region in the header', async ({ page }) => {
  await signIn(page, 'county-admin')
  await expect(page.getByTestId('current-user')).toContainText('县级管理员')
  await screenshot(page, 'dashboard')
})
