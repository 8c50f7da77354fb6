import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { findChromium, quietFlags } from './tests/e2e/browser';

// The built sites are served by the same server as `npm start`, with their _headers applied, on
// ports of their own so a running `npm start` does not get in the way: the browser tests run on the
// fixture site (dist-fixtures/, tests/fixtures/browser-site/), the smoke run (smoke.spec.ts) on the
// real one (dist/). Host pages for the embed tests are served from a second origin and embed the
// fixture site's timeline.
// DIST and SITE_PORT let two checkouts or builds be tested side by side.
export const dist = process.env.DIST || 'dist';
export const sitePort = Number(process.env.SITE_PORT || 4399);
export const hostPort = sitePort - 1;
/** The fixture site of the chart's browser tests (tests/e2e/fixture-site.ts builds it). */
export const fixtureDist = process.env.FIXTURE_DIST || 'dist-fixtures';
export const fixturePort = sitePort - 2;
const browser = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 30_000,
  use: {
    // The real site, for the tests of the built site as a whole; the browser tests set the fixture
    // site's (tests/e2e/test.ts: fixtureSite).
    baseURL: `http://localhost:${sitePort}`,
    ...devices['Desktop Chrome'],
    launchOptions: { ...(browser?.executablePath ? { executablePath: browser.executablePath } : {}), args: quietFlags },
  },
  webServer: [
    {
      command: `npx tsx src/cli/serve.ts --port ${sitePort} --root ${dist}`,
      url: `http://localhost:${sitePort}/id/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `npx tsx src/cli/serve.ts --port ${fixturePort} --root ${fixtureDist}`,
      url: `http://localhost:${fixturePort}/id/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `npx tsx tests/e2e/host-server.ts --port ${hostPort} --site http://localhost:${fixturePort}`,
      url: `http://localhost:${hostPort}/loader.html`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
