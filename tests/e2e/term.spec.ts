import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { axeTags } from './pages';

// <Term>: a link to the glossary with the short definition in a CSS-only tooltip.
const article = '/id/articles/apa-itu-permendag-31-2023/';
const definition =
  'Perdagangan Melalui Sistem Elektronik, yaitu perdagangan yang transaksinya dilakukan lewat sistem elektronik, atau jual beli daring.';

test.describe('a glossary term in an article', () => {
  test('links to its glossary entry and is described by the definition', async ({ page }) => {
    await page.goto(article);
    const link = page.locator('.term-link[href="/id/glossary/#pmse"]').first();
    await expect(link).toHaveAccessibleDescription(definition);
    await link.click();
    await expect(page).toHaveURL('/id/glossary/#pmse');
    const entry = page.locator('#pmse');
    await expect(entry).toBeInViewport();
    await expect(entry.getByRole('heading', { level: 3 })).toHaveText('PMSE');
    await expect(entry).toContainText(definition);
  });

  test('shows the definition on hover, and keeps it while the pointer moves onto it', async ({ page }) => {
    await page.goto(article);
    const link = page.locator('.term-link[href="/id/glossary/#pmse"]').first();
    const tip = page.locator(`#${await link.getAttribute('aria-describedby')}`);
    await expect(tip).toBeHidden();
    await link.hover();
    await expect(tip).toBeVisible();
    await expect(tip).toHaveText(definition);
    await expect(tip).toHaveAttribute('role', 'tooltip');
    await tip.hover();
    await expect(tip).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(tip).toBeHidden();
  });

  test('shows the definition while the link has keyboard focus', async ({ page }) => {
    await page.goto(article);
    const link = page.locator('.term-link[href="/id/glossary/#pmse"]').first();
    const tip = page.locator(`#${await link.getAttribute('aria-describedby')}`);
    // Tab from the link before it, so the focus is a keyboard focus (:focus-visible).
    await page.locator('.term-link[href="/id/glossary/#permendag"]').first().focus();
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await expect(tip).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(tip).toBeHidden();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    test('the definition stays inside the screen', async ({ page }) => {
      await page.goto(article);
      await page.locator('.term-link[href="/id/glossary/#permendag"]').first().focus();
      await page.keyboard.press('Tab');
      const tip = page.locator('.term-tip').nth(1);
      await expect(tip).toBeVisible();
      const box = (await tip.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      expect(box.y + box.height).toBeLessThanOrEqual(740);
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${colorScheme} scheme`, () => {
      test.use({ colorScheme });
      test('an open tooltip has no accessibility violations', async ({ page }) => {
        await page.goto(article);
        await page.locator('.term-link[href="/id/glossary/#pmse"]').first().hover();
        await expect(page.locator('.term-tip:visible')).toHaveCount(1);
        const results = await new AxeBuilder({ page }).include('.term').withTags(axeTags).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      });
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a term is still a link to the glossary with its definition in the page', async ({ page }) => {
    await page.goto(article);
    const link = page.locator('.term-link[href="/id/glossary/#pmse"]').first();
    await expect(link).toHaveAccessibleDescription(definition);
    await link.hover();
    await expect(page.locator('.term-tip:visible')).toHaveText(definition);
  });
});
