import AxeBuilder from '@axe-core/playwright';
import { expect, fixtureSite, test } from './test';
import { componentsArticle, timelinesArticle } from './fixture-content';
import { axeTags, lengthenMilestoneList } from './pages';

// Search, themes, sharing and print, on the fixture site (feeds, sitemap, social cards and
// structured data are checked without a browser: tests/static/discovery.test.ts).
test.use({ baseURL: fixtureSite });
const timelinePath = (lang: 'id' | 'en') => `/${lang}/timeline/migration/`;

test.describe('search', () => {
  // A word only the fixture's article of every component uses.
  for (const [lang, query, first] of [
    ['en', 'kaleidoscope', componentsArticle.en],
    ['id', 'kaleidoskop', componentsArticle.id],
  ] as const) {
    test(`“${query}” on /${lang}/ finds the article that uses it first, and only ${lang} pages`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await page.getByRole('searchbox').fill(query);
      await page.getByRole('searchbox').press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${lang}/search/\\?q=`));
      const results = page.locator('[data-search-results] h2 a');
      // The article, or the section of it that matched best.
      await expect(results.first()).toHaveAttribute('href', new RegExp(`^${first}(#[\\w-]+)?$`));
      for (const href of await results.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
        expect(href).toMatch(new RegExp(`^/${lang}/`));
      await expect(page.getByRole('status')).toContainText(query);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the search page says so and links to the articles', async ({ page }) => {
      await page.goto('/en/search/?q=kaleidoscope');
      await expect(page.getByText('Search needs JavaScript.')).toBeVisible();
      await expect(page.getByRole('link', { name: 'Browse the list of articles' })).toHaveAttribute('href', '/en/');
    });
  });
});

test.describe('dark mode', () => {
  test('a stored theme is applied before the first paint', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('theme', 'dark');
      // Record the theme the moment <body> exists: anything painted comes after.
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | null }).themeAtBody =
            document.documentElement.getAttribute('data-theme');
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(componentsArticle.en);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(19, 20, 23)');
  });

  test('the switch stores light, dark or system, and the timeline’s colours follow', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(timelinePath('en'));
    const stroke = () => page.locator('.tl-live .tl-progress').evaluate((p) => getComputedStyle(p).stroke);
    const light = await stroke();
    const select = page.getByRole('combobox', { name: 'Theme' });
    await expect(select).toHaveValue('system');
    await select.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await stroke()).not.toBe(light);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
    expect(
      await page.evaluate(() => [document.documentElement.getAttribute('data-theme'), localStorage.getItem('theme')]),
    ).toEqual([null, null]);
    expect(await stroke()).toBe(light);
  });

  test('zero axe violations with a stored dark theme on a light system', async ({ page }) => {
    test.setTimeout(180_000); // two full axe runs over long pages, on a busy two-core machine
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    await page.emulateMedia({ colorScheme: 'light' });
    for (const path of [timelinesArticle.id, timelinePath('en')]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
        path,
      ).toEqual([]);
    }
  });
});

test.describe('sharing', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('copy link says so, and the selected milestone travels in every shared address', async ({ page }) => {
    await page.goto(timelinePath('id'));
    await page.locator('[data-chart]').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const last = new URL(page.url()).hash;
    expect(last).toMatch(/^#[a-z0-9-]+$/);
    await page.getByRole('button', { name: 'Salin tautan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Tautan tersalin' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`${timelinePath('id')}${last}$`),
    );
    // Follow each share link without leaving the site: the click handler fills in the address.
    await page.evaluate(() => document.addEventListener('click', (e) => e.preventDefault(), { capture: true }));
    const expected = encodeURIComponent(page.url());
    for (const name of [
      'Kirim lewat WhatsApp',
      'Bagikan di X',
      'Bagikan di Facebook',
      'Kirim lewat Telegram',
      'Kirim lewat surel',
    ]) {
      const link = page.getByRole('link', { name });
      await link.click();
      expect(await link.getAttribute('href'), name).toContain(expected);
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('share links are plain links to the page and there is no copy button', async ({ page }) => {
      await page.goto(componentsArticle.en);
      await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
      const href = await page.getByRole('link', { name: 'Send on WhatsApp' }).getAttribute('href');
      expect(href).toMatch(/^https:\/\/wa\.me\/\?text=.+%2Fen%2Farticles%2Fevery-component%2F$/);
    });
  });
});

test.describe('print', () => {
  test('the timeline prints as chart plus the full list, without navigation or buttons, with source addresses', async ({
    page,
  }) => {
    await page.goto(timelinePath('en'));
    await page.getByText('More', { exact: true }).click();
    await page.getByRole('radio', { name: 'Progress reports only' }).check();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
    await expect(page.locator('.tl-live svg')).toBeVisible();
    const items = page.locator('.tl-item');
    for (let i = 0; i < (await items.count()); i++) await expect(items.nth(i)).toBeVisible();
    // In long lists, items after the 24th skip rendering while off screen; on paper every one is
    // drawn. The list is made long here by copying its items.
    await lengthenMilestoneList(page, 30);
    const visibility = () =>
      items.evaluateAll((els) => [...new Set(els.slice(24).map((el) => getComputedStyle(el).contentVisibility))]);
    expect(await visibility()).toEqual(['visible']);
    const after = await page
      .locator('.tl-item-sources a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/^" \(" attr\(href\) "\)"$|https?:/);
    await page.emulateMedia({ media: 'screen' });
    expect(await visibility()).toEqual(['auto']);
  });
});
