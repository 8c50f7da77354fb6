// The reader's design on phones and wide screens (issue 15): the header's height and its one menu,
// the timeline's chart within the first screen, the home page's lead, search's "/" shortcut.
// Widths 320, 375, 768 and 1280 px, light and dark schemes, both languages. On the fixture site.
import AxeBuilder from '@axe-core/playwright';
import { featuredTimeline } from '../../src/lib/site';
import { whatsNew } from '../../src/lib/whats-new';
import { componentsArticle, published } from './fixture-content';
import { axeTags } from './pages';
import { expect, fixtureSite, test, type Page } from './test';

test.use({ baseURL: fixtureSite });

const widths = [320, 375, 768, 1280];
const PHONE_HEADER_MAX = 64;
const WIDE_HEADER_MAX = 120;
const homes = ['/id/', '/en/'];

async function headerBox(page: Page) {
  const box = await page.locator('.site-header').boundingBox();
  if (!box) throw new Error('no header');
  return box;
}

// The header's geometry (the same in either colour scheme; the menu's colours are checked below).
test.describe('header', () => {
  for (const width of widths) {
    const phone = width < 768;
    test(`${width} px: ${phone ? `one row, at most ${PHONE_HEADER_MAX} px` : 'the full header'}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const path of [...homes, '/en/search/']) {
        await page.goto(path);
        const header = await headerBox(page);
        const menu = page.locator('.site-header summary');
        const language = page.locator('.site-header .language-switcher');
        const nav = page.getByRole('navigation', { name: /Main navigation|Navigasi utama/ });
        if (phone) {
          expect(header.height, `${path}: header ${header.height} px`).toBeLessThanOrEqual(PHONE_HEADER_MAX);
          await expect(menu).toBeVisible();
          await expect(nav).toBeHidden();
          // Name, language and menu share one row: each lies within the header's one band.
          for (const part of [page.locator('.site-header .brand'), language, menu]) {
            const box = (await part.boundingBox())!;
            expect(box.y).toBeGreaterThanOrEqual(header.y);
            expect(box.y + box.height).toBeLessThanOrEqual(header.y + header.height);
            expect(box.width, 'a target of at least 24×24 px').toBeGreaterThanOrEqual(24);
            expect(box.height, 'a target of at least 24×24 px').toBeGreaterThanOrEqual(24);
          }
        } else {
          expect(header.height, `${path}: header ${header.height} px`).toBeLessThanOrEqual(WIDE_HEADER_MAX);
          await expect(menu).toBeHidden();
          await expect(nav).toBeVisible();
          await expect(page.getByRole('combobox', { name: /Theme|Tema/ })).toBeVisible();
          if (!path.includes('/search/'))
            await expect(page.getByRole('searchbox', { name: /Search this site|Cari di situs ini/ })).toBeVisible();
        }
        // The same name for the language link at every width, beginning with what is seen.
        await expect(language).toHaveAccessibleName(
          path.startsWith('/id/') ? 'Read in English' : 'Baca dalam Bahasa Indonesia',
        );
      }
    });
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`header menu, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('375 px: the menu opens by keyboard, holds the pages, search and the theme, and closes with Escape', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      for (const [path, names] of [
        ['/id/', { menu: 'Menu', search: 'Cari di situs ini', theme: 'Tema', page: 'Linimasa' }],
        ['/en/', { menu: 'Menu', search: 'Search this site', theme: 'Theme', page: 'Timeline' }],
      ] as const) {
        await page.goto(path);
        const summary = page.locator('.site-header summary');
        for (let i = 0; i < 5 && !(await summary.evaluate((s) => s === document.activeElement)); i++)
          await page.keyboard.press('Tab');
        await expect(summary).toBeFocused();
        await expect(summary).toHaveAccessibleName(names.menu);
        // Focus is visible: an outline at least 2 px wide.
        const outline = await summary.evaluate((s) => {
          const style = getComputedStyle(s);
          return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
        });
        expect(outline.style).not.toBe('none');
        expect(outline.width).toBeGreaterThanOrEqual(2);
        await page.keyboard.press('Enter');
        await expect(page.locator('.site-header details')).toHaveAttribute('open', '');
        await expect(page.getByRole('searchbox', { name: names.search })).toBeVisible();
        await expect(page.getByRole('combobox', { name: names.theme })).toBeVisible();
        await expect(page.getByRole('link', { name: names.page, exact: true })).toBeVisible();
        for (const target of await page
          .locator('.menu-panel a, .menu-panel input, .menu-panel button, .menu-panel select')
          .all()) {
          const box = (await target.boundingBox())!;
          expect(Math.min(box.width, box.height), 'a target of at least 24×24 px').toBeGreaterThanOrEqual(24);
        }
        const axe = await new AxeBuilder({ page }).include('.site-header').withTags(axeTags).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Escape');
        await expect(page.locator('.site-header details')).not.toHaveAttribute('open', '');
        await expect(summary).toBeFocused();
      }
    });
  });
}

