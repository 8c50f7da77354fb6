import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, fixtureSite, test, type Page } from './test';
import { articles, componentsArticle, published, timelines, timelinesArticle } from './fixture-content';
import { axeTags, builtPages, fixtureDir, lengthenMilestoneList } from './pages';

// Feeds, search, themes, sharing, social cards and print, on the fixture site.
test.use({ baseURL: fixtureSite });
const html = (path: string) => readFileSync(join(fixtureDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const pages = builtPages(fixtureDir);
const indexable = pages.filter((p) => !html(p).includes('<meta name="robots" content="noindex">'));
const timelinePath = (lang: 'id' | 'en') => `/${lang}/timeline/migration/`;

/** Parses XML with the browser's own parser; fails on any XML error. */
async function parseXml(page: Page, url: string) {
  const text = await (await page.request.get(url)).text();
  await page.goto('about:blank');
  return {
    text,
    page,
    ok: await page.evaluate(
      (t) => !new DOMParser().parseFromString(t, 'application/xml').querySelector('parsererror'),
      text,
    ),
  };
}

test.describe('feeds and discovery', () => {
  for (const lang of ['id', 'en'] as const) {
    test(`/${lang}/rss.xml is RSS 2.0 with every ${lang} article`, async ({ page }) => {
      const { text, ok } = await parseXml(page, `/${lang}/rss.xml`);
      expect(ok).toBe(true);
      const items = await page.evaluate((t) => {
        const doc = new DOMParser().parseFromString(t, 'application/xml');
        return {
          version: doc.documentElement.getAttribute('version'),
          language: doc.querySelector('channel > language')?.textContent,
          items: [...doc.querySelectorAll('item')].map((i) => ({
            title: i.querySelector('title')?.textContent,
            description: i.querySelector('description')?.textContent,
            link: i.querySelector('link')?.textContent,
            pubDate: i.querySelector('pubDate')?.textContent,
          })),
        };
      }, text);
      expect(items.version).toBe('2.0');
      expect(items.language).toBe(lang);
      const expected = published(lang);
      expect(items.items).toHaveLength(expected.length);
      for (const article of expected) {
        const item = items.items.find((i) => i.title === article.data.title);
        expect(item, article.data.title).toBeDefined();
        expect(item!.description).toBe(article.data.description);
        expect(item!.link).toMatch(new RegExp(`/${lang}/articles/${article.slug}/$`));
        expect(new Date(item!.pubDate!).toISOString().slice(0, 10)).toBe(article.data.published);
      }
    });
  }

  test('every page links its language’s feed', () => {
    for (const path of pages.filter((p) => /^\/(id|en)\//.test(p))) {
      const lang = path.slice(1, 3);
      expect(html(path), path).toMatch(
        new RegExp(`<link rel="alternate" type="application/rss\\+xml" href="[^"]+/${lang}/rss\\.xml"`),
      );
    }
  });

  test('the sitemap lists every indexable page, with its language versions', async ({ page }) => {
    const { text, ok } = await parseXml(page, '/sitemap.xml');
    expect(ok).toBe(true);
    const entries = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'application/xml');
      return [...doc.getElementsByTagName('url')].map((u) => ({
        loc: new URL(u.getElementsByTagName('loc')[0]!.textContent!).pathname,
        alternates: Object.fromEntries(
          [...u.getElementsByTagName('xhtml:link')].map((l) => [
            l.getAttribute('hreflang'),
            new URL(l.getAttribute('href')!).pathname,
          ]),
        ),
      }));
    }, text);
    expect(entries.map((e) => e.loc).sort()).toEqual([...indexable].sort());
    for (const article of [...published('id'), ...published('en')]) {
      const entry = entries.find((e) => e.loc === `/${article.lang}/articles/${article.slug}/`)!;
      const translation = articles.find(
        (a) => a.lang !== article.lang && a.data.translationKey === article.data.translationKey,
      )!;
      expect(entry.alternates).toEqual({
        [article.lang]: entry.loc,
        [translation.lang]: `/${translation.lang}/articles/${translation.slug}/`,
      });
    }
    expect(entries.find((e) => e.loc === '/')!.alternates['x-default']).toBe('/');
  });

  test('robots.txt points to the sitemap', async ({ request }) => {
    expect(await (await request.get('/robots.txt')).text()).toMatch(/^Sitemap: http\S+\/sitemap\.xml$/m);
  });
});

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

test.describe('social cards and structured data', () => {
  const pngSize = (path: string) => {
    const png = readFileSync(join(fixtureDir, path));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    return [png.readUInt32BE(16), png.readUInt32BE(20)];
  };

  test('every site page has its canonical address, Open Graph and Twitter card, with a 1200×630 image', () => {
    for (const path of pages.filter((p) => /^\/(id|en)\//.test(p))) {
      const page = html(path);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:locale'])
        expect(page, `${path} ${property}`).toContain(`property="${property}"`);
      expect(page).toContain('name="twitter:card" content="summary_large_image"');
      if (indexable.includes(path)) expect(page, path).toMatch(/<link rel="canonical" href="http[^"]+"/);
      else expect(page, `${path} is not indexed, so it names no canonical page`).not.toContain('rel="canonical"');
      const image = new URL(/property="og:image" content="([^"]+)"/.exec(page)![1]!).pathname;
      expect(pngSize(image), `${path} → ${image}`).toEqual([1200, 630]);
    }
  });

  test('every article and timeline has a social card of its own', () => {
    for (const a of [...published('id'), ...published('en')])
      expect(pngSize(`/social/${a.lang}/articles/${a.slug}.png`)).toEqual([1200, 630]);
    for (const t of timelines)
      for (const lang of ['id', 'en']) expect(pngSize(`/social/${lang}/timeline/${t.id}.png`)).toEqual([1200, 630]);
  });

  test('articles describe themselves as NewsArticle with a BreadcrumbList', async ({ page }) => {
    for (const a of [...published('id'), ...published('en')]) {
      await page.goto(`/${a.lang}/articles/${a.slug}/`);
      const data = await page
        .locator('script[type="application/ld+json"]')
        .evaluateAll((els) => els.map((e) => JSON.parse(e.textContent!)));
      const article = data.find((d) => d['@type'] === 'NewsArticle');
      expect(article).toMatchObject({
        headline: a.data.title,
        description: a.data.description,
        datePublished: a.data.published,
        inLanguage: a.lang,
      });
      for (const key of ['dateModified', 'author', 'publisher', 'image']) expect(article[key], key).toBeTruthy();
      const trail = data.find((d) => d['@type'] === 'BreadcrumbList');
      expect(trail.itemListElement.map((i: { name: string }) => i.name).at(-1)).toBe(a.data.title);
    }
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
