// A short run over the real site (dist/), the one the other browser tests leave to the fixture
// site: it loads, draws and answers, whatever its content. Nothing here names an article, a
// timeline or a term: each is found by following the site's own links. Console errors and requests
// to other hosts fail any of these (tests/e2e/test.ts).
import { t } from '../../src/i18n';
import { frameOf, host } from './embeds';
import { expect, realSite, test, type Page } from './test';

test.use({ baseURL: realSite });

/** The timeline the header links to, whichever it is. */
async function openFeaturedTimeline(page: Page) {
  await page.goto('/en/');
  await page
    .getByRole('navigation', { name: t('en').nav.label })
    .getByRole('link', { name: t('en').nav.timeline })
    .click();
}

for (const lang of ['id', 'en'] as const) {
  test(`/${lang}/ loads, in ${lang}, with a list of articles`, async ({ page }) => {
    const response = await page.goto(`/${lang}/`);
    expect(response?.ok()).toBe(true);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang).home.title);
    await expect(page.locator('.article-list a').first()).toBeVisible();
  });
}

test('the header’s timeline draws its chart, and a mark opens its card', async ({ page }) => {
  await openFeaturedTimeline(page);
  await expect(page.locator('.tl-live svg')).toBeVisible();
  const mark = page.locator('.tl-live .tl-mark').first();
  await mark.click();
  await expect(page.locator('[data-timeline] [data-card]')).toBeVisible();
  expect(new URL(page.url()).hash).toBe(`#${await mark.getAttribute('data-id')}`);
});

test('an article renders with its sources, and search finds it', async ({ page }) => {
  await page.goto('/en/');
  const link = page.locator('.article-list h3 a').first();
  const title = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.article .body')).toBeVisible();
  await expect(page.locator('#article-sources')).toBeVisible();
  // The title's longest word is in the article: search answers with results.
  const word = title.split(/[^\p{L}\d]+/u).sort((a, b) => b.length - a.length)[0]!;
  await page.goto(`/en/search/?q=${encodeURIComponent(word)}`);
  await expect(page.locator('[data-search-results] h2 a').first()).toBeVisible();
});

test('the code the timeline page gives out embeds the chart in a page of another origin', async ({ page }) => {
  await openFeaturedTimeline(page);
  const built = (await page.locator('.embed-teaser code').textContent())!;
  expect(built).toContain('<iframe data-permendag31-embed');
  // The code names the address the site was built for (astro.config.mjs `site`): here, the test server.
  const code = built.replaceAll(new URL(/ src="([^"]+)"/.exec(built)![1]!).origin, realSite);
  // A newsroom's page on the host pages' origin (tests/e2e/hosts/blank.html), the code pasted in.
  await page.goto(`${host}/blank.html`);
  await page.evaluate((html) => {
    const pasted = document.createElement('template');
    pasted.innerHTML = html;
    // Scripts parsed by innerHTML do not run; copies made by the DOM do, as in a pasted page.
    for (const old of pasted.content.querySelectorAll('script')) {
      const script = document.createElement('script');
      for (const { name, value } of old.attributes) script.setAttribute(name, value);
      old.replaceWith(script);
    }
    document.body.append(pasted.content);
  }, code);
  const frame = await frameOf(page.locator('iframe'));
  await expect(frame.locator('.tl-live .tl-mark').first()).toBeVisible();
});