test.describe('header without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('375 px: the menu still opens and its search form leads to the search page', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/en/');
    expect((await headerBox(page)).height).toBeLessThanOrEqual(PHONE_HEADER_MAX);
    await page.locator('.site-header summary').click();
    const field = page.getByRole('searchbox', { name: 'Search this site' });
    await expect(field).toBeVisible();
    await field.fill('kaleidoscope');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=kaleidoscope$/);
  });
});

test.describe('timeline page on a 375×800 phone', () => {
  for (const [path, more] of [
    ['/id/timeline/migration/', 'Baca pengantar selengkapnya'],
    ['/en/timeline/migration/', 'Read the whole introduction'],
  ] as const) {
    test(`${path}: the chart begins within the first screen; the introduction folds after its first sentence`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(path);
      const chart = (await page.locator('.tl-chart').boundingBox())!;
      expect(chart.y, `the chart's top is at ${chart.y} px`).toBeLessThan(800);
      const lede = await page.locator('main .lede').first().textContent();
      expect(lede?.trim()).toMatch(/^[^.!?]+[.!?]$/);
      const fold = page.locator('.intro-fold');
      await expect(fold.locator('p').first()).toBeHidden();
      await fold.getByText(more).click();
      await expect(fold.locator('p').first()).toBeVisible();
    });
  }
});

