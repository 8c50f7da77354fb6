// The `test` every browser test imports: Playwright's, with a `page` that fails the test on a
// console error, an uncaught error or a request to a host other than the test servers (the site,
// the fixture site, the host pages). These are collected during the page loads the tests make
// anyway, instead of loading every page once more to look for them.
//
// A test that provokes errors on purpose (a missing page's 404, a forged message) says so:
//   test.use({ consoleErrors: [/status of 404/] })   errors matching one of these are allowed
//   test.use({ consoleErrors: 'any' })               any error is allowed
import { test as base, expect } from '@playwright/test';
import { fixturePort, hostPort, sitePort } from '../../playwright.config';

/** The fixture site (tests/fixtures/browser-site/): where the browser tests run. */
export const fixtureSite = `http://localhost:${fixturePort}`;
/** The real site (dist/): the smoke run (smoke.spec.ts) and the checks of the build as a whole. */
export const realSite = `http://localhost:${sitePort}`;

/** Origins of the test servers: a request anywhere else would leave the reader's machine. */
export const ownOrigins = new Set([
  realSite,
  fixtureSite,
  `http://localhost:${hostPort}`,
  // The host server under a second name, for frames of a third party (embeds.ts: thirdParty).
  `http://127.0.0.1:${hostPort}`,
]);

export const test = base.extend<{ consoleErrors: 'none' | 'any' | RegExp[] }>({
  consoleErrors: ['none', { option: true }],
  page: async ({ page, consoleErrors }, use, testInfo) => {
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (/^https?:$/.test(url.protocol) && !ownOrigins.has(url.origin)) foreign.push(r.url());
    });
    await use(page);
    // A test that failed already says why; these would only add noise.
    if (testInfo.status !== testInfo.expectedStatus) return;
    expect(foreign, 'requests to hosts other than the site').toEqual([]);
    if (consoleErrors !== 'any') {
      const allowed = consoleErrors === 'none' ? [] : consoleErrors;
      expect(
        errors.filter((e) => !allowed.some((re) => re.test(e))),
        'console errors',
      ).toEqual([]);
    }
  },
});

export { expect };
export type { Browser, ConsoleMessage, Frame, Locator, Page } from '@playwright/test';
