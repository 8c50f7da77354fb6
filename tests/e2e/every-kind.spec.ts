// One page of each kind of the fixture site (onePagePerKind), loaded once each on a 320 px screen:
// - it loads no search code unless it is the search page, which does (and, as in every test, asks
//   no host but the site for anything: tests/e2e/test.ts);
// - it fits the screen without sideways scrolling, its menu open or closed.
// (Moved from quality.spec.ts, where every page was loaded twice for these.)
import { fixtureDir, onePagePerKind } from './pages';
import { expect, fixtureSite, test } from './test';

test.use({ baseURL: fixtureSite, viewport: { width: 320, height: 640 } });

for (const { kind, path } of onePagePerKind(fixtureDir)) {
  const search = path.includes('/search/');
  test(`${kind} (${path}) ${search ? 'loads search code' : 'loads no search code'} and fits a 320 px screen, its menu open or closed`, async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(search ? `${path}?q=kaleidoskop` : path, { waitUntil: 'networkidle' });
    const pagefind = requested.filter((p) => p.startsWith('/pagefind/'));
    if (search) expect(pagefind.length).toBeGreaterThan(0);
    else expect(pagefind).toEqual([]);

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