test.describe('home page lead', () => {
  for (const [lang, heading, complete] of [
    ['id', 'Kisahnya dalam tiga angka', 'Rampung'],
    ['en', 'The story in three numbers', 'Complete'],
  ] as const) {
    test(`/${lang}/: three figures, each dated and linking to its milestone on the timeline; a drawing, cards`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`/${lang}/`);
      const lead = page.getByRole('region', { name: heading });
      const links = lead.locator('.figures a');
      await expect(links).toHaveCount(3);
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${lang}/timeline/${featuredTimeline}/#[a-z0-9-]+$`));
      await expect(links.last()).toContainText(complete);
      for (const link of await links.all())
        await expect(link.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}/);
      // The figures are percentages, rising, then complete.
      const values = (await links.locator('.value').allTextContents())
        .slice(0, 2)
        .map((v) => Number(v.match(/\d+/)![0]));
      expect(values[0]!).toBeLessThan(values[1]!);
      // Each link lands on a milestone that exists.
      await page.goto(hrefs[1]!);
      await expect(page.locator(`[id="${hrefs[1]!.split('#')[1]}"]`)).toHaveCount(1);
      await page.goBack();
      await expect(lead.locator('a.spark svg[role="img"]')).toHaveAttribute('aria-label', /.+/);
      await expect(lead.locator('a.spark')).toHaveAttribute('href', `/${lang}/timeline/${featuredTimeline}/`);
      // Article cards: a summary and a reading time each.
      const cards = page.locator('.article-list .card');
      expect(await cards.count()).toBeGreaterThan(0);
      for (const card of await cards.all()) {
        await expect(card.locator('.summary')).not.toBeEmpty();
        await expect(card.locator('.meta')).toContainText(lang === 'id' ? 'menit baca' : 'min read');
      }
      await expect(page.locator('main .updated time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    });
  }
});

test.describe('search', () => {
  for (const [lang, query, marker, by] of [
    ['id', 'kaleidoskop', /\[\s*Sumber\s*\d+\]/, /^Oleh\b/],
    ['en', 'kaleidoscope', /\[\s*Source\s*\d+\]/, /^By\b/],
  ] as const) {
    test(`/${lang}/search/: excerpts are the text only, without citation marks, bylines or update boxes`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/search/?q=${query}`);
      const excerpts = page.locator('[data-search-results] li p');
      await expect(excerpts.first()).toBeVisible();
      for (const text of await excerpts.allTextContents()) {
        expect(text).not.toMatch(marker);
        expect(text.trim()).not.toMatch(by);
        expect(text).not.toMatch(/\[\d+\]/);
      }
    });
  }

  for (const [lang, query] of [
    // Words of the fixture article's long sections, each below its heading.
    ['id', 'margin'],
    ['en', 'margins'],
  ] as const) {
    test(`/${lang}/search/: results lead to the section or glossary entry that matched, which exists and is marked`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/search/?q=${query}`);
      const links = page.locator('[data-search-results] li h2 a');
      await expect(links.first()).toBeVisible();
      const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
      const deep = hrefs.filter((href) => href.includes('#'));
      // Most of the query's matches are below a heading: most results lead into a page.
      expect(deep.length, hrefs.join('\n')).toBeGreaterThan(hrefs.length / 2);
      // Each of them names the section after the page's title.
      await expect(page.locator('[data-search-results] .search-section')).toHaveCount(deep.length);
      for (const href of deep) {
        await page.goto(href);
        const target = page.locator(`[id="${decodeURIComponent(href.split('#')[1]!)}"]`);
        await expect(target, href).toBeInViewport();
        const landed = await target.evaluate((el) => ({
          target: el.matches(':target'),
          background: getComputedStyle(el).backgroundColor,
        }));
        expect(landed.target, href).toBe(true);
        expect(landed.background, href).not.toBe('rgba(0, 0, 0, 0)');
        await page.goto(`/${lang}/search/?q=${query}`);
      }
    });
  }

  test('"/" focuses search: the header field on wide screens, the menu’s on phones; not while typing', async ({
    page,
  }) => {
    await page.goto('/en/');
    await page.keyboard.press('/');
    const wide = page.locator('#header-search-input');
    await expect(wide).toBeFocused();
    await wide.pressSequentially('a/b');
    await expect(wide).toHaveValue('a/b');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/id/');
    await page.keyboard.press('/');
    await expect(page.locator('.site-header details')).toHaveAttribute('open', '');
    await expect(page.getByRole('searchbox', { name: 'Cari di situs ini' })).toBeFocused();
    await page.goto('/en/search/');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(page.locator('#search-input')).toBeFocused();
  });
});

