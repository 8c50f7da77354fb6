import { expect, test } from '@playwright/test';

// The timeline inside the migration article (not the timeline page, whose tests live in timeline*).
for (const [path, heading] of [
  ['/id/articles/migrasi-tiktok-shop-ke-tokopedia/', 'Linimasa migrasi'],
  ['/en/articles/tiktok-shop-migration-to-tokopedia/', 'The migration timeline'],
] as const) {
  test.describe(path, () => {
    test('renders the chart and the list of its range, with the highlighted milestone', async ({ page }) => {
      await page.goto(path);
      const timeline = page.locator('section.timeline');
      await expect(timeline).toHaveCount(1);
      await expect(timeline.locator('svg').first()).toBeVisible();
      const items = timeline.locator('ol.tl-list > li');
      // December 2023 to April 2024: from the deal to the Ministry's confirmation.
      await expect(items.first()).toHaveAttribute('id', 'kesepakatan-tiktok-tokopedia');
      await expect(items.last()).toHaveAttribute('id', 'kemendag-nyatakan-patuh');
      await expect(timeline.locator('#permendag-31-ditetapkan')).toHaveCount(0);
      const highlighted = timeline.locator('li.is-highlight');
      await expect(highlighted).toHaveCount(1);
      await expect(highlighted).toHaveAttribute('id', 'progres-87-persen-4-maret');
      await expect(highlighted.locator('.tl-item-badge')).toBeVisible();
      // The milestones' headings sit one level below the section heading that introduces them.
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      await expect(items.first().getByRole('heading', { level: 3 })).toBeVisible();
    });

    test('every milestone is a link target', async ({ page }) => {
      await page.goto(path);
      const ids = await page.locator('ol.tl-list > li').evaluateAll((els) => els.map((e) => e.id));
      expect(ids.length).toBeGreaterThanOrEqual(10);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
      await page.goto(`${path}#migrasi-rampung`);
      await expect(page.locator('#migrasi-rampung')).toBeInViewport();
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the inline timeline is complete', async ({ page }) => {
    await page.goto('/id/articles/migrasi-tiktok-shop-ke-tokopedia/');
    await expect(page.locator('ol.tl-list > li')).not.toHaveCount(0);
    await expect(page.locator('li.is-highlight')).toContainText('87%');
  });
});
