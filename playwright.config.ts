import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the real interface in Chromium, served by the browser-mode host that
 * `node scripts/build.mjs` built (each test starts its own host on a fresh workspace; see
 * e2e/fixtures.ts). Playwright cannot download browsers here, so it drives the system's
 * Chromium: CHROMIUM_PATH, or Debian's /usr/bin/chromium.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    // The whole suite speaks English: the interface follows the system's locale (this one)
    // unless the person chose a language, and every test starts on a fresh workspace and
    // preferences with no choice made. Accessible names in the specs are the English ones.
    locale: 'en-GB',
    actionTimeout: 15_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
