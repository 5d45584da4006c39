import { defineConfig } from '@playwright/test'

/**
 * Browser tests against the whole running platform (started by the Maven build's BrowserIT, or by you with
 * deploy/local/run.sh): BASE_URL is the gateway. Debian's Chromium, never a downloaded browser.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'target/e2e-results',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: process.env.BASE_URL ?? 'http://localhost:8080',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      // As root in CI: no sandbox; and no background networking, which floods a closed network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
})
