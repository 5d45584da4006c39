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

/** Accepts the confirmation every state change asks for, and waits until it is gone. */
export async function confirm(page: Page) {
  const box = page.locator('.el-message-box:visible')
  await expect(box).toBeVisible()
  await box.getByRole('button', { name: '确定', exact: true }).click()
  await expect(box).toBeHidden()
}

/** A tablet on site: neither the page nor any table scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => {
    const widest = [document.documentElement, ...document.querySelectorAll<HTMLElement>('.el-table__body-wrapper .el-scrollbar__wrap')]
      .map((el) => el.scrollWidth - el.clientWidth)
    return Math.max(...widest)
  })
  expect(overflow).toBeLessThanOrEqual(1)
}

/** The bureau's calendar day (Asia/Shanghai) as yyyy-MM-dd, optionally some days on. */
export function todayInBeijing(offsetDays = 0): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offsetDays * 86_400_000))
}
