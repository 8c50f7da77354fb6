import { expect, test } from '@playwright/test';
import { formatDate } from '../../src/i18n';
import { loadContent } from '../../src/lib/content/load';
import { builtPages } from './pages';

const { content } = loadContent('content');
const { sources } = content;

// Every article, in both languages: it renders, its footnotes and sources list point at each other,
// and its metadata (reading time, updates, structured data) is there.
const articles = builtPages().filter((p) => p.includes('/articles/'));

test('both languages have the same number of articles (four each at least)', () => {
  const id = articles.filter((p) => p.startsWith('/id/'));
  const en = articles.filter((p) => p.startsWith('/en/'));
  expect(id.length).toBeGreaterThanOrEqual(4);
  expect(en.length).toBe(id.length);
});

for (const path of articles) {
  test(`${path} renders with cited sources, reading time and structured data`, async ({ page }) => {
    const lang = path.slice(1, 3) as 'id' | 'en';
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
    expect(title.length).toBeGreaterThan(5);
    await expect(page.locator('.meta')).toContainText(lang === 'id' ? /\d+ menit baca/ : /\d+ min read/);
    await expect(page.getByRole('navigation', { name: lang === 'id' ? 'Daftar isi' : 'Contents' })).toBeVisible();

    // Footnotes: every marker leads to an entry whose number it shows; every entry links back.
    const markers = await page
      .locator('sup.cite a')
      .evaluateAll((els) => els.map((a) => ({ href: a.getAttribute('href')!, id: a.id, text: a.textContent ?? '' })));
    expect(markers.length).toBeGreaterThan(0);
    const entries = page.locator('#article-sources + ol > li');
    const count = await entries.count();
    expect(count).toBeGreaterThan(0);
    for (const m of markers) {
      const n = Number(/^#source-(\d+)$/.exec(m.href)?.[1]);
      expect(n, m.href).toBeGreaterThanOrEqual(1);
      expect(n, m.href).toBeLessThanOrEqual(count);
      expect(m.text.replace(/\D/g, '')).toBe(String(n));
      await expect(entries.nth(n - 1)).toHaveAttribute('id', `source-${n}`);
      await expect(entries.nth(n - 1).locator(`a[href="#${m.id}"]`)).toHaveCount(1);
    }
    // Numbers are given in order of first citation and each source has one.
    const firstSeen = [...new Set(markers.map((m) => m.href))];
    expect(firstSeen).toEqual(Array.from({ length: count }, (_, i) => `#source-${i + 1}`));

    // Structured data: a NewsArticle, modified on the last update.
    const blocks = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((els) => els.map((e) => JSON.parse(e.textContent ?? '{}')));
    const json = blocks.find((b) => b['@type'] === 'NewsArticle');
    expect(json, 'a NewsArticle block').toBeDefined();
    expect(json.headline).toBe(title);
    expect(json.inLanguage).toBe(lang);
    const updates = page.locator('#article-updates time');
    if ((await updates.count()) > 0) {
      const newest = await updates.first().getAttribute('datetime');
      expect(json.dateModified).toBe(newest);
      await expect(page.locator('.meta a[href="#article-updates"]')).toBeVisible();
    } else expect(json.dateModified).toBe(json.datePublished);

    // The translation exists: the language switcher does not fall back to the other home page.
    const other = lang === 'id' ? 'en' : 'id';
    await expect(page.locator('link[rel=alternate][hreflang=' + other + ']')).toHaveAttribute(
      'href',
      new RegExp(`/${other}/articles/[a-z0-9-]+/$`),
    );
  });
}

test('a footnote leads to its source, and the source leads back', async ({ page }) => {
  // Without JavaScript, where the mark is a plain link (with it, it opens a card: term.spec.ts).
  await page.context().route('**/*.js', (route) => route.abort());
  await page.goto('/en/articles/what-is-permendag-31-2023/');
  const first = await page.locator('a#cite-1-1').getAttribute('data-source');
  const source = sources.find((s) => s.id === first)!;
  const second = page.locator('a#cite-1-2');
  await second.click();
  await expect(page).toHaveURL(/#source-1$/);
  const entry = page.locator('#source-1');
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText(source.publisher);
  await expect(entry.getByRole('link', { name: source.title })).toHaveAttribute('href', source.url);
  await entry.getByRole('link', { name: 'Back to citation of source 1, place 2' }).click();
  await expect(page).toHaveURL(/#cite-1-2$/);
  await expect(second).toBeInViewport();
});

test('the updates box lists the history of changes, newest first', async ({ page }) => {
  const article = content.articles.find((a) => a.lang === 'id' && !a.data.draft && (a.data.updates?.length ?? 0) > 1)!;
  const updates = [...article.data.updates!].sort((a, b) => b.date.localeCompare(a.date));
  await page.goto(`/id/articles/${article.slug}/`);
  const box = page.locator('#article-updates');
  await expect(box.locator('summary')).toContainText('Riwayat pembaruan');
  await box.locator('summary').click();
  await expect(box.locator('li')).toHaveText(updates.map((u) => `${formatDate(u.date, 'id')}: ${u.note}`));
  await expect(page.locator('.meta')).toContainText(`Diperbarui ${formatDate(updates[0]!.date, 'id')}`);
});

test('the Q&A answers at least eight questions, each citing a source', async ({ page }) => {
  for (const path of ['/id/articles/tanya-jawab/', '/en/articles/questions-and-answers/']) {
    await page.goto(path);
    const questions = page.locator('.body h2');
    expect(await questions.count(), path).toBeGreaterThanOrEqual(8);
    // Every question's answer (up to the next question) has at least one footnote.
    const uncited = await page.locator('.body h2').evaluateAll((hs) =>
      hs
        .filter((h) => {
          for (let el = h.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling)
            if (el.querySelector('sup.cite')) return false;
          return true;
        })
        .map((h) => h.textContent),
    );
    expect(uncited, path).toEqual([]);
  }
});