test.describe("home page: what's new", () => {
  for (const lang of ['id', 'en'] as const) {
    test(`${lang}: lists every article published or updated on the last day anything changed`, async ({ page }) => {
      const news = whatsNew(
        published(lang).map((a) => ({
          title: a.data.title,
          path: `/${lang}/articles/${a.slug}/`,
          published: a.data.published,
          updates: a.data.updates,
        })),
      );
      await page.goto(`/${lang}/`);
      const section = page.locator('.whats-new');
      await expect(section.getByRole('heading', { level: 2 })).toBeVisible();
      const expected = [...news.added, ...news.updated].map((item) => item.path);
      expect(expected.length).toBeGreaterThan(0);
      await expect(section.locator('li a')).toHaveCount(expected.length);
      // New articles first, then updated ones; within each, the page's order of articles.
      const hrefs = await section.locator('li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.slice(0, news.added.length).sort()).toEqual(news.added.map((i) => i.path).sort());
      expect(hrefs.slice(news.added.length).sort()).toEqual(news.updated.map((i) => i.path).sort());
    });
  }
});

test.describe('articles: contents in reach, updates folded, the articles around', () => {
  const article = componentsArticle.id;

  test('1280 px: the contents sit beside the text and stay in view while it scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(article);
    const toc = page.getByRole('navigation', { name: 'Daftar isi' });
    const text = (await page.locator('.article .body').boundingBox())!;
    expect((await toc.boundingBox())!.x, 'to the right of the text').toBeGreaterThanOrEqual(text.x + text.width);
    await page.mouse.wheel(0, 4000);
    await expect(page.locator('.article .body h2').nth(4)).not.toBeInViewport();
    await expect(toc).toBeInViewport({ ratio: 0.9 });
    await expect(page.locator('[data-toc-jump]')).toBeHidden();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`375 px, ${colorScheme}: "Daftar isi" appears once the contents have scrolled away and leads back to them`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(article);
      const jump = page.getByRole('link', { name: 'Daftar isi', exact: true });
      await expect(jump).toBeHidden();
      await page.getByRole('navigation', { name: 'Daftar isi' }).scrollIntoViewIfNeeded();
      await expect(jump).toBeHidden();
      await page.mouse.wheel(0, 5000);
      await expect(jump).toBeVisible();
      const box = (await jump.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      await jump.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#toc$/);
      await expect(page.getByRole('navigation', { name: 'Daftar isi' })).toBeInViewport();
    });
  }

  test('the update history is folded under its count, and "Diperbarui" unfolds it', async ({ page }) => {
    await page.goto(article);
    const box = page.locator('#article-updates');
    await expect(box.locator('summary')).toHaveText(/^Riwayat pembaruan \(\d+ perubahan\)$/);
    await expect(box.locator('li').first()).toBeHidden();
    await page.locator('.meta a[href="#article-updates"]').click();
    await expect(box.locator('li').first()).toBeVisible();
  });

  test('previous and next lead to each other, in both languages', async ({ page }) => {
    for (const lang of ['id', 'en']) {
      await page.goto(`/${lang}/`);
      const first = await page.locator('.article-list h3 a').last().getAttribute('href');
      // From the oldest article, "next" walks to the newest; each "previous" leads back.
      let at = first!;
      const seen = [at];
      for (;;) {
        await page.goto(at);
        const next = page.locator('nav.around a[rel=next]');
        if ((await next.count()) === 0) break;
        const to = (await next.getAttribute('href'))!;
        await page.goto(to);
        await expect(page.locator('nav.around a[rel=prev]')).toHaveAttribute('href', at);
        at = to;
        seen.push(at);
      }
      expect(seen.length).toBe(await page.goto(`/${lang}/`).then(() => page.locator('.article-list h3 a').count()));
    }
  });
});

test.describe('measure', () => {
  // Characters per line of the article's paragraphs (the median of full lines: the last line of a
  // paragraph and the raised citation marks are left out): 60–75 wherever the column is full width.
  for (const width of [768, 1280]) {
    test(`${width} px: an article's lines hold 60–75 characters`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const path of [componentsArticle.id, componentsArticle.en]) {
        await page.goto(path);
        const median = await page.evaluate(() => {
          const lengths: number[] = [];
          const range = document.createRange();
          for (const p of document.querySelectorAll('.body > p')) {
            const lines = new Map<number, number>();
            const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (node.parentElement?.closest('sup, .cite')) continue;
              for (let i = 0; i < (node as Text).length; i++) {
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const rect = range.getClientRects()[0];
                if (rect) lines.set(Math.round(rect.bottom), (lines.get(Math.round(rect.bottom)) ?? 0) + 1);
              }
            }
            lengths.push(...[...lines.values()].slice(0, -1));
          }
          lengths.sort((a, b) => a - b);
          return lengths[Math.floor(lengths.length / 2)] ?? 0;
        });
        expect(median, path).toBeGreaterThanOrEqual(60);
        expect(median, path).toBeLessThanOrEqual(75);
      }
    });
  }
});
