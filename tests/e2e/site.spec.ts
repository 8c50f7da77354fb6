import { expect, fixtureSite, test } from './test';

// The site's frame, on the fixture site (tests/fixtures/browser-site/): home pages, an article's
// head and contents, the language switcher, not-found pages and the language choice at `/`.
// Console errors and requests to other hosts fail any test (tests/e2e/test.ts).
test.use({ baseURL: fixtureSite });

test.describe('home pages', () => {
  for (const [lang, heading, article] of [
    ['id', 'Permendag 31/2023 dan migrasi TikTok Shop – Tokopedia', 'Setiap komponen, artikel kaleidoskop'],
    ['en', 'Permendag 31/2023 and the TikTok Shop – Tokopedia migration', 'Every component, the kaleidoscope article'],
  ] as const) {
    test(`/${lang}/ lists the articles`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      // The list of articles (the first link to each may be in "what's new" above it).
      await expect(page.locator('.article-list').getByRole('link', { name: article })).toBeVisible();
      // Drafts are not listed.
      await expect(page.getByRole('link', { name: 'A draft that is not shown' })).toHaveCount(0);
      await expect(page.locator('link[rel=alternate][hreflang=id]')).toHaveAttribute('href', /\/id\/$/);
      await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute('href', /\/en\/$/);
    });
  }
});

test('an article shows its title, dek, dates, contents and body', async ({ page }) => {
  await page.goto('/id/articles/setiap-komponen/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Setiap komponen, artikel kaleidoskop');
  await expect(page.locator('.dek')).toContainText('memakai setiap komponen artikel');
  await expect(page.locator('time[datetime="2026-10-01"]').first()).toHaveText('1 Oktober 2026');
  const toc = page.getByRole('navigation', { name: 'Daftar isi' });
  await toc.getByRole('link', { name: 'Kutipan dan angka' }).click();
  await expect(page).toHaveURL(/#kutipan-dan-angka$/);
  await expect(page.locator('#kutipan-dan-angka')).toBeInViewport();
});

test('the language switcher leads to the translation and back', async ({ page }) => {
  await page.goto('/id/articles/setiap-komponen/');
  await page.getByRole('link', { name: 'Read in English' }).click();
  await expect(page).toHaveURL('/en/articles/every-component/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Baca dalam Bahasa Indonesia' }).click();
  await expect(page).toHaveURL('/id/articles/setiap-komponen/');
});

test.describe('not found', () => {
  // The browser reports the 404 answer in the console.
  test.use({ consoleErrors: [/status of 404/] });
  test('a draft is not published', async ({ page }) => {
    for (const path of ['/en/articles/draft-en/', '/id/articles/draft-id/']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });
  for (const [path, lang, heading] of [
    ['/id/tidak-ada/', 'id', 'Halaman tidak ditemukan'],
    ['/en/no-such-page/', 'en', 'Page not found'],
    ['/nowhere/', 'id', 'Halaman tidak ditemukan'],
  ] as const) {
    test(`${path} answers 404 in ${lang}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(heading);
    });
  }
  test('the site-wide 404 offers both languages', async ({ page }) => {
    await page.goto('/nowhere/');
    await expect(page.getByRole('link', { name: 'Kembali ke beranda' })).toHaveAttribute('href', '/id/');
    await expect(page.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/en/');
  });
});

test.describe('/ chooses a language', () => {
  for (const [locale, target] of [
    ['id-ID', '/id/'],
    ['jv-ID', '/id/'],
    ['en-US', '/en/'],
    ['fr-FR', '/en/'],
  ] as const) {
    test.describe(`with a browser in ${locale}`, () => {
      test.use({ locale });
      test(`goes to ${target}`, async ({ page }) => {
        await page.goto('/');
        await expect(page).toHaveURL(target);
      });
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false, locale: 'en-US' });
    test('stays and offers both languages', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL('/');
      await expect(page.getByRole('link', { name: 'Bahasa Indonesia →' })).toHaveAttribute('href', '/id/');
      await expect(page.getByRole('link', { name: 'English →' })).toHaveAttribute('href', '/en/');
    });
  });
});
