import { expect, test } from '@playwright/test'
import { screenshot, signIn } from './support'

// Run by BrowserIT after it has stopped case-service: the gateway answers that service's routes with a 503
// problem naming it; the app shows a banner while the registry's pages keep working.
test('@outage with case-service down the case pages show a banner naming it and the registry still works', async ({ page }) => {
  await signIn(page, 'county-admin')
  await page.goto('/cases/cases')
  await expect(page.getByTestId('outage-banner')).toContainText('案件服务')
  await screenshot(page, 'outage-banner')

  await page.goto('/registry/institutions')
  await expect(page.locator('.el-table__row').first()).toBeVisible()
})
