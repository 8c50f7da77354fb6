import { componentsArticle, sources } from './fixture-content';
import { expect, fixtureSite, test } from './test';

// The fixture article that uses every component, in both languages: it renders, its footnotes and
// sources list point at each other, and its metadata (reading time, updates, structured data) is
// there.
test.use({ baseURL: fixtureSite });
const articles = Object.values(componentsArticle);

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

// Without JavaScript, where the mark is a plain link (with it, it opens a card: term.spec.ts).
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a footnote leads to its source, and the source leads back', async ({ page }) => {
    await page.goto(componentsArticle.en);
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
});

test('the updates box lists the history of changes, newest first', async ({ page }) => {
  await page.goto(componentsArticle.id);
  const box = page.locator('#article-updates');
  await expect(box.locator('summary')).toContainText('Riwayat pembaruan');
  await box.locator('summary').click();
  await expect(box.locator('li')).toHaveText([
    '20 Oktober 2026: Ditambahkan: gambar.',
    '10 Oktober 2026: Dikoreksi: kutipan.',
  ]);
  await expect(page.locator('.meta')).toContainText('Diperbarui 20 Oktober 2026');
});
