import { defineConfig } from '@playwright/test';
import type { EngineName } from './e2e/engines/drivers';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium';

const PORT = 4174;

export default defineConfig<{ engineName: EngineName }>({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
    // The app's service worker (offline use) would answer requests that specs intercept with page.route:
    // blocked here, allowed by the offline spec (e2e/publish.spec.ts).
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'chromium', testIgnore: /engines\// },
    // The other engines (e2e/engines/drivers.ts): one browser each, shared by the specs of a worker.
    { name: 'webkit', testMatch: /engines\/.*\.spec\.ts/, use: { engineName: 'webkit' } },
    { name: 'firefox', testMatch: /engines\/.*\.spec\.ts/, use: { engineName: 'firefox' } },
    { name: 'firefox-no-webgl', testMatch: /engines\/.*\.spec\.ts/, use: { engineName: 'firefox-no-webgl' } },
  ],
  webServer: {
    // The server `npm start` runs (scripts/serve.ts): the tests see the production headers and encodings.
    command: `npx vite build --logLevel warn && npx tsx scripts/serve.ts --port ${PORT} --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
