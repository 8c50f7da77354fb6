import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './pages';

test.describe('home pages', () => {
  for (const [lang, heading, article] of [
    ['id', 'Permendag 31/2023 dan migrasi TikTok Shop – Tokopedia', 'Apa itu Permendag 31/2023?'],
    ['en', 'Permendag 31/2023 and the TikTok Shop – Tokopedia migration', 'What is Permendag 31/2023?'],
  ] as const) {
    test(`/${lang}/ lists the articles`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      // The list of articles (the first link to each may be in "what's new" above it).
      await expect(page.locator('.article-list').getByRole('link', { name: article })).toBeVisible();
      await expect(page.locator('link[rel=alternate][hreflang=id]')).toHaveAttribute('href', /\/id\/$/);
      await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute('href', /\/en\/$/);
    });
  }
});

test('an article shows its title, dek, dates, contents and body', async ({ page }) => {
  await page.goto('/id/articles/apa-itu-permendag-31-2023/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Apa itu Permendag 31/2023?');
  await expect(page.locator('.dek')).toContainText('memisahkan media sosial');
  await expect(page.locator('time[datetime="2024-03-04"]').first()).toHaveText('4 Maret 2024');
  const toc = page.getByRole('navigation', { name: 'Daftar isi' });
  await toc.getByRole('link', { name: 'Kapan berlaku dan apa yang digantikan' }).click();
  await expect(page).toHaveURL(/#kapan-berlaku-dan-apa-yang-digantikan$/);
  await expect(page.locator('#kapan-berlaku-dan-apa-yang-digantikan')).toBeInViewport();
});

test('the language switcher leads to the translation and back', async ({ page }) => {
  await page.goto('/id/articles/apa-itu-permendag-31-2023/');
  await page.getByRole('link', { name: 'Read in English' }).click();
  await expect(page).toHaveURL('/en/articles/what-is-permendag-31-2023/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Baca dalam Bahasa Indonesia' }).click();
  await expect(page).toHaveURL('/id/articles/apa-itu-permendag-31-2023/');
});

test.describe('not found', () => {
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

async function collectErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test.describe('every page', () => {
  for (const path of builtPages()) {
    test(`${path} loads without console errors`, async ({ page }) => {
      const errors = await collectErrors(page);
      const response = await page.goto(path);
      expect(response?.ok()).toBe(true);
      await page.waitForLoadState('load');
      expect(errors).toEqual([]);
    });
  }
});
