import { glossary } from './fixture-content';
import { builtPages, fixtureDir } from './pages';
import { expect, fixtureSite, test } from './test';

// The glossary page and the articles' term links, on the fixture site (its glossary has terms and
// a person).
test.use({ baseURL: fixtureSite });

for (const lang of ['id', 'en'] as const) {
  test(`/${lang}/glossary/ lists every term in ${lang}, sorted, each at its id`, async ({ page }) => {
    await page.goto(`/${lang}/glossary/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'id' ? 'Glosarium' : 'Glossary');
    // Terms first, then people, each sorted; each entry is a heading below its section's.
    const terms = await page.locator('.entry h3').allTextContents();
    const sorted = (kind: 'term' | 'person') =>
      glossary
        .filter((g) => (g.kind ?? 'term') === kind)
        .map((g) => g.term[lang])
        .sort((a, b) => a.localeCompare(b, lang === 'id' ? 'id-ID' : 'en-GB', { sensitivity: 'base' }));
    const expected = [...sorted('term'), ...sorted('person')];
    expect(terms).toEqual(expected);
    for (const entry of glossary) {
      const el = page.locator(`[id="${entry.id}"]`);
      await expect(el).toHaveCount(1);
      await expect(el).toContainText(entry.short[lang]);
    }
  });
}

test('every term in every article links to an entry that exists', async ({ page }) => {
  const ids = new Set(glossary.map((g) => g.id));
  let links = 0;
  for (const path of builtPages(fixtureDir).filter((p) => p.includes('/articles/'))) {
    await page.goto(path);
    const lang = path.slice(1, 3);
    const hrefs = await page.locator('.term-link').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    for (const href of hrefs) {
      const m = /^\/(id|en)\/glossary\/#([a-z0-9-]+)$/.exec(href ?? '');
      expect(m?.[1], `${path}: ${href}`).toBe(lang);
      expect(ids.has(m?.[2] ?? ''), `${path}: ${href}`).toBe(true);
    }
    links += hrefs.length;
  }
  // The fixture article links a term of each kind in each language.
  expect(links).toBeGreaterThanOrEqual(6);
});
