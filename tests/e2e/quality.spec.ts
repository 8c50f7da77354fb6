// Gates over the whole built site in a browser: no request to any other host, and every page fits
// a narrow screen. Valid HTML, links, #fragments, reachability and nothing from content/ dropped are
// checked without a browser, on the fixture site: tests/static/quality.test.ts.
import { expect, test } from '@playwright/test';
import { builtPages } from './pages';

const pages = builtPages();

test.describe('requests', () => {
  for (const path of pages) {
    test(`${path} asks no host but this site for anything${path.includes('/search/') ? '' : ', and loads no search code'}`, async ({
      page,
      baseURL,
    }) => {
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.goto(path.includes('/search/') ? `${path}?q=tokopedia` : path, { waitUntil: 'networkidle' });
      expect(requested.filter((url) => !url.startsWith(baseURL!) && !url.startsWith('data:'))).toEqual([]);
      const search = requested.filter((url) => new URL(url).pathname.startsWith('/pagefind/'));
      if (path.includes('/search/')) expect(search.length).toBeGreaterThan(0);
      else expect(search).toEqual([]);
    });
  }
});

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of pages) {
    test(`${path} fits a 320 px screen without sideways scrolling, its menu open or closed`, async ({ page }) => {
      await page.goto(path);
      // What is drawn and ends past the screen's right edge (content of a closed <details> is laid
      // out but not drawn, so it is checked with the menu open).
      const wide = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter(
              (el) =>
                el.checkVisibility() && el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5,
            )
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
        );
      expect(await wide()).toEqual([]);
      const menu = page.locator('summary.menu-button');
      if (await menu.isVisible()) {
        await menu.click();
        expect(await wide(), 'with the menu open').toEqual([]);
      }
    });
  }
});
