import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'

/** Screenshots of the main pages land here, so anyone can see what the app shows without running it. */
export const SCREENSHOTS = 'target/screenshots'
mkdirSync(SCREENSHOTS, { recursive: true })

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
}

/** Signs in through the login page as one of the demo users (password demo). */
export async function signIn(page: Page, username: string) {
  await page.goto('/login')
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码', { exact: true }).fill('demo')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByTestId('current-user')).toBeVisible()
}

/** A unique suffix for records a test creates, so reruns against the same platform do not collide. */
export function unique(digits = 5): string {
  return String(Date.now()).slice(-digits)
}

/** A bearer token for API set-up steps (the flow under test goes through the UI). */
export async function apiToken(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post('/auth/token', { data: { username, password: 'demo' } })
  expect(response.ok()).toBeTruthy()
  return (await response.json()).access_token
}
