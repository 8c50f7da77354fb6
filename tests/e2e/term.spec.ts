import AxeBuilder from '@axe-core/playwright';
import { componentsArticle, glossary, sources } from './fixture-content';
import { axeTags } from './pages';
import { expect, fixtureSite, test, type Page } from './test';

// The cards beside glossary terms and citation marks in articles (src/scripts/site/popover.ts):
// a tap, a click or Enter opens one in place; Esc, a tap outside or following its link closes it;
// focus goes into the card and back. Without JavaScript the marks are plain links. On the fixture
// site's article that uses every component.
test.use({ baseURL: fixtureSite });
const path = componentsArticle.id;
const entry = glossary.find((g) => g.id === 'kaleidoskop')!;
const term = (page: Page) => page.locator(`.term-link[href="/id/glossary/#${entry.id}"]`).first();
const cardOf = async (page: Page, mark: ReturnType<Page['locator']>) =>
  page.locator(`[id="${await mark.getAttribute('data-popover')}"]`);

test.describe('a glossary term in an article', () => {
  test('is described by its definition; a click shows the card, whose link leads to the entry', async ({ page }) => {
    await page.goto(path);
    const link = term(page);
    await expect(link).toHaveAccessibleDescription(entry.short.id);
    const card = await cardOf(page, link);
    await expect(card).toBeHidden();
    await link.click();
    await expect(page).toHaveURL(path);
    await expect(card).toBeVisible();
    await expect(card).toContainText(entry.term.id);
    await expect(card).toContainText(entry.short.id);
    await expect(link).toHaveAttribute('aria-expanded', 'true');
    await card.getByRole('link', { name: /Selengkapnya di glosarium/ }).click();
    await expect(page).toHaveURL(`/id/glossary/#${entry.id}`);
    const target = page.locator(`#${entry.id}`);
    await expect(target).toBeInViewport();
    await expect(target.getByRole('heading', { level: 3 })).toHaveText(entry.term.id);
  });

  test('opens with Enter, takes the focus, and Esc closes it and gives the focus back', async ({ page }) => {
    await page.goto(path);
    const link = term(page);
    await link.focus();
    await page.keyboard.press('Enter');
    const card = await cardOf(page, link);
    await expect(card).toBeVisible();
    await expect(card).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(link).toBeFocused();
    await expect(link).toHaveAttribute('aria-expanded', 'false');
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    test('a tap shows the card inside the screen, next to the word; a tap outside closes it', async ({ page }) => {
      await page.goto(path);
      const link = term(page);
      await link.scrollIntoViewIfNeeded();
      await link.tap();
      const card = await cardOf(page, link);
      await expect(card).toBeVisible();
      const box = (await card.boundingBox())!;
      const word = (await link.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(640);
      // Below or above the word, never over it.
      expect(box.y >= word.y + word.height || box.y + box.height <= word.y).toBe(true);
      await page.locator('h1').tap();
      await expect(card).toBeHidden();
    });
  });
});

test.describe('a citation mark in an article', () => {
  test('is at least 24×24 px and opens a card with the source and the quote of this use', async ({ page }) => {
    await page.goto(componentsArticle.en);
    const marks = page.locator('sup.cite a');
    for (const box of await marks.evaluateAll((els) => els.map((e) => e.getBoundingClientRect())))
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    const mark = marks.first();
    const sourceId = (await mark.getAttribute('data-source'))!;
    const source = sources.find((s) => s.id === sourceId)!;
    await mark.click();
    const card = await cardOf(page, mark);
    await expect(card).toBeVisible();
    await expect(card).toContainText(source.publisher);
    await expect(card.getByRole('link', { name: new RegExp(source.publisher) })).toHaveAttribute('href', source.url);
    const quote = card.locator('q');
    await expect(quote).toHaveCount(1);
    expect((await quote.textContent())!.trim().length).toBeGreaterThan(0);
    // Its words are among those the list of sources gives for this source.
    await card.getByRole('link', { name: 'All of this article’s sources' }).click();
    await expect(card).toBeHidden();
    await expect(page).toHaveURL(/#source-1$/);
    await expect(page.locator('#source-1 q').first()).toHaveText((await quote.textContent())!.trim());
  });

  for (const colorScheme of ['light', 'dark'] as const)
    test(`an open card has no accessibility violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(componentsArticle.en);
      const mark = page.locator('sup.cite a').first();
      await mark.click();
      const card = await cardOf(page, mark);
      await expect(card).toBeVisible();
      const results = await new AxeBuilder({ page })
        .include(`#${await card.getAttribute('id')}`)
        .withTags(axeTags)
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a term is a link to the glossary, and a citation mark a link to the source with its quote', async ({
    page,
  }) => {
    await page.goto(path);
    const link = term(page);
    await expect(link).toHaveAccessibleDescription(entry.short.id);
    await expect(await cardOf(page, link)).toBeHidden();
    await link.click();
    await expect(page).toHaveURL(`/id/glossary/#${entry.id}`);
    await page.goto(path);
    const mark = page.locator('sup.cite a').first();
    await mark.click();
    await expect(page).toHaveURL(/#source-1$/);
    await expect(page.locator('#source-1')).toBeInViewport();
  });
});
